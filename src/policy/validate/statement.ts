/** One statement: its elements, Sid and Effect, and the rules that depend on the policy kind. */
import type { JsonObject } from '../language/json-ast';
import { checkAdvice } from './advice';
import { checkActions, checkResources } from './action-resource';
import { checkCondition } from './condition';
import type { MarkerCode } from './codes';
import { MarkerSink } from './marker';
import { found, keyOf, unknownElement, valueOf, type Ctx } from './nodes';
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
  for (const p of s.properties) if (!STATEMENT_KEYS.includes(p.key.value)) out.error('unknown-element', unknownElement(p.key.value, STATEMENT_KEYS, 'statement'), p.key);

  const sid = valueOf(s, 'Sid');
  if (sid && sid.type !== 'string') out.error('sid-type', found(/*i18n*/ { id: 'policy.marker.sidType', message: 'Sid must be a string, found {found}' }, sid), sid);
  else if (sid?.type === 'string' && !isAlphanumeric(sid.value)) {
    const message = /*i18n*/ { id: 'policy.marker.sidFormat', message: 'Sid "{sid}" may contain only letters and digits (A-Z, a-z, 0-9)', values: { sid: sid.value }, verbatim: ['sid'] };
    // IAM enforces this for identity, session and trust policies; some resource policies (S3, SQS) are lenient.
    if (kind === 'resource') out.warning('sid-format', message, sid);
    else out.error('sid-format', message, sid);
  }

  const effect = valueOf(s, 'Effect');
  if (!effect) out.error('effect-missing', /*i18n*/ { id: 'policy.marker.effectMissing', message: 'The statement has no Effect: add "Effect": "Allow" or "Effect": "Deny"' }, MarkerSink.brace(s));
  else if (effect.type !== 'string' || (effect.value !== 'Allow' && effect.value !== 'Deny')) {
    const near = effect.type === 'string' ? ['Allow', 'Deny'].find((e) => e.toLowerCase() === effect.value.toLowerCase()) : undefined;
    const message = near
      ? /*i18n*/ { id: 'policy.marker.effectCase', message: 'Effect must be "Allow" or "Deny", found {found} (write "{near}": values are case-sensitive)', values: { near }, verbatim: ['near'] }
      : /*i18n*/ { id: 'policy.marker.effectInvalid', message: 'Effect must be "Allow" or "Deny", found {found}' };
    out.error('effect-invalid', found(message, effect), effect);
  }

  const has = (k: string): boolean => keyOf(s, k) !== undefined;
  const both = (a: string, b: string, code: MarkerCode): void => {
    const second = keyOf(s, b);
    if (has(a) && second) out.error(code, /*i18n*/ { id: 'policy.marker.both', message: 'The statement has both {a} and {b}; use one of them', values: { a, b }, verbatim: ['a', 'b'] }, second);
  };

  both('Action', 'NotAction', 'action-both');
  if (!has('Action') && !has('NotAction')) out.error('action-missing', /*i18n*/ { id: 'policy.marker.actionMissing', message: 'The statement has no Action (or NotAction)' }, MarkerSink.brace(s));
  for (const k of ['Action', 'NotAction']) if (has(k)) checkActions(valueOf(s, k), k, ctx);

  both('Principal', 'NotPrincipal', 'principal-both');
  const principalKey = keyOf(s, 'Principal') ?? keyOf(s, 'NotPrincipal');
  if (kind === 'identity' || kind === 'session') {
    if (principalKey) {
      const element = principalKey.value;
      const message =
        kind === 'identity'
          ? /*i18n*/ { id: 'policy.marker.principalInIdentity', message: '{element} is not allowed in an identity policy: it applies to whoever holds the policy. Only resource policies such as trust policies name principals', values: { element }, verbatim: ['element'] }
          : /*i18n*/ { id: 'policy.marker.principalInSession', message: '{element} is not allowed in a session policy: it applies to whoever holds the policy. Only resource policies such as trust policies name principals', values: { element }, verbatim: ['element'] };
      out.error('principal-not-allowed', message, principalKey);
    }
  } else {
    if (!principalKey) {
      const message =
        kind === 'trust'
          ? /*i18n*/ { id: 'policy.marker.principalMissingTrust', message: 'The statement has no Principal: every statement of a trust policy must say who it applies to' }
          : /*i18n*/ { id: 'policy.marker.principalMissingResource', message: 'The statement has no Principal: every statement of a resource policy must say who it applies to' };
      out.error('principal-missing', message, MarkerSink.brace(s));
    }
    for (const k of ['Principal', 'NotPrincipal']) if (has(k)) checkPrincipal(valueOf(s, k), k, ctx);
  }

  both('Resource', 'NotResource', 'resource-both');
  const resourceKey = keyOf(s, 'Resource') ?? keyOf(s, 'NotResource');
  if (kind === 'trust') {
    if (resourceKey) {
      const message = /*i18n*/ { id: 'policy.marker.trustResource', message: '{element} is not allowed in a trust policy ("{iam}"): the role itself is the resource', values: { element: resourceKey.value, iam: 'Has prohibited field Resource' }, verbatim: ['element', 'iam'] };
      out.error('trust-resource', message, resourceKey);
    }
  } else {
    if (!resourceKey) out.error('resource-missing', /*i18n*/ { id: 'policy.marker.resourceMissing', message: 'The statement has no Resource (or NotResource); use "*" for every resource' }, MarkerSink.brace(s));
    for (const k of ['Resource', 'NotResource']) if (has(k)) checkResources(valueOf(s, k), k, ctx);
  }

  const condition = valueOf(s, 'Condition');
  if (condition) checkCondition(condition, ctx);
  checkAdvice(s, ctx);
}
