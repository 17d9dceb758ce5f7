/**
 * A credential set: keys a call returned, with who they are, where they came from (so they can be
 * refreshed by re-running the call with the parent's keys) and what they carry along (transitive
 * session tags, source identity). Pure: no React, no storage.
 */
import { parseArn } from '../kernel/arn';
import { formatCliTimestamp } from '../inspect/cli/cli-output';

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

export interface FromResultOptions {
  targetLabel?: string;
  sandboxClock?: boolean;
  keysEndpoint?: KeysEndpoint;
  id?: string;
  now?: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** An identity from an ARN: kind and account read from it. */
export function identityFromArn(arn: string, fallback: IdentityKind = 'unknown'): SetIdentity {
  const parsed = parseArn(arn.trim());
  if (!parsed.ok) return { arn, kind: fallback, account: '' };
  const a = parsed.value;
  const kind: IdentityKind =
    a.resourceType === 'assumed-role' ? 'assumed-role'
    : a.resourceType === 'federated-user' ? 'federated-user'
    : a.resourceType === 'user' ? 'user'
    : a.resource === 'root' ? 'root'
    : fallback;
  return { arn, kind, account: a.account };
}

/** A short human name for an identity ARN: "Role/session", "alice", "root of 123456789012". */
export function identityName(identity: SetIdentity): string {
  const parsed = parseArn(identity.arn);
  if (!parsed.ok) return identity.arn;
  const a = parsed.value;
  if (a.resourceType === 'assumed-role') return `${a.resourceName}/${a.sessionName ?? ''}`;
  if (a.resource === 'root') return `root of ${a.account}`;
  return a.resourceName || a.resource;
}

function expirationMs(v: unknown): number | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.getTime();
  if (typeof v === 'string') {
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/** The transitive tag keys a call's input marks (AssumeRole's TransitiveTagKeys). */
function transitiveKeys(input: Obj): string[] {
  const keys = input.TransitiveTagKeys;
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
}

function mergeKeys(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const k of b) if (!out.some((o) => o.toLowerCase() === k.toLowerCase())) out.push(k);
  return out;
}

/** Identity and name for the keys an operation returned. */
function describe(operation: string, input: Obj, output: Obj, parent: SetIdentity | undefined): { identity: SetIdentity; name: string } {
  const assumed = isObj(output.AssumedRoleUser) ? str(output.AssumedRoleUser.Arn) : undefined;
  if (assumed) {
    const identity = identityFromArn(assumed, 'assumed-role');
    return { identity, name: identityName(identity) };
  }
  const federated = isObj(output.FederatedUser) ? str(output.FederatedUser.Arn) : undefined;
  if (federated) {
    const identity = identityFromArn(federated, 'federated-user');
    return { identity, name: `${identityName(identity)} (federated user)` };
  }
  if (operation === 'GetSessionToken') {
    const who = parent ? identityName(parent) : 'the caller';
    const identity: SetIdentity = parent ? { ...parent, kind: 'session' } : { arn: '', kind: 'session', account: '' };
    return { identity, name: `session of ${who}` };
  }
  if (operation === 'AssumeRoot') {
    const target = str(input.TargetPrincipal) ?? '';
    const targetArn = parseArn(target.trim());
    const account = /^\d{12}$/.test(target) ? target : targetArn.ok ? targetArn.value.account : '';
    const parentArn = parent ? parseArn(parent.arn) : undefined;
    const partition = parentArn?.ok ? parentArn.value.partition : 'aws';
    const identity: SetIdentity = { arn: account ? `arn:${partition}:iam::${account}:root` : target, kind: 'root-session', account };
    return { identity, name: `root of ${account || target || 'a member account'} (task)` };
  }
  const scoped = isObj(output.SessionInfo) ? str(output.SessionInfo.Arn) : isObj(output.ScopedSession) ? str(output.ScopedSession.Arn) : undefined;
  if (operation === 'GetScopedCredentials') {
    const identity: SetIdentity = scoped ? { ...identityFromArn(scoped), kind: 'scoped-session' } : parent ? { ...parent, kind: 'scoped-session' } : { arn: '', kind: 'scoped-session', account: '' };
    return { identity, name: `scoped ${identity.arn ? identityName(identity) : 'session'}` };
  }
  const delegated = str(output.AssumedPrincipal);
  if (delegated) {
    const identity: SetIdentity = { ...identityFromArn(delegated), kind: 'delegated' };
    return { identity, name: `delegated ${identityName(identity)}` };
  }
  return { identity: { arn: '', kind: 'unknown', account: '' }, name: `${operation} credentials` };
}

/**
 * The set for a successful call's output, or null when the output has no usable Credentials.
 * `parent` is whoever signed the call: a set (chaining) or a long-term identity.
 */
export function credentialSetFromResult(
  operation: string,
  input: Record<string, unknown>,
  output: unknown,
  parent?: ParentInfo,
  options: FromResultOptions = {},
): CredentialSet | null {
  if (!isObj(output) || !isObj(output.Credentials)) return null;
  const c = output.Credentials;
  const accessKeyId = str(c.AccessKeyId);
  const secretAccessKey = str(c.SecretAccessKey);
  if (!accessKeyId || !secretAccessKey) return null;
  const parentIdentity = parent?.set?.identity ?? parent?.identity;
  const { identity, name } = describe(operation, input, output, parentIdentity);
  // Transitive tags and source identity follow a role chain (AssumeRole from a role session).
  const inherited = parent?.set?.sessionTags ?? [];
  const sessionTags = operation === 'AssumeRole' ? mergeKeys(inherited, transitiveKeys(input)) : operation === 'GetScopedCredentials' ? [...inherited] : [];
  const sourceIdentity = str(output.SourceIdentity) ?? (operation === 'AssumeRole' || operation === 'GetScopedCredentials' ? parent?.set?.sourceIdentity : undefined);
  const sessionToken = str(c.SessionToken);
  const expiration = expirationMs(c.Expiration);
  return {
    id: options.id ?? globalThis.crypto.randomUUID(),
    name,
    accessKeyId,
    secretAccessKey,
    ...(sessionToken ? { sessionToken } : {}),
    ...(expiration !== undefined ? { expiration } : {}),
    identity,
    source: {
      operation,
      input: { ...input },
      ...(parent?.set ? { parentSetId: parent.set.id } : {}),
      ...(parent?.set ? { parentIdentity: parent.set.identity } : parent?.identity ? { parentIdentity: parent.identity } : {}),
      targetLabel: options.targetLabel ?? '',
      sandboxClock: options.sandboxClock ?? false,
      ...(options.keysEndpoint ? { keysEndpoint: options.keysEndpoint } : {}),
    },
    ...(sessionTags.length > 0 ? { sessionTags } : {}),
    ...(sourceIdentity ? { sourceIdentity } : {}),
    issuedBy: operation,
    createdAt: options.now ?? Date.now(),
    output: plainOutput(output) as Record<string, unknown>,
  };
}

/** The output as plain JSON: Dates become their wire text, so the set survives JSON round trips. */
function plainOutput(v: unknown): unknown {
  if (v instanceof Date) return formatCliTimestamp(v);
  if (Array.isArray(v)) return v.map(plainOutput);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).filter(([k, x]) => k !== '$metadata' && x !== undefined).map(([k, x]) => [k, plainOutput(x)]));
  return v;
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
