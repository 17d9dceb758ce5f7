/**
 * SAML 2.0 IdP metadata (what an IAM SAML provider is created from): the entity ID, the signing
 * certificates and the single sign-on endpoints.
 */
import { quotedEnglish, type Message } from '../../kernel/message';
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
  warnings: Message[];
}

function pickEntity(root: XmlElement, warnings: Message[]): XmlElement | Message {
  if (is(root, NS.md, 'EntityDescriptor')) return root;
  if (!is(root, NS.md, 'EntitiesDescriptor')) {
    return /*i18n*/ { id: 'metadata.wrongRoot', message: 'The root element is <{tag}>; IdP metadata has <md:EntityDescriptor> (namespace {namespace}) at its root.', values: { tag: root.tagName, namespace: NS.md }, verbatim: ['tag', 'namespace'] };
  }
  const idps = descendants(root, NS.md, 'EntityDescriptor').filter((e) => childElements(e, NS.md, 'IDPSSODescriptor').length > 0);
  const first = idps[0];
  if (!first) return /*i18n*/ { id: 'metadata.noIdpEntity', message: 'The EntitiesDescriptor contains no entity with an IDPSSODescriptor.' };
  if (idps.length > 1) warnings.push(/*i18n*/ { id: 'metadata.manyEntities', message: 'The file describes {count} IdP entities; the first ({entityId}) is used. An IAM SAML provider takes one.', values: { count: idps.length, entityId: attr(first, 'entityID') ?? '?' }, verbatim: ['entityId'] });
  return first;
}

export function parseIdpMetadata(xml: string): ParseResult<IdpMetadata, Message> {
  if (typeof xml !== 'string') return parseError(/*i18n*/ { id: 'metadata.notText', message: 'The metadata must be XML text.' });
  const doc = parseXml(xml.trim());
  if (!doc.ok) return parseError(quotedEnglish(doc.error));
  const root = doc.value.documentElement;
  if (!root) return parseError(/*i18n*/ { id: 'metadata.noRoot', message: 'The metadata has no root element.' });
  const warnings: Message[] = [];
  const entity = pickEntity(root, warnings);
  if (!('tagName' in entity)) return parseError(entity);
  const entityId = attr(entity, 'entityID');
  if (!entityId) return parseError(/*i18n*/ { id: 'metadata.noEntityId', message: 'The EntityDescriptor has no entityID attribute.' });
  const idp = childElements(entity, NS.md, 'IDPSSODescriptor')[0];
  if (!idp) {
    const sp = childElements(entity, NS.md, 'SPSSODescriptor').length > 0;
    return parseError(sp ? /*i18n*/ { id: 'metadata.serviceProvider', message: 'This is service-provider metadata (SPSSODescriptor), not IdP metadata.' } : /*i18n*/ { id: 'metadata.noIdpDescriptor', message: 'The EntityDescriptor has no IDPSSODescriptor.' });
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
        warnings.push(/*i18n*/ { id: 'metadata.certificateNotBase64', message: 'A signing X509Certificate is not valid base64 and was skipped.' });
        continue;
      }
      if (signingCertificatesB64.includes(b64)) continue;
      signingCertificatesB64.push(b64);
      signingCertificates.push(der.value.bytes);
    }
  }
  if (signingCertificates.length === 0) warnings.push(/*i18n*/ { id: 'metadata.noSigningCertificate', message: 'The IDPSSODescriptor has no signing certificate; no signature can be verified against this metadata.' });
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
