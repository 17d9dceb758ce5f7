/**
 * What an accepted SAML response gives the session and the trust policy: subject, NameQualifier,
 * the session name, tags and source identity, and the saml:* condition keys. The sandbox's
 * AssumeRoleWithSAML and the verdict's trust step both read them here, from the same parsed response.
 */
import { awsSamlAttributes, extractAwsRolePairs } from './aws-attributes';
import { computeNameQualifier, issuerOf, recipientOf, samlConditionKeys } from './name-qualifier';
import { primaryAssertion } from './primary-assertion';
import { parseSessionDuration, subjectTypeOf } from './rules';
import { parseSamlInstant } from './xml';
import type { SamlResponseInfo } from './types';
import type { FederatedCallFacts } from '../../policy/federated-trust';

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

/** The facts of a response every rule accepted; null when a piece is missing (the rules then failed). */
export async function samlSessionFacts(info: SamlResponseInfo, provider: { accountId: string; name: string }): Promise<SamlSessionFacts | null> {
  const assertion = primaryAssertion(info);
  const issuer = issuerOf(info);
  const audience = recipientOf(assertion);
  const attrs = awsSamlAttributes(info);
  if (!assertion?.nameId || issuer === null || audience === null || attrs.roleSessionName === null || extractAwsRolePairs(info).pairs.length === 0) return null;
  const facts: SamlSessionFacts = {
    issuer,
    subject: assertion.nameId.value,
    subjectType: subjectTypeOf(assertion.nameId.format),
    audience,
    nameQualifier: await computeNameQualifier(issuer, provider.accountId, provider.name),
    sessionName: attrs.roleSessionName,
    principalTags: Object.entries(attrs.principalTags).map(([Key, Value]) => ({ Key, Value })),
    transitiveTagKeys: attrs.transitiveTagKeys,
    conditionKeys: await samlConditionKeys(info, provider.accountId, provider.name),
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

/** The call's trust request inputs from these facts (the verdict and the trust-policy check both build it so). */
export function samlFederatedCall(facts: SamlSessionFacts, call: { roleArn: string; principalArn: string }): FederatedCallFacts {
  return {
    operation: 'AssumeRoleWithSAML',
    federatedPrincipal: call.principalArn.trim(),
    roleArn: call.roleArn.trim(),
    conditionKeys: facts.conditionKeys,
    sessionName: facts.sessionName,
    principalTags: Object.fromEntries(facts.principalTags.map((t) => [t.Key, t.Value])),
    transitiveTagKeys: facts.transitiveTagKeys,
    sourceIdentity: facts.sourceIdentity ?? null,
  };
}
