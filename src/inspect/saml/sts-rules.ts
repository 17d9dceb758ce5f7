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

export type { Finding, FindingError, FindingStatus, StsRuleContext } from './sts-rules-types';

function structure(info: SamlResponseInfo): Finding {
  const title = 'One assertion inside a samlp:Response';
  if (info.kind !== 'response') return { id: 'structure', status: 'fail', title, detail: 'This is a bare Assertion; STS needs the whole samlp:Response.', error: invalid('Invalid SAML response: the document is an Assertion, not a samlp:Response'), causeId: 'malformed' };
  const placed = info.assertions.filter((a) => a.inExpectedPlace).length;
  const stray = info.assertions.length - placed;
  if (stray > 0) {
    const detail = `${stray} Assertion element(s) sit outside the Response's direct children (a signature-wrapping pattern).`;
    return { id: 'structure', status: 'fail', title, detail, error: invalid(`Invalid SAML response: ${detail}`), causeId: 'malformed' };
  }
  if (placed === 0 && info.encryptedAssertionCount > 0) {
    const detail = 'The assertion is encrypted (EncryptedAssertion). AWS decrypts it only with a private key uploaded to the IAM SAML provider; this workbench cannot.';
    return { id: 'structure', status: 'fail', title, detail, error: invalid('Invalid SAML response: EncryptedAssertion is not supported here (no decryption key is configured for the SAML provider)'), causeId: 'malformed' };
  }
  if (placed !== 1) {
    const detail = placed === 0 ? 'The Response contains no Assertion.' : `The Response contains ${placed} assertions; exactly one is expected.`;
    return { id: 'structure', status: 'fail', title, detail, error: invalid(`Invalid SAML response: ${detail}`), causeId: 'malformed' };
  }
  return { id: 'structure', status: 'pass', title, detail: 'One Assertion, directly under the Response.' };
}

function status(info: SamlResponseInfo): Finding {
  const title = 'Status is Success';
  const code = info.status?.code ?? null;
  if (code === STATUS_SUCCESS) return { id: 'status', status: 'pass', title, detail: 'StatusCode is urn:oasis:names:tc:SAML:2.0:status:Success.' };
  const detail = code === null ? 'The Response has no Status/StatusCode.' : `StatusCode is ${code}${info.status?.subCodes.length ? ` (${info.status.subCodes.join(', ')})` : ''}${info.status?.message ? `: ${info.status.message}` : ''}. The IdP reports a failed login.`;
  return { id: 'status', status: 'fail', title, detail, error: invalid(`Invalid SAML response: the status is not Success (${code ?? 'missing'})`), causeId: 'idp-refused' };
}

function issuer(info: SamlResponseInfo, expected: string | null | undefined): Finding {
  const title = 'Issuer matches the SAML provider';
  const assertionIssuer = primaryAssertion(info)?.issuer ?? null;
  if (!assertionIssuer) return { id: 'issuer', status: 'fail', title, detail: 'The assertion has no Issuer.', error: invalid(MESSAGES.issuerMismatch), causeId: 'untrusted-issuer' };
  if (info.issuer && info.issuer !== assertionIssuer) {
    return { id: 'issuer', status: 'fail', title, detail: `The Response Issuer "${info.issuer}" differs from the assertion Issuer "${assertionIssuer}".`, error: invalid(MESSAGES.issuerMismatch), causeId: 'untrusted-issuer' };
  }
  if (expected === undefined || expected === null) {
    return { id: 'issuer', status: 'pass', title, detail: `Issuer "${assertionIssuer}". It must equal the entityID of the IdP metadata uploaded to the IAM SAML provider.` };
  }
  if (assertionIssuer !== expected) {
    return { id: 'issuer', status: 'fail', title, detail: `Issuer "${assertionIssuer}" is not the provider's entityID "${expected}".`, error: invalid(MESSAGES.issuerMismatch), causeId: 'untrusted-issuer' };
  }
  return { id: 'issuer', status: 'pass', title, detail: `Issuer "${assertionIssuer}" is the provider's entityID.` };
}

function signature(ctx: StsRuleContext): Finding {
  const title = 'Signed by the IdP';
  const assertion = primaryAssertion(ctx.info);
  const error = invalid(MESSAGES.signatureInvalid);
  if (!ctx.signatures) {
    const where = [ctx.info.responseSigned ? 'the Response' : null, assertion?.signed ? 'the Assertion' : null].filter(Boolean).join(' and ');
    if (!where) return { id: 'signature', status: 'fail', title, detail: 'Neither the Response nor the Assertion carries a ds:Signature; STS rejects unsigned responses.', error, causeId: 'unsigned' };
    return { id: 'signature', status: 'unknown', title, detail: `A signature is present on ${where}, but it is not verified: without the provider's certificates nobody can tell whether STS accepts it.` };
  }
  const relevant = ctx.signatures.filter((s) => s.signs === 'response' || (s.signs === 'assertion' && s.signedElementPath === assertion?.path));
  const broken = relevant.find((s) => !s.valid || s.verifiedWithTrustedIndex === null);
  if (broken) {
    const why = !broken.valid ? broken.reason : 'it verifies only with the certificate embedded in the response, not with a certificate from the provider metadata.';
    const cause = broken.valid ? 'untrusted-key' : broken.failedAt === 'digest' ? 'digest-mismatch' : broken.failedAt === 'structure' ? 'malformed' : 'bad-signature';
    return { id: 'signature', status: 'fail', title, detail: `The signature on the ${broken.signs === 'response' ? 'Response' : 'Assertion'}: ${why}`, error, causeId: cause };
  }
  if (relevant.length === 0) return { id: 'signature', status: 'fail', title, detail: 'No signature covers the Response or its Assertion.', error, causeId: 'unsigned' };
  const on = relevant.map((s) => (s.signs === 'response' ? 'Response' : 'Assertion')).join(' and ');
  return { id: 'signature', status: 'pass', title, detail: `The ${on} signature verifies with a certificate of the SAML provider.` };
}

function size(ctx: StsRuleContext): Finding {
  const n = ctx.base64Length ?? base64Length(ctx.info.xmlByteLength);
  const title = `SAMLAssertion at most ${SAML_ASSERTION_MAX_CHARS} characters`;
  if (n > SAML_ASSERTION_MAX_CHARS) return { id: 'size', status: 'fail', title, detail: `The base64 is ${n} characters; the SAMLAssertion parameter takes at most ${SAML_ASSERTION_MAX_CHARS} (trim attributes such as large group lists).`, causeId: 'invalid-parameter' };
  return { id: 'size', status: 'pass', title, detail: `${n} characters of base64.` };
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
