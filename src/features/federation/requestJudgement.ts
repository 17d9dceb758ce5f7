/**
 * The catalog's one validation of the form's input, as the verdict needs it: what STS answers for
 * the whole request, and the issues of one parameter (RoleSessionName) in STS's words; and the
 * session parameters the verdict checks after the trust policy (DurationSeconds, Policy, PolicyArns).
 */
import { assumeRoleWithSAML } from '../../catalog/operations/assume-role-with-saml';
import { assumeRoleWithWebIdentity } from '../../catalog/operations/assume-role-with-web-identity';
import { requestValidationError, validateInput } from '../../catalog/validate';
import type { PredictedStsError, SessionRequest } from '../../inspect/verdict';
import type { FederationOperation, FormBridge } from './types';

const SPECS = { AssumeRoleWithSAML: assumeRoleWithSAML, AssumeRoleWithWebIdentity: assumeRoleWithWebIdentity } as const;

export interface RequestJudgement {
  requestError: PredictedStsError | null;
  /** The issues of `param` alone (empty when it is valid or not filled in). */
  paramIssues: string[];
}

export function formRequestJudgement(operation: FederationOperation, values: Record<string, string>, param: string, lists: FormBridge['lists'] = {}): RequestJudgement {
  const spec = SPECS[operation];
  // Empty fields are not sent: judge what the form would send (PolicyArns too: they count toward the
  // session policies' 2,048 characters).
  const input: Record<string, unknown> = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
  const policyArns = formPolicyArns(lists);
  if (policyArns.length > 0) input.PolicyArns = policyArns.map((arn) => ({ arn }));
  const paramIssues = input[param] === undefined ? [] : validateInput(spec, input).filter((i) => i.param === param).map((i) => i.message);
  return { requestError: requestValidationError(spec, input), paramIssues };
}

/**
 * The session parameters the form would send, for the checks STS makes after the trust policy. A
 * DurationSeconds that is not a whole number is left to the parameter check (the catalog's). The
 * sandbox serves the federated calls, which are unsigned, in us-east-1; against AWS the Region's
 * STS settings are not known here, so the Region is not judged.
 */
export function formSessionRequest(form: FormBridge, sandbox: boolean): SessionRequest {
  const duration = form.values.DurationSeconds?.trim() ?? '';
  const seconds = duration === '' ? NaN : Number(duration);
  const policy = form.values.Policy ?? '';
  const policyArns = formPolicyArns(form.lists);
  return {
    ...(Number.isInteger(seconds) ? { durationSeconds: seconds } : {}),
    ...(policy !== '' ? { policy } : {}),
    ...(policyArns.length > 0 ? { policyArns } : {}),
    ...(sandbox ? { region: 'us-east-1' } : {}),
  };
}

/** The PolicyArns the form would send: its list rows, trimmed, blank rows left out. */
function formPolicyArns(lists: FormBridge['lists']): string[] {
  return (lists?.PolicyArns ?? []).map((a) => a.trim()).filter((a) => a !== '');
}
