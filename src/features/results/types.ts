import type { Words } from '../../kernel/message';
/** One call as the results list shows it: the non-visual layer owns it (src/state/calls.ts). */
export type { CallRecord } from '../../state/calls';

/** What the workbench already found wrong with the input before the call (the federation inspector's verdict). */
export interface KnownCause {
  /** The cause in a few words: "Changed after it was signed (digest mismatch)". */
  title: Words;
  detail: Words;
  fix: Words | null;
  /** Who found it: the inspector before the call (default), or the sandbox's x-sandbox-cause header. */
  source?: 'inspector' | 'sandbox';
}

/** Keys a call returned, offered as the next call's source credentials. */
export interface ReturnedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}
