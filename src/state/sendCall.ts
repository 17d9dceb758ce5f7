/**
 * One STS call from start to answer, outside React: load the SDK chunk (the largest dependency, so it
 * loads on the first send or when the user reaches for Send), build a client for the target, send,
 * and turn any failure into an StsCallError.
 */
import type { OperationInput, OperationName } from '../catalog/types';
import type { StsCallError } from '../sts/call-error';
import type * as StsClientModuleType from '../sts/client';
import { currentOrigin, targetEndpoint, type SourceCredentials, type Target } from '../sts/connection';
import { sawCspViolation } from '../sts/cspWatch';
import type { InPageSandbox } from '../sts/in-page-handler';

type StsClientModule = typeof StsClientModuleType;
let sdk: Promise<StsClientModule> | null = null;
export const loadStsClient = () => (sdk ??= import('../sts/client'));

export interface StsSend {
  operation: OperationName;
  input: OperationInput;
  target: Target;
  credentials: SourceCredentials;
  inPageSandbox: InPageSandbox | undefined;
  signal?: AbortSignal;
  /** Date.now() when sent: a CSP violation since then explains a network failure. */
  startedAt: number;
}

/** Sends one call; rejects with an StsCallError (or the SDK chunk's own load failure). */
export async function sendStsCall(v: StsSend) {
  const { createStsClient, sendOperation } = await loadStsClient();
  const origin = currentOrigin();
  const client = createStsClient(v.target, v.credentials, { origin, ...(v.inPageSandbox ? { inPageSandbox: v.inPageSandbox } : {}) });
  const endpoint = targetEndpoint(v.target, origin).url;
  try {
    return await sendOperation(client, v.operation, v.input, v.signal, { cspViolation: () => sawCspViolation(endpoint, v.startedAt) });
  } finally {
    client.destroy();
  }
}

const isCallError = (e: unknown): e is StsCallError => e instanceof Error && e.name === 'StsCallError' && 'explanation' in e;

/** Any failure of sendStsCall as an StsCallError: only the SDK chunk failing to load (offline, a new deployment) is not one already. */
export function asCallError(err: unknown): StsCallError {
  if (isCallError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return Object.assign(new Error(message), {
    name: 'StsCallError',
    code: 'ClientLoadFailed',
    kind: 'unknown' as const,
    explanation: {
      title: /*i18n*/ { id: 'callError.clientLoad.title', message: 'The workbench could not load its STS client' },
      // The browser's own words for the failure stay as they are.
      meaning: /*i18n*/ { id: 'callError.clientLoad.meaning', message: 'Loading the code that sends requests failed: {reason}', values: { reason: message }, verbatim: ['reason'] },
      likelyFixes: [/*i18n*/ { id: 'callError.clientLoad.fix', message: 'Reload the page (the workbench may have been updated), and check that the server is still running.' }],
    },
    httpStatus: undefined,
    requestId: undefined,
    faultType: undefined,
    sandboxAuthorizationMessage: undefined,
  }) as unknown as StsCallError;
}

/** DecodeAuthorizationMessage through the same STS client the results use (the trace under a sandbox denial). */
export async function decodeAuthorizationMessage(target: Target | null, credentials: SourceCredentials, inPageSandbox: InPageSandbox | null, encoded: string): Promise<string> {
  if (!target || (target.kind !== 'sandbox-server' && target.kind !== 'sandbox-in-page')) {
    throw new Error('Calls no longer go to the sandbox: switch the connection back to it to decode this message.');
  }
  const { createStsClient, sendOperation } = await loadStsClient();
  const client = createStsClient(target, credentials, { origin: currentOrigin(), ...(inPageSandbox ? { inPageSandbox } : {}) });
  try {
    const res = await sendOperation(client, 'DecodeAuthorizationMessage', { EncodedMessage: encoded });
    return String((res.output as { DecodedMessage?: string }).DecodedMessage ?? '');
  } finally {
    client.destroy();
  }
}
