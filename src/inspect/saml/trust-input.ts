/**
 * What the user pastes to say "this is the IdP I trust": the IdP metadata XML (as uploaded to the
 * IAM SAML provider), one or more PEM certificates, or a bare base64 certificate. The answer is the
 * DER certificates to verify against and a label saying which of those it was.
 */
import type { Message } from '../../kernel/message';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { certificateFromBase64, certificatePublicKey } from './certificate';
import { parseIdpMetadata } from './metadata';

export interface TrustedCertificates {
  source: 'metadata' | 'pem' | 'base64';
  /** Which trust anchor this is, for sentences such as "verified against …". */
  label: Message;
  /** The metadata's entityID (what the Issuer must equal); null for bare certificates. */
  entityId: string | null;
  certificates: Uint8Array[];
  warnings: Message[];
}

/**
 * Which certificate a sentence is about: `kind` 'single' (the only one pasted), 'numbered' (#n of several),
 * 'metadata' (signing certificate #n of the metadata) or 'base64' (the bare base64 text).
 */
type Which = { kind: 'single' | 'numbered' | 'metadata' | 'base64'; number: number };

const whichWords = (w: Which): Message =>
  /*i18n*/ ({ id: 'trustInput.which', message: '{kind, select, single {The certificate} numbered {Certificate #{number}} metadata {Signing certificate #{number} of the metadata} other {The base64 text}}', values: { kind: w.kind, number: w.number } });

function checkCertificate(der: Uint8Array, which: Which): Message | null {
  const key = certificatePublicKey(der);
  if (!key.ok) return /*i18n*/ { id: 'trustInput.notX509', message: '{which} is not a valid X.509 certificate ({detail}).', values: { which: whichWords(which), detail: key.error.replace(/^The certificate is not valid DER X\.509: /, '').replace(/\.$/, '') }, verbatim: ['detail'] };
  if (key.value.kind !== 'RSA') return /*i18n*/ { id: 'trustInput.notRsa', message: '{which} holds a {keyKind} key; SAML signatures here are checked with RSA keys only.', values: { which: whichWords(which), keyKind: key.value.kind }, verbatim: ['keyKind'] };
  return null;
}

function fromPem(text: string): ParseResult<TrustedCertificates, Message> {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) {
    if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(text)) return parseError(/*i18n*/ { id: 'trustInput.publicKey', message: 'This is a bare public key. Paste the IdP’s certificate (BEGIN CERTIFICATE) or its metadata XML instead.' });
    if (/PRIVATE KEY-----/.test(text)) return parseError(/*i18n*/ { id: 'trustInput.privateKey', message: 'This is a private key: never paste it anywhere. Paste the IdP’s certificate or metadata instead.' });
    return parseError(/*i18n*/ { id: 'trustInput.noPemBlock', message: 'The PEM has no complete “-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----” block.' });
  }
  const certificates: Uint8Array[] = [];
  for (const [i, block] of blocks.entries()) {
    const which: Which = { kind: blocks.length === 1 ? 'single' : 'numbered', number: i + 1 };
    const der = certificateFromBase64(block);
    if (!der.ok) return parseError(/*i18n*/ { id: 'trustInput.unreadable', message: '{which}: {detail}', values: { which: whichWords(which), detail: der.error }, verbatim: ['detail'] });
    const problem = checkCertificate(der.value, which);
    if (problem) return parseError(problem);
    certificates.push(der.value);
  }
  const label = /*i18n*/ { id: 'trustInput.label.pem', message: '{count, plural, one {the pasted PEM certificate} other {the # pasted PEM certificates}}', values: { count: blocks.length } };
  return parsed({ source: 'pem', label, entityId: null, certificates, warnings: [] });
}

/** Reads a trust anchor. Never throws; the error names the problem. */
export function readTrustedCertificates(text: string): ParseResult<TrustedCertificates, Message> {
  if (typeof text !== 'string' || text.trim() === '') return parseError(/*i18n*/ { id: 'trustInput.nothing', message: 'Nothing pasted: give the IdP metadata XML or its signing certificate (PEM).' });
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t.startsWith('<')) {
    const md = parseIdpMetadata(t);
    if (!md.ok) return md;
    if (md.value.signingCertificates.length === 0) return parseError(/*i18n*/ { id: 'trustInput.noSigningCertificate', message: 'The metadata has no signing certificate, so nothing can be verified against it.' });
    for (const [i, der] of md.value.signingCertificates.entries()) {
      const problem = checkCertificate(der, { kind: 'metadata', number: i + 1 });
      if (problem) return parseError(problem);
    }
    return parsed({
      source: 'metadata',
      label: /*i18n*/ { id: 'trustInput.label.metadata', message: 'the IdP metadata of {entityId}', values: { entityId: md.value.entityId }, verbatim: ['entityId'] },
      entityId: md.value.entityId,
      certificates: md.value.signingCertificates,
      warnings: md.value.warnings,
    });
  }
  if (t.includes('-----BEGIN')) return fromPem(t);
  const der = certificateFromBase64(t);
  if (!der.ok) return parseError(/*i18n*/ { id: 'trustInput.notAnything', message: 'Not metadata XML, not PEM, and not a base64 certificate: {detail}', values: { detail: der.error }, verbatim: ['detail'] });
  const problem = checkCertificate(der.value, { kind: 'base64', number: 1 });
  if (problem) return parseError(/*i18n*/ { id: 'trustInput.notAnyCertificate', message: 'Not metadata XML (which starts with “<”), not PEM, and: {problem}', values: { problem } });
  return parsed({ source: 'base64', label: /*i18n*/ { id: 'trustInput.label.base64', message: 'the pasted base64 certificate' }, entityId: null, certificates: [der.value], warnings: [] });
}
