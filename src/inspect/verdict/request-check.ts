/** The request-level check STS makes before the token rules: the parameters' model constraints and cross-field rules. */
import { getOperation } from '../../catalog/operations';
import { requestValidationError } from '../../catalog/validate';
import type { VerdictCheck } from './types';

export function requestCheck(operation: 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity', parameters: Record<string, unknown>): VerdictCheck {
  const title = 'Request parameters are valid';
  const error = requestValidationError(getOperation(operation), parameters);
  if (!error) return { id: 'parameters', status: 'pass', title, detail: `Every ${operation} parameter is within its limits.` };
  return { id: 'parameters', status: 'fail', title, detail: error.message, fix: 'Correct the request parameters named in the message.', error };
}
