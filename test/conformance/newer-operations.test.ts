/**
 * The newer operations (reference §2.4, 2.8, 2.11, 2.12): GetWebIdentityToken verified with jose
 * against the sandbox's JWKS, GetDelegatedAccessToken with trade-in tokens (and their expiry),
 * AssumeRoot and its refusals, and GetScopedCredentials through @aws-sdk/client-sts.
 */
import { AssumeRoleCommand, GetCallerIdentityCommand, GetScopedCredentialsCommand } from '@aws-sdk/client-sts';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAbout, expectStsError, expectTemporaryCredentials, secondsUntil } from './support/checks';
import {
  DEV_ACCOUNT,
  DEV_ADMIN,
  HAS_BOTO3,
  PROD_ACCOUNT,
  PROD_ALICE,
  PROD_ROOT,
  noticeMissing,
  okResult,
  runBoto,
  sdkClient,
  type BotoResult,
  type Creds,
} from './support/clients';
import { advanceClock, delegationToken, getClock } from './support/controls';
import { useSandbox } from './support/server';

noticeMissing({ boto3: true }, 'GetWebIdentityToken, GetDelegatedAccessToken and AssumeRoot (boto3)');

const AUDITOR = 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor';
const ROOT_TASK = { arn: 'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy' };

describe('newer operations', () => {
  const sb = useSandbox();

  describe.skipIf(!HAS_BOTO3)('GetWebIdentityToken, GetDelegatedAccessToken and AssumeRoot (boto3)', () => {
    let r: Record<string, BotoResult> = {};
    let nowIso = '';

    beforeAll(async () => {
      const trade = await delegationToken(sb.url, { account: DEV_ACCOUNT, roleName: 'ReadOnlyAuditor', partnerAccountId: PROD_ACCOUNT });
      r = await runBoto(sb.url, [
      // GetWebIdentityToken from a role session that may call it.
      { id: 'auditor', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'outbound' } },
      { id: 'auditor-short', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'outbound-short', DurationSeconds: 900 } },
      { id: 'gwit-rs', op: 'get_web_identity_token', creds: { from: 'auditor' }, params: { Audience: ['https://api.example.com'], SigningAlgorithm: 'RS256', DurationSeconds: 300, Tags: [{ Key: 'env', Value: 'dev-claim' }] } },
      { id: 'gwit-es', op: 'get_web_identity_token', creds: { from: 'auditor' }, params: { Audience: ['https://a.example.com', 'https://b.example.com'], SigningAlgorithm: 'ES384' } },
      { id: 'gwit-escalation', op: 'get_web_identity_token', creds: { from: 'auditor-short' }, params: { Audience: ['https://api.example.com'], SigningAlgorithm: 'RS256', DurationSeconds: 3600 } },
      { id: 'gwit-no-permission', op: 'get_web_identity_token', creds: PROD_ALICE, params: { Audience: ['https://api.example.com'], SigningAlgorithm: 'RS256' } },

      // GetDelegatedAccessToken, signed by the partner.
      { id: 'delegated', op: 'get_delegated_access_token', creds: PROD_ALICE, params: { TradeInToken: trade.tradeInToken } },
      { id: 'delegated-identity', op: 'get_caller_identity', creds: { from: 'delegated' } },

      // AssumeRoot and its refusals.
      { id: 'root-ok', op: 'assume_root', params: { TargetPrincipal: PROD_ACCOUNT, TaskPolicyArn: ROOT_TASK, DurationSeconds: 600 } },
      { id: 'root-by-root', op: 'assume_root', creds: PROD_ROOT, params: { TargetPrincipal: PROD_ACCOUNT, TaskPolicyArn: ROOT_TASK } },
      { id: 'root-by-member', op: 'assume_root', creds: PROD_ALICE, params: { TargetPrincipal: PROD_ACCOUNT, TaskPolicyArn: ROOT_TASK } },
      { id: 'root-no-permission', op: 'assume_root', creds: { from: 'auditor' }, params: { TargetPrincipal: PROD_ACCOUNT, TaskPolicyArn: ROOT_TASK } },
      { id: 'root-not-member', op: 'assume_root', params: { TargetPrincipal: '999999999999', TaskPolicyArn: ROOT_TASK } },
      { id: 'root-bad-task', op: 'assume_root', params: { TargetPrincipal: PROD_ACCOUNT, TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/AdministratorAccess' } } },
      ]);
      nowIso = (await getClock(sb.url)).nowIso;
    });

    const lifetime = (id: string) => secondsUntil(String((okResult(r, id).Credentials as Record<string, string>).Expiration), nowIso);

  it('GetWebIdentityToken returns a JWT that verifies with the JWKS of /_sandbox/outbound/<account>/', async () => {
    const base = `${sb.url}/_sandbox/outbound/${DEV_ACCOUNT}`;
    const discovery = (await (await fetch(`${base}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    const jwks = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const keySet = createLocalJWKSet(jwks);
    const clock = await getClock(sb.url);
    const currentDate = new Date(clock.nowIso);

    const rs = okResult(r, 'gwit-rs');
    const rsToken = String(rs.WebIdentityToken);
    expect(decodeProtectedHeader(rsToken).alg).toBe('RS256');
    const { payload } = await jwtVerify(rsToken, keySet, { issuer: discovery.issuer, audience: 'https://api.example.com', currentDate });
    expect(payload.sub).toBe('arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor');
    expect(Number(payload.exp) - Number(payload.iat)).toBe(300);
    const awsClaims = payload['https://sts.amazonaws.com/'];
    expect(awsClaims, 'AWS claims under the https://sts.amazonaws.com/ namespace').toBeTypeOf('object');
    expect(JSON.stringify(awsClaims)).toContain('123456789012');
    expect(JSON.stringify(payload), 'request tags become claims').toContain('dev-claim');
    expectAbout(secondsUntil(String(rs.Expiration), clock.nowIso), 300);

    const esToken = String(okResult(r, 'gwit-es').WebIdentityToken);
    expect(decodeProtectedHeader(esToken).alg).toBe('ES384');
    const es = await jwtVerify(esToken, keySet, { issuer: discovery.issuer, currentDate });
    expect(es.payload.aud).toEqual(['https://a.example.com', 'https://b.example.com']);
    expect(Number(es.payload.exp) - Number(es.payload.iat), 'default 300 s').toBe(300);

    const tampered = rsToken.slice(0, -4) + (rsToken.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expect(jwtVerify(tampered, keySet, { currentDate })).rejects.toThrow();
  });

  it('GetWebIdentityToken refuses to outlive the calling session, and needs permission', () => {
    expectStsError(r['gwit-escalation'], 'SessionDurationEscalationException', 403);
    expectStsError(r['gwit-no-permission'], 'AccessDenied', 403);
  });

  it('GetDelegatedAccessToken trades a trade-in token for credentials in the customer account', () => {
    const out = okResult(r, 'delegated');
    expectTemporaryCredentials(out.Credentials, DEV_ACCOUNT, { wire: false });
    expect(String(out.AssumedPrincipal)).toMatch(/^arn:aws:(iam|sts)::123456789012:.*ReadOnlyAuditor/);
    expect(String(okResult(r, 'delegated-identity').Account)).toBe(DEV_ACCOUNT);
  });

  it('AssumeRoot issues root-task credentials for the member account', () => {
    const out = okResult(r, 'root-ok');
    expectTemporaryCredentials(out.Credentials, PROD_ACCOUNT, { wire: false });
    expect(out.AssumedRoleUser).toBeUndefined();
    expectAbout(lifetime('root-ok'), 600);
  });

  it('AssumeRoot refusals', () => {
    expectStsError(r['root-by-root'], 'AccessDenied', 403);
    expectStsError(r['root-by-member'], 'AccessDenied', 403);
    expectStsError(r['root-no-permission'], 'AccessDenied', 403);
    for (const id of ['root-not-member', 'root-bad-task']) {
      expect(r[id]?.ok, `${id} must be refused`).toBe(false);
      expect(r[id]?.status).toBeGreaterThanOrEqual(400);
      expect(r[id]?.status).toBeLessThan(500);
    }
  });
  });

  describe('GetScopedCredentials (@aws-sdk/client-sts)', () => {
    let session: Creds;
    let sessionExpiration = '';

    beforeAll(async () => {
      const out = await sdkClient(sb.url, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: AUDITOR, RoleSessionName: 'scoped-parent' }));
      const c = out.Credentials;
      session = { accessKeyId: c?.AccessKeyId ?? '', secretAccessKey: c?.SecretAccessKey ?? '', sessionToken: c?.SessionToken ?? '' };
      sessionExpiration = c?.Expiration?.toISOString() ?? '';
    });

    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' }] });

    it('keeps the identity, adds the scope-down policy and inherits the expiry', async () => {
      const out = await sdkClient(sb.url, session).send(new GetScopedCredentialsCommand({ Policy: policy }));
      const c = out.Credentials;
      expect(c?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
      expect(c?.AccessKeyId).not.toBe(session.accessKeyId);
      expectTemporaryCredentials({ ...c, Expiration: undefined }, DEV_ACCOUNT, { wire: false });
      expect(c?.Expiration?.getTime()).toBe(Date.parse(sessionExpiration));
      expect(out.SessionInfo?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/scoped-parent');
      expect(out.SessionInfo?.ScopedSessionId).toMatch(/^[\w+=,.@:-]{2,193}$/);
      expect(out.ScopedPoliciesCount).toBe(1);
      const scoped = { accessKeyId: c?.AccessKeyId ?? '', secretAccessKey: c?.SecretAccessKey ?? '', sessionToken: c?.SessionToken ?? '' };
      const who = await sdkClient(sb.url, scoped).send(new GetCallerIdentityCommand({}));
      expect(who.Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/scoped-parent');
      const again = await sdkClient(sb.url, scoped).send(new GetScopedCredentialsCommand({ Policy: policy }));
      expect(again.ScopedPoliciesCount).toBe(2);
    });

    it('shortens the life with DurationSeconds but never extends it', async () => {
      const { nowIso: now } = await getClock(sb.url);
      const out = await sdkClient(sb.url, session).send(new GetScopedCredentialsCommand({ DurationSeconds: 600 }));
      expectAbout(Math.round(((out.Credentials?.Expiration?.getTime() ?? 0) - Date.parse(now)) / 1000), 600);
      const err = await sdkClient(sb.url, session)
        .send(new GetScopedCredentialsCommand({ DurationSeconds: 129600 }))
        .then(() => undefined, (e: unknown) => e as { name?: string; $metadata?: { httpStatusCode?: number } });
      expect(err?.name).toBe('InsufficientSessionLifetimeException');
      expect(err?.$metadata?.httpStatusCode).toBe(400);
    });

    it('refuses a malformed scope-down policy', async () => {
      const err = await sdkClient(sb.url, session)
        .send(new GetScopedCredentialsCommand({ Policy: '{"Version": ' }))
        .then(() => undefined, (e: unknown) => e as { name?: string });
      expect(err?.name).toBe('MalformedPolicyDocumentException');
    });
  });

  // Last: moves the sandbox clock.
  describe.skipIf(!HAS_BOTO3)('an expired trade-in token', () => {
    it('answers ExpiredTradeInTokenException (400)', async () => {
      const trade = await delegationToken(sb.url, { account: DEV_ACCOUNT, roleName: 'ReadOnlyAuditor', partnerAccountId: PROD_ACCOUNT, lifetimeSeconds: 60 });
      await advanceClock(sb.url, 120);
      const res = await runBoto(sb.url, [{ id: 'expired', op: 'get_delegated_access_token', creds: PROD_ALICE, params: { TradeInToken: trade.tradeInToken } }]);
      expectStsError(res.expired, 'ExpiredTradeInTokenException', 400);
    });
  });
});
