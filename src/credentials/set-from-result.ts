/**
 * The credential set a successful call's output makes: its identity and name, what it inherits from the
 * set that signed the call (transitive tags, source identity), and the output kept as plain JSON. Used
 * once a call has returned (not on the first screen).
 */
import { parseArn } from '../kernel/arn';
import { formatCliTimestamp } from '../inspect/cli/cli-output';
import { type CredentialSet, type KeysEndpoint, type ParentInfo, type SetIdentity } from './credential-set';
import { identityFromArn, identityName } from './identity';

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
