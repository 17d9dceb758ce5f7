import { inEnglish } from '../../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { computeNameQualifier, samlConditionKeys } from './name-qualifier';
import { parseSamlResponse } from './parse-response';
import { vendorResponseXml } from './test-support/saml-fixtures';

const DEV = { roleArn: 'arn:aws:iam::123456789012:role/Dev', principalArn: 'arn:aws:iam::123456789012:saml-provider/Corp' };

describe('computeNameQualifier', () => {
  it('matches the worked example of the AWS docs', async () => {
    expect(await computeNameQualifier('https://idp.example.com/saml', '123456789012', 'MyIdP')).toBe('DDa+0CnEUxG1H2BB9DcVbYqqBms=');
  });

  it('depends on every part (issuer, account, provider name)', async () => {
    const base = await computeNameQualifier('https://idp.example.com/saml', '123456789012', 'MyIdP');
    expect(await computeNameQualifier('https://idp.example.com/saml', '123456789013', 'MyIdP')).not.toBe(base);
    expect(await computeNameQualifier('https://idp.example.com/saml/', '123456789012', 'MyIdP')).not.toBe(base);
    expect(await computeNameQualifier('https://idp.example.com/saml', '123456789012', 'myidp')).not.toBe(base);
  });
});

describe('samlConditionKeys', () => {
  it('gives the saml:* keys a trust policy sees, with mapped attributes as lists', async () => {
    const xml = vendorResponseXml('shibboleth', {
      nowMs: Date.UTC(2025, 0, 1),
      roles: [DEV],
      recipient: 'https://us-east-1.signin.aws.amazon.com/saml',
      attributes: {
        'urn:oid:1.3.6.1.4.1.5923.1.1.1.1': ['member', 'staff'],
        'urn:oid:1.3.6.1.4.1.5923.1.1.1.6': ['alice@example.edu'],
        'urn:oid:0.9.2342.19200300.100.1.3': ['alice@example.edu'],
        'urn:oid:0.9.2342.19200300.100.1.1': ['alice'],
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': ['second-mail-claim@example.edu'],
        'urn:oid:2.5.4.3': ['Alice Example'],
        'https://example.edu/not-mapped': ['x'],
      },
    });
    const info = parseSamlResponse(xml);
    if (!info.ok) throw new Error(inEnglish(info.error));
    const keys = await samlConditionKeys(info.value, '123456789012', 'Corp');
    expect(keys).toEqual({
      'saml:aud': ['https://us-east-1.signin.aws.amazon.com/saml'],
      'saml:sub': ['alice@example.com'],
      'saml:sub_type': ['transient'],
      'saml:iss': ['https://idp.example.edu/idp/shibboleth'],
      'saml:namequalifier': [await computeNameQualifier('https://idp.example.edu/idp/shibboleth', '123456789012', 'Corp')],
      'saml:doc': ['123456789012/Corp'],
      'saml:edupersonaffiliation': ['member', 'staff'],
      'saml:edupersonprincipalname': ['alice@example.edu'],
      'saml:mail': ['alice@example.edu'],
      'saml:uid': ['alice'],
      'saml:cn': ['Alice Example'],
    });
  });

  it('keeps a non-SAML-2.0 NameID format unchanged in saml:sub_type', async () => {
    const info = parseSamlResponse(vendorResponseXml('okta', { nowMs: 0, roles: [DEV] }));
    if (!info.ok) throw new Error(inEnglish(info.error));
    const keys = await samlConditionKeys(info.value, '123456789012', 'Okta');
    expect(keys['saml:sub_type']).toEqual(['urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress']);
  });
});
