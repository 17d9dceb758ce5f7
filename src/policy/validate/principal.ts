/** Principal / NotPrincipal: "*" or {AWS | Federated | Service | CanonicalUser: string or list}. */
import { parseArn } from '../../kernel/arn';
import type { JsonString, JsonValueNode } from '../language/json-ast';
import { withParts } from '../message-parts';
import { found, stringItems, unknownPrincipalType, type Ctx } from './nodes';

const PRINCIPAL_TYPES = ['AWS', 'Federated', 'Service', 'CanonicalUser'];
/** Identity providers AWS knows without an IAM provider object. */
export const WELL_KNOWN_IDPS = ['accounts.google.com', 'graph.facebook.com', 'www.amazon.com', 'cognito-identity.amazonaws.com'];
const ARN_TYPES = new Set(['root', 'user', 'role', 'assumed-role', 'federated-user']);

const isDigits = (s: string): boolean => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');
/** IAM unique IDs (AIDA…, AROA…) appear in place of a deleted user or role. */
const isUniqueId = (s: string): boolean => s.length >= 16 && s.length <= 128 && s.startsWith('A') && [...s].every((c) => (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));

function checkAws(v: JsonString, ctx: Ctx): void {
  const value = v.value;
  if (value === '*' || isUniqueId(value)) return;
  if (isDigits(value)) {
    if (value.length !== 12) ctx.out.error('principal-aws', /*i18n*/ { id: 'policy.marker.accountDigits', message: '"{value}" is not a 12-digit account ID', values: { value }, verbatim: ['value'] }, v);
    return;
  }
  if (value.includes('*') || value.includes('?')) {
    ctx.out.error('principal-wildcard', /*i18n*/ { id: 'policy.marker.principalWildcard', message: 'Principal does not support wildcards in "{value}"; use "*" with a condition on aws:PrincipalArn (ArnLike) instead', values: { value }, verbatim: ['value'] }, v);
    return;
  }
  const arn = parseArn(value);
  if (!arn.ok) {
    ctx.out.error('principal-aws', withParts(/*i18n*/ { id: 'policy.marker.principalNotArn', message: '"{value}" is not an account ID or an IAM ARN: {problem}', values: { value }, verbatim: ['value'] }, { problem: arn.error }), v);
    return;
  }
  const a = arn.value;
  if ((a.service !== 'iam' && a.service !== 'sts') || a.resourceType === null || !ARN_TYPES.has(a.resourceType)) {
    ctx.out.error('principal-aws', /*i18n*/ { id: 'policy.marker.principalNotAws', message: '"{value}" is not an AWS principal: use an account ID, or the ARN of a root user, IAM user, role, or role session', values: { value }, verbatim: ['value'] }, v);
    return;
  }
  const problem = a.problems[0];
  if (problem) ctx.out.error('principal-aws', withParts(/*i18n*/ { id: 'policy.marker.principalArnProblem', message: '"{value}": {problem}', values: { value }, verbatim: ['value'] }, { problem }), v);
}

function checkFederated(v: JsonString, ctx: Ctx): void {
  if (WELL_KNOWN_IDPS.includes(v.value.toLowerCase())) return;
  const arn = parseArn(v.value);
  if (arn.ok && arn.value.service === 'iam' && (arn.value.resourceType === 'saml-provider' || arn.value.resourceType === 'oidc-provider') && arn.value.resourceName !== '') return;
  ctx.out.warning(
    'principal-federated',
    /*i18n*/ {
      id: 'policy.marker.federated',
      message: 'Federated "{value}" is not an identity provider: use a SAML or OIDC provider ARN ({saml}, {oidc}) or {known}',
      values: { value: v.value, saml: 'arn:aws:iam::ACCOUNT:saml-provider/NAME', oidc: 'arn:aws:iam::ACCOUNT:oidc-provider/HOST', known: WELL_KNOWN_IDPS.join(', ') },
      verbatim: ['value', 'saml', 'oidc', 'known'],
    },
    v,
  );
}

function checkService(v: JsonString, ctx: Ctx): void {
  const s = v.value;
  const ok = (s.endsWith('.amazonaws.com') || s.endsWith('.amazonaws.com.cn')) && s.indexOf('.') > 0 && [...s].every((c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '.' || c === '-');
  if (!ok) ctx.out.warning('principal-service', /*i18n*/ { id: 'policy.marker.service', message: 'Service "{value}" does not look like a service principal such as ec2.amazonaws.com or lambda.amazonaws.com', values: { value: s }, verbatim: ['value'] }, v);
}

export function checkPrincipal(node: JsonValueNode | undefined, element: string, ctx: Ctx): void {
  if (!node) return;
  if (node.type === 'string') {
    const example = '{"AWS": "arn:aws:iam::111122223333:root"}';
    if (node.value !== '*') ctx.out.error('principal-format', found(/*i18n*/ { id: 'policy.marker.principalFormat', message: '{element} must be "*" or an object such as {example}, found {found}', values: { element, example }, verbatim: ['element', 'example'] }, node), node);
    return;
  }
  if (node.type !== 'object') {
    const example = '{"AWS": "..."}';
    ctx.out.error('principal-format', found(/*i18n*/ { id: 'policy.marker.principalFormat', message: '{element} must be "*" or an object such as {example}, found {found}', values: { element, example }, verbatim: ['element', 'example'] }, node), node);
    return;
  }
  if (node.properties.length === 0) ctx.out.error('principal-format', /*i18n*/ { id: 'policy.marker.principalEmpty', message: '{element} names no principal', values: { element }, verbatim: ['element'] }, node);
  for (const p of node.properties) {
    const type = p.key.value;
    if (!PRINCIPAL_TYPES.includes(type)) {
      ctx.out.error('principal-type', unknownPrincipalType(type, PRINCIPAL_TYPES, element), p.key);
      continue;
    }
    for (const v of stringItems(p.value, ctx, `${element}.${type}`)) {
      if (type === 'AWS') checkAws(v, ctx);
      else if (type === 'Federated') checkFederated(v, ctx);
      else if (type === 'Service') checkService(v, ctx);
      else if (!/^[0-9a-f]{64}$/.test(v.value)) {
        ctx.out.warning('principal-canonical-user', /*i18n*/ { id: 'policy.marker.canonicalUser', message: 'CanonicalUser "{value}" is not a canonical user ID (64 hexadecimal characters)', values: { value: v.value }, verbatim: ['value'] }, v);
      }
    }
  }
}
