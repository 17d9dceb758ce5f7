import { inEnglish } from '../../i18n/test-support/translate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64 } from '../../kernel/encoding';
import { parseSamlResponse, primaryAssertion, awsSamlAttributes, extractAwsRolePairs } from '../../inspect/saml/parse-response';
import { parseIdpMetadata, verifySamlSignatures } from '../../inspect/saml/xml-signature';
import { BUILT_IN_SAML_ENTITY_ID, mintSamlResponse, samlIdpMetadataXml, type MintSamlOptions } from './saml-idp';
import { generateSamlIdpKeyMaterial, importSamlIdpKeys, type SamlIdpKeys } from './saml-idp-keys';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

const NOW = Date.UTC(2025, 2, 1, 9, 30, 0);
const PROVIDER = 'arn:aws:iam::111122223333:saml-provider/SandboxIdP';
const ROLE = 'arn:aws:iam::111122223333:role/SamlDeveloper';

let keys: SamlIdpKeys;
beforeAll(async () => {
  keys = await importSamlIdpKeys(await generateSamlIdpKeyMaterial(NOW, randomBytes));
});

const mint = (o: Partial<MintSamlOptions> = {}, random = randomBytes) => mintSamlResponse(keys, { roles: [{ roleArn: ROLE, principalArn: PROVIDER }], subject: 'alice@example.com', sign: 'response', ...o }, NOW, random);

describe('mintSamlResponse', () => {
  it('produces a well-formed Response with the AWS attributes and sandbox-clock times', async () => {
    const { base64, xml } = await mint({ principalTags: { Team: 'Blue' }, transitiveTagKeys: ['Team'], sourceIdentity: 'alice', sessionDurationSeconds: 1800, extraAttributes: { 'urn:oid:0.9.2342.19200300.100.1.3': ['alice@example.com'] } });
    expect(new TextDecoder().decode(fromBase64(base64) ?? new Uint8Array())).toBe(xml);
    const info = parseSamlResponse(xml);
    if (!info.ok) throw new Error(inEnglish(info.error));
    const a = primaryAssertion(info.value);
    expect(info.value.issuer).toBe(BUILT_IN_SAML_ENTITY_ID);
    expect(info.value.issueInstant).toBe('2025-03-01T09:30:00.000Z');
    expect(a?.subjectConfirmations[0]).toMatchObject({ recipient: 'https://signin.aws.amazon.com/saml', notOnOrAfter: '2025-03-01T09:35:00.000Z' });
    expect(a?.nameId).toMatchObject({ value: 'alice@example.com', format: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' });
    expect(a?.conditions?.audiences).toEqual(['https://signin.aws.amazon.com/saml']);
    expect(extractAwsRolePairs(info.value).pairs).toEqual([{ roleArn: ROLE, principalArn: PROVIDER, order: 'role-first', raw: `${ROLE},${PROVIDER}` }]);
    expect(awsSamlAttributes(info.value)).toEqual({
      roleSessionName: 'alice@example.com',
      sessionDuration: '1800',
      sourceIdentity: 'alice',
      principalTags: { Team: 'Blue' },
      transitiveTagKeys: ['Team'],
      issues: [],
    });
    expect(info.value.warnings).toEqual([]);
  });

  it('signs what it is told to, verifiably with its certificate', async () => {
    for (const sign of ['response', 'assertion', 'both'] as const) {
      const reports = await verifySamlSignatures((await mint({ sign })).xml, [keys.certificateDer]);
      expect(reports.map((r) => r.signs).sort()).toEqual(sign === 'both' ? ['assertion', 'response'] : [sign]);
      expect(reports.every((r) => r.valid && r.verifiedWithTrustedIndex === 0)).toBe(true);
    }
    expect(await verifySamlSignatures((await mint({ sign: 'none' })).xml, [keys.certificateDer])).toEqual([]);
  });

  it('writes role pairs in the requested order, several roles, providerArn as default', async () => {
    const { xml } = await mint({ roleOrder: 'provider-first', providerArn: PROVIDER, roles: [{ roleArn: ROLE }, { roleArn: 'arn:aws:iam::111122223333:role/Other' }] });
    const info = parseSamlResponse(xml);
    if (!info.ok) throw new Error(inEnglish(info.error));
    expect(extractAwsRolePairs(info.value).pairs.map((p) => [p.order, p.roleArn, p.principalArn])).toEqual([
      ['provider-first', ROLE, PROVIDER],
      ['provider-first', 'arn:aws:iam::111122223333:role/Other', PROVIDER],
    ]);
  });

  it('sessionName null leaves RoleSessionName out; a string overrides the subject', async () => {
    const none = parseSamlResponse((await mint({ sessionName: null })).xml);
    const named = parseSamlResponse((await mint({ sessionName: 'bob' })).xml);
    if (!none.ok || !named.ok) throw new Error('parse');
    expect(awsSamlAttributes(none.value).roleSessionName).toBeNull();
    expect(awsSamlAttributes(named.value).roleSessionName).toBe('bob');
  });

  it('escapes values that are not XML-safe', async () => {
    const { xml } = await mint({ subject: 'a<b>&"c"', principalTags: { K: '<&>' } });
    const info = parseSamlResponse(xml);
    if (!info.ok) throw new Error(inEnglish(info.error));
    expect(primaryAssertion(info.value)?.nameId?.value).toBe('a<b>&"c"');
    expect(awsSamlAttributes(info.value).principalTags).toEqual({ K: '<&>' });
  });

  it('faults change exactly what they say', async () => {
    const read = async (faults: MintSamlOptions['faults']) => {
      const r = parseSamlResponse((await mint({ faults })).xml);
      if (!r.ok) throw new Error(inEnglish(r.error));
      return r.value;
    };
    expect(primaryAssertion(await read({ expired: true }))?.subjectConfirmations[0]?.notOnOrAfter).toBe('2025-03-01T09:29:00.000Z');
    expect(primaryAssertion(await read({ wrongRecipient: true }))?.subjectConfirmations[0]?.recipient).toBe('https://sp.example.com/saml/acs');
    expect((await read({ wrongIssuer: true })).issuer).toBe('https://wrong-issuer.example.com/saml');
    expect(awsSamlAttributes(await read({ missingSessionName: true })).roleSessionName).toBeNull();
    const tampered = await mint({ sign: 'both', faults: { tamperAfterSigning: true } });
    const reports = await verifySamlSignatures(tampered.xml, [keys.certificateDer]);
    expect(reports).toHaveLength(2);
    expect(reports.every((r) => !r.valid && /digest does not match/.test(inEnglish(r.reason)))).toBe(true);
  });

  it('uses the given randomness for IDs', async () => {
    const fixed = (n: number) => new Uint8Array(n).fill(0xab);
    const { xml } = await mint({}, fixed);
    expect(xml).toContain(`ID="_${'ab'.repeat(16)}"`);
  });
});

describe('samlIdpMetadataXml', () => {
  it('is IdP metadata with the entity ID, the signing certificate and SSO endpoints', () => {
    const m = parseIdpMetadata(samlIdpMetadataXml(keys));
    if (!m.ok) throw new Error(inEnglish(m.error));
    expect(m.value.entityId).toBe(BUILT_IN_SAML_ENTITY_ID);
    expect(m.value.signingCertificatesB64).toEqual([keys.certificateB64]);
    expect(m.value.ssoEndpoints.map((e) => e.binding.split(':').pop())).toEqual(['HTTP-Redirect', 'HTTP-POST']);
    expect(m.value.warnings).toEqual([]);
  });
});
