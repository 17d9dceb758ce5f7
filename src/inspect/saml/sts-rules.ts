/**
 * AssumeRoleWithSAML's acceptance rules as one ordered list of findings. The browser inspector
 * shows them (sts-checks.ts); the sandbox throws the first failure's `error` (check-assertion.ts).
 * Order follows what STS must establish first: shape, issuer, signature, then claims.
 */
import { awsSamlAttributes, extractAwsRolePairs } from './aws-attributes';
import { recipientOf } from './name-qualifier';
import { primaryAssertion } from './primary-assertion';
import { assertionFindings } from './sts-rules-claims';
import { invalid, type Finding, type StsRuleContext } from './sts-rules-types';
import { MESSAGES, SAML_ASSERTION_MAX_CHARS, STATUS_SUCCESS, base64Length } from './rules';
import type { SamlResponseInfo } from './types';
import type { Message } from '../../kernel/message';

export type { Finding, FindingError, FindingStatus, StsRuleContext } from './sts-rules-types';

function structure(info: SamlResponseInfo): Finding {
  const title = /*i18n*/ { id: 'inspect.saml.structure.title', message: 'One assertion inside a samlp:Response' };
  if (info.kind !== 'response') return { id: 'structure', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.structure.bare', message: 'This is a bare Assertion; STS needs the whole samlp:Response.' }, error: invalid('Invalid SAML response: the document is an Assertion, not a samlp:Response'), causeId: 'malformed' };
  const placed = info.assertions.filter((a) => a.inExpectedPlace).length;
  const stray = info.assertions.length - placed;
  if (stray > 0) {
    const wire = `${stray} Assertion element(s) sit outside the Response's direct children (a signature-wrapping pattern).`;
    const detail = /*i18n*/ { id: 'inspect.saml.structure.stray', message: "{stray, plural, one {# Assertion element sits} other {# Assertion elements sit}} outside the Response's direct children (a signature-wrapping pattern).", values: { stray } };
    return { id: 'structure', status: 'fail', title, detail, error: invalid(`Invalid SAML response: ${wire}`), causeId: 'malformed' };
  }
  if (placed === 0 && info.encryptedAssertionCount > 0) {
    const detail = /*i18n*/ { id: 'inspect.saml.structure.encrypted', message: 'The assertion is encrypted (EncryptedAssertion). AWS decrypts it only with a private key uploaded to the IAM SAML provider; this workbench cannot.' };
    return { id: 'structure', status: 'fail', title, detail, error: invalid('Invalid SAML response: EncryptedAssertion is not supported here (no decryption key is configured for the SAML provider)'), causeId: 'malformed' };
  }
  if (placed !== 1) {
    const wire = placed === 0 ? 'The Response contains no Assertion.' : `The Response contains ${placed} assertions; exactly one is expected.`;
    const detail = placed === 0 ? /*i18n*/ { id: 'inspect.saml.structure.none', message: 'The Response contains no Assertion.' } : /*i18n*/ { id: 'inspect.saml.structure.many', message: 'The Response contains {placed} assertions; exactly one is expected.', values: { placed } };
    return { id: 'structure', status: 'fail', title, detail, error: invalid(`Invalid SAML response: ${wire}`), causeId: 'malformed' };
  }
  return { id: 'structure', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.structure.pass', message: 'One Assertion, directly under the Response.' } };
}

function status(info: SamlResponseInfo): Finding {
  const title = /*i18n*/ { id: 'inspect.saml.status.title', message: 'Status is Success' };
  const code = info.status?.code ?? null;
  if (code === STATUS_SUCCESS) return { id: 'status', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.status.pass', message: 'StatusCode is urn:oasis:names:tc:SAML:2.0:status:Success.' } };
  const idpStatus = code === null ? '' : `${code}${info.status?.subCodes.length ? ` (${info.status.subCodes.join(', ')})` : ''}${info.status?.message ? `: ${info.status.message}` : ''}`;
  const detail = code === null ? /*i18n*/ { id: 'inspect.saml.status.missing', message: 'The Response has no Status/StatusCode.' } : /*i18n*/ { id: 'inspect.saml.status.failed', message: 'StatusCode is {idpStatus}. The IdP reports a failed login.', values: { idpStatus }, verbatim: ['idpStatus'] };
  return { id: 'status', status: 'fail', title, detail, error: invalid(`Invalid SAML response: the status is not Success (${code ?? 'missing'})`), causeId: 'idp-refused' };
}

function issuer(info: SamlResponseInfo, expected: string | null | undefined): Finding {
  const title = /*i18n*/ { id: 'inspect.saml.issuer.title', message: 'Issuer matches the SAML provider' };
  const assertionIssuer = primaryAssertion(info)?.issuer ?? null;
  if (!assertionIssuer) return { id: 'issuer', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.issuer.missing', message: 'The assertion has no Issuer.' }, error: invalid(MESSAGES.issuerMismatch), causeId: 'untrusted-issuer' };
  if (info.issuer && info.issuer !== assertionIssuer) {
    return { id: 'issuer', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.issuer.differs', message: 'The Response Issuer "{responseIssuer}" differs from the assertion Issuer "{assertionIssuer}".', values: { responseIssuer: info.issuer, assertionIssuer }, verbatim: ['responseIssuer', 'assertionIssuer'] }, error: invalid(MESSAGES.issuerMismatch), causeId: 'untrusted-issuer' };
  }
  if (expected === undefined || expected === null) {
    return { id: 'issuer', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.issuer.unverified', message: 'Issuer "{assertionIssuer}". It must equal the entityID of the IdP metadata uploaded to the IAM SAML provider.', values: { assertionIssuer }, verbatim: ['assertionIssuer'] } };
  }
  if (assertionIssuer !== expected) {
    return { id: 'issuer', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.issuer.mismatch', message: 'Issuer "{assertionIssuer}" is not the provider\'s entityID "{expected}".', values: { assertionIssuer, expected }, verbatim: ['assertionIssuer', 'expected'] }, error: invalid(MESSAGES.issuerMismatch), causeId: 'untrusted-issuer' };
  }
  return { id: 'issuer', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.issuer.pass', message: 'Issuer "{assertionIssuer}" is the provider\'s entityID.', values: { assertionIssuer }, verbatim: ['assertionIssuer'] } };
}

function signature(ctx: StsRuleContext): Finding {
  const title = /*i18n*/ { id: 'inspect.saml.signature.title', message: 'Signed by the IdP' };
  const assertion = primaryAssertion(ctx.info);
  const error = invalid(MESSAGES.signatureInvalid);
  if (!ctx.signatures) {
    const where = [ctx.info.responseSigned ? 'Response' : null, assertion?.signed ? 'Assertion' : null].filter(Boolean).join(' + ');
    if (!where) return { id: 'signature', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.signature.none', message: 'Neither the Response nor the Assertion carries a ds:Signature; STS rejects unsigned responses.' }, error, causeId: 'unsigned' };
    return { id: 'signature', status: 'unknown', title, detail: /*i18n*/ { id: 'inspect.saml.signature.unverified', message: "A signature is present ({where}), but it is not verified: without the provider's certificates nobody can tell whether STS accepts it.", values: { where }, verbatim: ['where'] } };
  }
  const relevant = ctx.signatures.filter((s) => s.signs === 'response' || (s.signs === 'assertion' && s.signedElementPath === assertion?.path));
  const broken = relevant.find((s) => !s.valid || s.verifiedWithTrustedIndex === null);
  if (broken) {
    const cause = broken.valid ? 'untrusted-key' : broken.failedAt === 'digest' ? 'digest-mismatch' : broken.failedAt === 'structure' ? 'malformed' : 'bad-signature';
    const element = broken.signs === 'response' ? 'Response' : 'Assertion';
    const detail: Message = broken.valid
      ? /*i18n*/ { id: 'inspect.saml.signature.embeddedOnly', message: 'The signature on the {element}: it verifies only with the certificate embedded in the response, not with a certificate from the provider metadata.', values: { element }, verbatim: ['element'] }
      : /*i18n*/ { id: 'inspect.saml.signature.broken', message: 'The signature on the {element}: {reason}', values: { element, reason: broken.reason ?? '' }, verbatim: ['element', 'reason'] };
    return { id: 'signature', status: 'fail', title, detail, error, causeId: cause };
  }
  if (relevant.length === 0) return { id: 'signature', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.signature.uncovered', message: 'No signature covers the Response or its Assertion.' }, error, causeId: 'unsigned' };
  const on = relevant.map((s) => (s.signs === 'response' ? 'Response' : 'Assertion')).join(' + ');
  return { id: 'signature', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.signature.pass', message: 'The signature ({on}) verifies with a certificate of the SAML provider.', values: { on }, verbatim: ['on'] } };
}

function size(ctx: StsRuleContext): Finding {
  const n = ctx.base64Length ?? base64Length(ctx.info.xmlByteLength);
  const title = /*i18n*/ { id: 'inspect.saml.size.title', message: 'SAMLAssertion at most {max} characters', values: { max: SAML_ASSERTION_MAX_CHARS } };
  if (n > SAML_ASSERTION_MAX_CHARS) return { id: 'size', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.size.tooLong', message: 'The base64 is {n} characters; the SAMLAssertion parameter takes at most {max} (trim attributes such as large group lists).', values: { n, max: SAML_ASSERTION_MAX_CHARS } }, causeId: 'invalid-parameter' };
  return { id: 'size', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.size.pass', message: '{n} characters of base64.', values: { n } } };
}

/** Every finding, in the order STS establishes them. Never throws. */
export function evaluateStsRules(ctx: StsRuleContext): Finding[] {
  const out: Finding[] = [structure(ctx.info), status(ctx.info)];
  const assertion = primaryAssertion(ctx.info);
  if (assertion) {
    out.push(issuer(ctx.info, ctx.expectedIssuer), signature(ctx));
    out.push(...assertionFindings(ctx, assertion, recipientOf(assertion), extractAwsRolePairs(ctx.info), awsSamlAttributes(ctx.info)));
  }
  out.push(size(ctx));
  return out;
}

/** The first failure STS would answer with, or null. */
export function firstStsFailure(findings: Finding[]): Finding | null {
  return findings.find((f) => f.status === 'fail' && f.error !== undefined) ?? null;
}
