/**
 * "Show me": the input a step's form gets, with the generated fields computed through the
 * sandbox's own controls (minted assertions and tokens, the MFA device's current code, a practice
 * authorization message). Pure: the control call and the newest denial are injected, so the page
 * (in-page sandbox or server) and the test of every lab resolve it the same way. Never sends the STS call.
 */
import type { OperationInput } from '../catalog/types';
import { englishOf, type Message } from '../kernel/message';
import type { LabCallShowMe, LabGenerated } from './format';
import { unresolvedPlaceholder } from './signed-in';

export interface ShowMeDeps {
  /** A sandbox control (/_sandbox/…), answering its JSON. */
  control: (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<unknown>;
  /** The sandbox's encoded explanation of the newest denied call, if there was one. */
  lastDenial: () => string | undefined;
}

/** Thrown when a generated value cannot be made; `text` says why, for the step card (in the reader's language). */
export class ShowMeError extends Error {
  override name = 'ShowMeError';

  constructor(readonly text: Message) {
    // The Error's own message is the English, for the console.
    super(englishOf(text));
  }
}

const field = (answer: unknown, name: string): string => {
  const v = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>)[name] : undefined;
  if (typeof v !== 'string') throw new ShowMeError(/*i18n*/ { id: 'labs.showMe.noField', message: "The sandbox's answer has no {name}.", values: { name }, verbatim: ['name'] });
  return v;
};

async function generate(g: LabGenerated, deps: ShowMeDeps): Promise<string> {
  switch (g.from) {
    case 'saml-idp':
      return field(await deps.control('POST', '/_sandbox/saml/mint', g.request), 'samlResponse');
    case 'oidc-idp':
      return field(await deps.control('POST', '/_sandbox/oidc/mint', g.request), 'token');
    case 'mfa-code':
      return field(await deps.control('GET', `/_sandbox/mfa/code?serialNumber=${encodeURIComponent(g.serialNumber)}`), 'code');
    case 'practice-denial':
      return field(await deps.control('POST', '/_sandbox/authorization-message', {}), 'encodedMessage');
    case 'last-denial': {
      const m = deps.lastDenial();
      if (!m) throw new ShowMeError(/*i18n*/ { id: 'labs.showMe.noDenial', message: 'No call of this visit was denied with an explanation yet: do the previous step first.' });
      return m;
    }
  }
}

export async function showMeInput(showMe: LabCallShowMe, deps: ShowMeDeps): Promise<OperationInput> {
  const unresolved = unresolvedPlaceholder(showMe);
  if (unresolved) throw new ShowMeError(/*i18n*/ { id: 'labs.showMe.unresolved', message: 'This step needs {placeholder}, and the sandbox names no such thing for the user signed in (its demo user, or your attendee user, with an MFA device).', values: { placeholder: unresolved }, verbatim: ['placeholder'] });
  const input: Record<string, unknown> = { ...(showMe.fields ?? {}) };
  for (const [param, g] of Object.entries(showMe.generate ?? {})) input[param] = await generate(g, deps);
  return input as OperationInput;
}
