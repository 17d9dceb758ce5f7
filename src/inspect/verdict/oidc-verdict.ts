/**
 * The AssumeRoleWithWebIdentity verdict: the sandbox's own rulebook (inspect/jwt/oidc-rules.ts) over
 * the token as it would be sent, with the providers of the role's account and their keys when known.
 */
import { evaluateOidcRules, sandboxOAuthFinding, type FindingError, type OidcEvaluation, type OidcProviderRules, type ProviderKeys } from '../jwt/oidc-rules';
import { amazonWebIdentityFacts, webIdentityFacts, webIdentityFederatedCall } from '../jwt/web-identity-facts';
import { decodeJwt } from '../jwt/decode';
import { parseArn } from '../../kernel/arn';
import type { FederatedCallFacts } from '../../policy/federated-trust';
import { trustPolicyCheck, type RoleTrust } from './trust-step';
import { sessionChecks, sessionPolicyCheck, type SessionRequest } from './session-step';
import { verdictFromChecks } from './from-checks';
import { findingToCheck } from './saml-verdict';
import { requestCheck, stsAnswers } from './from-checks';
import type { FederationVerdict, PredictedStsError, VerdictCheck } from './types';
import { fixFor } from './fixes';
import type { Message, Words } from '../../kernel/message';

/** An IAM OIDC provider with its keys as the verdict knows them. */
export interface OidcProviderTrust extends OidcProviderRules {
  /** The provider's JWKS, or null when it is not known (then the signature cannot be judged). */
  jwks: object | null;
  /** Where the keys came from, for sentences ("the sandbox's provider JWKS", "pasted JWKS", "https://…/jwks"). */
  source: Words;
  /** When the keys cannot be obtained (the sandbox's jwksUri fetch failed): what STS answers at the signature step. */
  keysError?: FindingError;
}

export interface OidcTrust {
  /** The IAM OIDC providers of the role's account; null when not known (target AWS, nothing entered). */
  providers: OidcProviderTrust[] | null;
  /** When the keys of a matched provider are unknown, why (e.g. the discovery fetch was refused by CORS). */
  keysUnavailable?: Message;
  /** Keys to check the signature with when `providers` is null (target AWS, provider not entered): the issuer's. */
  keysFor?: OidcProviderTrust | null;
  /** The target is the sandbox: OAuth access tokens get its answer (sandboxOAuthFinding), not AWS's unknown. */
  sandbox?: boolean;
  /**
   * What the Login with Amazon provider says of an access token (the sandbox's
   * POST /_sandbox/oauth/amazon/tokeninfo): its user and app, or the error STS answers.
   */
  amazonTokenInfo?: (token: string) => Promise<AmazonTokenInfo>;
}

export interface OidcVerdictInput {
  /** WebIdentityToken as it would be sent. */
  token: string;
  providerId?: string;
  trust: OidcTrust;
  nowMs: number;
  /**
   * What STS answers for the request's parameters before anything else (catalog's requestValidationError
   * on the form's input; null when they are valid). Omitted: the parameters are not judged.
   */
  requestError?: PredictedStsError | null;
  /**
   * What the catalog's one validation says of RoleSessionName (its own issues, in STS's words; empty
   * when valid). Omitted: not judged.
   */
  roleSessionNameIssues?: string[];
  /** RoleArn and RoleSessionName as they would be sent: the trust policy sees them. */
  roleArn: string;
  roleSessionName: string;
  /** The role's trust policy as known (the sandbox's role, a pasted policy) or not (target AWS, nothing pasted). */
  role: RoleTrust;
  /** DurationSeconds, Policy, PolicyArns and the Region as they would be sent. Omitted: none sent. */
  session?: SessionRequest;
}

function keysOf(trust: OidcTrust): (p: OidcProviderRules) => Promise<ProviderKeys> {
  return async (p) => {
    const match = trust.providers ? trust.providers.find((t) => t.url === p.url) : trust.keysFor;
    if (match?.jwks) return { kind: 'jwks', jwks: match.jwks, source: match.source };
    if (match?.keysError) return { kind: 'error', error: match.keysError };
    return { kind: 'unknown', detail: trust.keysUnavailable ?? /*i18n*/ { id: 'oidc.rule.signature.keysUnknown', message: "Not verified: the issuer's signing keys are not known here." } };
  };
}

/** What an OAuth provider says of an access token (Amazon's token-info answer). */
export type AmazonTokenInfo = { ok: true; userId: string; appId: string } | { ok: false; error: PredictedStsError };

const AMAZON = 'www.amazon.com';

/**
 * A Login with Amazon access token: STS asks Amazon (here the sandbox, which sealed it) who it is for,
 * then runs the trust policy with www.amazon.com:app_id / user_id.
 */
async function amazonChecks(input: OidcVerdictInput, info: (token: string) => Promise<AmazonTokenInfo>): Promise<VerdictCheck[]> {
  const title = /*i18n*/ { id: 'oidc.verdict.amazon.title', message: 'The identity provider vouches for the access token' };
  const answer = await info(input.token.trim());
  if (!answer.ok) {
    const causeId = answer.error.code === 'ExpiredTokenException' ? 'expired' : 'oauth-provider';
    return [
      {
        id: 'decode',
        status: 'fail',
        title,
        detail: /*i18n*/ { id: 'oidc.verdict.amazon.refused', message: '{host} refuses the token: {message}', values: { host: AMAZON, message: answer.error.message }, verbatim: ['host', 'message'] },
        fix: /*i18n*/ { id: 'oidc.verdict.amazon.fix', message: 'Get a fresh access token from Login with Amazon for this app.' },
        error: answer.error,
        causeId,
      },
    ];
  }
  const call = webIdentityFederatedCall(amazonWebIdentityFacts(answer), { roleArn: input.roleArn, sessionName: input.roleSessionName });
  const decode: VerdictCheck = { id: 'decode', status: 'pass', title, detail: /*i18n*/ { id: 'oidc.verdict.amazon.pass', message: 'A Login with Amazon token for app {appId}, user {userId}.', values: { appId: answer.appId, userId: answer.userId }, verbatim: ['appId', 'userId'] } };
  const trustStep = trustPolicyCheck(call, input.role);
  if (!trustStep) return [decode];
  return [decode, trustStep, ...(trustStep.status === 'pass' ? sessionChecks(call, input.session ?? {}, input.role) : [])];
}

export async function oidcVerdict(input: OidcVerdictInput): Promise<FederationVerdict> {
  const session = input.session ?? {};
  const policy = sessionPolicyCheck(session);
  // STS parses the session policy right after the parameters, before the token.
  const first = [...(input.requestError !== undefined ? [requestCheck('AssumeRoleWithWebIdentity', input.requestError)] : []), ...(policy ? [policy] : [])];
  const sessionName = input.roleSessionNameIssues ? [roleSessionNameCheck(input.roleSessionName, input.roleSessionNameIssues, input.requestError ?? null)] : [];
  const amazonInfo = input.trust.amazonTokenInfo;
  if (input.providerId === AMAZON && amazonInfo && !decodeJwt(input.token).ok) return verdictFromChecks([...first, ...sessionName, ...(await amazonChecks(input, amazonInfo))]);
  const evaluation = await evaluateOidcRules({
    token: input.token,
    ...(input.providerId !== undefined && input.providerId !== '' ? { providerId: input.providerId } : {}),
    providers: input.trust.providers,
    nowMs: input.nowMs,
    keysFor: keysOf(input.trust),
    allRules: true,
    ...(input.trust.sandbox ? { oauthFinding: sandboxOAuthFinding } : {}),
  });
  const checks = [...first, ...sessionName, ...evaluation.findings.map((f) => findingToCheck(f, 'oidc'))];
  const facts = checks.some((c) => c.status === 'fail') ? null : webIdentityCallFacts(evaluation, input);
  const trustStep = trustPolicyCheck(facts, input.role);
  const after = facts && trustStep?.status === 'pass' ? sessionChecks(facts, session, input.role) : [];
  return verdictFromChecks([...checks, ...(trustStep ? [trustStep] : []), ...after]);
}

/** What the accepted token puts to the trust policy, read as the sandbox reads it (web-identity-facts.ts). */
function webIdentityCallFacts(evaluation: OidcEvaluation, input: OidcVerdictInput): FederatedCallFacts | null {
  const { decoded, audience } = evaluation;
  const iss = decoded?.claims.iss;
  // The provider iss matched; with the providers unknown (target AWS), the issuer itself.
  const providerUrl = evaluation.provider?.url ?? (typeof iss === 'string' ? iss : null);
  const role = parseArn(input.roleArn.trim());
  if (!decoded || providerUrl === null || audience === undefined || !role.ok) return null;
  const facts = webIdentityFacts(decoded, providerUrl, audience, role.value.account);
  return facts ? webIdentityFederatedCall(facts, { roleArn: input.roleArn, sessionName: input.roleSessionName }) : null;
}

/** RoleSessionName, judged by the catalog's rule (the caller passes its issues): empty is "not filled in yet", not a pass. */
function roleSessionNameCheck(value: string, issues: string[], requestError: PredictedStsError | null): VerdictCheck {
  const title = /*i18n*/ { id: 'oidc.verdict.roleSessionName.title', message: '{param} is valid', values: { param: 'RoleSessionName' }, verbatim: ['param'] };
  const fix = fixFor('oidc', 'role-session-name', 'fail');
  if (value === '') return { id: 'role-session-name', status: 'warn', title, detail: /*i18n*/ { id: 'oidc.verdict.roleSessionName.empty', message: 'Not filled in yet: STS requires {param} with every {operation} call.', values: { param: 'RoleSessionName', operation: 'AssumeRoleWithWebIdentity' }, verbatim: ['param', 'operation'] }, ...(fix ? { fix } : {}) };
  if (issues.length === 0) return { id: 'role-session-name', status: 'pass', title, detail: /*i18n*/ { id: 'oidc.verdict.roleSessionName.pass', message: '“{value}” is within the rule (it becomes {key} in the trust policy).', values: { value, key: 'sts:RoleSessionName' }, verbatim: ['value', 'key'] } };
  return {
    id: 'role-session-name',
    status: 'fail',
    title,
    detail: stsAnswers(issues.join(' ')),
    ...(fix ? { fix } : {}),
    error: requestError ?? { code: 'ValidationError', message: issues.join(' ') },
    causeId: 'invalid-parameter',
  };
}
