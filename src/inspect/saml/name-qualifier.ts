/**
 * NameQualifier and the `saml:*` trust-policy condition keys (reference §3.5, §9; IAM User Guide
 * "Mapping SAML attributes to AWS trust policy context keys").
 */
import { toBase64, utf8 } from '../../kernel/encoding';
import { primaryAssertion } from './primary-assertion';
import { BEARER_METHOD, subjectTypeOf } from './rules';
import type { SamlAssertionInfo, SamlResponseInfo } from './types';

/** Base64(SHA1(issuer + accountId + "/" + providerName)). */
export async function computeNameQualifier(issuer: string, accountId: string, providerName: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-1', utf8(`${issuer}${accountId}/${providerName}`) as Uint8Array<ArrayBuffer>);
  return toBase64(new Uint8Array(digest));
}

const EDU = 'urn:oid:1.3.6.1.4.1.5923.1.';

/** Attribute Name → condition key. The X.500 rows accept the `urn:oid:` form and the bare OID. */
const ATTRIBUTE_KEYS: ReadonlyArray<readonly [string, string]> = [
  [`${EDU}1.1.1`, 'saml:edupersonaffiliation'],
  [`${EDU}1.1.2`, 'saml:edupersonnickname'],
  [`${EDU}1.1.3`, 'saml:edupersonorgdn'],
  [`${EDU}1.1.4`, 'saml:edupersonorgunitdn'],
  [`${EDU}1.1.5`, 'saml:edupersonprimaryaffiliation'],
  [`${EDU}1.1.6`, 'saml:edupersonprincipalname'],
  [`${EDU}1.1.7`, 'saml:edupersonentitlement'],
  [`${EDU}1.1.8`, 'saml:edupersonprimaryorgunitdn'],
  [`${EDU}1.1.9`, 'saml:edupersonscopedaffiliation'],
  [`${EDU}1.1.10`, 'saml:edupersontargetedid'],
  [`${EDU}1.1.11`, 'saml:edupersonassurance'],
  [`${EDU}2.1.2`, 'saml:eduorghomepageuri'],
  [`${EDU}2.1.3`, 'saml:eduorgidentityauthnpolicyuri'],
  [`${EDU}2.1.4`, 'saml:eduorglegalname'],
  [`${EDU}2.1.5`, 'saml:eduorgsuperioruri'],
  [`${EDU}2.1.6`, 'saml:eduorgwhitepagesuri'],
  ['urn:oid:2.5.4.3', 'saml:cn'],
  ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name', 'saml:name'],
  ['http://schemas.xmlsoap.org/claims/CommonName', 'saml:commonname'],
  ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname', 'saml:givenname'],
  ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname', 'saml:surname'],
  ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'saml:mail'],
  ['http://schemas.microsoft.com/ws/2008/06/identity/claims/primarygroupsid', 'saml:uid'],
  ['2.5.4.3', 'saml:commonname'],
  ['2.5.4.4', 'saml:surname'],
  ['urn:oid:2.5.4.4', 'saml:surname'],
  ['2.5.4.42', 'saml:givenname'],
  ['urn:oid:2.5.4.42', 'saml:givenname'],
  ['2.5.4.45', 'saml:x500uniqueidentifier'],
  ['urn:oid:2.5.4.45', 'saml:x500uniqueidentifier'],
  ['0.9.2342.19200300.100.1.1', 'saml:uid'],
  ['urn:oid:0.9.2342.19200300.100.1.1', 'saml:uid'],
  ['0.9.2342.19200300.100.1.3', 'saml:mail'],
  ['urn:oid:0.9.2342.19200300.100.1.3', 'saml:mail'],
  ['0.9.2342.19200300.100.1.45', 'saml:organizationstatus'],
  ['urn:oid:0.9.2342.19200300.100.1.45', 'saml:organizationstatus'],
];

const KEY_BY_ATTRIBUTE = new Map(ATTRIBUTE_KEYS);

/** The bearer SubjectConfirmation's Recipient (saml:aud and the Audience output come from it). */
export function recipientOf(assertion: SamlAssertionInfo | null): string | null {
  if (!assertion) return null;
  const bearer = assertion.subjectConfirmations.find((c) => c.method === BEARER_METHOD) ?? assertion.subjectConfirmations[0];
  return bearer?.recipient ?? null;
}

/** The Issuer STS reports: the assertion's, else the Response's. */
export function issuerOf(info: SamlResponseInfo): string | null {
  return primaryAssertion(info)?.issuer ?? info.issuer ?? null;
}

/**
 * The `saml:*` keys a trust policy sees for this response, every value as a list. Keys are
 * lower-case (condition key names are case-insensitive). Mapped attributes: "only one claim per
 * key" per the IAM guide, so the first attribute that maps to a key wins.
 */
export async function samlConditionKeys(info: SamlResponseInfo, accountId: string, providerName: string): Promise<Record<string, string[]>> {
  const assertion = primaryAssertion(info);
  const keys: Record<string, string[]> = {};
  const recipient = recipientOf(assertion);
  if (recipient !== null) keys['saml:aud'] = [recipient];
  if (assertion?.nameId) {
    keys['saml:sub'] = [assertion.nameId.value];
    keys['saml:sub_type'] = [subjectTypeOf(assertion.nameId.format)];
  }
  const issuer = issuerOf(info);
  if (issuer !== null) {
    keys['saml:iss'] = [issuer];
    keys['saml:namequalifier'] = [await computeNameQualifier(issuer, accountId, providerName)];
  }
  keys['saml:doc'] = [`${accountId}/${providerName}`];
  for (const attribute of assertion?.attributes ?? []) {
    const key = KEY_BY_ATTRIBUTE.get(attribute.name);
    if (key && !(key in keys)) keys[key] = [...attribute.values];
  }
  return keys;
}
