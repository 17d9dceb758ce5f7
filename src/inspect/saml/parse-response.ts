/**
 * Reading a SAML 2.0 Response (or a bare Assertion) into plain data, namespace-aware and with any
 * prefixes. Nothing is verified here: signatures are xml-signature.ts, STS rules sts-checks.ts.
 */
import { quotedEnglish, type Message } from '../../kernel/message';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import type {
  SamlAssertionInfo,
  SamlAttribute,
  SamlResponseInfo,
  SamlSignatureLocation,
  SamlStatus,
} from './types';
import { NS, allElements, attr, childElements, descendants, elementPath, firstChild, idOf, is, parseXml, textOf, type XmlDocument, type XmlElement } from './xml';

export type * from './types';
export { extractAwsRolePairs, awsSamlAttributes } from './aws-attributes';
export { primaryAssertion } from './primary-assertion';
export type { AwsRolePair, AwsRolePairs, InvalidRoleValue, AwsSamlAttributes } from './aws-attributes';

function describeWrongRoot(root: XmlElement): Message {
  const name = `<${root.tagName}>`;
  const local = root.localName;
  if (local === 'AuthnRequest') return /*i18n*/ { id: 'samlParse.authnRequest', message: 'This is {name}, a SAML AuthnRequest (what the service provider sends to the IdP), not the IdP’s Response.', values: { name }, verbatim: ['name'] };
  if (local === 'EntityDescriptor' || local === 'EntitiesDescriptor') return /*i18n*/ { id: 'samlParse.metadata', message: 'This is {name}, SAML metadata, not a Response. Use it as the IdP metadata instead.', values: { name }, verbatim: ['name'] };
  if (local === 'LogoutRequest' || local === 'LogoutResponse') return /*i18n*/ { id: 'samlParse.logout', message: 'This is {name}, a SAML logout message, not an authentication Response.', values: { name }, verbatim: ['name'] };
  if (local === 'Response' && root.namespaceURI === 'urn:oasis:names:tc:SAML:1.0:protocol') return /*i18n*/ { id: 'samlParse.saml11', message: 'This is a SAML 1.1 {name}; AWS accepts only SAML 2.0 responses.', values: { name }, verbatim: ['name'] };
  if (local === 'Response' || local === 'Assertion') return /*i18n*/ { id: 'samlParse.wrongNamespace', message: 'The root element {name} is in namespace "{namespace}", not the SAML 2.0 {which, select, protocol {protocol} other {assertion}} namespace.', values: { name, namespace: root.namespaceURI ?? '(none)', which: local === 'Response' ? 'protocol' : 'assertion' }, verbatim: ['name', 'namespace'] };
  return /*i18n*/ { id: 'samlParse.wrongRoot', message: 'The root element is {name}; a SAML response has <samlp:Response> (namespace {namespace}) at its root.', values: { name, namespace: NS.samlp }, verbatim: ['name', 'namespace'] };
}

function readStatus(response: XmlElement): SamlStatus | null {
  const status = firstChild(response, NS.samlp, 'Status');
  if (!status) return null;
  let code = firstChild(status, NS.samlp, 'StatusCode');
  const top = attr(code, 'Value');
  const subCodes: string[] = [];
  while (code) {
    code = firstChild(code, NS.samlp, 'StatusCode');
    const v = attr(code, 'Value');
    if (v) subCodes.push(v);
  }
  return { code: top, subCodes, message: textOf(firstChild(status, NS.samlp, 'StatusMessage')) };
}

function readAttributes(assertion: XmlElement, warnings: Message[]): SamlAttribute[] {
  const out: SamlAttribute[] = [];
  for (const statement of childElements(assertion, NS.saml, 'AttributeStatement')) {
    if (childElements(statement, NS.saml, 'EncryptedAttribute').length > 0) warnings.push(/*i18n*/ { id: 'samlParse.encryptedAttribute', message: 'Some attributes are encrypted (EncryptedAttribute); they cannot be read here.' });
    for (const a of childElements(statement, NS.saml, 'Attribute')) {
      out.push({
        name: attr(a, 'Name') ?? '',
        friendlyName: attr(a, 'FriendlyName'),
        nameFormat: attr(a, 'NameFormat'),
        values: childElements(a, NS.saml, 'AttributeValue').map((v) => textOf(v) ?? ''),
      });
    }
  }
  return out;
}

function readAssertion(el: XmlElement, root: XmlElement, warnings: Message[]): SamlAssertionInfo {
  const subject = firstChild(el, NS.saml, 'Subject');
  const nameIdEl = subject ? firstChild(subject, NS.saml, 'NameID') : null;
  if (subject && !nameIdEl && firstChild(subject, NS.saml, 'EncryptedID')) warnings.push(/*i18n*/ { id: 'samlParse.encryptedId', message: 'The Subject has an EncryptedID instead of a NameID; it cannot be read here.' });
  const conditions = firstChild(el, NS.saml, 'Conditions');
  const inExpectedPlace = el === root || el.parentNode === root;
  return {
    id: attr(el, 'ID'),
    issueInstant: attr(el, 'IssueInstant'),
    version: attr(el, 'Version'),
    issuer: textOf(firstChild(el, NS.saml, 'Issuer')),
    path: elementPath(el),
    inExpectedPlace,
    signed: childElements(el, NS.ds, 'Signature').length > 0,
    nameId: nameIdEl
      ? {
          value: textOf(nameIdEl) ?? '',
          format: attr(nameIdEl, 'Format'),
          nameQualifier: attr(nameIdEl, 'NameQualifier'),
          spNameQualifier: attr(nameIdEl, 'SPNameQualifier'),
        }
      : null,
    subjectConfirmations: subject
      ? childElements(subject, NS.saml, 'SubjectConfirmation').map((sc) => {
          const data = firstChild(sc, NS.saml, 'SubjectConfirmationData');
          return {
            method: attr(sc, 'Method'),
            recipient: attr(data, 'Recipient'),
            notOnOrAfter: attr(data, 'NotOnOrAfter'),
            notBefore: attr(data, 'NotBefore'),
            inResponseTo: attr(data, 'InResponseTo'),
          };
        })
      : [],
    conditions: conditions
      ? {
          notBefore: attr(conditions, 'NotBefore'),
          notOnOrAfter: attr(conditions, 'NotOnOrAfter'),
          audiences: childElements(conditions, NS.saml, 'AudienceRestriction').flatMap((ar) =>
            childElements(ar, NS.saml, 'Audience').map((a) => textOf(a) ?? ''),
          ),
        }
      : null,
    authnStatements: childElements(el, NS.saml, 'AuthnStatement').map((s) => {
      const ctx = firstChild(s, NS.saml, 'AuthnContext');
      return {
        authnInstant: attr(s, 'AuthnInstant'),
        sessionIndex: attr(s, 'SessionIndex'),
        sessionNotOnOrAfter: attr(s, 'SessionNotOnOrAfter'),
        authnContextClassRef: ctx ? textOf(firstChild(ctx, NS.saml, 'AuthnContextClassRef')) : null,
      };
    }),
    attributes: readAttributes(el, warnings),
  };
}

function readSignatures(doc: XmlDocument, root: XmlElement): SamlSignatureLocation[] {
  return descendants(doc, NS.ds, 'Signature').map((sig) => {
    const parent = sig.parentNode as XmlElement | null;
    const on = parent && parent === root && is(parent, NS.samlp, 'Response') ? 'response' : parent && is(parent, NS.saml, 'Assertion') ? 'assertion' : 'other';
    const signedInfo = firstChild(sig, NS.ds, 'SignedInfo');
    const reference = signedInfo ? firstChild(signedInfo, NS.ds, 'Reference') : null;
    return { path: elementPath(sig), on, parentPath: parent ? elementPath(parent) : '/', referenceUri: attr(reference, 'URI') };
  });
}

function duplicateIdWarnings(doc: XmlDocument): Message[] {
  const seen = new Map<string, number>();
  for (const el of allElements(doc)) {
    const id = idOf(el);
    if (id !== null) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([id, n]) => /*i18n*/ ({ id: 'samlParse.duplicateId', message: 'The ID “{id}” appears on {count} elements; IDs must be unique (duplicates are a signature-wrapping pattern).', values: { id, count: n }, verbatim: ['id'] }));
}

export function parseSamlResponse(xml: string): ParseResult<SamlResponseInfo, Message> {
  if (typeof xml !== 'string') return parseError(/*i18n*/ { id: 'samlParse.notText', message: 'The input must be XML text.' });
  const parsedDoc = parseXml(xml.trim());
  if (!parsedDoc.ok) return parseError(quotedEnglish(parsedDoc.error));
  const doc = parsedDoc.value;
  const root = doc.documentElement;
  if (!root) return parseError(/*i18n*/ { id: 'samlParse.noRoot', message: 'The XML has no root element.' });
  let kind: SamlResponseInfo['kind'];
  if (is(root, NS.samlp, 'Response')) kind = 'response';
  else if (is(root, NS.saml, 'Assertion')) kind = 'assertion';
  else return parseError(describeWrongRoot(root));

  const warnings: Message[] = [];
  if (kind === 'assertion') warnings.push(/*i18n*/ { id: 'samlParse.bareAssertion', message: 'This is a bare Assertion. AssumeRoleWithSAML takes the whole samlp:Response that contains it.' });
  const assertions = descendants(doc, NS.saml, 'Assertion').map((el) => readAssertion(el, root, warnings));
  for (const a of assertions) {
    if (!a.inExpectedPlace) warnings.push(/*i18n*/ { id: 'samlParse.misplacedAssertion', message: 'An Assertion sits at {path}, not directly under the Response. Relying parties ignore it; an extra assertion hidden like this is a signature-wrapping pattern.', values: { path: a.path }, verbatim: ['path'] });
  }
  const placed = assertions.filter((a) => a.inExpectedPlace);
  const encryptedAssertionCount = descendants(doc, NS.saml, 'EncryptedAssertion').length;
  if (placed.length > 1) warnings.push(/*i18n*/ { id: 'samlParse.manyAssertions', message: 'The Response holds {count} assertions; AWS expects exactly one.', values: { count: placed.length } });
  if (placed.length === 0 && encryptedAssertionCount === 0) warnings.push(/*i18n*/ { id: 'samlParse.noAssertion', message: 'The Response contains no Assertion.' });
  if (encryptedAssertionCount > 0) warnings.push(/*i18n*/ { id: 'samlParse.encryptedAssertion', message: '{count, plural, one {The Response contains # EncryptedAssertion element} other {The Response contains # EncryptedAssertion elements}}; reading them needs the service provider’s private key.', values: { count: encryptedAssertionCount } });
  warnings.push(...duplicateIdWarnings(doc));

  const certificates = [...new Set(descendants(doc, NS.ds, 'X509Certificate').map((c) => (c.textContent ?? '').replace(/\s+/g, '')).filter((c) => c !== ''))];
  const isResponse = kind === 'response';
  return parsed({
    rootElement: root.tagName,
    kind,
    id: isResponse ? attr(root, 'ID') : null,
    version: isResponse ? attr(root, 'Version') : null,
    issueInstant: isResponse ? attr(root, 'IssueInstant') : null,
    destination: isResponse ? attr(root, 'Destination') : null,
    inResponseTo: isResponse ? attr(root, 'InResponseTo') : null,
    issuer: isResponse ? textOf(firstChild(root, NS.saml, 'Issuer')) : null,
    status: isResponse ? readStatus(root) : null,
    responseSigned: isResponse && childElements(root, NS.ds, 'Signature').length > 0,
    assertions,
    encryptedAssertionCount,
    signatures: readSignatures(doc, root),
    certificates,
    warnings,
    xmlByteLength: new TextEncoder().encode(xml.trim()).length,
  });
}
