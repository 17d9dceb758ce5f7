import { inEnglish } from '../../i18n/test-support/translate';
import { beforeAll, describe, expect, it } from 'vitest';
import { awsSamlAttributes, extractAwsRolePairs, parseSamlResponse, primaryAssertion, type SamlResponseInfo } from './parse-response';
import { createTestSigner, vendorFixture, vendorResponseXml, VENDORS, type TestSigner, type Vendor } from './test-support/saml-fixtures';
import { XMLSEC1_SIGNED_RESPONSE } from './test-support/xmlsec1-signed';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const DEV = { roleArn: 'arn:aws:iam::123456789012:role/Dev', principalArn: 'arn:aws:iam::123456789012:saml-provider/Corp' };
const OPS = { roleArn: 'arn:aws:iam::123456789012:role/team/Ops', principalArn: 'arn:aws:iam::123456789012:saml-provider/Corp' };

function parse(xml: string): SamlResponseInfo {
  const r = parseSamlResponse(xml);
  if (!r.ok) throw new Error(inEnglish(r.error));
  return r.value;
}

let signer: TestSigner;
beforeAll(async () => {
  signer = await createTestSigner();
});

describe('parseSamlResponse reads every IdP shape the same way', () => {
  for (const vendor of Object.keys(VENDORS) as Vendor[]) {
    it(vendor, async () => {
      const info = parse(await vendorFixture(vendor, signer, { nowMs: NOW, roles: [DEV, OPS] }));
      const v = VENDORS[vendor];
      expect(info.kind).toBe('response');
      expect(info.id).toBe(`_resp${vendor}1`);
      expect(info.destination).toBe('https://signin.aws.amazon.com/saml');
      expect(info.issuer).toBe(v.issuer);
      expect(info.status).toEqual({ code: 'urn:oasis:names:tc:SAML:2.0:status:Success', subCodes: [], message: null });
      expect(info.responseSigned).toBe(v.sign === 'response' || v.sign === 'both');
      expect(info.assertions).toHaveLength(1);
      const a = primaryAssertion(info);
      expect(a?.id).toBe(`_assert${vendor}1`);
      expect(a?.issuer).toBe(v.issuer);
      expect(a?.signed).toBe(v.sign === 'assertion' || v.sign === 'both');
      expect(a?.nameId).toMatchObject({ value: 'alice@example.com', format: v.nameIdFormat });
      expect(a?.subjectConfirmations).toEqual([
        { method: 'urn:oasis:names:tc:SAML:2.0:cm:bearer', recipient: 'https://signin.aws.amazon.com/saml', notOnOrAfter: new Date(NOW + 300_000).toISOString(), notBefore: null, inResponseTo: null },
      ]);
      expect(a?.conditions?.notOnOrAfter).toBe(new Date(NOW + 300_000).toISOString());
      expect(a?.conditions?.audiences).toHaveLength(1);
      expect(a?.authnStatements[0]).toMatchObject({ sessionIndex: '_sess1', authnContextClassRef: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport' });
      expect(info.certificates).toEqual([signer.certificateB64]);
      expect(info.signatures.length).toBe(v.sign === 'both' ? 2 : 1);
      expect(info.warnings).toEqual([]);

      const roles = extractAwsRolePairs(info);
      expect(roles.invalid).toEqual([]);
      expect(roles.pairs.map((p) => [p.roleArn, p.principalArn, p.order])).toEqual([
        [DEV.roleArn, DEV.principalArn, v.roleOrder],
        [OPS.roleArn, OPS.principalArn, v.roleOrder],
      ]);
    });
  }

  it('reads NameQualifier and SPNameQualifier (Shibboleth)', () => {
    const a = primaryAssertion(parse(vendorResponseXml('shibboleth', { nowMs: NOW, roles: [DEV] })));
    expect(a?.nameId).toEqual({ value: 'alice@example.com', format: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient', nameQualifier: 'https://idp.example.edu/idp/shibboleth', spNameQualifier: 'urn:amazon:webservices' });
  });

  it('reads the whole NameID text even when a comment splits it (no truncation at the comment)', () => {
    expect(primaryAssertion(parse(XMLSEC1_SIGNED_RESPONSE))?.nameId?.value).toBe('alice@example.com.evil.example');
  });

  it('reads a failed Status with nested codes and message', () => {
    const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_x"><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/></samlp:StatusCode><samlp:StatusMessage>MFA required</samlp:StatusMessage></samlp:Status></samlp:Response>`;
    const info = parse(xml);
    expect(info.status).toEqual({ code: 'urn:oasis:names:tc:SAML:2.0:status:Responder', subCodes: ['urn:oasis:names:tc:SAML:2.0:status:AuthnFailed'], message: 'MFA required' });
    expect(info.warnings.map(inEnglish)).toContain('The Response contains no Assertion.');
  });
});

describe('parseSamlResponse: suspicious or unusual structure', () => {
  it('flags an assertion hidden below another element (wrapping pattern)', () => {
    const xml = vendorResponseXml('okta', { nowMs: NOW, roles: [DEV] }).replace('<saml2p:Status>', '<saml2p:Extensions><saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_hidden"/></saml2p:Extensions><saml2p:Status>');
    const info = parse(xml);
    expect(info.assertions.map((a) => [a.id, a.inExpectedPlace])).toEqual([['_hidden', false], ['_assertokta1', true]]);
    expect(primaryAssertion(info)?.id).toBe('_assertokta1');
    expect(info.warnings.map(inEnglish).some((w) => w.includes('/saml2p:Response/saml2p:Extensions/saml2:Assertion') && w.includes('signature-wrapping'))).toBe(true);
  });

  it('flags duplicate IDs and EncryptedAssertion', () => {
    const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a"><samlp:Status ID="_a"/><saml:EncryptedAssertion><xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#"/></saml:EncryptedAssertion></samlp:Response>`;
    const info = parse(xml);
    expect(info.encryptedAssertionCount).toBe(1);
    expect(info.warnings.map(inEnglish).join('\n')).toMatch(/EncryptedAssertion/);
    expect(info.warnings.map(inEnglish).join('\n')).toMatch(/The ID “_a” appears on 2 elements/);
  });

  it('accepts a bare Assertion but says STS needs the Response', () => {
    const assertion = /<saml2:Assertion[\s\S]*<\/saml2:Assertion>/.exec(vendorResponseXml('google', { nowMs: NOW, roles: [DEV] }))?.[0] ?? '';
    const info = parse(assertion);
    expect(info.kind).toBe('assertion');
    expect(primaryAssertion(info)?.nameId?.value).toBe('alice@example.com');
    expect(inEnglish(info.warnings[0] ?? '')).toMatch(/bare Assertion/);
  });

  it('explains wrong roots', () => {
    const fail = (xml: string) => {
      const r = parseSamlResponse(xml);
      return r.ok ? '' : inEnglish(r.error);
    };
    expect(fail('<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>')).toMatch(/AuthnRequest \(what the service provider sends/);
    expect(fail('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"/>')).toMatch(/SAML metadata, not a Response/);
    expect(fail('<Response/>')).toMatch(/not the SAML 2.0 protocol namespace/);
    expect(fail('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:1.0:protocol"/>')).toMatch(/SAML 1\.1/);
    expect(fail('<html><body/></html>')).toMatch(/root element is <html>/);
    expect(fail('{"not":"xml"}')).toMatch(/not well-formed/);
  });
});

describe('AWS attributes', () => {
  const withAttrs = (attributes: Record<string, string[]>, roles = [DEV]) => parse(vendorResponseXml('keycloak', { nowMs: NOW, roles, attributes }));

  it('reports invalid Role values with a reason, keeping the valid ones', () => {
    const info = withAttrs({
      'https://aws.amazon.com/SAML/Attributes/Role': [
        `${DEV.roleArn},${DEV.principalArn}`,
        ` ${OPS.principalArn} , ${OPS.roleArn} `,
        DEV.roleArn,
        `${DEV.roleArn},${OPS.roleArn}`,
        `${DEV.roleArn},arn:aws:iam::123456789012:user/bob`,
      ],
    });
    const roles = extractAwsRolePairs(info);
    expect(roles.pairs.map((p) => p.order)).toEqual(['role-first', 'provider-first']);
    expect(roles.pairs[1]).toMatchObject({ roleArn: OPS.roleArn, principalArn: OPS.principalArn });
    expect(roles.invalid.map((i) => inEnglish(i.reason))).toEqual([
      'expected two ARNs separated by one comma (role and saml-provider), found 1 value',
      'both values are role ARNs',
      '"arn:aws:iam::123456789012:user/bob" is neither an IAM role ARN nor a saml-provider ARN',
    ]);
  });

  it('reads RoleSessionName, SessionDuration, SourceIdentity, tags and transitive keys', () => {
    const info = withAttrs({
      'https://aws.amazon.com/SAML/Attributes/SessionDuration': ['1800'],
      'https://aws.amazon.com/SAML/Attributes/SourceIdentity': ['alice'],
      'https://aws.amazon.com/SAML/Attributes/PrincipalTag:Project': ['Marketing'],
      'https://aws.amazon.com/SAML/Attributes/PrincipalTag:CostCenter': ['12345'],
      'https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys': ['Project', 'CostCenter'],
      'https://aws.amazon.com/SAML/Attributes/rolesessionname': ['ignored'],
    });
    expect(awsSamlAttributes(info)).toEqual({
      roleSessionName: 'alice@example.com',
      sessionDuration: '1800',
      sourceIdentity: 'alice',
      principalTags: { Project: 'Marketing', CostCenter: '12345' },
      transitiveTagKeys: ['Project', 'CostCenter'],
      issues: ['Attribute "https://aws.amazon.com/SAML/Attributes/rolesessionname" is not one STS knows (names are case-sensitive); it is ignored.'],
    });
  });

  it('notes several values where one is expected', () => {
    const info = withAttrs({ 'https://aws.amazon.com/SAML/Attributes/PrincipalTag:Team': ['a', 'b'], 'https://aws.amazon.com/SAML/Attributes/SessionDuration': ['900', '1200'] });
    const attrs = awsSamlAttributes(info);
    expect(attrs.principalTags).toEqual({ Team: 'a' });
    expect(attrs.sessionDuration).toBe('900');
    expect(attrs.issues).toEqual(['PrincipalTag:Team has 2 values; a session tag takes exactly one.', 'SessionDuration has 2 values; only the first is used.']);
  });

  it('a missing RoleSessionName reads as null', () => {
    expect(awsSamlAttributes(parse(vendorResponseXml('okta', { nowMs: NOW, roles: [DEV], sessionName: null }))).roleSessionName).toBeNull();
  });
});
