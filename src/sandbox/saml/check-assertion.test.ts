import { AssumeRoleWithSAMLCommand } from '@aws-sdk/client-sts';
import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64, utf8 } from '../../kernel/encoding';
import { certificateFromBase64 } from '../../inspect/saml/certificate';
import { computeNameQualifier } from '../../inspect/saml/name-qualifier';
import { createTestSigner, signFixture, toSamlAssertion, vendorFixture, VENDORS, type TestSigner, type Vendor } from '../../inspect/saml/test-support/saml-fixtures';
import { XMLSEC1_SIGNED_RESPONSE, XMLSEC1_SIGNER_CERT_PEM } from '../../inspect/saml/test-support/xmlsec1-signed';
import { deepXml } from '../../inspect/test-support/fuzz';
import { MAX_NESTING_DEPTH } from '../../policy/nesting';
import { isStsError, type StsError } from '../core/errors';
import { BUILT_IN_SAML_ENTITY_ID, mintSamlResponse, type MintSamlOptions } from '../idp/saml-idp';
import { generateSamlIdpKeyMaterial, importSamlIdpKeys, type SamlIdpKeys } from '../idp/saml-idp-keys';
import { clientFor, failure, startTestSandbox } from '../test-support/sandbox-client';
import { checkSamlAssertionForSts, type SamlAssertionCheckInput } from './check-assertion';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

const NOW = Date.UTC(2025, 2, 1, 9, 30, 0);
const ACCOUNT = '111122223333';
const PROVIDER = `arn:aws:iam::${ACCOUNT}:saml-provider/SandboxIdP`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/SamlDeveloper`;

let keys: SamlIdpKeys;
let stranger: TestSigner;
beforeAll(async () => {
  [keys, stranger] = await Promise.all([generateSamlIdpKeyMaterial(NOW, randomBytes).then(importSamlIdpKeys), createTestSigner('Stranger')]);
});

const provider = () => ({ accountId: ACCOUNT, name: 'SandboxIdP', certificatesDer: [keys.certificateDer], entityId: BUILT_IN_SAML_ENTITY_ID });
const mint = async (o: Partial<MintSamlOptions> = {}) => mintSamlResponse(keys, { roles: [{ roleArn: ROLE, principalArn: PROVIDER }], subject: 'alice@example.com', sign: 'response', ...o }, NOW, randomBytes);
const check = (samlAssertion: string, o: Partial<SamlAssertionCheckInput> = {}) => checkSamlAssertionForSts({ samlAssertion, roleArn: ROLE, principalArn: PROVIDER, provider: provider(), nowMs: NOW + 1000, ...o });

async function rejection(p: Promise<unknown>): Promise<StsError> {
  try {
    await p;
  } catch (e) {
    if (isStsError(e)) return e;
    throw e;
  }
  throw new Error('expected an StsError');
}

describe('checkSamlAssertionForSts: accepted', () => {
  it('returns the session facts of a built-in IdP response', async () => {
    const { base64 } = await mint({ principalTags: { Team: 'Blue', Project: 'X' }, transitiveTagKeys: ['Team'], sourceIdentity: 'alice', sessionDurationSeconds: 1800, sessionNotOnOrAfterSeconds: 7200 });
    const facts = await check(base64);
    const nameQualifier = await computeNameQualifier(BUILT_IN_SAML_ENTITY_ID, ACCOUNT, 'SandboxIdP');
    expect(facts).toEqual({
      issuer: BUILT_IN_SAML_ENTITY_ID,
      subject: 'alice@example.com',
      subjectType: 'persistent',
      audience: 'https://signin.aws.amazon.com/saml',
      nameQualifier,
      sessionName: 'alice@example.com',
      sessionDurationSeconds: 1800,
      sessionNotOnOrAfterMs: NOW + 7200_000,
      principalTags: [{ Key: 'Team', Value: 'Blue' }, { Key: 'Project', Value: 'X' }],
      transitiveTagKeys: ['Team'],
      sourceIdentity: 'alice',
      conditionKeys: {
        'saml:aud': ['https://signin.aws.amazon.com/saml'],
        'saml:sub': ['alice@example.com'],
        'saml:sub_type': ['persistent'],
        'saml:iss': [BUILT_IN_SAML_ENTITY_ID],
        'saml:namequalifier': [nameQualifier],
        'saml:doc': [`${ACCOUNT}/SandboxIdP`],
      },
    });
  });

  it('accepts every signing mode and either role order, choosing the requested pair among several', async () => {
    for (const sign of ['response', 'assertion', 'both'] as const) {
      for (const roleOrder of ['role-first', 'provider-first'] as const) {
        const { base64 } = await mint({ sign, roleOrder, roles: [{ roleArn: `arn:aws:iam::${ACCOUNT}:role/Other`, principalArn: PROVIDER }, { roleArn: ROLE, principalArn: PROVIDER }] });
        expect((await check(base64)).sessionName).toBe('alice@example.com');
      }
    }
  });

  it('accepts base64 wrapped over lines', async () => {
    const { base64 } = await mint();
    expect((await check(base64.replace(/(.{76})/g, '$1\n'))).subject).toBe('alice@example.com');
  });

  for (const vendor of Object.keys(VENDORS) as Vendor[]) {
    it(`accepts a ${vendor}-shaped response signed by that IdP`, async () => {
      const signer = await createTestSigner(vendor);
      const xml = await vendorFixture(vendor, signer, { nowMs: NOW, roles: [{ roleArn: ROLE, principalArn: PROVIDER }] });
      const facts = await check(toSamlAssertion(xml), { provider: { accountId: ACCOUNT, name: 'Corp', certificatesDer: [signer.certificateDer], entityId: VENDORS[vendor].issuer } });
      expect(facts.issuer).toBe(VENDORS[vendor].issuer);
      const format = VENDORS[vendor].nameIdFormat;
      expect(facts.subjectType).toBe(format.startsWith('urn:oasis:names:tc:SAML:2.0:nameid-format:') ? format.split(':').pop() : format);
    });
  }

  it('accepts a response signed by xmlsec1 (another implementation)', async () => {
    const cert = certificateFromBase64(XMLSEC1_SIGNER_CERT_PEM);
    if (!cert.ok) throw new Error(cert.error);
    const facts = await check(toSamlAssertion(XMLSEC1_SIGNED_RESPONSE), {
      roleArn: 'arn:aws:iam::123456789012:role/Dev',
      principalArn: 'arn:aws:iam::123456789012:saml-provider/Corp',
      provider: { accountId: '123456789012', name: 'Corp', certificatesDer: [cert.value], entityId: 'http://adfs.example.com/adfs/services/trust' },
      nowMs: Date.UTC(2025, 0, 1, 0, 1, 0),
    });
    expect(facts.subject).toBe('alice@example.com.evil.example');
    expect(facts.subjectType).toBe('transient');
  });

  it('skips the Issuer comparison when the provider has no entity ID', async () => {
    const { base64 } = await mint({ faults: { wrongIssuer: true } });
    expect((await check(base64, { provider: { ...provider(), entityId: null } })).issuer).toBe('https://wrong-issuer.example.com/saml');
  });
});

describe('checkSamlAssertionForSts: refused with AWS codes', () => {
  const expectError = async (p: Promise<unknown>, code: string, message: string | RegExp) => {
    const e = await rejection(p);
    expect(e.code).toBe(code);
    if (typeof message === 'string') expect(e.message).toBe(message);
    else expect(e.message).toMatch(message);
  };

  it('bad encodings', async () => {
    await expectError(check('not base64 at all!'), 'InvalidIdentityToken', "Invalid SAML response: SAMLAssertion is not valid base64 (unexpected character '!' (U+0021) at position 18; base64 uses only A-Z, a-z, 0-9, '+', '/' and '=' padding)");
    await expectError(check(toBase64(utf8('{"a":1}'))), 'InvalidIdentityToken', /does not decode to XML/);
    await expectError(check(toBase64(utf8('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">\n<x></samlp:Response>'))), 'InvalidIdentityToken', /^Invalid SAML response: The XML is not well-formed: .* at line 2/);
    const { base64 } = await mint();
    await expectError(check(base64.replace(/\+/g, '-').replace(/\//g, '_')), 'InvalidIdentityToken', /URL-safe/);
    await expectError(check(''), 'InvalidIdentityToken', /no data/);
  });

  it('issuer not the provider entity', async () => {
    await expectError(check((await mint({ faults: { wrongIssuer: true } })).base64), 'InvalidIdentityToken', 'Issuer not present in specified provider');
  });

  it('unsigned, tampered, or signed by a key the provider does not trust', async () => {
    await expectError(check((await mint({ sign: 'none' })).base64), 'InvalidIdentityToken', 'Response signature invalid');
    await expectError(check((await mint({ sign: 'both', faults: { tamperAfterSigning: true } })).base64), 'InvalidIdentityToken', 'Response signature invalid');
    const unsigned = (await mint({ sign: 'none' })).xml;
    const byStranger = await signFixture(unsigned, stranger, 'response');
    await expectError(check(toSamlAssertion(byStranger)), 'InvalidIdentityToken', 'Response signature invalid');
  });

  it('an attribute changed after signing', async () => {
    const { xml } = await mint({ sign: 'assertion' });
    const edited = xml.replace('role/SamlDeveloper', 'role/SamlAdmin');
    await expectError(check(toSamlAssertion(edited), { roleArn: `arn:aws:iam::${ACCOUNT}:role/SamlAdmin` }), 'InvalidIdentityToken', 'Response signature invalid');
  });

  it('expired, with AWS wording', async () => {
    await expectError(check((await mint({ faults: { expired: true } })).base64), 'ExpiredTokenException', `Token expired: current date/time ${(NOW + 1000) / 1000} must be before the expiration date/time${(NOW - 60_000) / 1000}`);
    await expectError(check((await mint({ lifetimeSeconds: 300 })).base64, { nowMs: NOW + 300_000 }), 'ExpiredTokenException', /^Token expired/);
  });

  it('Recipient not an AWS sign-in endpoint, naming the value', async () => {
    await expectError(check((await mint({ faults: { wrongRecipient: true } })).base64), 'InvalidIdentityToken', /Recipient "https:\/\/sp\.example\.com\/saml\/acs" is not an AWS sign-in SAML endpoint/);
  });

  it('no Role pair for RoleArn and PrincipalArn', async () => {
    const { base64 } = await mint();
    await expectError(check(base64, { roleArn: `arn:aws:iam::${ACCOUNT}:role/Admin` }), 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithSAML');
    await expectError(check(base64, { principalArn: `arn:aws:iam::${ACCOUNT}:saml-provider/Other` }), 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithSAML');
    await expectError(check((await mint({ roles: [] })).base64), 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithSAML');
  });

  it('RoleSessionName missing or invalid', async () => {
    await expectError(check((await mint({ faults: { missingSessionName: true } })).base64), 'InvalidIdentityToken', 'RoleSessionName is required in AuthnResponse');
    await expectError(check((await mint({ sessionName: 'Alice Example' })).base64), 'InvalidIdentityToken', 'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}');
  });

  it('SourceIdentity invalid', async () => {
    await expectError(check((await mint({ sourceIdentity: 'aws:root' })).base64), 'InvalidIdentityToken', 'Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin with "aws:"');
  });

  it('TransitiveTagKeys outside the PrincipalTags', async () => {
    await expectError(check((await mint({ principalTags: { Team: 'Blue' }, transitiveTagKeys: ['Project'] })).base64), 'InvalidParameterValue', 'The specified transitive tag key must be included in the requested tags.');
  });

  it('no NameID is AccessDenied', async () => {
    const { xml } = await mint({ sign: 'none' });
    const signed = await signFixture(xml.replace(/<saml2:NameID[^>]*>[^<]*<\/saml2:NameID>/, ''), keys, 'response');
    await expectError(check(toSamlAssertion(signed)), 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithSAML');
  });

  it('a failed Status from the IdP', async () => {
    const { xml } = await mint({ sign: 'none' });
    const failed = await signFixture(xml.replace('status:Success', 'status:Responder'), keys, 'response');
    await expectError(check(toSamlAssertion(failed)), 'InvalidIdentityToken', /status is not Success/);
  });
});

describe('checkSamlAssertionForSts: signature wrapping', () => {
  const assertionOf = (xml: string) => /<saml2:Assertion[\s\S]*<\/saml2:Assertion>/.exec(xml)?.[0] ?? '';

  it('the signed assertion moved under an extension, a forged one in its place', async () => {
    const { xml } = await mint({ sign: 'assertion' });
    const genuine = assertionOf(xml);
    const forged = genuine.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '').replace('role/SamlDeveloper', 'role/SamlAdmin').replace(/ID="[^"]+"/, 'ID="_forged"');
    const attack = xml.replace(genuine, `${forged}`).replace('<saml2p:Status>', `<saml2p:Extensions>${genuine}</saml2p:Extensions><saml2p:Status>`);
    const e = await rejection(check(toSamlAssertion(attack), { roleArn: `arn:aws:iam::${ACCOUNT}:role/SamlAdmin` }));
    expect(e.code).toBe('InvalidIdentityToken');
    expect(e.message).toMatch(/outside the Response's direct children/);
  });

  it('a forged assertion placed beside the signed one', async () => {
    const { xml } = await mint({ sign: 'assertion' });
    const genuine = assertionOf(xml);
    const forged = genuine.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '').replace('role/SamlDeveloper', 'role/SamlAdmin').replace(/ID="[^"]+"/, 'ID="_forged"');
    const e = await rejection(check(toSamlAssertion(xml.replace(genuine, forged + genuine)), { roleArn: `arn:aws:iam::${ACCOUNT}:role/SamlAdmin` }));
    expect(e.code).toBe('InvalidIdentityToken');
    expect(e.message).toMatch(/contains 2 assertions/);
  });

  it('the signed Response wrapped inside a new, unsigned Response', async () => {
    const { xml } = await mint({ sign: 'response' });
    const outer = xml.replace(/^(<saml2p:Response[^>]*?)ID="[^"]+"/, '$1ID="_outer"');
    const forgedBody = assertionOf(xml).replace('role/SamlDeveloper', 'role/SamlAdmin');
    const wrapped = outer.replace(/<ds:Signature[\s\S]*?<\/ds:Signature>/, '').replace(assertionOf(xml), `${forgedBody}`).replace('<saml2p:Status>', `<saml2p:Extensions>${xml}</saml2p:Extensions><saml2p:Status>`);
    const e = await rejection(check(toSamlAssertion(wrapped), { roleArn: `arn:aws:iam::${ACCOUNT}:role/SamlAdmin` }));
    expect(e.code).toBe('InvalidIdentityToken');
    expect(e.message).toMatch(/outside the Response's direct children|Response signature invalid/);
  });
});

describe('nesting beyond MAX_NESTING_DEPTH', () => {
  // 13,000 nested elements (91 KB): enough to overflow any recursive walk of the tree.
  const deepResponse = deepXml(13_000, '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r" Version="2.0">', '</samlp:Response>');

  it('is refused before any tree walk, with a clean InvalidIdentityToken', async () => {
    const e = await rejection(check(toBase64(utf8(deepResponse))));
    expect(e.code).toBe('InvalidIdentityToken');
    expect(e.message).toBe(`Invalid SAML response: The XML is nested too deeply (more than ${MAX_NESTING_DEPTH} levels)`);
  });

  it('AssumeRoleWithSAML answers 400 InvalidIdentityToken, not 500', async () => {
    // 9,000 levels: the base64 must stay within SAMLAssertion's 100,000 characters to reach the SAML checks.
    const deepButSendable = deepXml(9_000, '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r" Version="2.0">', '</samlp:Response>');
    const sandbox = await startTestSandbox();
    const err = await failure(
      clientFor(sandbox, null).send(
        new AssumeRoleWithSAMLCommand({ RoleArn: 'arn:aws:iam::123456789012:role/TestSaml', PrincipalArn: 'arn:aws:iam::123456789012:saml-provider/SAML-test', SAMLAssertion: toBase64(utf8(deepButSendable)) }),
      ),
    );
    expect(err).toMatchObject({ name: 'InvalidIdentityTokenException', status: 400 });
    expect(err.message).toMatch(/nested too deeply/);
  });
});
