/**
 * X.509 certificates as SAML carries them (base64 DER in ds:X509Certificate and metadata):
 * a readable description, fingerprints, and the public key for signature checks.
 */
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { decodeBase64Text } from '../../kernel/base64-text';
import { DerError, TAG, decodeOid, derChildren, expectTag, readDer, type DerNode } from './der';

export interface CertificateDescription {
  subject: string;
  issuer: string;
  /** ISO 8601, UTC. */
  notBefore: string;
  notAfter: string;
  /** Colon-separated upper-case hex. */
  serialNumber: string;
  sha1Fingerprint: string;
  sha256Fingerprint: string;
  /** e.g. "RSA 2048-bit" or "EC P-256". */
  publicKey: string;
  signatureAlgorithm: string;
  /** Subject equals issuer (typical of SAML signing certificates). */
  selfIssued: boolean;
}

export interface CertificatePublicKey {
  /** DER SubjectPublicKeyInfo, importable with Web Crypto 'spki'. */
  spki: Uint8Array;
  kind: 'RSA' | 'EC' | 'other';
  rsaModulusBits?: number;
  namedCurve?: 'P-256' | 'P-384' | 'P-521';
  algorithmOid: string;
}

const NAME_LABELS: Record<string, string> = {
  '2.5.4.3': 'CN', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', '2.5.4.9': 'STREET', '2.5.4.10': 'O',
  '2.5.4.11': 'OU', '2.5.4.5': 'serialNumber', '2.5.4.4': 'SN', '2.5.4.42': 'GN', '2.5.4.12': 'title',
  '1.2.840.113549.1.9.1': 'emailAddress', '0.9.2342.19200300.100.1.25': 'DC', '0.9.2342.19200300.100.1.1': 'UID',
};

const SIGNATURE_ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption', '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption', '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS', '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384', '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
};

const CURVES: Record<string, CertificatePublicKey['namedCurve']> = {
  '1.2.840.10045.3.1.7': 'P-256', '1.3.132.0.34': 'P-384', '1.3.132.0.35': 'P-521',
};

export function colonHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(':');
}

function stringValue(node: DerNode): string {
  switch (node.tag) {
    case TAG.utf8String:
      return new TextDecoder().decode(node.content);
    case TAG.bmpString:
      return new TextDecoder('utf-16be').decode(node.content);
    default:
      return new TextDecoder('latin1').decode(node.content);
  }
}

function nameToString(name: DerNode): string {
  const parts: string[] = [];
  for (const rdn of derChildren(expectTag(name, TAG.sequence, 'Name'))) {
    for (const atv of derChildren(rdn)) {
      const [type, value] = derChildren(atv);
      const oid = decodeOid(expectTag(type, TAG.oid, 'attribute type').content);
      const text = value ? stringValue(value) : '';
      parts.push(`${NAME_LABELS[oid] ?? oid}=${/[,+"\\<>;]/.test(text) ? JSON.stringify(text) : text}`);
    }
  }
  return parts.join(', ');
}

function timeToIso(node: DerNode): string {
  const s = new TextDecoder('latin1').decode(node.content);
  const m = node.tag === TAG.utcTime ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(s) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(s);
  if (!m) throw new DerError(`unreadable time "${s}"`, node.start);
  let year = Number(m[1]);
  if (node.tag === TAG.utcTime) year += year >= 50 ? 1900 : 2000;
  return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0))).toISOString();
}

interface CertificateParts {
  serial: Uint8Array;
  issuer: DerNode;
  validity: [DerNode, DerNode];
  subject: DerNode;
  spki: DerNode;
  signatureAlgorithmOid: string;
}

function certificateParts(der: Uint8Array): CertificateParts {
  const cert = expectTag(readDer(der), TAG.sequence, 'Certificate');
  if (cert.end !== der.length) throw new DerError('extra bytes after the certificate', cert.end);
  const [tbs, sigAlg] = derChildren(cert);
  const fields = derChildren(expectTag(tbs, TAG.sequence, 'TBSCertificate'));
  let i = fields[0]?.tag === 0xa0 ? 1 : 0;
  const serial = expectTag(fields[i++], TAG.integer, 'serial number').content;
  i++; // signature AlgorithmIdentifier inside TBS
  const issuer = expectTag(fields[i++], TAG.sequence, 'issuer');
  const validity = derChildren(expectTag(fields[i++], TAG.sequence, 'validity'));
  const subject = expectTag(fields[i++], TAG.sequence, 'subject');
  const spki = expectTag(fields[i++], TAG.sequence, 'subjectPublicKeyInfo');
  const [notBefore, notAfter] = validity;
  if (!notBefore || !notAfter) throw new DerError('incomplete validity', 0);
  const sigOid = derChildren(expectTag(sigAlg, TAG.sequence, 'signatureAlgorithm'))[0];
  return { serial, issuer, validity: [notBefore, notAfter], subject, spki, signatureAlgorithmOid: decodeOid(expectTag(sigOid, TAG.oid, 'algorithm').content) };
}

function publicKeyOf(spki: DerNode): CertificatePublicKey {
  const [alg, bits] = derChildren(spki);
  const [oidNode, params] = derChildren(expectTag(alg, TAG.sequence, 'AlgorithmIdentifier'));
  const algorithmOid = decodeOid(expectTag(oidNode, TAG.oid, 'key algorithm').content);
  const key: CertificatePublicKey = { spki: spki.raw, kind: 'other', algorithmOid };
  if (algorithmOid === '1.2.840.113549.1.1.1') {
    key.kind = 'RSA';
    const rsa = readDer(expectTag(bits, TAG.bitString, 'subjectPublicKey').content.subarray(1));
    const modulus = expectTag(derChildren(rsa)[0], TAG.integer, 'modulus').content;
    let m = 0;
    while (m < modulus.length && modulus[m] === 0) m++;
    key.rsaModulusBits = (modulus.length - m) * 8 - Math.clz32(modulus[m] ?? 0) + 24;
  } else if (algorithmOid === '1.2.840.10045.2.1') {
    key.kind = 'EC';
    if (params?.tag === TAG.oid) {
      const curve = CURVES[decodeOid(params.content)];
      if (curve) key.namedCurve = curve;
    }
  }
  return key;
}

function failure(e: unknown): string {
  return `The certificate is not valid DER X.509: ${e instanceof Error ? e.message : String(e)}.`;
}

/** The public key of a DER certificate. */
export function certificatePublicKey(der: Uint8Array): ParseResult<CertificatePublicKey> {
  try {
    return parsed(publicKeyOf(certificateParts(der).spki));
  } catch (e) {
    return parseError(failure(e));
  }
}

/** Base64 (whitespace allowed, PEM armour allowed) → DER bytes. */
export function certificateFromBase64(text: string): ParseResult<Uint8Array> {
  const body = text.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '');
  const decoded = decodeBase64Text(body);
  if (!decoded.ok) return parseError(`The certificate is not valid base64: ${decoded.error.replace(/^Invalid base64: /, '')}`);
  return parsed(decoded.value.bytes);
}

export async function describeCertificate(der: Uint8Array): Promise<ParseResult<CertificateDescription>> {
  let parts: CertificateParts;
  let key: CertificatePublicKey;
  try {
    parts = certificateParts(der);
    key = publicKeyOf(parts.spki);
  } catch (e) {
    return parseError(failure(e));
  }
  try {
    const subtle = globalThis.crypto.subtle;
    const data = der as Uint8Array<ArrayBuffer>;
    const [sha1, sha256] = await Promise.all([subtle.digest('SHA-1', data), subtle.digest('SHA-256', data)]);
    const subject = nameToString(parts.subject);
    const issuer = nameToString(parts.issuer);
    return parsed({
      subject,
      issuer,
      notBefore: timeToIso(parts.validity[0]),
      notAfter: timeToIso(parts.validity[1]),
      serialNumber: colonHex(parts.serial),
      sha1Fingerprint: colonHex(new Uint8Array(sha1)),
      sha256Fingerprint: colonHex(new Uint8Array(sha256)),
      publicKey: key.kind === 'RSA' ? `RSA ${key.rsaModulusBits}-bit` : key.kind === 'EC' ? `EC ${key.namedCurve ?? 'unknown curve'}` : `unknown (${key.algorithmOid})`,
      signatureAlgorithm: SIGNATURE_ALGORITHMS[parts.signatureAlgorithmOid] ?? parts.signatureAlgorithmOid,
      selfIssued: subject === issuer,
    });
  } catch (e) {
    return parseError(failure(e));
  }
}
