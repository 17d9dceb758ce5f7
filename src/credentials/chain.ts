/**
 * Role chains: the path of identities behind a set (user → role A → role B), and the rules STS
 * applies to the next call given the keys that will sign it (reference §2.1, §2.9–2.13, §4).
 */
import type { Message } from '../kernel/message';
import type { ChainSource } from './chain-source';
import { type CredentialSet, type SetIdentity } from './credential-set';
import { identityFromArn, identityName } from './identity';

export interface ChainStep {
  arn: string;
  name: string;
  kind: SetIdentity['kind'];
  /** The set holding this identity's keys; absent for the long-term identity at the top. */
  setId?: string;
  /** The operation that produced this step's keys. */
  operation?: string;
}

/** Identities from the top of the chain (the long-term signer, when known) down to `setId`. */
export function chainPath(sets: readonly CredentialSet[], setId: string): ChainStep[] {
  const byId = new Map(sets.map((s) => [s.id, s]));
  const steps: ChainStep[] = [];
  const seen = new Set<string>();
  let current = byId.get(setId);
  let top: SetIdentity | undefined;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    steps.unshift({ arn: current.identity.arn, name: current.name, kind: current.identity.kind, setId: current.id, operation: current.source.operation });
    top = current.source.parentIdentity;
    const parentId = current.source.parentSetId;
    current = parentId ? byId.get(parentId) : undefined;
    // A parent set that is gone (forgotten) still leaves its identity at the top of the path.
    if (parentId && !current) break;
  }
  if (top && top.arn) steps.unshift({ arn: top.arn, name: identityName(top), kind: top.kind });
  return steps;
}

export type RuleLevel = 'info' | 'warn' | 'block';

export interface ChainRule {
  id: string;
  level: RuleLevel;
  /** Workbench-written, to translate; STS's codes and messages inside it are `verbatim` values. */
  text: Message;
}

const CHAINED_SESSION_MAX_SECONDS = 3600;

const ROLE_SESSION_OPERATIONS = new Set(['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity']);
/** Sent unsigned: the keys in Connection play no part. */
const UNSIGNED = new Set(['AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity']);
const CHAINING_MESSAGE = 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.';

function requestedDuration(input: Record<string, unknown>): number | undefined {
  const d = input.DurationSeconds;
  const n = typeof d === 'number' ? d : typeof d === 'string' && d.trim() !== '' ? Number(d) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function requestedTagKeys(input: Record<string, unknown>): string[] {
  const keys: string[] = [];
  if (Array.isArray(input.Tags)) for (const t of input.Tags) if (t && typeof t === 'object' && typeof (t as { Key?: unknown }).Key === 'string') keys.push((t as { Key: string }).Key);
  if (Array.isArray(input.TransitiveTagKeys)) for (const k of input.TransitiveTagKeys) if (typeof k === 'string') keys.push(k);
  return keys;
}

function assumeRoleRules(source: ChainSource, input: Record<string, unknown>): ChainRule[] {
  const rules: ChainRule[] = [];
  const set = source.kind === 'set' ? source.set : undefined;
  const identity = set?.identity ?? (source.kind === 'long-term' && source.signerArn ? identityFromArn(source.signerArn) : undefined);
  if (identity?.kind === 'root') {
    rules.push({ id: 'root-cannot-assume', level: 'block', text: /*i18n*/ { id: 'chain.rootCannotAssume', message: 'Roles may not be assumed by root accounts: STS answers {code}. Sign with an IAM user or a role session.', values: { code: 'AccessDenied' }, verbatim: ['code'] } });
    return rules;
  }
  // Role chaining (a role session signs), and GetSessionToken keys, which STS treats the same way.
  const chained = set !== undefined && (ROLE_SESSION_OPERATIONS.has(set.issuedBy) || set.issuedBy === 'GetSessionToken');
  if (chained && set) {
    const max = CHAINED_SESSION_MAX_SECONDS;
    const text: Message =
      set.issuedBy === 'GetSessionToken'
        ? /*i18n*/ { id: 'chain.capSessionToken', message: "1-hour cap: GetSessionToken credentials sign this call, which STS caps like role chaining, so the new session lasts at most {max} seconds, whatever the role's maximum session duration.", values: { max } }
        : /*i18n*/ { id: 'chain.capChaining', message: "1-hour cap: this is role chaining (the keys of {name} sign it), so the new session lasts at most {max} seconds, whatever the role's maximum session duration.", values: { max, name: set.name }, verbatim: ['name'] };
    rules.push({ id: 'chain-cap', level: 'info', text });
    const asked = requestedDuration(input);
    if (asked !== undefined && asked > CHAINED_SESSION_MAX_SECONDS) {
      rules.push({ id: 'chain-duration', level: 'block', text: /*i18n*/ { id: 'chain.durationOverLimit', message: '{param} {asked} is over the 1-hour limit: STS refuses the call with {code} "{awsMessage}" Ask for {max} or less.', values: { param: 'DurationSeconds', asked, code: 'ValidationError', awsMessage: CHAINING_MESSAGE, max: CHAINED_SESSION_MAX_SECONDS }, verbatim: ['param', 'code', 'awsMessage'] } });
    }
  }
  const carried = set?.sessionTags ?? [];
  if (carried.length > 0) {
    rules.push({ id: 'transitive-tags', level: 'info', text: /*i18n*/ { id: 'chain.transitiveTags', message: 'Transitive session tags carried into the new session: {keys}.', values: { keys: carried.join(', ') }, verbatim: ['keys'] } });
    const clash = requestedTagKeys(input).filter((k) => carried.some((c) => c.toLowerCase() === k.toLowerCase()));
    if (clash.length > 0) {
      rules.push({ id: 'transitive-conflict', level: 'block', text: /*i18n*/ { id: 'chain.transitiveConflict', message: '{keys} is already a transitive tag of the calling session and cannot be set again: STS answers {code} "{awsMessage}"', values: { keys: [...new Set(clash)].join(', '), code: 'InvalidParameterValue', awsMessage: "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session." }, verbatim: ['keys', 'code', 'awsMessage'] } });
    }
  }
  if (set?.sourceIdentity) {
    rules.push({ id: 'source-identity', level: 'info', text: /*i18n*/ { id: 'chain.sourceIdentity', message: 'Source identity "{value}" is carried along and cannot be changed; the role\'s trust policy must allow {action}.', values: { value: set.sourceIdentity, action: 'sts:SetSourceIdentity' }, verbatim: ['value', 'action'] } });
    const asked = typeof input.SourceIdentity === 'string' ? input.SourceIdentity : '';
    if (asked && asked !== set.sourceIdentity) rules.push({ id: 'source-identity-change', level: 'warn', text: /*i18n*/ { id: 'chain.sourceIdentityChange', message: '{param} "{asked}" differs from the carried "{carried}": a source identity cannot be changed once set.', values: { param: 'SourceIdentity', asked, carried: set.sourceIdentity }, verbatim: ['param', 'asked', 'carried'] } });
  }
  return rules;
}

/** What STS will say about `operation` signed by `source`, before the call is sent. */
export function chainRules(operation: string, source: ChainSource, input: Record<string, unknown> = {}): ChainRule[] {
  if (UNSIGNED.has(operation) || source.kind === 'none') return [];
  const set = source.kind === 'set' ? source.set : undefined;
  const temporary = set !== undefined || source.kind === 'temporary';
  const kind = set?.identity.kind;
  const rules: ChainRule[] = [];

  // Federated-user keys may call nothing in STS but GetCallerIdentity.
  if (kind === 'federated-user' && operation !== 'GetCallerIdentity') {
    return [{ id: 'federated-only-gci', level: 'block', text: /*i18n*/ { id: 'chain.federatedOnlyGci', message: 'Credentials from GetFederationToken cannot call any STS operation except GetCallerIdentity.' } }];
  }
  // GetSessionToken keys may call only AssumeRole and GetCallerIdentity within STS.
  if (set?.issuedBy === 'GetSessionToken' && operation !== 'AssumeRole' && operation !== 'GetCallerIdentity') {
    return [{ id: 'session-token-limits', level: 'block', text: /*i18n*/ { id: 'chain.sessionTokenLimits', message: 'GetSessionToken credentials can call only AssumeRole and GetCallerIdentity within STS, not {operation}.', values: { operation }, verbatim: ['operation'] } }];
  }

  switch (operation) {
    case 'AssumeRole':
      rules.push(...assumeRoleRules(source, input));
      break;
    case 'GetSessionToken':
    case 'GetFederationToken':
      if (temporary) rules.push({ id: 'long-term-only', level: 'block', text: /*i18n*/ { id: 'chain.longTermOnly', message: '{operation} needs long-term keys of an IAM user: STS answers {code} "{awsMessage}".', values: { operation, code: 'AccessDenied', awsMessage: `Cannot call ${operation} with session credentials` }, verbatim: ['operation', 'code', 'awsMessage'] } });
      break;
    case 'GetScopedCredentials':
      if (!temporary) rules.push({ id: 'temporary-only', level: 'block', text: /*i18n*/ { id: 'chain.temporaryOnly', message: 'GetScopedCredentials scopes down temporary credentials only; long-term keys of an IAM user or root are refused.' } });
      else rules.push({ id: 'scoped-same-identity', level: 'info', text: /*i18n*/ { id: 'chain.scopedSameIdentity', message: 'The scoped credentials keep this identity and its session tags, with fewer permissions; they never outlive the calling session.' } });
      break;
    case 'AssumeRoot':
      if (kind === 'root' || (source.kind === 'long-term' && source.signerArn !== undefined && identityFromArn(source.signerArn).kind === 'root')) {
        rules.push({ id: 'assume-root-not-root', level: 'block', text: /*i18n*/ { id: 'chain.assumeRootNotRoot', message: 'AssumeRoot cannot be called with root user credentials.' } });
      } else {
        rules.push({ id: 'assume-root-who', level: 'info', text: /*i18n*/ { id: 'chain.assumeRootWho', message: "AssumeRoot must be signed by a principal of the organization's management account (or the delegated administrator account for IAM), on a Regional endpoint." } });
      }
      break;
    case 'GetWebIdentityToken':
      if (set?.expiration !== undefined) rules.push({ id: 'token-within-session', level: 'info', text: /*i18n*/ { id: 'chain.tokenWithinSession', message: 'The token may not outlive the calling session ({code}).', values: { code: 'SessionDurationEscalationException' }, verbatim: ['code'] } });
      break;
  }
  return rules;
}
