/**
 * What AssumeRoleWithSAML enforces before it issues credentials (reference §7): the assertion
 * decodes, comes from the provider's entity, is signed with one of the provider's certificates
 * (and the signature covers what is read), is current and addressed to AWS, and names the role.
 * Failures are StsErrors with AWS's codes; the rules are shared with the inspector.
 */
import { decodeBase64Text } from '../../kernel/base64-text';
import { looksLikeXmlBytes, xmlBytesToText } from '../../inspect/saml/bytes-to-text';
import { awsSamlAttributes, extractAwsRolePairs } from '../../inspect/saml/aws-attributes';
import { computeNameQualifier, issuerOf, recipientOf, samlConditionKeys } from '../../inspect/saml/name-qualifier';
import { parseSamlResponse } from '../../inspect/saml/parse-response';
import { primaryAssertion } from '../../inspect/saml/primary-assertion';
import { parseSessionDuration, subjectTypeOf } from '../../inspect/saml/rules';
import { evaluateStsRules, firstStsFailure } from '../../inspect/saml/sts-rules';
import { verifyDocumentSignatures } from '../../inspect/saml/xml-signature';
import { parseSamlInstant, parseXml } from '../../inspect/saml/xml';
import { stsError } from '../core/errors';

export interface SamlProviderTrust {
  accountId: string;
  /** The IAM SAML provider's name (last part of its ARN). */
  name: string;
  certificatesDer: Uint8Array[];
  /** The metadata's entityID; null skips the Issuer comparison. */
  entityId: string | null;
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

const PRE_SIGNATURE_RULES = new Set(['structure', 'status', 'issuer']);

const invalidResponse = (why: string) => stsError('InvalidIdentityToken', `Invalid SAML response: ${why}`);

/** Base64 → XML text, as STS reads the parameter (standard base64; line breaks tolerated). */
function decodeAssertion(samlAssertion: string): string {
  const decoded = decodeBase64Text(typeof samlAssertion === 'string' ? samlAssertion : '');
  if (!decoded.ok) throw invalidResponse(`SAMLAssertion is not valid base64 (${decoded.error.replace(/^Invalid base64: /, '').replace(/\.$/, '')})`);
  if (decoded.value.urlSafe) throw invalidResponse("SAMLAssertion uses the URL-safe base64 alphabet ('-', '_'); send standard base64");
  if (!looksLikeXmlBytes(decoded.value.bytes)) throw invalidResponse('SAMLAssertion does not decode to XML (send the base64 of the samlp:Response, not compressed or encoded twice)');
  const text = xmlBytesToText(decoded.value.bytes, []);
  if (!text.ok) throw invalidResponse(text.error.replace(/\.$/, ''));
  return text.value;
}

export async function checkSamlAssertionForSts(input: SamlAssertionCheckInput): Promise<SamlSessionFacts> {
  const xml = decodeAssertion(input.samlAssertion);
  const info = parseSamlResponse(xml);
  if (!info.ok) throw invalidResponse(info.error.replace(/\.$/, ''));
  const doc = parseXml(xml.trim());
  if (!doc.ok) throw invalidResponse(doc.error.replace(/\.$/, ''));

  const context = { info: info.value, nowMs: input.nowMs, roleArn: input.roleArn, principalArn: input.principalArn, expectedIssuer: input.provider.entityId };
  // Shape, status and issuer come before the signature: refuse those without paying for crypto.
  const early = firstStsFailure(evaluateStsRules(context));
  if (early?.error && PRE_SIGNATURE_RULES.has(early.id)) throw stsError(early.error.code, early.error.message);
  const signatures = (await verifyDocumentSignatures(doc.value, input.provider.certificatesDer, { stopAtFirstInvalid: true })).map((v) => v.report);
  const failure = firstStsFailure(evaluateStsRules({ ...context, signatures }));
  if (failure?.error) throw stsError(failure.error.code, failure.error.message);

  // Every rule passed, so the pieces below exist and are valid.
  const assertion = primaryAssertion(info.value);
  const issuer = issuerOf(info.value);
  const audience = recipientOf(assertion);
  const attrs = awsSamlAttributes(info.value);
  if (!assertion?.nameId || issuer === null || audience === null || attrs.roleSessionName === null || extractAwsRolePairs(info.value).pairs.length === 0) {
    throw invalidResponse('the assertion is incomplete');
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
