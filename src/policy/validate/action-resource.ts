/** Action / NotAction strings and Resource / NotResource ARNs. */
import type { Message } from '../../kernel/message';
import { parseArn } from '../../kernel/arn';
import { actionsMatching, checkActionSyntax, findService, TRUST_POLICY_ACTIONS } from '../language/actions';
import type { JsonString, JsonValueNode } from '../language/json-ast';
import { editDistance } from '../language/keys';
import { withParts } from '../message-parts';
import { wildcardMatch } from '../wildcard';
import { hasWildcard, stringItems, variableWithoutVersion, type Ctx } from './nodes';

const TRUST_LIST = TRUST_POLICY_ACTIONS.map((a) => `sts:${a}`).join(', ');

function nearestAction(service: string, name: string): string | undefined {
  const table = findService(service);
  if (!table) return undefined;
  let best: { name: string; d: number } | undefined;
  for (const [candidate] of table.actions) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase(), 3);
    if (d <= 3 && (!best || d < best.d)) best = { name: candidate, d };
  }
  return best ? `${service}:${best.name}` : undefined;
}

function checkTrustAction(v: JsonString, service: string, ctx: Ctx): void {
  if (v.value === '*') {
    ctx.out.warning('trust-action-wildcard', /*i18n*/ { id: 'policy.marker.trustActionWildcard', message: '"*" in a trust policy: name the actions the principal may perform on the role instead ({actions})', values: { actions: TRUST_LIST }, verbatim: ['actions'] }, v);
    return;
  }
  const fits = service === 'sts' && TRUST_POLICY_ACTIONS.some((a) => wildcardMatch(v.value, `sts:${a}`, true));
  if (!fits) ctx.out.error('trust-action', /*i18n*/ { id: 'policy.marker.trustAction', message: '"{action}" is not a trust-policy action; a trust policy allows only {actions}', values: { action: v.value, actions: TRUST_LIST }, verbatim: ['action', 'actions'] }, v);
}

export function checkActions(node: JsonValueNode | undefined, element: string, ctx: Ctx): void {
  for (const v of stringItems(node, ctx, element)) {
    const syntax = checkActionSyntax(v.value);
    if (!syntax.ok) {
      ctx.out.error('action-format', syntax.message, v);
      continue;
    }
    if (ctx.kind === 'trust') {
      checkTrustAction(v, syntax.service, ctx);
      continue;
    }
    // STS is listed in full, so an STS action that matches nothing is a typo.
    if (syntax.service === 'sts' && actionsMatching(v.value).length === 0) {
      const near = hasWildcard(v.value) ? undefined : nearestAction('sts', syntax.name);
      const message: Message = near
        ? /*i18n*/ { id: 'policy.marker.unknownActionNear', message: '"{action}" matches no STS action (did you mean "{near}"?)', values: { action: v.value, near }, verbatim: ['action', 'near'] }
        : /*i18n*/ { id: 'policy.marker.unknownAction', message: '"{action}" matches no STS action', values: { action: v.value }, verbatim: ['action'] };
      ctx.out.warning('unknown-action', message, v);
    }
  }
}

function checkResource(v: JsonString, ctx: Ctx): void {
  const value = v.value;
  if (value === '*') return;
  if (!value.startsWith('arn:')) {
    const message = value.includes(':')
      ? /*i18n*/ { id: 'policy.marker.resourceNotArn', message: 'Resource "{value}" must be an ARN (arn:partition:service:region:account:resource) or "*"', values: { value }, verbatim: ['value'] }
      : /*i18n*/ { id: 'policy.marker.resourceNotArnBucket', message: 'Resource "{value}" must be an ARN (arn:partition:service:region:account:resource) or "*" (for an S3 bucket write arn:aws:s3:::bucket-name)', values: { value }, verbatim: ['value'] };
    ctx.out.error('resource-arn', message, v);
    return;
  }
  const arn = parseArn(value);
  if (!arn.ok) {
    ctx.out.error('resource-arn', withParts(/*i18n*/ { id: 'policy.marker.resourceArnInvalid', message: 'Resource "{value}" is not a valid ARN: {problem}', values: { value }, verbatim: ['value'] }, { problem: arn.error }), v);
    return;
  }
  // Wildcards and policy variables stand in for parts, so only a literal ARN can be judged further.
  if (hasWildcard(value) || value.includes('${')) return;
  const problem = arn.value.problems[0];
  if (problem) ctx.out.warning('resource-arn-problem', withParts(/*i18n*/ { id: 'policy.marker.resourceArnProblem', message: 'Resource "{value}": {problem}', values: { value }, verbatim: ['value'] }, { problem }), v);
}

export function checkResources(node: JsonValueNode | undefined, element: string, ctx: Ctx): void {
  for (const v of stringItems(node, ctx, element)) {
    checkResource(v, ctx);
    if (!ctx.variables && v.value.includes('${')) {
      ctx.out.warning('policy-variable-old-version', variableWithoutVersion(v.value), v);
    }
  }
}
