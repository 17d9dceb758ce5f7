/**
 * AssumeRoleWithSAML's whole acceptance decision over the SAMLAssertion parameter as sent: decode
 * the base64, parse, then the ordered rules (sts-rules.ts) with the signatures verified against the
 * provider's certificates. The sandbox throws the first failure; the verdict shows every finding.
 */
import { englishOf } from '../../kernel/message';
import { decodeBase64Text } from '../../kernel/base64-text';
import { looksLikeXmlBytes, xmlBytesToText } from './bytes-to-text';
import { parseSamlResponse } from './parse-response';
import { evaluateStsRules, firstStsFailure } from './sts-rules';
import { invalid, type Finding } from './sts-rules-types';
import type { SamlResponseInfo } from './types';
import { verifyDocumentSignatures } from './xml-signature';
import { parseXml } from './xml';

/** What STS trusts for the provider named by PrincipalArn: its metadata's entityID and signing certificates. */
export interface SamlProviderKeys {
  /** The metadata's entityID; null skips the Issuer comparison. */
  entityId: string | null;
  certificatesDer: Uint8Array[];
}

export interface SamlEvaluationInput {
  /** The SAMLAssertion parameter: base64 of the whole samlp:Response. */
  samlAssertion: string;
  roleArn?: string;
  principalArn?: string;
  /** The provider's keys; null when they are not known (then the signature is `unknown`). */
  provider: SamlProviderKeys | null;
  nowMs: number;
  clientSkewMs?: number;
  /** Stop verifying after the first failure that decides STS's answer (the sandbox's fast path). */
  firstFailureOnly?: boolean;
}

export interface SamlEvaluation {
  findings: Finding[];
  /** The parsed response, when the parameter decodes and parses. */
  info: SamlResponseInfo | null;
}

const RULES_BEFORE_SIGNATURE = new Set(['structure', 'status', 'issuer']);
const decodeFinding = (why: string): Finding => ({
  id: 'decode',
  status: 'fail',
  title: 'SAMLAssertion decodes to a samlp:Response',
  detail: `${why}.`,
  error: invalid(`Invalid SAML response: ${why}`),
  causeId: 'malformed',
});

/** Base64 → XML text, as STS reads the parameter (standard base64; line breaks tolerated). */
function decodeParameter(samlAssertion: string): { ok: true; xml: string } | { ok: false; finding: Finding } {
  const decoded = decodeBase64Text(typeof samlAssertion === 'string' ? samlAssertion : '');
  if (!decoded.ok) return { ok: false, finding: decodeFinding(`SAMLAssertion is not valid base64 (${decoded.error.replace(/^Invalid base64: /, '').replace(/\.$/, '')})`) };
  if (decoded.value.urlSafe) return { ok: false, finding: decodeFinding("SAMLAssertion uses the URL-safe base64 alphabet ('-', '_'); send standard base64") };
  if (!looksLikeXmlBytes(decoded.value.bytes)) return { ok: false, finding: decodeFinding('SAMLAssertion does not decode to XML (send the base64 of the samlp:Response, not compressed or encoded twice)') };
  const text = xmlBytesToText(decoded.value.bytes, []);
  if (!text.ok) return { ok: false, finding: decodeFinding(englishOf(text.error).replace(/\.$/, '')) };
  return { ok: true, xml: text.value };
}

export async function evaluateSamlAssertion(input: SamlEvaluationInput): Promise<SamlEvaluation> {
  const decoded = decodeParameter(input.samlAssertion);
  if (!decoded.ok) return { findings: [decoded.finding], info: null };
  const parsed = parseSamlResponse(decoded.xml);
  if (!parsed.ok) return { findings: [decodeFinding(englishOf(parsed.error).replace(/\.$/, ''))], info: null };
  const doc = parseXml(decoded.xml.trim());
  if (!doc.ok) return { findings: [decodeFinding(doc.error.replace(/\.$/, ''))], info: null };
  const info = parsed.value;
  const context = {
    info,
    nowMs: input.nowMs,
    base64Length: input.samlAssertion.length,
    ...(input.roleArn !== undefined ? { roleArn: input.roleArn } : {}),
    ...(input.principalArn !== undefined ? { principalArn: input.principalArn } : {}),
    ...(input.clientSkewMs !== undefined ? { clientSkewMs: input.clientSkewMs } : {}),
    expectedIssuer: input.provider?.entityId ?? null,
  };
  if (!input.provider) return { findings: evaluateStsRules(context), info };
  if (input.firstFailureOnly) {
    // Shape, status and issuer come before the signature: refuse those without paying for crypto.
    const before = evaluateStsRules(context);
    const early = firstStsFailure(before);
    if (early && RULES_BEFORE_SIGNATURE.has(early.id)) return { findings: before, info };
  }
  const verified = await verifyDocumentSignatures(doc.value, input.provider.certificatesDer, { stopAtFirstInvalid: input.firstFailureOnly === true });
  return { findings: evaluateStsRules({ ...context, signatures: verified.map((v) => v.report) }), info };
}
