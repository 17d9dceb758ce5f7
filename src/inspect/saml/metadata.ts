/**
 * SAML 2.0 IdP metadata (what an IAM SAML provider is created from): the entity ID, the signing
 * certificates and the single sign-on endpoints.
 */
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { decodeBase64Text } from '../../kernel/base64-text';
import { NS, attr, childElements, descendants, is, parseXml, textOf, type XmlElement } from './xml';

export interface SsoEndpoint {
  binding: string;
  location: string;
}

export interface IdpMetadata {
  entityId: string;
  /** DER of each signing certificate (KeyDescriptor use="signing" or without `use`), ready for verification. */
  signingCertificates: Uint8Array[];
  /** The same certificates as base64, for display. */
  signingCertificatesB64: string[];
  ssoEndpoints: SsoEndpoint[];
  nameIdFormats: string[];
  validUntil: string | null;
  warnings: string[];
}

function pickEntity(root: XmlElement, warnings: string[]): XmlElement | string {
  if (is(root, NS.md, 'EntityDescriptor')) return root;
  if (!is(root, NS.md, 'EntitiesDescriptor')) {
    return `The root element is <${root.tagName}>; IdP metadata has <md:EntityDescriptor> (namespace ${NS.md}) at its root.`;
  }
  const idps = descendants(root, NS.md, 'EntityDescriptor').filter((e) => childElements(e, NS.md, 'IDPSSODescriptor').length > 0);
  const first = idps[0];
  if (!first) return 'The EntitiesDescriptor contains no entity with an IDPSSODescriptor.';
  if (idps.length > 1) warnings.push(`The file describes ${idps.length} IdP entities; the first (${attr(first, 'entityID') ?? '?'}) is used. An IAM SAML provider takes one.`);
  return first;
}

export function parseIdpMetadata(xml: string): ParseResult<IdpMetadata> {
  if (typeof xml !== 'string') return parseError('The metadata must be XML text.');
  const doc = parseXml(xml.trim());
  if (!doc.ok) return doc;
  const root = doc.value.documentElement;
  if (!root) return parseError('The metadata has no root element.');
  const warnings: string[] = [];
  const entity = pickEntity(root, warnings);
  if (typeof entity === 'string') return parseError(entity);
  const entityId = attr(entity, 'entityID');
  if (!entityId) return parseError('The EntityDescriptor has no entityID attribute.');
  const idp = childElements(entity, NS.md, 'IDPSSODescriptor')[0];
  if (!idp) {
    const sp = childElements(entity, NS.md, 'SPSSODescriptor').length > 0;
    return parseError(sp ? 'This is service-provider metadata (SPSSODescriptor), not IdP metadata.' : 'The EntityDescriptor has no IDPSSODescriptor.');
  }
  const signingCertificatesB64: string[] = [];
  const signingCertificates: Uint8Array[] = [];
  for (const kd of childElements(idp, NS.md, 'KeyDescriptor')) {
    const use = attr(kd, 'use');
    if (use !== null && use !== 'signing') continue;
    for (const cert of descendants(kd, NS.ds, 'X509Certificate')) {
      const b64 = (cert.textContent ?? '').replace(/\s+/g, '');
      const der = decodeBase64Text(b64);
      if (!der.ok) {
        warnings.push('A signing X509Certificate is not valid base64 and was skipped.');
        continue;
      }
      if (signingCertificatesB64.includes(b64)) continue;
      signingCertificatesB64.push(b64);
      signingCertificates.push(der.value.bytes);
    }
  }
  if (signingCertificates.length === 0) warnings.push('The IDPSSODescriptor has no signing certificate; no signature can be verified against this metadata.');
  const ssoEndpoints = childElements(idp, NS.md, 'SingleSignOnService').map((s) => ({ binding: attr(s, 'Binding') ?? '', location: attr(s, 'Location') ?? '' }));
  return parsed({
    entityId,
    signingCertificates,
    signingCertificatesB64,
    ssoEndpoints,
    nameIdFormats: childElements(idp, NS.md, 'NameIDFormat').map((n) => textOf(n) ?? ''),
    validUntil: attr(entity, 'validUntil') ?? attr(root, 'validUntil'),
    warnings,
  });
}
