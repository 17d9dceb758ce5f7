/**
 * What the user pastes to say "this is the IdP I trust": the IdP metadata XML (as uploaded to the
 * IAM SAML provider), one or more PEM certificates, or a bare base64 certificate. The answer is the
 * DER certificates to verify against and a label saying which of those it was.
 */
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { certificateFromBase64, certificatePublicKey } from './certificate';
import { parseIdpMetadata } from './metadata';

export interface TrustedCertificates {
  source: 'metadata' | 'pem' | 'base64';
  /** Which trust anchor this is, for sentences such as "verified against …". */
  label: string;
  /** The metadata's entityID (what the Issuer must equal); null for bare certificates. */
  entityId: string | null;
  certificates: Uint8Array[];
  warnings: string[];
}

function checkCertificate(der: Uint8Array, which: string): string | null {
  const key = certificatePublicKey(der);
  if (!key.ok) return `${which} is not a valid X.509 certificate (${key.error.replace(/^The certificate is not valid DER X\.509: /, '').replace(/\.$/, '')}).`;
  if (key.value.kind !== 'RSA') return `${which} holds a ${key.value.kind} key; SAML signatures here are checked with RSA keys only.`;
  return null;
}

function fromPem(text: string): ParseResult<TrustedCertificates> {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) {
    if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(text)) return parseError('This is a bare public key. Paste the IdP\'s certificate (BEGIN CERTIFICATE) or its metadata XML instead.');
    if (/PRIVATE KEY-----/.test(text)) return parseError('This is a private key: never paste it anywhere. Paste the IdP\'s certificate or metadata instead.');
    return parseError('The PEM has no complete "-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----" block.');
  }
  const certificates: Uint8Array[] = [];
  for (const [i, block] of blocks.entries()) {
    const which = blocks.length === 1 ? 'The certificate' : `Certificate #${i + 1}`;
    const der = certificateFromBase64(block);
    if (!der.ok) return parseError(`${which}: ${der.error}`);
    const problem = checkCertificate(der.value, which);
    if (problem) return parseError(problem);
    certificates.push(der.value);
  }
  const label = blocks.length === 1 ? 'the pasted PEM certificate' : `the ${blocks.length} pasted PEM certificates`;
  return parsed({ source: 'pem', label, entityId: null, certificates, warnings: [] });
}

/** Reads a trust anchor. Never throws; the error names the problem. */
export function readTrustedCertificates(text: string): ParseResult<TrustedCertificates> {
  if (typeof text !== 'string' || text.trim() === '') return parseError('Nothing pasted: give the IdP metadata XML or its signing certificate (PEM).');
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t.startsWith('<')) {
    const md = parseIdpMetadata(t);
    if (!md.ok) return md;
    if (md.value.signingCertificates.length === 0) return parseError('The metadata has no signing certificate, so nothing can be verified against it.');
    for (const [i, der] of md.value.signingCertificates.entries()) {
      const problem = checkCertificate(der, `Signing certificate #${i + 1} of the metadata`);
      if (problem) return parseError(problem);
    }
    return parsed({
      source: 'metadata',
      label: `the IdP metadata of ${md.value.entityId}`,
      entityId: md.value.entityId,
      certificates: md.value.signingCertificates,
      warnings: md.value.warnings,
    });
  }
  if (t.includes('-----BEGIN')) return fromPem(t);
  const der = certificateFromBase64(t);
  if (!der.ok) return parseError(`Not metadata XML, not PEM, and ${der.error.charAt(0).toLowerCase()}${der.error.slice(1)}`);
  const problem = checkCertificate(der.value, 'The base64 text');
  if (problem) return parseError(`Not metadata XML (which starts with "<"), not PEM, and ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`);
  return parsed({ source: 'base64', label: 'the pasted base64 certificate', entityId: null, certificates: [der.value], warnings: [] });
}
