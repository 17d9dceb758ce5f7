/**
 * The one place xmldsigjs is touched. It needs a Web Crypto engine; its own DOM helpers would use
 * the browser's native DOMParser but need registered parsers in Node, so we never let it parse or
 * serialise: it only ever sees @xmldom/xmldom nodes we built, in both runtimes alike.
 *
 * Global footprint: in browsers xmldsigjs registers `self.crypto` itself on import. In Node we
 * register a wrapper object (not globalThis.crypto, which xmldsigjs would otherwise stamp with a
 * `name`); its dependency pkijs keeps that engine on a process-keyed global, which we cannot avoid.
 */
import type { Message } from '../../kernel/message';
import {
  Application,
  SignedXml,
  XmlDsigC14NTransform,
  XmlDsigC14NWithCommentsTransform,
  XmlDsigExcC14NTransform,
  XmlDsigExcC14NWithCommentsTransform,
} from 'xmldsigjs';
import { NS, childElements, type XmlDocument, type XmlElement } from './xml';

export const ALG = {
  excC14n: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  excC14nWithComments: 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',
  c14n: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  c14nWithComments: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments',
  enveloped: 'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
  rsaSha1: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
  rsaSha256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  rsaSha384: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384',
  rsaSha512: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
  sha1: 'http://www.w3.org/2000/09/xmldsig#sha1',
  sha256: 'http://www.w3.org/2001/04/xmlenc#sha256',
  sha384: 'http://www.w3.org/2001/04/xmldsig-more#sha384',
  sha512: 'http://www.w3.org/2001/04/xmlenc#sha512',
} as const;

export const CANONICALIZATIONS: readonly string[] = [ALG.excC14n, ALG.excC14nWithComments, ALG.c14n, ALG.c14nWithComments];
/** Signature methods we verify, with the Web Crypto hash each one uses. */
export const SIGNATURE_HASHES: Readonly<Record<string, string>> = {
  [ALG.rsaSha1]: 'SHA-1',
  [ALG.rsaSha256]: 'SHA-256',
  [ALG.rsaSha384]: 'SHA-384',
  [ALG.rsaSha512]: 'SHA-512',
};
export const DIGESTS: readonly string[] = [ALG.sha1, ALG.sha256, ALG.sha384, ALG.sha512];

function ensureEngine(): void {
  try {
    void Application.crypto;
    return;
  } catch {
    // not registered yet (Node): fall through
  }
  const c = globalThis.crypto;
  const wrapper = { subtle: c.subtle, getRandomValues: <T extends ArrayBufferView>(a: T) => c.getRandomValues(a) };
  Application.setEngine('WebCrypto', wrapper as unknown as Crypto);
}

/** Canonical form of `el` (and its subtree) under one of the four C14N algorithms. */
export function canonicalize(el: XmlElement, algorithm: string, inclusivePrefixes?: string): string {
  ensureEngine();
  const transform =
    algorithm === ALG.excC14n ? new XmlDsigExcC14NTransform()
    : algorithm === ALG.excC14nWithComments ? new XmlDsigExcC14NWithCommentsTransform()
    : algorithm === ALG.c14n ? new XmlDsigC14NTransform()
    : algorithm === ALG.c14nWithComments ? new XmlDsigC14NWithCommentsTransform()
    : null;
  if (!transform) throw new Error(`unsupported canonicalization ${algorithm}`);
  if (inclusivePrefixes && transform instanceof XmlDsigExcC14NTransform) transform.InclusiveNamespacesPrefixList = inclusivePrefixes;
  transform.LoadInnerXml(el as unknown as Node);
  return transform.GetOutput() as string;
}

/** `verifierError`: the verifier's own failure (its English detail quoted), as opposed to a plain mismatch. */
export type XmldsigOutcome = { ok: true } | { ok: false; stage: 'load' | 'digest' | 'signature'; reason: Message; verifierError?: Message };

/**
 * Checks one ds:Signature of `doc` with `key` through xmldsigjs: reference digests, then the
 * SignatureValue. The caller has already checked which element the reference points at.
 */
export async function verifyWithXmldsig(doc: XmlDocument, signature: XmlElement, key: CryptoKey): Promise<XmldsigOutcome> {
  ensureEngine();
  let signed: SignedXml;
  try {
    signed = new SignedXml(doc as unknown as Document);
    loadWithoutKeyInfo(doc, signature, signed);
  } catch (e) {
    return { ok: false, stage: 'load', reason: /*i18n*/ { id: 'xmlsig.problem.unreadable', message: 'the Signature element could not be read ({detail})', values: { detail: message(e) }, verbatim: ['detail'] } };
  }
  try {
    const ok = await signed.Verify(key);
    return ok ? { ok: true } : { ok: false, stage: 'signature', reason: /*i18n*/ { id: 'xmlsig.problem.thisKey', message: 'the SignatureValue does not verify with this key' } };
  } catch (e) {
    const text = message(e);
    if (/Invalid digest/i.test(text)) return { ok: false, stage: 'digest', reason: /*i18n*/ { id: 'xmlsig.problem.digest', message: 'the digest does not match: the signed element was changed after it was signed' } };
    const failed = /*i18n*/ { id: 'xmlsig.problem.verifierFailed', message: 'verification failed ({detail})', values: { detail: text }, verbatim: ['detail'] };
    return { ok: false, stage: 'signature', reason: failed, verifierError: failed };
  }
}

/**
 * LoadXml with an empty KeyInfo in place of the real one. We always supply the key, and KeyInfo is
 * not signed, so xmldsigjs need not parse embedded certificates (slow, and a damaged one would
 * make it throw); and with no KeyInfo at all it would try to create one with a DOMParser, which
 * Node lacks. The swap is synchronous and undone before returning, so the document is unchanged.
 */
function loadWithoutKeyInfo(doc: XmlDocument, signature: XmlElement, signed: SignedXml): void {
  const originals = childElements(signature, NS.ds, 'KeyInfo').map((el) => ({ el, next: el.nextSibling }));
  const placeholder = doc.createElementNS(NS.ds, signature.prefix ? `${signature.prefix}:KeyInfo` : 'KeyInfo');
  for (const { el } of originals) signature.removeChild(el);
  signature.appendChild(placeholder);
  try {
    signed.LoadXml(signature as unknown as Element);
  } finally {
    signature.removeChild(placeholder);
    for (const { el, next } of originals.reverse()) signature.insertBefore(el, next);
  }
}

function message(e: unknown): string {
  // xml-core's XmlError is not an Error subclass, but it has a message.
  const text = typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : String(e);
  return text.replace(/^XMLJS\d+: /, '');
}
