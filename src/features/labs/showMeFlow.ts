/**
 * A lab step's "Show me": fill the step's form (never send), signing first as the step says (the demo user,
 * or the credentials an earlier step obtained), or open the permission check with the step's question.
 * Loaded with the lab kit (./labFiles.ts), not with the first screen.
 */
import { loadOperation } from '../../catalog/load';
import type { OperationName } from '../../catalog/types';
import { completingCalls, type LabEvent } from '../../labs/check';
import type { Message } from '../../kernel/message';
import { isPermissionShowMe, labText, type Lab, type LabStep } from '../../labs/format';
import { ShowMeError, showMeInput, type ShowMeDeps } from '../../labs/show-me';
import type { CallRecord } from '../../state/calls';
import { fromInput, type FormValues } from '../../state/formState';

export interface ShowMeFlowDeps {
  blocker: Message | null;
  control: ShowMeDeps['control'] | null;
  history: readonly CallRecord[];
  callsFor: (labId: string) => LabEvent[];
  resetToDemoUser: () => void;
  adoptCredentials: (creds: { accessKeyId: string; secretAccessKey: string; sessionToken: string }, label: string) => void;
  loadForm: (name: OperationName, values: FormValues, filled: readonly string[]) => void;
  choose: (op: OperationName) => void;
  openPermissionCheck: (question: { action: string; resource: string }) => void;
  lang: string;
}

/** Rejects with a ShowMeError whose text says why (the sandbox unavailable, an earlier step not done). */
export async function showMe(deps: ShowMeFlowDeps, lab: Lab, step: LabStep): Promise<void> {
  const { blocker, control, history, callsFor, resetToDemoUser, adoptCredentials, loadForm, choose, openPermissionCheck, lang } = deps;
  if (blocker || !control) throw new ShowMeError(blocker ?? /*i18n*/ { id: 'labs.blocker.unavailable', message: 'The sandbox is not available.' });
  const input = isPermissionShowMe(step.showMe) ? {} : await showMeInput(step.showMe, {
    control,
    lastDenial: () => {
      const r = history.find((c) => c.outcome.status === 'error' && c.outcome.error.sandboxAuthorizationMessage);
      return r?.outcome.status === 'error' ? r.outcome.error.sandboxAuthorizationMessage : undefined;
    },
  });
  const signWith = step.showMe.signWith;
  if (signWith === 'demo') resetToDemoUser();
  else if (signWith) {
    const from = completingCalls(lab, callsFor(lab.id)).get(signWith.step);
    const c = from && 'outcome' in from && from.outcome.status === 'ok' ? (from.outcome.output.Credentials as Record<string, unknown> | undefined) : undefined;
    if (!from || !('operation' in from) || typeof c?.AccessKeyId !== 'string' || typeof c.SecretAccessKey !== 'string') {
      const title = lab.steps.find((s) => s.id === signWith.step)?.title;
      throw new ShowMeError(/*i18n*/ { id: 'labs.showMe.needsStep', message: 'this step signs with the credentials of the step “{title}”: do that step first.', values: { title: title ? labText(title, lang) : signWith.step } });
    }
    adoptCredentials({ accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: typeof c.SessionToken === 'string' ? c.SessionToken : '' }, `${from.operation} credentials (${c.AccessKeyId.slice(0, 8)}…)`);
  }
  if (isPermissionShowMe(step.showMe)) return openPermissionCheck(step.showMe.permissionCheck);
  const spec = await loadOperation(step.showMe.operation);
  loadForm(spec.name, fromInput(spec, input), Object.keys(input));
  choose(spec.name);
}
