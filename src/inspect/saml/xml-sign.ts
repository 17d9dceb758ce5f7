/**
 * Enveloped XML signatures the way SAML IdPs make them: exclusive C14N, RSA-SHA256, SHA-256
 * digest, one Reference to the element's ID, the certificate in KeyInfo, the Signature placed
 * right after the element's Issuer. Used by the sandbox IdP and by test fixtures.
 */
import { toBase64, utf8 } from '../../kernel/encoding';
import { ALG, canonicalize } from './xmldsig-engine';
import { NS, attr, childElements, firstChild, parseXml, type XmlElement } from './xml';

export interface XmlSigningKey {
  /** RSASSA-PKCS1-v1_5 / SHA-256 private key. */
  privateKey: CryptoKey;
  /** Base64 DER of the certificate to embed; omitted from KeyInfo when null. */
  certificateB64: string | null;
}

export interface SignOptions {
  /** InclusiveNamespaces PrefixList for the exc-c14n transform (e.g. "xs" for xsi:type values). */
  inclusivePrefixes?: string;
  /** Namespace prefix of the signature elements; '' puts them in the default namespace (as Entra ID does). Default 'ds'. */
  prefix?: string;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';

/**
 * A detached copy of `el` carrying the namespace declarations of its ancestors, as a verifier sees
 * it: InclusiveNamespaces prefixes declared higher up must be rendered, or digests would differ.
 */
function withInScopeNamespaces(el: XmlElement): XmlElement {
  const copy = el.cloneNode(true) as XmlElement;
  for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const attrs = (p as XmlElement).attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs.item(i);
      if (!a || (a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))) continue;
      if (!copy.hasAttribute(a.name)) copy.setAttributeNS(XMLNS, a.name, a.value);
    }
  }
  return copy;
}

/** Signs `el` in place (enveloped signature). `el` must carry an ID attribute. */
export async function signElementEnveloped(el: XmlElement, key: XmlSigningKey, options: SignOptions = {}): Promise<void> {
  const id = attr(el, 'ID');
  if (!id) throw new Error('the element to sign has no ID attribute');
  const doc = el.ownerDocument;
  if (!doc) throw new Error('the element to sign is not in a document');
  for (const old of childElements(el, NS.ds, 'Signature')) el.removeChild(old);

  const digestInput = canonicalize(options.inclusivePrefixes ? withInScopeNamespaces(el) : el, ALG.excC14n, options.inclusivePrefixes);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', utf8(digestInput) as Uint8Array<ArrayBuffer>));
  const inclusive = options.inclusivePrefixes
    ? `<ec:InclusiveNamespaces xmlns:ec="${ALG.excC14n}" PrefixList="${options.inclusivePrefixes}"/>`
    : '';
  const px = options.prefix ?? 'ds';
  const d = px === '' ? '' : `${px}:`;
  const keyInfo = key.certificateB64 ? `<${d}KeyInfo><${d}X509Data><${d}X509Certificate>${key.certificateB64}</${d}X509Certificate></${d}X509Data></${d}KeyInfo>` : '';
  const template =
    `<${d}Signature xmlns${px === '' ? '' : `:${px}`}="${NS.ds}"><${d}SignedInfo>` +
    `<${d}CanonicalizationMethod Algorithm="${ALG.excC14n}"/>` +
    `<${d}SignatureMethod Algorithm="${ALG.rsaSha256}"/>` +
    `<${d}Reference URI="#${id}"><${d}Transforms>` +
    `<${d}Transform Algorithm="${ALG.enveloped}"/>` +
    `<${d}Transform Algorithm="${ALG.excC14n}">${inclusive}</${d}Transform>` +
    `</${d}Transforms><${d}DigestMethod Algorithm="${ALG.sha256}"/>` +
    `<${d}DigestValue>${toBase64(digest)}</${d}DigestValue></${d}Reference></${d}SignedInfo>` +
    `<${d}SignatureValue></${d}SignatureValue>${keyInfo}</${d}Signature>`;
  const parsedTemplate = parseXml(template);
  if (!parsedTemplate.ok || !parsedTemplate.value.documentElement) throw new Error(`internal: bad signature template (${parsedTemplate.ok ? 'empty' : parsedTemplate.error})`);
  const signature = doc.importNode(parsedTemplate.value.documentElement, true) as XmlElement;

  // SAML schemas put ds:Signature right after Issuer.
  const issuer = firstChild(el, NS.saml, 'Issuer');
  el.insertBefore(signature, issuer ? issuer.nextSibling : el.firstChild);

  const signedInfo = firstChild(signature, NS.ds, 'SignedInfo');
  const valueEl = firstChild(signature, NS.ds, 'SignatureValue');
  if (!signedInfo || !valueEl) throw new Error('internal: signature template lost its parts');
  const data = utf8(canonicalize(signedInfo, ALG.excC14n));
  const sig = await globalThis.crypto.subtle.sign('RSASSA-PKCS1-v1_5', key.privateKey, data as Uint8Array<ArrayBuffer>);
  valueEl.appendChild(doc.createTextNode(toBase64(new Uint8Array(sig))));
}
