/**
 * The verdict's checks after the trust policy: what STS checks before it issues the session (the
 * sandbox's issueFederatedSession, in its order): the Region, DurationSeconds against the role's
 * MaxSessionDuration, and the packed size of the session policy and tags. The rules are the
 * sandbox's own (inspect/session); a check whose data the verdict lacks (an AWS role's maximum) is
 * `unknown`, never a pass. The session policy's grammar comes first, before the assertion or token.
 */
import { stsAnswers } from './from-checks';
import type { FederatedCallFacts } from '../../policy/federated-trust';
import { packedPolicyOutcome } from '../session/packed-policy';
import { MIN_ROLE_MAX_SESSION_SECONDS, DEFAULT_ROLE_SESSION_SECONDS, regionDisabledError, roleDurationError, sessionPolicyError } from '../session/session-rules';
import type { RoleTrust } from './trust-step';
import type { VerdictCheck } from './types';

/** The form's session parameters as they would be sent (omitted fields are not sent). */
export interface SessionRequest {
  durationSeconds?: number;
  policy?: string;
  policyArns?: string[];
  /** The Region the call goes to; omitted when not known. */
  region?: string;
}

const POLICY_TITLE = /*i18n*/ { id: 'inspect.session.policy.title', message: 'The session policy is a valid policy document' };

/** Policy parsed as STS parses it, before the assertion or token is looked at; null when no Policy is sent. */
export function sessionPolicyCheck(request: SessionRequest): VerdictCheck | null {
  if (request.policy === undefined) return null;
  const error = sessionPolicyError(request.policy);
  if (!error) return { id: 'session-policy', status: 'pass', title: POLICY_TITLE, detail: /*i18n*/ { id: 'inspect.session.policy.pass', message: 'The Policy parameter parses as an IAM policy.' } };
  return { id: 'session-policy', status: 'fail', title: POLICY_TITLE, detail: stsAnswers(error.message), fix: /*i18n*/ { id: 'inspect.session.policy.fix', message: 'Correct the Policy parameter (JSON and the IAM policy grammar), or leave it empty.' }, error, causeId: 'invalid-parameter' };
}

function regionCheck(role: RoleTrust, roleAccount: string, region: string | undefined): VerdictCheck | null {
  const title = /*i18n*/ { id: 'inspect.session.region.title', message: "STS is active in the Region for the role's account" };
  if (role.kind !== 'known' || !role.limits) return null;
  const disabled = role.limits.disabledRegions;
  const account = roleAccount;
  if (disabled.length === 0) return { id: 'region', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.session.region.allActive', message: 'Account {account} has STS active in every Region.', values: { account }, verbatim: ['account'] } };
  if (region === undefined) {
    const regions = disabled.join(', ');
    return {
      id: 'region',
      status: 'unknown',
      title,
      detail: /*i18n*/ { id: 'inspect.session.region.unknown', message: 'Not checked: account {account} deactivated STS in {regions}, and the Region of the call is not known here.', values: { account, regions }, verbatim: ['account', 'regions'] },
      fix: /*i18n*/ { id: 'inspect.session.region.need', message: 'the Region the call goes to (account {account} deactivated STS in {regions})', values: { account, regions }, verbatim: ['account', 'regions'] },
    };
  }
  const error = regionDisabledError(region, roleAccount, disabled);
  if (!error) return { id: 'region', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.session.region.active', message: 'STS is active in {region} for account {account}.', values: { region, account }, verbatim: ['region', 'account'] } };
  return { id: 'region', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.session.region.disabled', message: 'Account {account} deactivated STS in {region}.', values: { region, account }, verbatim: ['region', 'account'] }, fix: /*i18n*/ { id: 'inspect.session.region.fix', message: 'Send the call to another Region (us-east-1 is always active), or activate STS in this Region (IAM → Account settings).' }, error, causeId: 'invalid-parameter' };
}

function durationCheck(role: RoleTrust, durationSeconds: number | undefined): VerdictCheck {
  const title = /*i18n*/ { id: 'inspect.session.duration.title', message: "DurationSeconds is within the role's MaxSessionDuration" };
  const requested = durationSeconds ?? DEFAULT_ROLE_SESSION_SECONDS;
  // `sent`: whether DurationSeconds is sent ('no': the default applies), an ICU select.
  const sent = durationSeconds === undefined ? 'no' : 'yes';
  const min = MIN_ROLE_MAX_SESSION_SECONDS;
  const max = role.kind === 'known' ? role.limits?.maxSessionDuration : undefined;
  if (max === undefined) {
    // Every role allows at least an hour: only a longer request depends on the role's setting.
    if (requested <= MIN_ROLE_MAX_SESSION_SECONDS) return { id: 'duration', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.session.duration.withinMin', message: "{sent, select, no {DurationSeconds not sent ({requested} seconds)} other {DurationSeconds {requested}}}: within every role's maximum (at least {min}).", values: { sent, requested, min } } };
    return {
      id: 'duration',
      status: 'unknown',
      title,
      detail: /*i18n*/ { id: 'inspect.session.duration.unknown', message: "Not checked: {sent, select, no {DurationSeconds not sent ({requested} seconds)} other {DurationSeconds {requested}}} is over one hour, and the role's MaxSessionDuration is not known here.", values: { sent, requested } },
      fix: /*i18n*/ { id: 'inspect.session.duration.need', message: "the role's MaxSessionDuration (IAM console → Roles → the role → Summary), or a DurationSeconds of {min} or less", values: { min } },
    };
  }
  const error = roleDurationError(durationSeconds, max, false);
  if (!error) return { id: 'duration', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.session.duration.pass', message: '{sent, select, no {DurationSeconds not sent ({requested} seconds)} other {DurationSeconds {requested}}}; the role allows up to {max}.', values: { sent, requested, max } } };
  return { id: 'duration', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.session.duration.tooLong', message: "{sent, select, no {DurationSeconds not sent ({requested} seconds)} other {DurationSeconds {requested}}} is more than the role's MaxSessionDuration of {max}.", values: { sent, requested, max } }, fix: /*i18n*/ { id: 'inspect.session.duration.fix', message: "Ask for at most {max} seconds, or raise the role's MaxSessionDuration.", values: { max } }, error, causeId: 'invalid-parameter' };
}

function packedCheck(facts: FederatedCallFacts, request: SessionRequest): VerdictCheck {
  const title = /*i18n*/ { id: 'inspect.session.packed.title', message: 'The session policy and tags fit the packed allowance' };
  const tags = Object.entries(facts.principalTags).map(([Key, Value]) => ({ Key, Value }));
  const outcome = packedPolicyOutcome(request.policy, (request.policyArns ?? []).map((arn) => ({ arn })), tags);
  if (outcome.ok) return { id: 'packed-size', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.session.packed.pass', message: 'PackedPolicySize {percent}% of the allowance.', values: { percent: outcome.percent } } };
  return {
    id: 'packed-size',
    status: 'fail',
    title,
    detail: stsAnswers(outcome.error.message),
    fix: /*i18n*/ { id: 'inspect.session.packed.fix', message: 'Shorten the session policy or pass fewer policy ARNs, or have the IdP send fewer or shorter session tags.' },
    error: outcome.error,
    causeId: 'invalid-parameter',
  };
}

/** The checks STS makes after the trust policy allowed the call, in its order. */
export function sessionChecks(facts: FederatedCallFacts, request: SessionRequest, role: RoleTrust): VerdictCheck[] {
  const account = facts.roleArn.trim().split(':')[4] ?? '';
  const region = regionCheck(role, account, request.region);
  return [...(region ? [region] : []), durationCheck(role, request.durationSeconds), packedCheck(facts, request)];
}
