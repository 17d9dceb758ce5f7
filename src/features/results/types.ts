import type { OperationInput, OperationName } from '../../catalog/types';
import type { KeysEndpoint } from '../../credentials/credential-set';
import type { StsCallError } from '../../sts/call-error';

/** One call as the results list shows it. */
export interface CallRecord {
  id: string;
  operation: OperationName;
  /** What was sent (kept for the card's "request" view; never persisted). */
  input: OperationInput;
  /** "Sandbox · this server", "AWS · eu-west-1 · regional", … */
  targetLabel: string;
  /** Credentials from the sandbox expire by the sandbox clock, not real time. */
  sandboxClock: boolean;
  /** Where credentials this call returns work: their exports point there (absent in older saved history). */
  keysEndpoint?: KeysEndpoint;
  /** Date.now() when sent. */
  startedAt: number;
  /** Which sandbox answered (absent for AWS and custom endpoints): lab checks read it. */
  sandboxKind?: 'in-page' | 'server';
  /** The kind of keys that signed the call (lab checks: long-term, temporary for chaining, unsigned). */
  signedWith?: 'long-term' | 'temporary' | 'unsigned';
  /** The input had validation problems and was sent anyway. */
  sentAnyway: boolean;
  outcome:
    | { status: 'pending' }
    | { status: 'ok'; output: Record<string, unknown>; requestId: string | undefined; elapsedMs: number; httpStatus: number }
    | { status: 'error'; error: StsCallError; elapsedMs: number };
}

/** What the workbench already found wrong with the input before the call (the federation inspector's verdict). */
export interface KnownCause {
  /** The cause in a few words: "Changed after it was signed (digest mismatch)". */
  title: string;
  detail: string;
  fix: string | null;
  /** Who found it: the inspector before the call (default), or the sandbox's x-sandbox-cause header. */
  source?: 'inspector' | 'sandbox';
}

/** Keys a call returned, offered as the next call's source credentials. */
export interface ReturnedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}
