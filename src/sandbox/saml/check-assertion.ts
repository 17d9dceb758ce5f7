/**
 * What AssumeRoleWithSAML enforces before it issues credentials (reference §7): the assertion
 * decodes, comes from the provider's entity, is signed with one of the provider's certificates
 * (and the signature covers what is read), is current and addressed to AWS, and names the role.
 * Failures are StsErrors with AWS's codes; the rules are shared with the inspector.
 */
import { awsSamlAttributes, extractAwsRolePairs } from '../../inspect/saml/aws-attributes';
import { computeNameQualifier, issuerOf, recipientOf, samlConditionKeys } from '../../inspect/saml/name-qualifier';
import { primaryAssertion } from '../../inspect/saml/primary-assertion';
import { parseSessionDuration, subjectTypeOf } from '../../inspect/saml/rules';
import { evaluateSamlAssertion, type SamlProviderKeys } from '../../inspect/saml/sts-evaluate';
import { firstStsFailure } from '../../inspect/saml/sts-rules';
import { parseSamlInstant } from '../../inspect/saml/xml';
import { stsError } from '../core/errors';

export interface SamlProviderTrust extends SamlProviderKeys {
  accountId: string;
  /** The IAM SAML provider's name (last part of its ARN). */
  name: string;
}

export interface SamlAssertionCheckInput {
  /** The SAMLAssertion parameter: base64 of the whole samlp:Response. */
  samlAssertion: string;
  roleArn: string;
  principalArn: string;
  provider: SamlProviderTrust;
  /** Sandbox clock. */
  nowMs: number;
}

export interface SamlSessionFacts {
  issuer: string;
  subject: string;
  /** NameID Format with the SAML 2.0 nameid-format prefix removed (reference §3.5). */
  subjectType: string;
  /** SubjectConfirmationData Recipient. */
  audience: string;
  nameQualifier: string;
  sessionName: string;
  /** SessionDuration attribute: may only shorten the session. */
  sessionDurationSeconds?: number;
  /** AuthnStatement SessionNotOnOrAfter: the session may not outlive it. */
  sessionNotOnOrAfterMs?: number;
  principalTags: { Key: string; Value: string }[];
  transitiveTagKeys: string[];
  sourceIdentity?: string;
  /** saml:* trust-policy condition keys. */
  conditionKeys: Record<string, string[]>;
}

export async function checkSamlAssertionForSts(input: SamlAssertionCheckInput): Promise<SamlSessionFacts> {
  const { findings, info: parsed } = await evaluateSamlAssertion({
    samlAssertion: input.samlAssertion,
    roleArn: input.roleArn,
    principalArn: input.principalArn,
    provider: input.provider,
    nowMs: input.nowMs,
    firstFailureOnly: true,
  });
  const failure = firstStsFailure(findings);
  if (failure?.error) throw stsError(failure.error.code, failure.error.message);
  if (!parsed) throw stsError('InvalidIdentityToken', 'Invalid SAML response: the assertion is incomplete');
  const info = { value: parsed };

  // Every rule passed, so the pieces below exist and are valid.
  const assertion = primaryAssertion(info.value);
  const issuer = issuerOf(info.value);
  const audience = recipientOf(assertion);
  const attrs = awsSamlAttributes(info.value);
  if (!assertion?.nameId || issuer === null || audience === null || attrs.roleSessionName === null || extractAwsRolePairs(info.value).pairs.length === 0) {
    throw stsError('InvalidIdentityToken', 'Invalid SAML response: the assertion is incomplete');
  }
  const facts: SamlSessionFacts = {
    issuer,
    subject: assertion.nameId.value,
    subjectType: subjectTypeOf(assertion.nameId.format),
    audience,
    nameQualifier: await computeNameQualifier(issuer, input.provider.accountId, input.provider.name),
    sessionName: attrs.roleSessionName,
    principalTags: Object.entries(attrs.principalTags).map(([Key, Value]) => ({ Key, Value })),
    transitiveTagKeys: attrs.transitiveTagKeys,
    conditionKeys: await samlConditionKeys(info.value, input.provider.accountId, input.provider.name),
  };
  if (attrs.sessionDuration !== null) {
    const d = parseSessionDuration(attrs.sessionDuration);
    if (d.ok) facts.sessionDurationSeconds = d.seconds;
  }
  const sessionEnd = parseSamlInstant(assertion.authnStatements.find((s) => s.sessionNotOnOrAfter)?.sessionNotOnOrAfter ?? null);
  if (sessionEnd !== null) facts.sessionNotOnOrAfterMs = sessionEnd;
  if (attrs.sourceIdentity !== null) facts.sourceIdentity = attrs.sourceIdentity;
  return facts;
}
