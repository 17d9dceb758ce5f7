/** Action / NotAction strings and Resource / NotResource ARNs. */
import { englishOf } from '../../kernel/message';
import { parseArn } from '../../kernel/arn';
import { actionsMatching, checkActionSyntax, findService, TRUST_POLICY_ACTIONS } from '../language/actions';
import type { JsonString, JsonValueNode } from '../language/json-ast';
import { editDistance } from '../language/keys';
import { wildcardMatch } from '../wildcard';
import { hasWildcard, stringItems, type Ctx } from './nodes';

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
    ctx.out.warning('trust-action-wildcard', `"*" in a trust policy: name the actions the principal may perform on the role instead (${TRUST_LIST})`, v);
    return;
  }
  const fits = service === 'sts' && TRUST_POLICY_ACTIONS.some((a) => wildcardMatch(v.value, `sts:${a}`, true));
  if (!fits) ctx.out.error('trust-action', `"${v.value}" is not a trust-policy action; a trust policy allows only ${TRUST_LIST}`, v);
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
      ctx.out.warning('unknown-action', `"${v.value}" matches no STS action${near ? ` (did you mean "${near}"?)` : ''}`, v);
    }
  }
}

function checkResource(v: JsonString, ctx: Ctx): void {
  const value = v.value;
  if (value === '*') return;
  if (!value.startsWith('arn:')) {
    const hint = value.includes(':') ? '' : ' (for an S3 bucket write arn:aws:s3:::bucket-name)';
    ctx.out.error('resource-arn', `Resource "${value}" must be an ARN (arn:partition:service:region:account:resource) or "*"${hint}`, v);
    return;
  }
  const arn = parseArn(value);
  if (!arn.ok) {
    ctx.out.error('resource-arn', `Resource "${value}" is not a valid ARN: ${englishOf(arn.error)}`, v);
    return;
  }
  // Wildcards and policy variables stand in for parts, so only a literal ARN can be judged further.
  if (hasWildcard(value) || value.includes('${')) return;
  if (arn.value.problems.length > 0) ctx.out.warning('resource-arn-problem', `Resource "${value}": ${englishOf(arn.value.problems[0]!)}`, v);
}

export function checkResources(node: JsonValueNode | undefined, element: string, ctx: Ctx): void {
  for (const v of stringItems(node, ctx, element)) {
    checkResource(v, ctx);
    if (!ctx.variables && v.value.includes('${')) {
      ctx.out.warning('policy-variable-old-version', `"${v.value}" uses a policy variable, which works only with "Version": "2012-10-17"; here it is plain text`, v);
    }
  }
}
