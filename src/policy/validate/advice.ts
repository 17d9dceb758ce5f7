/**
 * Warnings in the spirit of IAM Access Analyzer's policy checks: statements that are valid but
 * grant more, or match less, than they appear to.
 */
import type { Message } from '../../kernel/message';
import { parseArn } from '../../kernel/arn';
import { writeActionReason } from '../language/actions';
import type { JsonObject, JsonString, JsonValueNode } from '../language/json-ast';
import { withParts } from '../message-parts';
import { wildcardMatch } from '../wildcard';
import { conditionEntries, type ConditionEntry } from './condition';
import { hasWildcard, keyOf, valueOf, type Ctx } from './nodes';
import { WELL_KNOWN_IDPS } from './principal';

const strings = (node: JsonValueNode | undefined): JsonString[] =>
  !node ? [] : node.type === 'string' ? [node] : node.type === 'array' ? node.items.filter((i): i is JsonString => i.type === 'string') : [];

function baseName(e: ConditionEntry): string | undefined {
  return e.parsed.ok ? e.parsed.def.name : undefined;
}

function checkForAllValues(entries: ConditionEntry[], ctx: Ctx): void {
  const nullPresent = new Set(
    entries.filter((e) => baseName(e) === 'Null' && e.values.some((v) => String(v.value).toLowerCase() === 'false')).map((e) => e.key.value.toLowerCase()),
  );
  for (const e of entries) {
    if (!e.parsed.ok || e.parsed.qualifier !== 'ForAllValues' || nullPresent.has(e.key.value.toLowerCase())) continue;
    const key = e.key.value;
    const message = /*i18n*/ {
      id: 'policy.marker.forAllValuesWithoutNull',
      message: '{operator} is also true when the request has no {key} at all, so this Allow applies to such requests too; add {nullCheck} to require the key',
      values: { operator: e.parsed.name, key, nullCheck: `"Null": {"${key}": "false"}` },
      verbatim: ['operator', 'key', 'nullCheck'],
    };
    ctx.out.warning('forallvalues-allow-without-null', message, e.key);
  }
}

function checkConditionValues(entries: ConditionEntry[], ctx: Ctx): void {
  for (const e of entries) {
    const base = baseName(e);
    if (!e.parsed.ok || !base) continue;
    const name = e.parsed.name;
    const mfa = base === 'Bool' && !e.parsed.ifExists && e.key.value.toLowerCase() === 'aws:multifactorauthpresent';
    for (const v of e.values) {
      if (mfa && String(v.value).toLowerCase() === 'false') {
        const message = /*i18n*/ { id: 'policy.marker.mfaBoolFalse', message: 'Requests signed with long-term access keys carry no aws:MultiFactorAuthPresent at all, so "false" does not match them; use BoolIfExists to cover them too' };
        ctx.out.warning('mfa-bool-false', message, v);
      }
      if (v.type !== 'string') continue;
      if ((base === 'StringLike' || base === 'StringNotLike') && !hasWildcard(v.value)) {
        const message = /*i18n*/ { id: 'policy.marker.likeWithoutWildcard', message: '"{value}" has no wildcard (* or ?): use {equals} for an exact match', values: { value: v.value, equals: name.replace('Like', 'Equals') }, verbatim: ['value', 'equals'] };
        ctx.out.warning('stringlike-without-wildcard', message, v);
      }
      if (base.startsWith('String') && base.includes('Equals') && hasWildcard(v.value, '*')) {
        const like = base.includes('IgnoreCase') ? (base.includes('Not') ? 'StringNotLike' : 'StringLike') : name.replace('Equals', 'Like');
        const message = /*i18n*/ { id: 'policy.marker.equalsWithWildcard', message: '{operator} compares "*" literally, so "{value}" matches only that exact text; use {like} for a wildcard', values: { operator: name, value: v.value, like }, verbatim: ['operator', 'value', 'like'] };
        ctx.out.warning('stringequals-with-wildcard', message, v);
      }
    }
  }
}

/** The condition-key prefix a Federated principal supplies (token.actions.githubusercontent.com, accounts.google.com). */
function webIdentityPrefix(federated: string): string | undefined {
  const host = federated.toLowerCase();
  if (WELL_KNOWN_IDPS.includes(host)) return host;
  const arn = parseArn(federated);
  return arn.ok && arn.value.resourceType === 'oidc-provider' ? arn.value.resourceName : undefined;
}

function checkWebIdentity(s: JsonObject, entries: ConditionEntry[], ctx: Ctx): void {
  const actions = strings(valueOf(s, 'Action'));
  if (!actions.some((a) => wildcardMatch(a.value, 'sts:AssumeRoleWithWebIdentity', true))) return;
  const principal = valueOf(s, 'Principal');
  if (principal?.type !== 'object') return;
  const keys = new Set(
    entries
      .filter((e) => e.parsed.ok && !e.parsed.def.negated && e.parsed.def.family !== 'Null' && e.values.some((v) => String(v.value).replace(/\*/g, '') !== ''))
      .map((e) => e.key.value.toLowerCase()),
  );
  for (const f of strings(valueOf(principal, 'Federated'))) {
    const prefix = webIdentityPrefix(f.value);
    if (prefix === undefined) continue;
    const lower = prefix.toLowerCase();
    if (keys.has(`${lower}:sub`)) continue;
    // A Cognito identity pool ID in :aud is the documented way to trust a pool's identities.
    if (lower === 'cognito-identity.amazonaws.com' && keys.has(`${lower}:aud`)) continue;
    const key = `${prefix}:sub`;
    const message =
      lower === 'token.actions.githubusercontent.com'
        ? /*i18n*/ { id: 'policy.marker.webIdentityWithoutSubGitHub', message: 'No condition on {key}: any identity this provider issues tokens for can assume the role (every workflow in every GitHub repository). Add StringEquals or StringLike on {key}', values: { key }, verbatim: ['key'] }
        : /*i18n*/ { id: 'policy.marker.webIdentityWithoutSub', message: 'No condition on {key}: any identity this provider issues tokens for can assume the role. Add StringEquals or StringLike on {key}', values: { key }, verbatim: ['key'] };
    ctx.out.warning('web-identity-without-sub', message, f);
  }
}

function checkWriteOnEverything(s: JsonObject, ctx: Ctx): void {
  if (ctx.kind === 'trust' || valueOf(s, 'Condition')) return;
  const star = strings(valueOf(s, 'Resource')).find((r) => r.value === '*');
  if (!star) return;
  for (const a of strings(valueOf(s, 'Action'))) {
    const reason = writeActionReason(a.value);
    if (!reason) continue;
    const message = withParts(/*i18n*/ { id: 'policy.marker.writeOnEverything', message: '"Resource": "*" with {reason} allows it on every resource; name the resources (ARNs) or add a Condition' }, { reason });
    ctx.out.warning('write-action-all-resources', message, star);
    return;
  }
}

function checkPublic(s: JsonObject, ctx: Ctx): void {
  if (ctx.kind !== 'trust' && ctx.kind !== 'resource') return;
  if (valueOf(s, 'Condition')) return;
  const principal = valueOf(s, 'Principal');
  const star = principal?.type === 'string' ? principal : principal?.type === 'object' ? strings(valueOf(principal, 'AWS')).find((v) => v.value === '*') : undefined;
  if (star?.value !== '*') return;
  const message =
    ctx.kind === 'trust'
      ? /*i18n*/ { id: 'policy.marker.publicTrust', message: 'Principal "*" with no Condition lets anyone, in any AWS account, assume this role; name the principals or add a Condition such as aws:PrincipalOrgID' }
      : /*i18n*/ { id: 'policy.marker.publicResource', message: 'Principal "*" with no Condition lets anyone, in any AWS account, perform these actions; name the principals or add a Condition such as aws:PrincipalOrgID' };
  ctx.out.warning('public-principal', message, star);
}

export function checkAdvice(s: JsonObject, ctx: Ctx): void {
  const effect = valueOf(s, 'Effect');
  const allow = effect?.type === 'string' && effect.value === 'Allow';
  const entries = conditionEntries(valueOf(s, 'Condition'));
  checkConditionValues(entries, ctx);
  if (!allow) return;
  checkForAllValues(entries, ctx);
  const allowNot: readonly (readonly ['NotAction' | 'NotResource' | 'NotPrincipal', 'allow-not-action' | 'allow-not-resource' | 'allow-not-principal', Message])[] = [
    ['NotAction', 'allow-not-action', /*i18n*/ { id: 'policy.marker.allowNotAction', message: 'Allow with NotAction allows every action except the ones listed, including actions of services added later; prefer Action with an explicit list' }],
    ['NotResource', 'allow-not-resource', /*i18n*/ { id: 'policy.marker.allowNotResource', message: 'Allow with NotResource allows the actions on every resource except the ones listed; prefer Resource with an explicit list' }],
    ['NotPrincipal', 'allow-not-principal', /*i18n*/ { id: 'policy.marker.allowNotPrincipal', message: 'Allow with NotPrincipal trusts everyone except the principals listed; prefer Principal with an explicit list' }],
  ];
  for (const [element, code, message] of allowNot) {
    const key = keyOf(s, element);
    if (key) ctx.out.warning(code, message, key);
  }
  checkWriteOnEverything(s, ctx);
  checkPublic(s, ctx);
  if (ctx.kind === 'trust' || ctx.kind === 'resource') checkWebIdentity(s, entries, ctx);
}
