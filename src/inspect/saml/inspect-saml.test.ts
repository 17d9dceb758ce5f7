import { englishError, inEnglish, translator } from '../../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../kernel/encoding';
import { evaluateFederatedTrust } from '../../policy/federated-trust';
import { inspectSaml, samlChecks, signatureSummary } from './inspect-saml';
import { createTestSigner, toSamlAssertion, vendorFixture, vendorResponseXml } from './test-support/saml-fixtures';
import { samlProviderOf, samlTrustRequest } from './trust-request';
import { readTrustedCertificates } from './trust-input';
import { clockSkewNotes, samlInstants } from './timeline';
import { prettyXml, xmlLinesToText } from './xml-pretty';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const DEV = { roleArn: 'arn:aws:iam::123456789012:role/Dev', principalArn: 'arn:aws:iam::123456789012:saml-provider/Corp' };
const P = 'https://aws.amazon.com/SAML/Attributes/';
const pem = (b64: string) => `-----BEGIN CERTIFICATE-----\n${b64.replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
const metadata = (entityId: string, certB64: string) =>
  `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${entityId}"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${certB64}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor></md:IDPSSODescriptor></md:EntityDescriptor>`;

describe('readTrustedCertificates', () => {
  it('reads metadata, PEM and bare base64, and says which', async () => {
    const s = await createTestSigner();
    const md = readTrustedCertificates(metadata('https://idp.example.com', s.certificateB64));
    expect(md.ok && md.value).toMatchObject({ source: 'metadata', entityId: 'https://idp.example.com', });
    expect(md.ok && inEnglish(md.value.label)).toBe('the IdP metadata of https://idp.example.com');
    const p = readTrustedCertificates(pem(s.certificateB64) + pem(s.certificateB64));
    expect(p.ok && p.value).toMatchObject({ source: 'pem', entityId: null });
    expect(p.ok && inEnglish(p.value.label)).toBe('the 2 pasted PEM certificates');
    const b = readTrustedCertificates(s.certificateB64);
    expect(b.ok && b.value.source).toBe('base64');
  });

  it('names the problem for keys, junk and SP metadata', () => {
    expect(englishError(readTrustedCertificates('-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----'))).toContain('bare public key');
    expect(englishError(readTrustedCertificates('-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----'))).toContain('private key');
    expect(readTrustedCertificates('hello world!')).toMatchObject({ ok: false });
    expect(englishError(readTrustedCertificates(''))).toContain('Nothing pasted');
    expect(englishError(readTrustedCertificates('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"><md:SPSSODescriptor/></md:EntityDescriptor>'))).toContain('service-provider');
    expect(readTrustedCertificates(toBase64(new Uint8Array([48, 3, 2, 1, 1])))).toMatchObject({ ok: false });
  });
});

describe('inspectSaml', () => {
  it('keeps the pasted base64 byte for byte (a trailing newline, a POST body, URL-encoding), and encodes pasted XML', async () => {
    const idp = await createTestSigner('Okta IdP');
    const xml = `${await vendorFixture('okta', idp, { nowMs: NOW, roles: [DEV] })}\r\n`;
    const b64 = toSamlAssertion(xml);
    for (const pasted of [b64, `SAMLResponse=${encodeURIComponent(b64)}&RelayState=x`, `  ${b64}\n`]) {
      const r = await inspectSaml(pasted);
      if (!r.ok) throw new Error(inEnglish(r.error));
      expect(r.value.samlAssertion).toBe(b64);
      expect(r.value.samlAssertion).not.toBe(toSamlAssertion(r.value.decoded.xml));
    }
    const fromXml = await inspectSaml(xml);
    expect(fromXml.ok && fromXml.value.samlAssertion).toBe(toSamlAssertion(xml.trim()));
  });

  it('verifies against the embedded certificate, then against trusted metadata, and says which', async () => {
    const idp = await createTestSigner('Okta IdP');
    const xml = await vendorFixture('okta', idp, { nowMs: NOW, roles: [DEV] });
    const alone = await inspectSaml(toSamlAssertion(xml));
    if (!alone.ok) throw new Error(inEnglish(alone.error));
    expect(alone.value.decoded.source).toBe('base64');
    expect(alone.value.signatures.every((s) => s.valid && s.verifiedWithEmbeddedCertificate)).toBe(true);
    expect(inEnglish(signatureSummary(alone.value))).toMatch(/embedded in the response/);
    // "Put into the form" sends the pasted base64 itself, not a re-encoding of the decoded text.
    expect(alone.value.samlAssertion).toBe(toSamlAssertion(xml));
    // Without a trust anchor the signature cannot be judged: unknown, never pass; everything else passes.
    expect(samlChecks(alone.value, { nowMs: NOW + 1000, ...DEV }).filter((l) => l.status !== 'pass').map((l) => [l.id, l.status])).toEqual([['signature', 'unknown']]);

    const trusted = await inspectSaml(xml, metadata('http://www.okta.com/exk1abcdEFGH2345', idp.certificateB64));
    if (!trusted.ok) throw new Error(inEnglish(trusted.error));
    expect(trusted.value.trusted?.source).toBe('metadata');
    expect(inEnglish(signatureSummary(trusted.value))).toMatch(/against the IdP metadata of http:\/\/www\.okta\.com/);
    expect(trusted.value.certificates.map((c) => c.origin)).toEqual(['embedded', 'trusted']);
    const d = trusted.value.certificates[0]?.description;
    expect(d?.ok && d.value.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(samlChecks(trusted.value, { nowMs: NOW + 1000, ...DEV }).find((l) => l.id === 'signature')?.status).toBe('pass');
  });

  it('fails the signature check when the trusted certificate is another IdP\'s', async () => {
    const [idp, other] = await Promise.all([createTestSigner('IdP'), createTestSigner('Attacker')]);
    const xml = await vendorFixture('entra', other, { nowMs: NOW, roles: [DEV] });
    const r = await inspectSaml(xml, pem(idp.certificateB64));
    if (!r.ok) throw new Error(inEnglish(r.error));
    expect(inEnglish(signatureSummary(r.value))).toMatch(/not against the pasted PEM certificate/);
    const sig = samlChecks(r.value, { nowMs: NOW + 1000 }).find((l) => l.id === 'signature');
    expect(sig).toMatchObject({ status: 'fail', stsError: { message: 'Response signature invalid' } });
  });

  it('catches tampering after signing', async () => {
    const idp = await createTestSigner();
    const xml = (await vendorFixture('google', idp, { nowMs: NOW, roles: [DEV] })).replace('alice@example.com</saml2:NameID>', 'mallory@example.com</saml2:NameID>');
    const r = await inspectSaml(xml);
    if (!r.ok) throw new Error(inEnglish(r.error));
    expect(r.value.signatures[0]?.valid).toBe(false);
    expect(inEnglish(signatureSummary(r.value))).toMatch(/does not verify/);
  });

  it('says all of it in French, the nested reason too, with the XML names kept as they are', async () => {
    const fr = translator('fr');
    const idp = await createTestSigner();
    const xml = await vendorFixture('google', idp, { nowMs: NOW, roles: [DEV] });
    const tampered = await inspectSaml(xml.replace('alice@example.com</saml2:NameID>', 'mallory@example.com</saml2:NameID>'));
    if (!tampered.ok) throw new Error(inEnglish(tampered.error));
    expect(fr(signatureSummary(tampered.value))).toMatch(/^La signature de l’élément (Response|Assertion) ne se vérifie pas : le condensé ne correspond pas/);
    expect(fr(tampered.value.signatures[0]?.reason ?? { id: 'none', message: '' })).toMatch(/^Invalide : le condensé ne correspond pas/);
    const trusted = await inspectSaml(xml, pem(idp.certificateB64));
    if (!trusted.ok) throw new Error(inEnglish(trusted.error));
    expect(fr(signatureSummary(trusted.value))).toMatch(/^Chaque signature \((Response|Assertion)(, (Response|Assertion))?\) se vérifie avec le certificat PEM collé\.$/);
    const decoded = await inspectSaml(`SAMLResponse=${encodeURIComponent(toSamlAssertion(xml))}&RelayState=x`);
    expect(decoded.ok && decoded.value.decoded.notes.map(fr)).toContain('Autres paramètres ignorés : RelayState.');
    expect(englishError(await inspectSaml(''))).toMatch(/^Nothing to decode/);
    const empty = await inspectSaml('');
    expect(!empty.ok && fr(empty.error)).toBe('Rien à décoder : collez une valeur SAMLResponse, un corps de POST ou le XML de la réponse.');
    expect(fr(clockSkewNotes(tampered.value.info, NOW - 120_000)[1] ?? { id: 'none', message: '' })).toMatch(/^Elle a été émise 2 min 0 s dans le futur selon l’horloge de ce navigateur/);
  });

  it('reports a bad trust anchor without losing the inspection', async () => {
    const r = await inspectSaml(vendorResponseXml('okta', { nowMs: NOW, roles: [DEV] }), 'not a cert');
    expect(r.ok && r.value.trustedError && inEnglish(r.value.trustedError)).toMatch(/^Not metadata XML .*not a valid X\.509 certificate/);
  });

  it('gives clear errors for broken input', async () => {
    expect(await inspectSaml('%%%')).toMatchObject({ ok: false });
    expect(englishError(await inspectSaml('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">'))).toContain('not well-formed');
    expect(englishError(await inspectSaml('<x/>'))).toContain('root element');
  });
});

describe('samlTrustRequest', () => {
  it('builds the keys and actions the sandbox evaluates, and a wrong Recipient fails SAML:aud', async () => {
    const xml = vendorResponseXml('okta', {
      nowMs: NOW,
      roles: [DEV],
      recipient: 'https://us-east-1.signin.aws.amazon.com/saml',
      attributes: { [`${P}PrincipalTag:team`]: ['blue'], [`${P}SourceIdentity`]: ['alice'] },
    });
    const ins = await inspectSaml(xml);
    if (!ins.ok) throw new Error(inEnglish(ins.error));
    const req = await samlTrustRequest(ins.value.info, DEV);
    if (!req.ok) throw new Error(inEnglish(req.error));
    expect(req.value.actions).toEqual(['sts:AssumeRoleWithSAML', 'sts:TagSession', 'sts:SetSourceIdentity']);
    expect(req.value.keys).toMatchObject({
      'saml:aud': ['https://us-east-1.signin.aws.amazon.com/saml'],
      'saml:doc': ['123456789012/Corp'],
      'aws:RequestTag/team': ['blue'],
      'sts:SourceIdentity': ['alice'],
      'sts:RoleSessionName': ['alice@example.com'],
    });
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: { Federated: DEV.principalArn }, Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession', 'sts:SetSourceIdentity'], Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } }] };
    const verdict = evaluateFederatedTrust(trust, req.value);
    expect(verdict.allowed).toBe(false);
    expect(verdict.steps[0]?.evaluation.statements[0]?.conditions[0]).toMatchObject({ key: 'SAML:aud', result: false });
  });

  it('asks for a saml-provider ARN', async () => {
    expect(englishError(samlProviderOf('arn:aws:iam::123456789012:role/Dev'))).toContain('not a saml-provider');
    expect(samlProviderOf('arn:aws:iam::123456789012:saml-provider/Corp')).toEqual({ ok: true, value: { accountId: '123456789012', providerName: 'Corp' } });
  });
});

describe('timeline and clock notes', () => {
  it('lists every instant with its kind and notes how long the assertion lives', async () => {
    const r = await inspectSaml(vendorResponseXml('okta', { nowMs: NOW, roles: [DEV], lifetimeSeconds: 300 }));
    if (!r.ok) throw new Error(inEnglish(r.error));
    const instants = samlInstants(r.value.info);
    expect(instants.map((i) => [i.label, i.kind])).toEqual([
      ['Response IssueInstant', 'issued'],
      ['Assertion IssueInstant', 'issued'],
      ['SubjectConfirmationData NotOnOrAfter', 'expires'],
      ['Conditions NotBefore', 'starts'],
      ['Conditions NotOnOrAfter', 'expires'],
      ['AuthnStatement AuthnInstant', 'issued'],
    ]);
    expect(instants[2]?.ms).toBe(NOW + 300_000);
    const notes = clockSkewNotes(r.value.info, NOW - 120_000).map(inEnglish);
    expect(notes[0]).toMatch(/valid for 5 min 0 s/);
    expect(notes[1]).toMatch(/issued 2 min 0 s in the future by this browser’s clock/);
    expect(clockSkewNotes(r.value.info, NOW + 1000)).toHaveLength(2);
    expect(inEnglish(clockSkewNotes(r.value.info, NOW - 3000, true).at(-1) ?? '')).toBe('Times are judged here by the sandbox clock, the clock the sandbox’s STS uses too.');
    expect(clockSkewNotes(r.value.info, NOW - 3000)).toHaveLength(2); // seconds of difference are not skew
  });
});

describe('prettyXml', () => {
  it('indents, keeps namespaces, and re-escapes payloads so they stay text', () => {
    const xml = vendorResponseXml('okta', { nowMs: NOW, roles: [DEV], attributes: { evil: ['<script>window.__xss=1</script>', '"><img src=x onerror=alert(1)>'] } });
    const lines = prettyXml(xml);
    if (!lines.ok) throw new Error(inEnglish(lines.error));
    const text = xmlLinesToText(lines.value);
    expect(text).toContain('<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol"');
    expect(text).toContain('  <saml2:Issuer xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion">http://www.okta.com/exk1abcdEFGH2345</saml2:Issuer>');
    expect(text).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    const value = lines.value.flatMap((l) => l.tokens).find((t) => t.kind === 'text' && t.text.includes('script'));
    expect(value?.text).toBe('&lt;script&gt;window.__xss=1&lt;/script&gt;');
  });

  it('fails with the parser message on broken XML', () => {
    expect(englishError(prettyXml('<a><b></a>'))).toContain('not well-formed');
  });
});
