/**
 * Federation (reference §2.2, 2.3, §3.5, §7, §8): AssumeRoleWithSAML and AssumeRoleWithWebIdentity with
 * SAML responses and OIDC / Login-with-Amazon tokens minted by the sandbox's own IdPs, through the AWS
 * CLI and boto3: output fields, each rejection, tags and source identity, durations, and lifetimes
 * on the sandbox clock. The newer operations are in newer-operations.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAbout as about, expectStsError as expectCode, expectTemporaryCredentials, samlNameQualifier, secondsUntil } from './support/checks';
import { DEV_ACCOUNT, HAS_AWS_CLI, HAS_BOTO3, noticeMissing, okResult, runAws, runBoto, type BotoCase, type BotoResult } from './support/clients';
import { advanceClock, getClock, mintOidc, mintSaml, type OidcMintOptions, type SamlMintOptions } from './support/controls';
import { useSandbox } from './support/server';
import { parseXml, xmlPath, xmlText } from './support/wire';

noticeMissing({ boto3: true }, 'federation (boto3)');
noticeMissing({ cli: true }, 'federation (AWS CLI)');

const SAML_ROLE = 'arn:aws:iam::123456789012:role/TestSaml';
const SAML_PROVIDER = 'arn:aws:iam::123456789012:saml-provider/SAML-test';
const WEB_ROLE = 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole';
const GH_ROLE = 'arn:aws:iam::123456789012:role/GitHubActionsDeploy';
const GH_ISSUER = 'https://token.actions.githubusercontent.com';
const SIGNIN = 'https://signin.aws.amazon.com/saml';

const issuerOf = (xml: string) => xmlText(xmlPath(parseXml(xml), 'Issuer')) ?? '';

describe('federation', () => {
  const sb = useSandbox();

  describe.skipIf(!HAS_AWS_CLI)('AssumeRoleWithSAML with the AWS CLI', () => {
    it('returns Subject, SubjectType, Issuer, Audience (= Recipient) and NameQualifier', async () => {
      const minted = await mintSaml(sb.url, {
        subject: 'alice@example.com',
        nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
        sessionName: 'alice',
        audience: 'urn:amazon:webservices',
      });
      const res = await runAws(sb.url, ['sts', 'assume-role-with-saml', '--role-arn', SAML_ROLE, '--principal-arn', SAML_PROVIDER, '--saml-assertion', minted.samlResponse], null);
      expect(res.error, res.stderr).toBeUndefined();
      const out = res.json ?? {};
      const issuer = issuerOf(minted.xml);
      expect(issuer).toMatch(/^https?:\/\//);
      expect(out).toMatchObject({
        Subject: 'alice@example.com',
        SubjectType: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
        Issuer: issuer,
        Audience: SIGNIN,
        NameQualifier: samlNameQualifier(issuer, DEV_ACCOUNT, 'SAML-test'),
        AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/TestSaml/alice', AssumedRoleId: expect.stringMatching(/^AROA[A-Z0-9]{17}:alice$/) },
      });
      expectTemporaryCredentials(out.Credentials, DEV_ACCOUNT);
    });

    it('shows InvalidIdentityToken for a tampered response', async () => {
      const minted = await mintSaml(sb.url, { faults: { tamperAfterSigning: true } });
      const res = await runAws(sb.url, ['sts', 'assume-role-with-saml', '--role-arn', SAML_ROLE, '--principal-arn', SAML_PROVIDER, '--saml-assertion', minted.samlResponse], null);
      expect(res.error).toEqual({ code: 'InvalidIdentityToken', message: 'Response signature invalid' });
    });

    it('assumes the GitHub Actions role with an OIDC token', async () => {
      const { token } = await mintOidc(sb.url, { issuer: GH_ISSUER, aud: 'sts.amazonaws.com', sub: 'repo:example-org/example-repo:ref:refs/heads/main' });
      const res = await runAws(sb.url, ['sts', 'assume-role-with-web-identity', '--role-arn', GH_ROLE, '--role-session-name', 'gha', '--web-identity-token', token], null);
      expect(res.error, res.stderr).toBeUndefined();
      expect(res.json).toMatchObject({
        SubjectFromWebIdentityToken: 'repo:example-org/example-repo:ref:refs/heads/main',
        Audience: 'sts.amazonaws.com',
        Provider: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
        AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/GitHubActionsDeploy/gha' },
      });
      expectTemporaryCredentials(res.json?.Credentials, DEV_ACCOUNT);
    });
  });

  describe.skipIf(!HAS_BOTO3)('SAML and OIDC with boto3', () => {
    let r: Record<string, BotoResult> = {};
    let issuer = '';
    let nowIso = '';

    beforeAll(async () => {
      const saml = async (opts: SamlMintOptions) => {
        const m = await mintSaml(sb.url, opts);
        issuer = issuerOf(m.xml);
        return m.samlResponse;
      };
      const samlCase = (id: string, assertion: string, params: Record<string, unknown> = {}): BotoCase => ({
        id,
        op: 'assume_role_with_saml',
        creds: 'unsigned',
        params: { RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: assertion, ...params },
      });
      const oidc = async (opts: OidcMintOptions) => (await mintOidc(sb.url, opts)).token;
      const webCase = (id: string, token: string, params: Record<string, unknown> = {}): BotoCase => ({
        id,
        op: 'assume_role_with_web_identity',
        creds: 'unsigned',
        params: { RoleArn: WEB_ROLE, RoleSessionName: 'web-user', WebIdentityToken: token, ...params },
      });

      const cases: BotoCase[] = [
        samlCase('saml-persistent', await saml({ subject: 'bob', sessionName: 'bob' })),
        samlCase('saml-transient', await saml({ subject: 'tmp-1', nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient' })),
        samlCase('saml-sign-assertion', await saml({ sign: 'assertion' })),
        samlCase('saml-sign-both', await saml({ sign: 'both' })),
        samlCase('saml-provider-first', await saml({ roleOrder: 'provider-first' })),
        samlCase('saml-tags', await saml({ sessionName: 'tagged', principalTags: { Project: 'alpha' }, transitiveTagKeys: ['Project'], sourceIdentity: 'saml-src' })),
        { id: 'saml-tags-identity', op: 'get_caller_identity', creds: { from: 'saml-tags' } },
        samlCase('saml-session-duration', await saml({ sessionDurationSeconds: 900 })),
        samlCase('saml-duration', await saml({}), { DurationSeconds: 7200 }),
        samlCase('saml-session-duration-longer', await saml({ sessionDurationSeconds: 7200 })),
        samlCase('saml-expired', await saml({ faults: { expired: true } })),
        samlCase('saml-wrong-recipient', await saml({ faults: { wrongRecipient: true } })),
        samlCase('saml-regional-recipient', await saml({ recipient: 'https://us-east-1.signin.aws.amazon.com/saml' })),
        samlCase('saml-wrong-issuer', await saml({ faults: { wrongIssuer: true } })),
        samlCase('saml-tampered', await saml({ faults: { tamperAfterSigning: true } })),
        samlCase('saml-unsigned', await saml({ sign: 'none' })),
        samlCase('saml-no-session-name', await saml({ faults: { missingSessionName: true } })),
        samlCase('saml-bad-session-name', await saml({ sessionName: 'bad name!' })),
        samlCase('saml-bad-source', await saml({ sourceIdentity: 'aws:admin' })),
        samlCase('saml-role-mismatch', await saml({ roles: [{ roleArn: 'arn:aws:iam::123456789012:role/xaccounts3access' }] })),
        samlCase('saml-provider-mismatch', await saml({}), { PrincipalArn: 'arn:aws:iam::123456789012:saml-provider/Other' }),
        samlCase('saml-two-roles', await saml({ roles: [{ roleArn: 'arn:aws:iam::123456789012:role/xaccounts3access' }, { roleArn: SAML_ROLE }] })),

        webCase('web-ok', await oidc({ aud: 'workbench-client', sub: 'user-42' })),
        webCase('web-tags', await oidc({ aud: 'workbench-client', sub: 'user-43', principalTags: { Project: 'alpha' }, transitiveTagKeys: ['Project'], sourceIdentity: 'oidc-src' })),
        webCase('web-wrong-aud', await oidc({ faults: { wrongAudience: true } })),
        webCase('web-expired', await oidc({ aud: 'workbench-client', faults: { expired: true } })),
        webCase('web-unknown-issuer', await oidc({ faults: { wrongIssuer: true } })),
        webCase('web-bad-signature', await oidc({ aud: 'workbench-client', faults: { badSignature: true } })),
        webCase('web-unknown-kid', await oidc({ aud: 'workbench-client', faults: { unknownKid: true } })),
        webCase('web-fraction-exp', await oidc({ aud: 'workbench-client', faults: { nonIntegerExp: true } })),
        webCase('web-over-max', await oidc({ aud: 'workbench-client' }), { DurationSeconds: 7200 }),
        webCase('gh-ok', await oidc({ issuer: GH_ISSUER, aud: 'sts.amazonaws.com', sub: 'repo:example-org/example-repo:pull_request' }), { RoleArn: GH_ROLE }),
        webCase('gh-other-repo', await oidc({ issuer: GH_ISSUER, aud: 'sts.amazonaws.com', sub: 'repo:someone-else/repo:ref:refs/heads/main' }), { RoleArn: GH_ROLE }),
        webCase('gh-tags-untrusted', await oidc({ issuer: GH_ISSUER, aud: 'sts.amazonaws.com', sub: 'repo:example-org/example-repo:ref:refs/heads/main', principalTags: { Project: 'x' } }), { RoleArn: GH_ROLE }),
      ];
      r = await runBoto(sb.url, cases);
      nowIso = (await getClock(sb.url)).nowIso;
    });

    const lifetime = (id: string) => secondsUntil(String((okResult(r, id).Credentials as Record<string, string>).Expiration), nowIso);

    it('AssumeRoleWithSAML: SubjectType drops the SAML 2.0 prefix; NameQualifier identifies the IdP user', () => {
      const p = okResult(r, 'saml-persistent');
      expect(p).toMatchObject({
        Subject: 'bob',
        SubjectType: 'persistent',
        Issuer: issuer,
        Audience: SIGNIN,
        NameQualifier: samlNameQualifier(issuer, DEV_ACCOUNT, 'SAML-test'),
        AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/TestSaml/bob' },
      });
      expectTemporaryCredentials(p.Credentials, DEV_ACCOUNT, { wire: false });
      expect(okResult(r, 'saml-transient')).toMatchObject({ Subject: 'tmp-1', SubjectType: 'transient' });
    });

    it('AssumeRoleWithSAML accepts an assertion-only or doubly signed response and provider-first role pairs', () => {
      for (const id of ['saml-sign-assertion', 'saml-sign-both', 'saml-provider-first']) expect(okResult(r, id).AssumedRoleUser).toMatchObject({ Arn: expect.stringContaining(':assumed-role/TestSaml/') });
    });

    it('AssumeRoleWithSAML takes session tags and SourceIdentity from attributes', () => {
      const out = okResult(r, 'saml-tags');
      expect(out.SourceIdentity).toBe('saml-src');
      expect(Number.isInteger(out.PackedPolicySize)).toBe(true);
      expect(Number(out.PackedPolicySize)).toBeGreaterThan(0);
      expect(okResult(r, 'saml-tags-identity').Arn).toBe('arn:aws:sts::123456789012:assumed-role/TestSaml/tagged');
    });

    it('AssumeRoleWithSAML: the SessionDuration attribute only shortens the session; DurationSeconds is honoured', () => {
      about(lifetime('saml-session-duration'), 900);
      about(lifetime('saml-duration'), 7200);
      about(lifetime('saml-session-duration-longer'), 3600);
    });

    it('AssumeRoleWithSAML rejections', () => {
      expectCode(r['saml-expired'], 'ExpiredTokenException', 400);
      expectCode(r['saml-wrong-recipient'], 'InvalidIdentityToken', 400);
      expectCode(r['saml-regional-recipient'], 'AccessDenied', 403, /^Not authorized to perform sts:AssumeRoleWithSAML/);
      expectCode(r['saml-wrong-issuer'], 'InvalidIdentityToken', 400, 'Issuer not present in specified provider');
      expectCode(r['saml-tampered'], 'InvalidIdentityToken', 400, 'Response signature invalid');
      expectCode(r['saml-unsigned'], 'InvalidIdentityToken', 400);
      expectCode(r['saml-no-session-name'], 'InvalidIdentityToken', 400, 'RoleSessionName is required in AuthnResponse');
      expectCode(r['saml-bad-session-name'], 'InvalidIdentityToken', 400, 'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}');
      expectCode(r['saml-bad-source'], 'InvalidIdentityToken', 400, 'Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin with "aws:"');
      expectCode(r['saml-role-mismatch'], 'AccessDenied', 403, /^Not authorized to perform sts:AssumeRoleWithSAML/);
      expect(r['saml-provider-mismatch']?.ok, 'a PrincipalArn that is not in the assertion').toBe(false);
      expect(okResult(r, 'saml-two-roles').AssumedRoleUser, 'the pair matching RoleArn is chosen from a multi-valued Role attribute').toMatchObject({
        Arn: expect.stringContaining(':assumed-role/TestSaml/'),
      });
    });

    it('AssumeRoleWithWebIdentity returns SubjectFromWebIdentityToken, Audience and the provider ARN', () => {
      const out = okResult(r, 'web-ok');
      expect(out).toMatchObject({
        SubjectFromWebIdentityToken: 'user-42',
        Audience: 'workbench-client',
        Provider: 'arn:aws:iam::123456789012:oidc-provider/sandbox.idp.local',
        AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/FederatedWebIdentityRole/web-user' },
      });
      expectTemporaryCredentials(out.Credentials, DEV_ACCOUNT, { wire: false });
      expect(out.PackedPolicySize, 'no policy and no tags').toBeUndefined();
      expect(okResult(r, 'gh-ok').SubjectFromWebIdentityToken).toBe('repo:example-org/example-repo:pull_request');
    });

    it('AssumeRoleWithWebIdentity takes tags and SourceIdentity from the token claims', () => {
      const out = okResult(r, 'web-tags');
      expect(out.SourceIdentity).toBe('oidc-src');
      expect(Number(out.PackedPolicySize)).toBeGreaterThan(0);
      expectCode(r['gh-tags-untrusted'], 'AccessDenied', 403, /^Not authorized to perform sts:(AssumeRoleWithWebIdentity|TagSession)/);
    });

    it('AssumeRoleWithWebIdentity rejections', () => {
      expectCode(r['web-wrong-aud'], 'InvalidIdentityToken', 400, 'Incorrect token audience');
      expectCode(r['web-expired'], 'ExpiredTokenException', 400, /^Token expired: current date\/time \d+ must be before the expiration date\/time\d+$/);
      const [, current, expiry] = /time (\d+) must be before the expiration date\/time(\d+)/.exec(r['web-expired']?.error?.Message ?? '') ?? [];
      expect(Number(current)).toBeGreaterThan(Number(expiry));
      expectCode(r['web-unknown-issuer'], 'InvalidIdentityToken', 400, 'No OpenIDConnect provider found in your account for https://wrong-issuer.idp.local');
      expectCode(r['web-bad-signature'], 'InvalidIdentityToken', 400);
      // Real AWS has two spaces after the comma (seen in many client logs); the reference quotes one.
      expect(['InvalidIdentityToken', 'IDPCommunicationError']).toContain(r['web-unknown-kid']?.error?.Code);
      expect(r['web-unknown-kid']?.error?.Message).toMatch(/^Couldn't retrieve verification key from your identity provider, {1,2}please reference AssumeRoleWithWebIdentity documentation for requirements$/);
      expectCode(r['web-fraction-exp'], 'InvalidIdentityToken', 400);
      expectCode(r['gh-other-repo'], 'AccessDenied', 403, /^Not authorized to perform sts:AssumeRoleWithWebIdentity/);
      expectCode(r['web-over-max'], 'ValidationError', 400, 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
    });
  });

  // Last: moves the sandbox clock, which governs assertion and token lifetimes (contracts §4).
  describe.skipIf(!HAS_BOTO3)('lifetimes follow the sandbox clock', () => {
    let res: Record<string, BotoResult> = {};
    beforeAll(async () => {
      const saml = await mintSaml(sb.url, { lifetimeSeconds: 60 });
      const { token } = await mintOidc(sb.url, { aud: 'workbench-client', lifetimeSeconds: 60 });
      await advanceClock(sb.url, 120);
      res = await runBoto(sb.url, [
        { id: 'saml', op: 'assume_role_with_saml', creds: 'unsigned', params: { RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: saml.samlResponse } },
        { id: 'oidc', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'late', WebIdentityToken: token } },
      ]);
    });
    it('an expired SAML assertion: ExpiredTokenException (400)', () => expectCode(res.saml, 'ExpiredTokenException', 400));
    it('an expired OIDC token: ExpiredTokenException (400)', () => expectCode(res.oidc, 'ExpiredTokenException', 400, /^Token expired: /));
  });
});
