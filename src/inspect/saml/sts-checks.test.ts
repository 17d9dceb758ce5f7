import { describe, expect, it } from 'vitest';
import { parseSamlResponse, type SamlResponseInfo } from './parse-response';
import { checkAssertionAgainstStsRules, type CheckLine } from './sts-checks';
import { vendorResponseXml, type FixtureOptions } from './test-support/saml-fixtures';
import { inEnglish } from '../../i18n/test-support/translate';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const DEV = { roleArn: 'arn:aws:iam::123456789012:role/Dev', principalArn: 'arn:aws:iam::123456789012:saml-provider/Corp' };
const P = 'https://aws.amazon.com/SAML/Attributes/';

function info(o: Partial<FixtureOptions> = {}, edit: (xml: string) => string = (x) => x): SamlResponseInfo {
  const r = parseSamlResponse(edit(vendorResponseXml('okta', { nowMs: NOW, roles: [DEV], ...o })));
  if (!r.ok) throw new Error(inEnglish(r.error));
  return r.value;
}

/** The line with this id, its title and detail as the English UI shows them. */
function line(lines: CheckLine[], id: string): CheckLine & { title: string; detail: string } {
  const l = lines.find((x) => x.id === id);
  if (!l) throw new Error(`no line ${id}: ${lines.map((x) => x.id).join(', ')}`);
  return { ...l, title: inEnglish(l.title), detail: inEnglish(l.detail) };
}

const checks = (i: SamlResponseInfo, extra: Partial<Parameters<typeof checkAssertionAgainstStsRules>[1]> = {}) => checkAssertionAgainstStsRules(i, { nowMs: NOW + 1000, ...extra });

describe('checkAssertionAgainstStsRules', () => {
  it('an unsigned but otherwise good response fails only on the signature', () => {
    const lines = checks(info(), { roleArn: DEV.roleArn, principalArn: DEV.principalArn });
    expect(lines.filter((l) => l.status !== 'pass').map((l) => [l.id, l.status])).toEqual([['signature', 'fail']]);
    expect(line(lines, 'signature').stsError).toEqual({ code: 'InvalidIdentityToken', message: 'Response signature invalid' });
    expect(line(lines, 'role').detail).toBe('Pair found (role-first).');
    expect(line(lines, 'recipient').detail).toMatch(/becomes Audience and saml:aud/);
  });

  it('calls a present but unverified signature unknown, never pass', () => {
    const signedLooking = info({}, (x) => x.replace(/(<saml2:Assertion[^>]*>)/, '$1<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/>'));
    expect(line(checks(signedLooking), 'signature')).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/present \(Assertion\), but it is not verified/) });
  });

  it('expiry: AWS wording, seconds, and the missing space', () => {
    const l = line(checks(info({ lifetimeSeconds: 60 }), { nowMs: NOW + 61_000 }), 'expiry');
    expect(l.status).toBe('fail');
    expect(l.stsError).toEqual({ code: 'ExpiredTokenException', message: `Token expired: current date/time ${(NOW + 61_000) / 1000} must be before the expiration date/time${(NOW + 60_000) / 1000}` });
    expect(l.detail).toMatch(/^Expired 1s ago/);
  });

  it('expiry exactly at NotOnOrAfter is expired (NotOnOrAfter is exclusive)', () => {
    expect(line(checks(info({ lifetimeSeconds: 60 }), { nowMs: NOW + 60_000 }), 'expiry').status).toBe('fail');
  });

  it('expiry within the clock skew is a warning', () => {
    expect(line(checks(info(), { nowMs: NOW + 280_000, clientSkewMs: 30_000 }), 'expiry')).toMatchObject({ status: 'warn', detail: expect.stringMatching(/within the 30s your clock may differ/) });
    expect(line(checks(info(), { clientSkewMs: 30_000 }), 'expiry').status).toBe('pass');
  });

  it('Recipient must be an AWS sign-in endpoint; Regional and /acs/ forms pass', () => {
    expect(line(checks(info({ recipient: 'https://sp.example.com/acs' })), 'recipient')).toMatchObject({ status: 'fail', stsError: { code: 'InvalidIdentityToken', message: expect.stringContaining('"https://sp.example.com/acs" is not an AWS sign-in SAML endpoint') } });
    expect(line(checks(info({ recipient: 'https://signin.aws.amazon.com/saml/' })), 'recipient').detail).toMatch(/trailing slash/);
    for (const ok of ['https://eu-west-1.signin.aws.amazon.com/saml', 'https://signin.aws.amazon.com/saml/acs/SAMLSP4SHN3UIS2D558H46', 'https://signin.amazonaws.cn/saml', 'https://us-gov-west-1.signin.amazonaws-us-gov.com/saml']) {
      expect(line(checks(info({ recipient: ok })), 'recipient').status).toBe('pass');
    }
  });

  it('Role pair must match RoleArn and PrincipalArn (either order)', () => {
    const i = info({ roleOrder: 'provider-first' });
    expect(line(checks(i, { roleArn: DEV.roleArn, principalArn: DEV.principalArn }), 'role')).toMatchObject({ status: 'pass', detail: 'Pair found (provider-first).' });
    expect(line(checks(i, { roleArn: 'arn:aws:iam::123456789012:role/Admin', principalArn: DEV.principalArn }), 'role')).toMatchObject({
      status: 'fail',
      stsError: { code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithSAML' },
      detail: expect.stringContaining('The assertion offers: arn:aws:iam::123456789012:role/Dev → arn:aws:iam::123456789012:saml-provider/Corp'),
    });
  });

  it('RoleSessionName missing or invalid', () => {
    expect(line(checks(info({ sessionName: null })), 'session-name').stsError).toEqual({ code: 'InvalidIdentityToken', message: 'RoleSessionName is required in AuthnResponse' });
    expect(line(checks(info({ sessionName: 'Alice Example' })), 'session-name').stsError).toEqual({ code: 'InvalidIdentityToken', message: 'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}' });
    expect(line(checks(info({ sessionName: 'a'.repeat(65) })), 'session-name').status).toBe('fail');
  });

  it('SessionDuration range and its effect on DurationSeconds', () => {
    const sd = (v: string) => info({ attributes: { [`${P}SessionDuration`]: [v] } });
    expect(line(checks(sd('899')), 'session-duration')).toMatchObject({ status: 'fail', detail: 'SessionDuration "899" is not a whole number of seconds between 900 and 43200.' });
    expect(line(checks(sd('1h')), 'session-duration').status).toBe('fail');
    expect(line(checks(sd('1800'), { durationSeconds: 3600 }), 'session-duration')).toMatchObject({ status: 'warn', detail: expect.stringMatching(/DurationSeconds 3600 is cut to the SessionDuration 1800/) });
    expect(line(checks(sd('43200')), 'session-duration').status).toBe('pass');
  });

  it('SourceIdentity validity', () => {
    const si = (v: string) => line(checks(info({ attributes: { [`${P}SourceIdentity`]: [v] } })), 'source-identity');
    expect(si('alice@example.com').status).toBe('pass');
    expect(si('aws:alice').stsError).toEqual({ code: 'InvalidIdentityToken', message: 'Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin with "aws:"' });
    expect(si('a').status).toBe('fail');
  });

  it('PrincipalTag and TransitiveTagKeys', () => {
    const tags = (attributes: Record<string, string[]>) => checks(info({ attributes }));
    expect(line(tags({ [`${P}PrincipalTag:Project`]: ['Blue'], [`${P}TransitiveTagKeys`]: ['Project'] }), 'transitive-tag-keys').status).toBe('pass');
    expect(line(tags({ [`${P}PrincipalTag:Project`]: ['Blue'], [`${P}TransitiveTagKeys`]: ['Team'] }), 'transitive-tag-keys')).toMatchObject({ status: 'fail', detail: 'Team is not a PrincipalTag key.' });
    expect(line(tags({ [`${P}PrincipalTag:Project`]: ['a', 'b'] }), 'principal-tags').status).toBe('fail');
    expect(line(tags({ [`${P}PrincipalTag:aws:x`]: ['a'] }), 'principal-tags').detail).toMatch(/reserved prefix/);
    expect(line(tags({ [`${P}PrincipalTag:Pro ject`]: ['ok value'] }), 'principal-tags').status).toBe('pass');
    expect(line(tags({ [`${P}PrincipalTag:Team`]: ['x'], [`${P}PrincipalTag:team`]: ['y'] }), 'principal-tags').stsError?.code).toBe('InvalidParameterValue');
    expect(line(tags({ [`${P}PrincipalTag:Team`]: ['x!'] }), 'principal-tags').status).toBe('fail');
  });

  it('Audience must include AWS when present', () => {
    const wrong = info({}, (x) => x.replace('<saml2:Audience>https://signin.aws.amazon.com/saml', '<saml2:Audience>https://app.example.com'));
    expect(line(checks(wrong), 'audience').status).toBe('fail');
    const urn = info({}, (x) => x.replace('<saml2:Audience>https://signin.aws.amazon.com/saml', '<saml2:Audience>urn:amazon:webservices'));
    expect(line(checks(urn), 'audience').status).toBe('pass');
  });

  it('NameID missing is AccessDenied', () => {
    const noName = info({}, (x) => x.replace(/<saml2:NameID[^>]*>[^<]*<\/saml2:NameID>/, ''));
    expect(line(checks(noName), 'name-id').stsError?.code).toBe('AccessDenied');
  });

  it('size limit of 100000 base64 characters', () => {
    const big = info({ attributes: { 'https://example.com/groups': Array.from({ length: 1500 }, (_, i) => `group-with-a-long-name-${i}-xxxxxxxxxxxxxxxxxxxx`) } });
    const l = line(checks(big), 'size');
    expect(l.status).toBe('fail');
    expect(l.detail).toMatch(/at most 100000/);
    expect(line(checks(info()), 'size').status).toBe('pass');
    expect(line(checks(info(), { base64Length: 100_001 }), 'size').status).toBe('fail');
  });

  it('structure problems come first', () => {
    const lines = checks(info({}, (x) => x.replace('<saml2p:Status>', '<saml2p:Extensions><saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_x"/></saml2p:Extensions><saml2p:Status>')));
    expect(lines[0]).toMatchObject({ id: 'structure', status: 'fail' });
  });
});
