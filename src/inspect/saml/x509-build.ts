/**
 * Building a minimal self-signed X.509 v3 certificate (RSA, sha256WithRSAEncryption) with Web
 * Crypto and the DER writer: what a SAML IdP publishes so relying parties can check its signatures.
 */
import { TAG, derBoolean, derEncode, derExplicit, derNull, derOctetString, derOid, derSequence, derSet, derTime, derUnsignedInteger, derUtf8, derBitString } from './der';

const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';

export interface SelfSignedOptions {
  commonName: string;
  notBeforeMs: number;
  notAfterMs: number;
  /** Serial number magnitude (big-endian); made positive. */
  serial: Uint8Array;
}

function name(commonName: string): Uint8Array {
  return derSequence(derSet(derSequence(derOid('2.5.4.3'), derUtf8(commonName))));
}

/** DER certificate for `keyPair` (RSASSA-PKCS1-v1_5 / SHA-256, public key extractable), signed by itself. */
export async function createSelfSignedCertificate(keyPair: CryptoKeyPair, options: SelfSignedOptions): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const spki = new Uint8Array(await subtle.exportKey('spki', keyPair.publicKey));
  const algorithm = derSequence(derOid(SHA256_WITH_RSA), derNull());
  const serial = Uint8Array.from(options.serial);
  if (serial.length > 0) serial[0] = (serial[0] ?? 0) & 0x7f;
  const extensions = derExplicit(
    3,
    derSequence(
      // basicConstraints: not a CA.
      derSequence(derOid('2.5.29.19'), derOctetString(derSequence())),
      // keyUsage (critical): digitalSignature only.
      derSequence(derOid('2.5.29.15'), derBoolean(true), derOctetString(derEncode(TAG.bitString, new Uint8Array([7, 0x80])))),
    ),
  );
  const tbs = derSequence(
    derExplicit(0, derUnsignedInteger(new Uint8Array([2]))),
    derUnsignedInteger(serial),
    algorithm,
    name(options.commonName),
    derSequence(derTime(options.notBeforeMs), derTime(options.notAfterMs)),
    name(options.commonName),
    spki,
    extensions,
  );
  const signature = new Uint8Array(await subtle.sign('RSASSA-PKCS1-v1_5', keyPair.privateKey, tbs as Uint8Array<ArrayBuffer>));
  return derSequence(tbs, algorithm, derBitString(signature));
}
