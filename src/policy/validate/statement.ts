/** One statement: its elements, Sid and Effect, and the rules that depend on the policy kind. */
import type { JsonObject } from '../language/json-ast';
import { checkAdvice } from './advice';
import { checkActions, checkResources } from './action-resource';
import { checkCondition } from './condition';
import type { MarkerCode } from './codes';
import { MarkerSink } from './marker';
import { describeNode, keyOf, unknownElement, valueOf, type Ctx } from './nodes';
import { checkPrincipal } from './principal';

const STATEMENT_KEYS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];

function isAlphanumeric(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

export function checkStatement(s: JsonObject, ctx: Ctx): void {
  const { out, kind } = ctx;
  for (const p of s.properties) if (!STATEMENT_KEYS.includes(p.key.value)) out.error('unknown-element', unknownElement(p.key.value, STATEMENT_KEYS, 'a statement'), p.key);

  const sid = valueOf(s, 'Sid');
  if (sid && sid.type !== 'string') out.error('sid-type', `Sid must be a string, found ${describeNode(sid)}`, sid);
  else if (sid?.type === 'string' && !isAlphanumeric(sid.value)) {
    const message = `Sid "${sid.value}" may contain only letters and digits (A-Z, a-z, 0-9)`;
    // IAM enforces this for identity, session and trust policies; some resource policies (S3, SQS) are lenient.
    if (kind === 'resource') out.warning('sid-format', message, sid);
    else out.error('sid-format', message, sid);
  }

  const effect = valueOf(s, 'Effect');
  if (!effect) out.error('effect-missing', 'The statement has no Effect: add "Effect": "Allow" or "Effect": "Deny"', MarkerSink.brace(s));
  else if (effect.type !== 'string' || (effect.value !== 'Allow' && effect.value !== 'Deny')) {
    const near = effect.type === 'string' ? ['Allow', 'Deny'].find((e) => e.toLowerCase() === effect.value.toLowerCase()) : undefined;
    const hint = near ? ` (write "${near}": values are case-sensitive)` : '';
    out.error('effect-invalid', `Effect must be "Allow" or "Deny", found ${describeNode(effect)}${hint}`, effect);
  }

  const has = (k: string): boolean => keyOf(s, k) !== undefined;
  const both = (a: string, b: string, code: MarkerCode): void => {
    const second = keyOf(s, b);
    if (has(a) && second) out.error(code, `The statement has both ${a} and ${b}; use one of them`, second);
  };

  both('Action', 'NotAction', 'action-both');
  if (!has('Action') && !has('NotAction')) out.error('action-missing', 'The statement has no Action (or NotAction)', MarkerSink.brace(s));
  for (const k of ['Action', 'NotAction']) if (has(k)) checkActions(valueOf(s, k), k, ctx);

  both('Principal', 'NotPrincipal', 'principal-both');
  const principalKey = keyOf(s, 'Principal') ?? keyOf(s, 'NotPrincipal');
  if (kind === 'identity' || kind === 'session') {
    if (principalKey) {
      out.error('principal-not-allowed', `${principalKey.value} is not allowed in ${kind === 'identity' ? 'an identity' : 'a session'} policy: it applies to whoever holds the policy. Only resource policies such as trust policies name principals`, principalKey);
    }
  } else {
    if (!principalKey) out.error('principal-missing', `The statement has no Principal: every statement of a ${kind === 'trust' ? 'trust' : 'resource'} policy must say who it applies to`, MarkerSink.brace(s));
    for (const k of ['Principal', 'NotPrincipal']) if (has(k)) checkPrincipal(valueOf(s, k), k, ctx);
  }

  both('Resource', 'NotResource', 'resource-both');
  const resourceKey = keyOf(s, 'Resource') ?? keyOf(s, 'NotResource');
  if (kind === 'trust') {
    if (resourceKey) out.error('trust-resource', `${resourceKey.value} is not allowed in a trust policy ("Has prohibited field Resource"): the role itself is the resource`, resourceKey);
  } else {
    if (!resourceKey) out.error('resource-missing', 'The statement has no Resource (or NotResource); use "*" for every resource', MarkerSink.brace(s));
    for (const k of ['Resource', 'NotResource']) if (has(k)) checkResources(valueOf(s, k), k, ctx);
  }

  const condition = valueOf(s, 'Condition');
  if (condition) checkCondition(condition, ctx);
  checkAdvice(s, ctx);
}
