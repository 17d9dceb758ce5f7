/**
 * Validation shared by the browser forms and the sandbox. The sandbox answers model clauses
 * first (one ValidationError listing them all) and checks cross-field rules only when there are none;
 * the forms show both at once, beside the field each belongs to.
 */
import { formatValidationError, validateModelConstraints } from './model-constraints';
import type { FieldIssue, OperationInput, OperationSpec, RuleViolation } from './types';

export { formatValidationError, validateModelConstraints };

export function checkCrossFieldRules(spec: OperationSpec, input: Record<string, unknown>): RuleViolation[] {
  const violations: RuleViolation[] = [];
  for (const rule of spec.rules) {
    let message: string | null;
    try {
      message = rule.check(input as OperationInput);
    } catch {
      // A rule that cannot read odd input has nothing to say; the model clauses cover the input itself.
      message = null;
    }
    if (message !== null) violations.push({ ruleId: rule.id, param: rule.param, code: rule.code, message, explain: rule.explain });
  }
  return violations;
}

/** What STS answers for the input before it looks at anything else: all model clauses in one ValidationError, else the first cross-field rule. */
export function requestValidationError(spec: OperationSpec, input: Record<string, unknown>): { code: string; message: string } | null {
  const clauses = validateModelConstraints(spec, input);
  if (clauses.length > 0) return { code: 'ValidationError', message: formatValidationError(clauses) };
  const violation = checkCrossFieldRules(spec, input)[0];
  return violation ? { code: violation.code, message: violation.message } : null;
}

/** Everything wrong with a form's input, keyed by parameter, in STS's wording. */
export function validateInput(spec: OperationSpec, input: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = validateModelConstraints(spec, input).map((c) => ({
    param: c.param,
    path: c.path,
    code: 'ValidationError',
    message: c.clause,
    explain: c.explain,
    source: 'model',
  }));
  for (const v of checkCrossFieldRules(spec, input)) {
    const path = spec.params.find((p) => p.name === v.param)?.memberPath ?? v.param;
    issues.push({ param: v.param, path, code: v.code, message: v.message, explain: v.explain, source: 'rule', ruleId: v.ruleId });
  }
  return issues;
}

/** Issues grouped by parameter name, in the order they were found. */
export function issuesByParam(issues: readonly FieldIssue[]): Map<string, FieldIssue[]> {
  const map = new Map<string, FieldIssue[]>();
  for (const issue of issues) {
    const list = map.get(issue.param);
    if (list) list.push(issue);
    else map.set(issue.param, [issue]);
  }
  return map;
}
