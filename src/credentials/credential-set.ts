/**
 * A credential set: keys a call returned, with who they are, where they came from (so they can be
 * refreshed by re-running the call with the parent's keys) and what they carry along (transitive
 * session tags, source identity). Pure: no React, no storage.
 */

export type IdentityKind =
  | 'user'
  | 'root'
  | 'assumed-role'
  | 'federated-user'
  /** GetSessionToken credentials: the user's (or root's) identity, temporary keys. */
  | 'session'
  /** AssumeRoot: the member account's root user, for one task. */
  | 'root-session'
  /** GetScopedCredentials: the caller's session, scoped down. */
  | 'scoped-session'
  /** GetDelegatedAccessToken: the principal whose permissions were delegated. */
  | 'delegated'
  | 'unknown';

export interface SetIdentity {
  arn: string;
  kind: IdentityKind;
  /** 12 digits, or '' when unknown. */
  account: string;
}

/**
 * Where a set's keys work, so its exports point every AWS tool there and never at AWS by accident:
 * AWS itself, another STS endpoint (the sandbox server, LocalStack, moto), or only inside the page
 * that issued them (the in-page sandbox, which no command-line tool can reach).
 */
export type KeysEndpoint = { kind: 'aws' } | { kind: 'endpoint'; url: string } | { kind: 'this-page' };

export interface CredentialSource {
  /** The operation that issued the keys. */
  operation: string;
  /** The call's input, kept so Refresh can send it again. */
  input: Record<string, unknown>;
  /** The set whose keys signed the call; absent when long-term keys (or keys typed in) signed it. */
  parentSetId?: string;
  /** Who signed the call, when known (the top of a chain: the IAM user). */
  parentIdentity?: SetIdentity;
  /** Where the call went ("Sandbox (server)", "AWS · eu-west-1 · regional"). */
  targetLabel: string;
  /** Issued by the sandbox: expiry is judged by the sandbox clock. */
  sandboxClock: boolean;
  /** Where the keys work (absent in sets saved before it was recorded). */
  keysEndpoint?: KeysEndpoint;
}

export interface CredentialSet {
  id: string;
  name: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** Epoch milliseconds. */
  expiration?: number;
  identity: SetIdentity;
  source: CredentialSource;
  /** Transitive session tag keys this session carries into the next role it assumes. */
  sessionTags?: string[];
  sourceIdentity?: string;
  /** Same as source.operation, kept flat for lists and exports. */
  issuedBy: string;
  /** Epoch ms when the set was made. */
  createdAt: number;
  /** The call's output as plain JSON (timestamps as wire text), for the "CLI output" export. */
  output?: Record<string, unknown>;
  /** Why the keys no longer work whatever the clock says (set on restore from the vault); absent when they may. */
  invalidReason?: string;
}

/** The signer of the call that produced a set: a set of this page, or a long-term identity. */
export interface ParentInfo {
  set?: CredentialSet;
  identity?: SetIdentity;
}



export type ExpiryStatus = 'valid' | 'expiring' | 'expired';

/** Five minutes: when the sidebar warns that a set is about to expire. */
const EXPIRY_WARNING_MS = 5 * 60 * 1000;

/** Whether a set is still good at `nowMs` (already shifted by the sandbox clock where that applies). */
export function expiryStatus(set: Pick<CredentialSet, 'expiration'>, nowMs: number, warnBeforeMs: number = EXPIRY_WARNING_MS): ExpiryStatus {
  if (set.expiration === undefined) return 'valid';
  if (nowMs >= set.expiration) return 'expired';
  return set.expiration - nowMs <= warnBeforeMs ? 'expiring' : 'valid';
}

/** Is this access key ID temporary (ASIA…)? Long-term keys start with AKIA. */
export function isTemporaryKeyId(accessKeyId: string): boolean {
  return /^ASIA/.test(accessKeyId.trim());
}

/** The target label of calls to the sandbox inside the page. */
export const IN_PAGE_TARGET_LABEL = 'Sandbox (in page)';

/** Keys of the sandbox that ran inside a page (sets saved before keysEndpoint existed are known by their label). */
export function issuedInPage(set: Pick<CredentialSet, 'source'>): boolean {
  return set.source.keysEndpoint ? set.source.keysEndpoint.kind === 'this-page' : set.source.targetLabel === IN_PAGE_TARGET_LABEL;
}

export const IN_PAGE_SANDBOX_GONE =
  'Issued by the sandbox inside the page on an earlier visit. Its keys were not kept with these credentials, so they no longer work: refresh the set, or run the call again.';
export const IN_PAGE_SANDBOX_REPLACED =
  'Issued by the sandbox inside the page on an earlier visit, but this visit\'s in-page sandbox has already issued credentials, so the earlier one was not put back: these keys no longer work. Refresh the set, or reload and unlock before calling.';

/**
 * Sets restored from the vault, as they stand in this page: those of an earlier in-page sandbox work
 * only when that sandbox was put back (`revived`); otherwise they carry the reason they do not.
 * `blocked`: the page's own in-page sandbox had issued sets already, so the earlier one was not put back.
 */
export function restoredSets(saved: readonly CredentialSet[], revived: boolean, blocked: boolean): CredentialSet[] {
  if (revived) return [...saved];
  return saved.map((s) => (issuedInPage(s) ? { ...s, invalidReason: blocked ? IN_PAGE_SANDBOX_REPLACED : IN_PAGE_SANDBOX_GONE } : s));
}
