/** What a SAML 2.0 Response says, as read by parseSamlResponse (no signature checking here). */
import type { Message } from '../../kernel/message';

export interface SamlNameId {
  value: string;
  format: string | null;
  nameQualifier: string | null;
  spNameQualifier: string | null;
}

export interface SamlSubjectConfirmation {
  method: string | null;
  recipient: string | null;
  notOnOrAfter: string | null;
  notBefore: string | null;
  inResponseTo: string | null;
}

export interface SamlConditions {
  notBefore: string | null;
  notOnOrAfter: string | null;
  /** Every Audience of every AudienceRestriction, in document order. */
  audiences: string[];
}

export interface SamlAuthnStatement {
  authnInstant: string | null;
  sessionIndex: string | null;
  sessionNotOnOrAfter: string | null;
  authnContextClassRef: string | null;
}

export interface SamlAttribute {
  name: string;
  friendlyName: string | null;
  nameFormat: string | null;
  values: string[];
}

export interface SamlAssertionInfo {
  id: string | null;
  issueInstant: string | null;
  version: string | null;
  issuer: string | null;
  /** Where the assertion sits, e.g. `/samlp:Response/saml:Assertion`. */
  path: string;
  /** True when it is a direct child of the root Response (or is the root). Anywhere else is suspicious. */
  inExpectedPlace: boolean;
  /** A ds:Signature is a direct child of this assertion. */
  signed: boolean;
  nameId: SamlNameId | null;
  subjectConfirmations: SamlSubjectConfirmation[];
  conditions: SamlConditions | null;
  authnStatements: SamlAuthnStatement[];
  /** Attributes of every AttributeStatement, in document order. */
  attributes: SamlAttribute[];
}

export interface SamlStatus {
  /** Top-level StatusCode Value, e.g. `urn:oasis:names:tc:SAML:2.0:status:Success`. */
  code: string | null;
  /** Nested StatusCode values (second level and below). */
  subCodes: string[];
  message: string | null;
}

export interface SamlSignatureLocation {
  /** Where the ds:Signature element is. */
  path: string;
  /** What its parent is: the Response, an Assertion, or something else. */
  on: 'response' | 'assertion' | 'other';
  parentPath: string;
  referenceUri: string | null;
}

export interface SamlResponseInfo {
  /** Qualified name of the root element, e.g. `samlp:Response`. */
  rootElement: string;
  /** 'response' for a samlp:Response; 'assertion' when only a bare Assertion was given. */
  kind: 'response' | 'assertion';
  id: string | null;
  version: string | null;
  issueInstant: string | null;
  destination: string | null;
  inResponseTo: string | null;
  issuer: string | null;
  status: SamlStatus | null;
  /** The Response itself carries a ds:Signature (direct child). */
  responseSigned: boolean;
  assertions: SamlAssertionInfo[];
  encryptedAssertionCount: number;
  signatures: SamlSignatureLocation[];
  /** Distinct base64 DER certificates from every ds:X509Certificate, whitespace removed. */
  certificates: string[];
  /** Structural oddities worth showing (wrapping suspicion, duplicate IDs, missing parts). */
  warnings: Message[];
  /** UTF-8 size of the XML; the base64 SAMLAssertion is about 4/3 of this. */
  xmlByteLength: number;
}
