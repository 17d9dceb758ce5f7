/**
 * Which validation messages to show now. Every issue counts (Send stays disabled), but "Member must
 * not be null" for a field the user has not reached yet is noise: it shows once the field was
 * edited or a send was attempted.
 */
import type { FieldIssue, OperationInput, OperationSpec } from '../../catalog/types';
import type { Message } from '../../kernel/message';

export function visibleIssues(
  issues: readonly FieldIssue[],
  input: OperationInput,
  touched: ReadonlySet<string>,
  attempted: boolean,
): FieldIssue[] {
  if (attempted) return [...issues];
  return issues.filter((i) => i.source !== 'model' || touched.has(i.param) || input[i.param] !== undefined);
}

/** Labels of required parameters with no value yet, in catalog order. */
export function missingRequired(spec: OperationSpec, input: OperationInput): Message[] {
  return spec.params.filter((p) => p.required && input[p.name] === undefined).map((p) => p.label);
}
