/**
 * The sandbox world as the Sandbox world tool shows it: who may assume each role (read from its
 * trust policy), which federated operations a role is for, and the filter over users, roles and
 * providers. Plain functions (no React), so they are tested on their own.
 */
import type { Message } from '../../kernel/message';
import { formatPolicy } from '../../policy/language/format';
import { asList, isPlainObject } from '../../policy/lists';
import type { AccountSummary, RoleSummary, WorldSummary } from '../../sandbox/controls/world-summary';

/**
 * What GET /_sandbox/info says about the world: the one type of it (src/sandbox/controls/world-summary.ts),
 * so the shell passes the connection's info as it is.
 */
export type WorldInfo = Pick<WorldSummary, 'demo' | 'organization' | 'accounts'>;
export type WorldAccount = AccountSummary;
export type WorldRole = RoleSummary;

export interface TrustSummary {
  /** One entry per trusted principal, in document order: "AWS: arn:aws:iam::123456789012:root", "Federated: SAML-test". */
  principals: string[];
  /** The principals on one line (as the policy writes them, verbatim), or why there are none. */
  line: Message;
  /** Condition keys the Allow statements test (sts:ExternalId, SAML:aud…), sorted. */
  conditionKeys: string[];
  /** Some Allow statement names an AWS principal (or "*"): AssumeRole can succeed for an IAM caller. */
  trustsAws: boolean;
  /** SAML provider ARNs named as Federated principals (AssumeRoleWithSAML's PrincipalArn). */
  samlProviders: string[];
  /** Web identity providers named as Federated principals (IAM OIDC provider ARNs, www.amazon.com…). */
  webIdentityProviders: string[];
}

const SAML_PROVIDER = /^arn:[a-z0-9-]+:iam::\d{12}:saml-provider\/(.+)$/;
const OIDC_PROVIDER = /^arn:[a-z0-9-]+:iam::\d{12}:oidc-provider\/(.+)$/;

/** A provider ARN's name (the example in the brief reads "Federated: SAML-test"); other values as they are. */
function federatedName(value: string): string {
  return SAML_PROVIDER.exec(value)?.[1] ?? OIDC_PROVIDER.exec(value)?.[1] ?? value;
}

function statementsOf(policy: unknown): Record<string, unknown>[] {
  if (!isPlainObject(policy)) return [];
  return asList(policy.Statement as unknown).filter(isPlainObject);
}

/** Who the trust policy lets assume the role: only Allow statements count (a Deny only takes away). */
export function summarizeTrust(trustPolicy: unknown): TrustSummary {
  const principals: string[] = [];
  const conditionKeys = new Set<string>();
  const saml: string[] = [];
  const web: string[] = [];
  let trustsAws = false;
  const add = (entry: string) => {
    if (!principals.includes(entry)) principals.push(entry);
  };

  for (const s of statementsOf(trustPolicy)) {
    if (s.Effect !== 'Allow') continue;
    const negated = s.Principal === undefined && s.NotPrincipal !== undefined;
    const block = negated ? s.NotPrincipal : s.Principal;
    if (isPlainObject(s.Condition)) {
      for (const keys of Object.values(s.Condition)) if (isPlainObject(keys)) for (const k of Object.keys(keys)) conditionKeys.add(k);
    }
    if (block === '*') {
      add(negated ? 'Everyone except: *' : 'Everyone: *');
      trustsAws ||= !negated;
      continue;
    }
    if (!isPlainObject(block)) continue;
    for (const [type, raw] of Object.entries(block)) {
      for (const value of asList(raw as unknown)) {
        if (typeof value !== 'string') continue;
        const shown = type === 'Federated' ? federatedName(value) : value;
        add(negated ? `Everyone except ${type}: ${shown}` : `${type}: ${shown}`);
        // NotPrincipal trusts everyone else, IAM callers included.
        if (type === 'AWS' || negated) trustsAws = true;
        if (negated || type !== 'Federated') continue;
        const list = SAML_PROVIDER.test(value) ? saml : web;
        if (!list.includes(value)) list.push(value);
      }
    }
  }

  const line: Message =
    principals.length > 0
      ? /*i18n*/ { id: 'world.trust.principals', message: '{principals}', values: { principals: principals.join('; ') }, verbatim: ['principals'] }
      : isPlainObject(trustPolicy)
        ? /*i18n*/ { id: 'world.trust.noOne', message: 'No one: no Allow statement names a principal' }
        : /*i18n*/ { id: 'world.trust.none', message: 'No trust policy in the world file' };
  return { principals, line, conditionKeys: [...conditionKeys].sort(), trustsAws, samlProviders: saml, webIdentityProviders: web };
}

export type WorldOperation = 'AssumeRole' | 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity';

export interface RoleUse {
  operation: WorldOperation;
  /** The text fields to fill in that operation's form. */
  fields: Record<string, string>;
}

/**
 * The operations a role can be used with: AssumeRole always (the sandbox answers even a refusal
 * the way STS does), the federated ones when the trust policy names such a provider. PrincipalArn
 * is filled only when the policy names exactly one SAML provider: otherwise the choice is the user's.
 */
export function roleUses(role: WorldRole, summary: TrustSummary = summarizeTrust(role.trustPolicy)): RoleUse[] {
  const uses: RoleUse[] = [{ operation: 'AssumeRole', fields: { RoleArn: role.arn } }];
  const [onlySaml] = summary.samlProviders;
  if (onlySaml !== undefined) {
    uses.push({ operation: 'AssumeRoleWithSAML', fields: summary.samlProviders.length === 1 ? { RoleArn: role.arn, PrincipalArn: onlySaml } : { RoleArn: role.arn } });
  }
  if (summary.webIdentityProviders.length > 0) uses.push({ operation: 'AssumeRoleWithWebIdentity', fields: { RoleArn: role.arn } });
  return uses;
}

/** The trust policy as the editor shows it: two-space indentation, keys in the world file's order. */
export function trustPolicyText(trustPolicy: unknown): string {
  if (trustPolicy === undefined) return '';
  const json = JSON.stringify(trustPolicy);
  if (json === undefined) return '';
  const formatted = formatPolicy(json);
  return formatted.ok ? formatted.value : JSON.stringify(trustPolicy, null, 2);
}

/** "3,600 seconds (1 hour)"; STS's default of one hour when the world file says nothing. */
export function sessionDurationText(seconds: number | undefined): Message {
  if (seconds === undefined) return /*i18n*/ { id: 'world.duration.default', message: '3,600 seconds (1 hour, the default)' };
  const hours = seconds / 3600;
  return Number.isInteger(hours)
    ? /*i18n*/ { id: 'world.duration.hours', message: '{seconds, number} seconds ({hours, plural, one {# hour} other {# hours}})', values: { seconds, hours } }
    : /*i18n*/ { id: 'world.duration.minutes', message: '{seconds, number} seconds ({minutes, plural, one {# minute} other {# minutes}})', values: { seconds, minutes: Math.round(seconds / 60) } };
}

export type AccountRole = 'management' | 'member' | 'standalone';

/** The account's place in the organization. */
export function accountRole(world: Pick<WorldInfo, 'organization'>, accountId: string): AccountRole {
  const org = world.organization;
  if (org?.managementAccountId === accountId) return 'management';
  return org?.memberAccountIds?.includes(accountId) ? 'member' : 'standalone';
}

const contains = (query: string, ...texts: Array<string | undefined>) => texts.some((t) => t !== undefined && t.toLowerCase().includes(query));

/**
 * The accounts with only the users, roles and providers whose name or ARN contains the query
 * (case-insensitive; a user's access key IDs and MFA serials count too). An account whose ID or
 * alias matches keeps everything; accounts with nothing left are dropped. An empty query keeps all.
 */
export function filterWorld(accounts: readonly WorldAccount[], query: string): WorldAccount[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...accounts];
  const out: WorldAccount[] = [];
  for (const a of accounts) {
    if (contains(q, a.id, a.alias)) {
      out.push(a);
      continue;
    }
    const kept: WorldAccount = {
      ...a,
      users: a.users.filter((u) => contains(q, u.name, u.arn, ...(u.accessKeyIds ?? []), ...(u.mfaDevices ?? []))),
      roles: a.roles.filter((r) => contains(q, r.name, r.arn)),
      samlProviders: a.samlProviders.filter((p) => contains(q, p.name, p.arn)),
      oidcProviders: a.oidcProviders.filter((p) => contains(q, p.url, p.arn)),
    };
    if (kept.users.length + kept.roles.length + kept.samlProviders.length + kept.oidcProviders.length > 0) out.push(kept);
  }
  return out;
}

/** Live world edits in the sandbox in use (server or in-page): what the Sandbox world tool applies. */
export interface LiveWorld {
  /** What this user changed live, by ARN ('trustPolicy', 'policies'). */
  edits: Readonly<Record<string, readonly string[]>>;
  apply: (edit: { arn: string; trustPolicy?: unknown; policies?: unknown[] }) => Promise<void>;
  /** Back to the world file for one role or user. */
  reset: (arn: string) => Promise<void>;
  /** The in-page sandbox after a reload: ARNs whose live edits the page before had and this one lost. */
  lost?: readonly string[];
}
