/**
 * The catalog's one validation of the form's input, as the verdict needs it: what STS answers for
 * the whole request, and the issues of one parameter (RoleSessionName) in STS's words.
 */
import { getOperation } from '../../catalog/operations';
import { requestValidationError, validateInput } from '../../catalog/validate';
import type { OperationName } from '../../catalog/types';
import type { PredictedStsError } from '../../inspect/verdict';

export interface RequestJudgement {
  requestError: PredictedStsError | null;
  /** The issues of `param` alone (empty when it is valid or not filled in). */
  paramIssues: string[];
}

export function formRequestJudgement(operation: OperationName, values: Record<string, string>, param: string): RequestJudgement {
  const spec = getOperation(operation);
  // Empty fields are not sent: judge what the form would send.
  const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
  const paramIssues = input[param] === undefined ? [] : validateInput(spec, input).filter((i) => i.param === param).map((i) => i.message);
  return { requestError: requestValidationError(spec, input), paramIssues };
}
