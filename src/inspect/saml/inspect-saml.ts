/**
 * The SAML inspector in one call: decode whatever was pasted, read the Response, verify every
 * signature (against the embedded certificate and, when given, the trusted IdP metadata or
 * certificate), describe every certificate, and read the AWS attributes. The time-dependent STS
 * checks are a separate, cheap call (samlChecks) so a UI can re-run them every second.
 */
import { quotedEnglish, type Message } from '../../kernel/message';
import { toBase64, utf8 } from '../../kernel/encoding';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { awsSamlAttributes, extractAwsRolePairs, type AwsRolePairs, type AwsSamlAttributes } from './aws-attributes';
import { certificateFromBase64, describeCertificate, type CertificateDescription } from './certificate';
import { decodeSamlInput, type DecodedSamlInput } from './decode-input';
import { parseSamlResponse } from './parse-response';
import { checkAssertionAgainstStsRules, type CheckLine } from './sts-checks';
import { readTrustedCertificates, type TrustedCertificates } from './trust-input';
import type { SamlResponseInfo } from './types';
import { verifySamlSignatures, type SignatureReport } from './xml-signature';

export interface InspectedCertificate {
  /** Where it came from: inside the response, or the trusted metadata / PEM. */
  origin: 'embedded' | 'trusted';
  base64: string;
  /** A certificate the DER reader cannot read has its (English) diagnostic quoted. */
  description: ParseResult<CertificateDescription, Message>;
}

export interface SamlInspection {
  decoded: DecodedSamlInput;
  info: SamlResponseInfo;
  /** The SAMLAssertion parameter for this response: the pasted base64, else base64 of the XML (POST binding, not deflated). */
  samlAssertion: string;
  signatures: SignatureReport[];
  /** The trust anchor, when one was given and read. */
  trusted: TrustedCertificates | null;
  /** Why the given trust anchor could not be used. */
  trustedError: Message | null;
  certificates: InspectedCertificate[];
  rolePairs: AwsRolePairs;
  awsAttributes: AwsSamlAttributes;
}

async function describeAll(embedded: string[], trusted: TrustedCertificates | null): Promise<InspectedCertificate[]> {
  const out: InspectedCertificate[] = [];
  for (const b64 of embedded) {
    const der = certificateFromBase64(b64);
    out.push({ origin: 'embedded', base64: b64, description: quoteError(der.ok ? await describeCertificate(der.value) : der) });
  }
  for (const der of trusted?.certificates ?? []) {
    out.push({ origin: 'trusted', base64: toBase64(der), description: quoteError(await describeCertificate(der)) });
  }
  return out;
}

/** Decodes and inspects a pasted SAML response. `trustedText` is IdP metadata XML or PEM/base64 certificates. */
export async function inspectSaml(input: string, trustedText = ''): Promise<ParseResult<SamlInspection, Message>> {
  const decoded = await decodeSamlInput(input);
  if (!decoded.ok) return decoded;
  const info = parseSamlResponse(decoded.value.xml);
  if (!info.ok) return parseError(info.error);
  let trusted: TrustedCertificates | null = null;
  let trustedError: Message | null = null;
  if (trustedText.trim() !== '') {
    const t = readTrustedCertificates(trustedText);
    if (t.ok) trusted = t.value;
    else trustedError = t.error;
  }
  const signatures = await verifySamlSignatures(decoded.value.xml, trusted?.certificates ?? []);
  return parsed({
    decoded: decoded.value,
    info: info.value,
    // The pasted base64 itself when there is one: re-encoding the decoded text may change bytes the signature covers.
    samlAssertion: decoded.value.pastedBase64 ?? toBase64(utf8(decoded.value.xml)),
    signatures,
    trusted,
    trustedError,
    certificates: await describeAll(info.value.certificates, trusted),
    rolePairs: extractAwsRolePairs(info.value),
    awsAttributes: awsSamlAttributes(info.value),
  });
}

export interface SamlCheckOptions {
  nowMs: number;
  roleArn?: string;
  principalArn?: string;
  durationSeconds?: number;
  clientSkewMs?: number;
}

/**
 * STS's rules against the inspection. Signatures count as verified only with a trust anchor: a
 * signature that verifies with the certificate the response itself carries proves nothing.
 */
export function samlChecks(ins: SamlInspection, opts: SamlCheckOptions): CheckLine[] {
  return checkAssertionAgainstStsRules(ins.info, {
    ...opts,
    base64Length: ins.samlAssertion.length,
    ...(ins.trusted?.entityId ? { expectedIssuer: ins.trusted.entityId } : {}),
    ...(ins.trusted ? { signatures: ins.signatures } : {}),
  });
}

function quoteError<T>(r: ParseResult<T>): ParseResult<T, Message> {
  return r.ok ? r : parseError(quotedEnglish(r.error));
}

/** One sentence on what the signatures prove, naming the certificate used. */
export function signatureSummary(ins: SamlInspection): Message {
  const sigs = ins.signatures;
  if (sigs.length === 0) return /*i18n*/ { id: 'saml.signatures.none', message: 'The response carries no XML signature; STS rejects unsigned responses.' };
  const valid = sigs.filter((s) => s.valid);
  const where = (s: SignatureReport) => (s.signs === 'response' ? 'Response' : s.signs === 'assertion' ? 'Assertion' : s.signedElementPath);
  const elements = valid.map(where).join(', ');
  if (valid.length < sigs.length) {
    const bad = sigs.find((s) => !s.valid) as SignatureReport;
    return /*i18n*/ { id: 'saml.signatures.broken', message: 'The {element} signature does not verify: {problem}', values: { element: where(bad), problem: bad.failure ?? bad.reason }, verbatim: ['element'] };
  }
  if (ins.trusted) {
    const trustedOk = valid.every((s) => s.verifiedWithTrustedIndex !== null);
    return trustedOk
      ? /*i18n*/ { id: 'saml.signatures.trusted', message: 'Every signature ({elements}) verifies against {anchor}.', values: { elements, anchor: ins.trusted.label }, verbatim: ['elements'] }
      : /*i18n*/ { id: 'saml.signatures.untrusted', message: 'The signatures verify only against the certificate embedded in the response, not against {anchor}: STS would answer “{stsMessage}”.', values: { anchor: ins.trusted.label, stsMessage: 'Response signature invalid' }, verbatim: ['stsMessage'] };
  }
  return /*i18n*/ { id: 'saml.signatures.embeddedOnly', message: 'Every signature ({elements}) verifies against the certificate embedded in the response. Paste the IdP metadata or certificate to check it against the one AWS trusts.', values: { elements }, verbatim: ['elements'] };
}
