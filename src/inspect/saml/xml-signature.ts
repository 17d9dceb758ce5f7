/**
 * Checking the XML signatures of a SAML Response: for each ds:Signature, what it signs, whether
 * its one Reference really points at the element that encloses it (the signature-wrapping guard),
 * which algorithms it uses, and whether it verifies with the embedded and/or trusted certificates.
 */
import type { Message } from '../../kernel/message';
import { fromBase64, toBase64 } from '../../kernel/encoding';
import { certificatePublicKey, colonHex } from './certificate';
import { ALG, CANONICALIZATIONS, DIGESTS, SIGNATURE_HASHES, verifyWithXmldsig } from './xmldsig-engine';
import { NS, allElements, attr, childElements, descendants, elementPath, firstChild, idOf, is, parseXml, type XmlDocument, type XmlElement } from './xml';

export { describeCertificate, type CertificateDescription } from './certificate';
export { parseIdpMetadata, type IdpMetadata, type SsoEndpoint } from './metadata';

export interface SignatureReport {
  /** Where the ds:Signature element is. */
  path: string;
  /** What encloses it: the root Response, an Assertion, or something else. */
  signs: 'response' | 'assertion' | 'other';
  signedElementPath: string;
  signedElementId: string | null;
  referenceUri: string | null;
  /** The single Reference is `#<ID of the enclosing element>` and that ID is unique in the document. */
  referenceMatchesElement: boolean;
  canonicalizationAlgorithm: string | null;
  signatureAlgorithm: string | null;
  digestAlgorithm: string | null;
  transforms: string[];
  /** The digest matches and the SignatureValue verifies with an embedded or a trusted certificate. */
  valid: boolean;
  /** Why it is (in)valid, in one sentence. */
  reason: Message;
  /** Why verification failed, without the verdict (what `reason` says after “Invalid:”); null when valid. */
  failure: Message | null;
  /** Where verification failed: the Signature's shape, the digest (content changed), or the SignatureValue; null when valid. */
  failedAt: 'structure' | 'digest' | 'signature' | null;
  /** Base64 DER of each ds:X509Certificate in this signature's KeyInfo. */
  embeddedCertificates: string[];
  verifiedWithEmbeddedCertificate: boolean;
  /** Index (into trustedCertsDer) of the trusted certificate whose key verifies the signature. */
  verifiedWithTrustedIndex: number | null;
  /** The embedded certificate is itself a trusted one, or carries the same public key. */
  embeddedMatchesTrusted: { trustedIndex: number; by: 'certificate' | 'public-key' } | null;
  /** Plain-language account of what the verification proves. */
  trust: Message;
}

export interface VerifiedSignature {
  report: SignatureReport;
  /** The element the signature covers (its parent), when the reference checks out. */
  signedElement: XmlElement | null;
}

const ALLOWED_TRANSFORMS = new Set<string>([ALG.enveloped, ...CANONICALIZATIONS]);

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Base64 as XML carries it: the ASCII whitespace atob skips (line breaks in certificates) removed first. */
const b64ToBytes = (b64: string): Uint8Array | null => fromBase64(b64.replace(/[\t\n\f\r ]+/g, ''));

type KeyCache = Map<string, Promise<CryptoKey | null>>;

function importKey(der: Uint8Array, hash: string, cache: KeyCache): Promise<CryptoKey | null> {
  const cacheKey = `${hash}:${toBase64(der)}`;
  let hit = cache.get(cacheKey);
  if (!hit) {
    const pub = certificatePublicKey(der);
    hit = !pub.ok || pub.value.kind !== 'RSA'
      ? Promise.resolve(null)
      : globalThis.crypto.subtle
          .importKey('spki', pub.value.spki as Uint8Array<ArrayBuffer>, { name: 'RSASSA-PKCS1-v1_5', hash }, true, ['verify'])
          .catch(() => null);
    cache.set(cacheKey, hit);
  }
  return hit;
}

function countId(doc: XmlDocument, id: string): number {
  return allElements(doc).filter((el) => idOf(el) === id).length;
}

/** Structural problems that make verification pointless, or null. */
function structuralProblem(doc: XmlDocument, report: SignatureReport, refs: XmlElement[], parentId: string | null): Message | null {
  if (refs.length !== 1) return /*i18n*/ { id: 'xmlsig.problem.references', message: 'SignedInfo has {count} Reference elements; a SAML signature has exactly one', values: { count: refs.length } };
  const uri = report.referenceUri;
  if (uri === null || uri === '') return /*i18n*/ { id: 'xmlsig.problem.emptyUri', message: 'the Reference URI is empty (the whole document); SAML requires “#” plus the signed element’s ID' };
  const element = report.signedElementPath;
  if (!parentId) return /*i18n*/ { id: 'xmlsig.problem.noId', message: 'the enclosing element {element} has no ID attribute to reference', values: { element }, verbatim: ['element'] };
  if (uri !== `#${parentId}`) return /*i18n*/ { id: 'xmlsig.problem.wrapping', message: 'the Reference points at “{uri}” but the signature sits inside {element} (ID “{id}”): it does not cover the element that encloses it (a signature-wrapping pattern)', values: { uri, element, id: parentId }, verbatim: ['uri', 'element', 'id'] };
  const n = countId(doc, parentId);
  if (n !== 1) return /*i18n*/ { id: 'xmlsig.problem.ambiguousId', message: 'the ID “{id}” appears on {count} elements, so the reference is ambiguous (a signature-wrapping pattern)', values: { id: parentId, count: n }, verbatim: ['id'] };
  const missing = /*i18n*/ { id: 'xmlsig.problem.missingAlgorithm', message: '(missing)' };
  if (!report.canonicalizationAlgorithm || !CANONICALIZATIONS.includes(report.canonicalizationAlgorithm)) return /*i18n*/ { id: 'xmlsig.problem.canonicalization', message: 'unsupported CanonicalizationMethod {algorithm}', values: { algorithm: report.canonicalizationAlgorithm ?? missing }, verbatim: ['algorithm'] };
  if (!report.signatureAlgorithm || !SIGNATURE_HASHES[report.signatureAlgorithm]) return /*i18n*/ { id: 'xmlsig.problem.signatureMethod', message: 'unsupported SignatureMethod {algorithm} (RSA with SHA-1/256/384/512 is supported)', values: { algorithm: report.signatureAlgorithm ?? missing }, verbatim: ['algorithm'] };
  if (!report.digestAlgorithm || !DIGESTS.includes(report.digestAlgorithm)) return /*i18n*/ { id: 'xmlsig.problem.digestMethod', message: 'unsupported DigestMethod {algorithm}', values: { algorithm: report.digestAlgorithm ?? missing }, verbatim: ['algorithm'] };
  const odd = report.transforms.find((t) => !ALLOWED_TRANSFORMS.has(t));
  if (odd) return /*i18n*/ { id: 'xmlsig.problem.transform', message: 'unsupported Transform {transform} (SAML allows only enveloped-signature and canonicalization)', values: { transform: odd }, verbatim: ['transform'] };
  if (!report.transforms.includes(ALG.enveloped)) return /*i18n*/ { id: 'xmlsig.problem.notEnveloped', message: 'the Reference has no enveloped-signature transform, so the digest would include the signature itself' };
  return null;
}

function trustSentence(r: SignatureReport, trustedCount: number, trustedFingerprint: string | null): Message {
  if (r.verifiedWithTrustedIndex !== null) return /*i18n*/ { id: 'xmlsig.trust.trusted', message: 'Verified with trusted certificate #{number} (SHA-256 {fingerprint}).', values: { number: r.verifiedWithTrustedIndex + 1, fingerprint: trustedFingerprint ?? '?' }, verbatim: ['fingerprint'] };
  if (!r.valid) return /*i18n*/ { id: 'xmlsig.trust.notVerified', message: 'Not verified.' };
  if (trustedCount === 0) return /*i18n*/ { id: 'xmlsig.trust.embeddedOnly', message: 'Verified with the certificate embedded in the response only; no trusted certificates were given, so this does not show who signed it.' };
  return /*i18n*/ { id: 'xmlsig.trust.embeddedUntrusted', message: 'Verified only with the certificate embedded in the response, which matches none of the trusted certificates: anyone can embed their own certificate, so a relying party would reject this.' };
}

const invalidBecause = (problem: Message): Message => /*i18n*/ ({ id: 'xmlsig.reason.invalid', message: 'Invalid: {problem}.', values: { problem } });

async function checkOne(doc: XmlDocument, sig: XmlElement, trustedDer: Uint8Array[], cache: KeyCache): Promise<VerifiedSignature> {
  const parent = sig.parentNode as XmlElement | null;
  const root = doc.documentElement;
  const signs = parent && parent === root && is(parent, NS.samlp, 'Response') ? 'response' : parent && is(parent, NS.saml, 'Assertion') ? 'assertion' : 'other';
  const signedInfo = firstChild(sig, NS.ds, 'SignedInfo');
  const refs = signedInfo ? childElements(signedInfo, NS.ds, 'Reference') : [];
  const ref = refs[0] ?? null;
  const transformsEl = ref ? firstChild(ref, NS.ds, 'Transforms') : null;
  const parentId = parent ? idOf(parent) : null;
  const embedded = descendants(sig, NS.ds, 'X509Certificate').map((c) => (c.textContent ?? '').replace(/\s+/g, '')).filter((c) => c !== '');
  const report: SignatureReport = {
    path: elementPath(sig),
    signs,
    signedElementPath: parent ? elementPath(parent) : '/',
    signedElementId: parentId,
    referenceUri: attr(ref, 'URI'),
    referenceMatchesElement: false,
    canonicalizationAlgorithm: signedInfo ? attr(firstChild(signedInfo, NS.ds, 'CanonicalizationMethod'), 'Algorithm') : null,
    signatureAlgorithm: signedInfo ? attr(firstChild(signedInfo, NS.ds, 'SignatureMethod'), 'Algorithm') : null,
    digestAlgorithm: ref ? attr(firstChild(ref, NS.ds, 'DigestMethod'), 'Algorithm') : null,
    transforms: transformsEl ? childElements(transformsEl, NS.ds, 'Transform').map((t) => attr(t, 'Algorithm') ?? '') : [],
    valid: false,
    reason: /*i18n*/ { id: 'xmlsig.trust.notVerified', message: 'Not verified.' },
    failure: null,
    failedAt: null,
    embeddedCertificates: embedded,
    verifiedWithEmbeddedCertificate: false,
    verifiedWithTrustedIndex: null,
    embeddedMatchesTrusted: null,
    trust: /*i18n*/ { id: 'xmlsig.trust.notVerified', message: 'Not verified.' },
  };
  const embeddedDer = embedded.map(b64ToBytes).filter((d): d is Uint8Array => d !== null);
  for (const der of embeddedDer) {
    const i = trustedDer.findIndex((t) => sameBytes(t, der));
    if (i >= 0) report.embeddedMatchesTrusted = { trustedIndex: i, by: 'certificate' };
    else {
      const pub = certificatePublicKey(der);
      const j = pub.ok ? trustedDer.findIndex((t) => { const tp = certificatePublicKey(t); return tp.ok && sameBytes(tp.value.spki, pub.value.spki); }) : -1;
      if (j >= 0) report.embeddedMatchesTrusted ??= { trustedIndex: j, by: 'public-key' };
    }
  }

  const problem = !signedInfo ? /*i18n*/ { id: 'xmlsig.problem.noSignedInfo', message: 'the Signature has no SignedInfo' } : structuralProblem(doc, report, refs, parentId);
  if (problem) {
    report.reason = invalidBecause(problem);
    report.failure = problem;
    report.failedAt = 'structure';
    report.trust = trustSentence(report, trustedDer.length, null);
    return { report, signedElement: null };
  }
  report.referenceMatchesElement = true;
  const hash = SIGNATURE_HASHES[report.signatureAlgorithm as string] as string;
  let lastFailure: Message = /*i18n*/ { id: 'xmlsig.problem.noCertificate', message: 'there is no certificate to check it with (no X509Certificate in KeyInfo and no trusted certificates given)' };
  // Which certificate a key came from: the embedded one, or trusted certificate #n (n ≥ 1).
  const tryKey = async (der: Uint8Array, trustedNumber: number | null): Promise<boolean | 'digest'> => {
    const which = trustedNumber === null ? 'embedded' : 'trusted';
    const number = trustedNumber ?? 0;
    const key = await importKey(der, hash, cache);
    if (!key) {
      lastFailure = /*i18n*/ { id: 'xmlsig.problem.noRsaKey', message: '{which, select, embedded {the embedded certificate} other {trusted certificate #{number}}} does not hold a usable RSA public key', values: { which, number } };
      return false;
    }
    const outcome = await verifyWithXmldsig(doc, sig, key);
    if (outcome.ok) return true;
    if (outcome.stage !== 'signature') {
      lastFailure = outcome.reason;
      return 'digest'; // a digest or load failure does not depend on the key: stop trying
    }
    lastFailure = outcome.verifierError ?? /*i18n*/ { id: 'xmlsig.problem.signatureValue', message: 'the SignatureValue does not verify with {which, select, embedded {the embedded certificate} other {trusted certificate #{number}}}', values: { which, number } };
    return false;
  };
  let broken = false;
  for (const der of embeddedDer) {
    const r = await tryKey(der, null);
    if (r === true) report.verifiedWithEmbeddedCertificate = true;
    if (r === 'digest') broken = true;
    if (r !== false) break;
  }
  for (let i = 0; !broken && i < trustedDer.length; i++) {
    const der = trustedDer[i] as Uint8Array;
    if (report.verifiedWithEmbeddedCertificate && report.embeddedMatchesTrusted?.trustedIndex === i) {
      report.verifiedWithTrustedIndex = i;
      break;
    }
    const r = await tryKey(der, i + 1);
    if (r === true) {
      report.verifiedWithTrustedIndex = i;
      break;
    }
    if (r === 'digest') broken = true;
  }
  report.valid = report.verifiedWithEmbeddedCertificate || report.verifiedWithTrustedIndex !== null;
  report.failedAt = report.valid ? null : broken ? 'digest' : 'signature';
  report.reason = report.valid
    ? /*i18n*/ { id: 'xmlsig.reason.valid', message: 'Valid: the digest of {element} matches and the SignatureValue verifies.', values: { element: report.signedElementPath }, verbatim: ['element'] }
    : invalidBecause(lastFailure);
  report.failure = report.valid ? null : lastFailure;
  const trusted = report.verifiedWithTrustedIndex === null ? null : trustedDer[report.verifiedWithTrustedIndex];
  report.trust = trustSentence(report, trustedDer.length, trusted ? await sha256Fingerprint(trusted) : null);
  return { report, signedElement: parent };
}

/**
 * Checks every ds:Signature of a parsed document (document order). `stopAtFirstInvalid` ends the
 * walk at the first invalid one (a relying party refuses the response then anyway).
 */
export async function verifyDocumentSignatures(doc: XmlDocument, trustedCertsDer: Uint8Array[] = [], options: { stopAtFirstInvalid?: boolean } = {}): Promise<VerifiedSignature[]> {
  const cache: KeyCache = new Map();
  const out: VerifiedSignature[] = [];
  for (const sig of descendants(doc, NS.ds, 'Signature')) {
    const checked = await checkOne(doc, sig, trustedCertsDer, cache);
    out.push(checked);
    if (options.stopAtFirstInvalid && !checked.report.valid) break;
  }
  return out;
}

/**
 * Checks every ds:Signature in the XML. Unparseable XML gives an empty list (parseSamlResponse
 * reports why); nothing here throws on bad input.
 */
export async function verifySamlSignatures(xml: string, trustedCertsDer: Uint8Array[] = []): Promise<SignatureReport[]> {
  const doc = parseXml(typeof xml === 'string' ? xml.trim() : '');
  if (!doc.ok) return [];
  return (await verifyDocumentSignatures(doc.value, trustedCertsDer)).map((v) => v.report);
}

/** SHA-256 fingerprint of DER bytes, colon hex (to name a trusted certificate in messages). */
async function sha256Fingerprint(der: Uint8Array): Promise<string> {
  return colonHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', der as Uint8Array<ArrayBuffer>)));
}
