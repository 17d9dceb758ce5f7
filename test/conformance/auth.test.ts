/**
 * Authentication and caller rules (reference §2, §3.4, §4, §5.3, §6): missing / unknown / tampered
 * credentials, wrong secrets, the ±15-minute signature window, malformed Authorization headers,
 * expired session credentials, who may call what, and GetCallerIdentity per caller type.
 */
import { GetScopedCredentialsCommand } from '@aws-sdk/client-sts';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountOfKeyId, expectStsError as expectError, expectTemporaryCredentials } from './support/checks';
import {
  DEV_ADMIN,
  HAS_BOTO3,
  PROD_ACCOUNT,
  PROD_ALICE,
  PROD_ROOT,
  credsOf,
  noticeMissing,
  okResult,
  outcomeOf,
  runBoto,
  sdkClient,
  type BotoCase,
  type BotoResult,
  type Creds,
} from './support/clients';
import { advanceClock, getClock, mintOidc, mintSaml, practiceDenial } from './support/controls';
import { useSandbox } from './support/server';
import { amzDate, formBody, parseErrorEnvelope, rawPost, signPost, signedCall } from './support/wire';

noticeMissing({ boto3: true }, 'authentication (boto3)');

const ROLE = 'arn:aws:iam::123456789012:role/xaccounts3access';
const AUDITOR = 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor';
const INVALID_TOKEN = 'The security token included in the request is invalid.';
const BAD_SIGNATURE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const STAMP = /(\d{8}T\d{6}Z)/.source;

/** Flips one character in the middle of a token, staying inside its alphabet. */
function tamper(token: string): string {
  const i = Math.floor(token.length / 2);
  const c = token[i] === 'A' ? 'B' : 'A';
  return token.slice(0, i) + c + token.slice(i + 1);
}

/** The same bytes with other padding: '=' removed when there is some, added when there is none. */
function repad(token: string): string {
  return token.endsWith('=') ? token.replace(/=+$/, '') : `${token}==`;
}

const stampToMs = (s: string) => Date.parse(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`);

describe('auth', () => {
  const sb = useSandbox();

  describe('raw HTTP and the JS SDK', () => {
    it('refuses GetScopedCredentials with long-term keys (@aws-sdk/client-sts)', async () => {
      const err = await sdkClient(sb.url, DEV_ADMIN)
        .send(new GetScopedCredentialsCommand({ DurationSeconds: 900 }))
        .then(() => undefined, (e: unknown) => e as { name?: string; $metadata?: { httpStatusCode?: number } });
      expect(err?.name).toBe('InvalidSubjectCredentialsException');
      expect(err?.$metadata?.httpStatusCode).toBe(400);
      const rootErr = await sdkClient(sb.url, PROD_ROOT)
        .send(new GetScopedCredentialsCommand({ DurationSeconds: 900 }))
        .then(() => undefined, (e: unknown) => e as { name?: string });
      expect(rootErr?.name).toBe('InvalidSubjectCredentialsException');
    });

    it('answers malformed Authorization headers with IncompleteSignature (400)', async () => {
      const body = formBody({ Action: 'GetCallerIdentity', Version: '2011-06-15' });
      const signed = signPost({ url: sb.url, body, creds: DEV_ADMIN });
      const day = amzDate(new Date()).slice(0, 8);
      const send = async (authorization: string) => {
        const res = await rawPost(sb.url, body, { ...signed, authorization });
        return { status: res.status, ...parseErrorEnvelope(res.text) };
      };
      const sig = 'Signature=' + '0'.repeat(64);

      const fourParts = `${DEV_ADMIN.accessKeyId}/${day}/us-east-1/sts`;
      const a = await send(`AWS4-HMAC-SHA256 Credential=${fourParts}, SignedHeaders=content-type;host;x-amz-date, ${sig}`);
      expect(a).toMatchObject({ status: 400, code: 'IncompleteSignature' });
      expect(a.message).toContain(`Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${fourParts}'`);

      const noEquals = `${DEV_ADMIN.accessKeyId}/${day}/us-east-1/sts/aws4_request`;
      const header = `AWS4-HMAC-SHA256 ${noEquals}, SignedHeaders=content-type;host;x-amz-date, ${sig}`;
      const b = await send(header);
      expect(b).toMatchObject({ status: 400, code: 'IncompleteSignature' });
      expect(b.message).toContain(`'${noEquals}' not a valid key=value pair (missing equal-sign) in Authorization header: '${header}'`);

      const c = await send(`AWS4-HMAC-SHA256 SignedHeaders=content-type;host;x-amz-date, ${sig}`);
      expect(c).toMatchObject({ status: 400, code: 'IncompleteSignature' });
      expect(c.message).toMatch(/^Authorization header requires 'Credential' parameter\./);
    });

    it('checks the credential scope: service and date', async () => {
      const res = await signedCall(sb.url, { Action: 'GetCallerIdentity' }, DEV_ADMIN, { service: 's3' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(parseErrorEnvelope(res.text).message).toMatch(/^Credential should be scoped to correct service: 'sts'/);

      const body = formBody({ Action: 'GetCallerIdentity', Version: '2011-06-15' });
      const headers = signPost({ url: sb.url, body, creds: DEV_ADMIN, date: new Date() });
      const shifted = headers.authorization?.replace(/Credential=(\w+)\/(\d{8})\//, (_m, k: string, d: string) => `Credential=${k}/${String(Number(d) - 1)}/`) ?? '';
      const res2 = await rawPost(sb.url, body, { ...headers, authorization: shifted });
      expect(res2.status).toBeGreaterThanOrEqual(400);
      expect(parseErrorEnvelope(res2.text).message).toMatch(/^Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP/);
    });
  });

  describe.skipIf(!HAS_BOTO3)('who is calling, and may they (boto3)', () => {
    let r: Record<string, BotoResult> = {};
    let r2: Record<string, BotoResult> = {};
    let session: Creds;

    beforeAll(async () => {
      const { token } = await mintOidc(sb.url, { aud: 'workbench-client' });
      const { samlResponse } = await mintSaml(sb.url);
      const { encodedMessage } = await practiceDenial(sb.url);
      const cases: BotoCase[] = [
        { id: 'session', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'auth-test' } },
        { id: 'other-session', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'other' } },
        { id: 'unsigned', op: 'get_caller_identity', creds: 'unsigned' },
        { id: 'unknown-key', op: 'get_caller_identity', creds: { accessKeyId: 'AKIAZZZZZZZZZZZZZZZZ', secretAccessKey: 'x'.repeat(40) } },
        { id: 'wrong-secret', op: 'get_caller_identity', creds: { ...DEV_ADMIN, secretAccessKey: DEV_ADMIN.secretAccessKey.replace('devadmin', 'devadmix') } },
        { id: 'skew-past', op: 'get_caller_identity', skewSeconds: -20 * 60 },
        { id: 'skew-future', op: 'get_caller_identity', skewSeconds: 20 * 60 },
        { id: 'skew-within', op: 'get_caller_identity', skewSeconds: -10 * 60 },
        { id: 'gst-with-session', op: 'get_session_token', creds: { from: 'session' } },
        { id: 'gft-with-session', op: 'get_federation_token', creds: { from: 'session' }, params: { Name: 'nope' } },
        { id: 'root-assume', op: 'assume_role', creds: PROD_ROOT, params: { RoleArn: 'arn:aws:iam::111122223333:role/Developer', RoleSessionName: 'root' } },
        { id: 'root-identity', op: 'get_caller_identity', creds: PROD_ROOT },
      { id: 'root-gst', op: 'get_session_token', creds: PROD_ROOT },
      { id: 'root-gst-identity', op: 'get_caller_identity', creds: { from: 'root-gst' } },
      { id: 'root-gst-assume', op: 'assume_role', creds: { from: 'root-gst' }, params: { RoleArn: 'arn:aws:iam::111122223333:role/Developer', RoleSessionName: 'root' } },
        { id: 'alice-identity', op: 'get_caller_identity', creds: PROD_ALICE },
        { id: 'session-identity', op: 'get_caller_identity', creds: { from: 'session' } },
        { id: 'gst', op: 'get_session_token' },
        { id: 'gst-identity', op: 'get_caller_identity', creds: { from: 'gst' } },
        { id: 'gst-assume', op: 'assume_role', creds: { from: 'gst' }, params: { RoleArn: AUDITOR, RoleSessionName: 'from-gst' } },
        { id: 'gst-decode', op: 'decode_authorization_message', creds: { from: 'gst' }, params: { EncodedMessage: encodedMessage } },
        { id: 'gst-akid', op: 'get_access_key_info', creds: { from: 'gst' }, params: { AccessKeyId: 'ASIAY34FZKBOKMUTVV7A' } },
        { id: 'decode-line-break', op: 'decode_authorization_message', params: { EncodedMessage: `${encodedMessage.slice(0, 40)}\n${encodedMessage.slice(40)}` } },
        { id: 'decode-ok', op: 'decode_authorization_message', params: { EncodedMessage: encodedMessage } },
        { id: 'fed', op: 'get_federation_token', params: { Name: 'Carol', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) } },
        { id: 'fed-identity', op: 'get_caller_identity', creds: { from: 'fed' } },
        { id: 'fed-assume', op: 'assume_role', creds: { from: 'fed' }, params: { RoleArn: AUDITOR, RoleSessionName: 'from-fed' } },
        { id: 'root-session', op: 'assume_root', params: { TargetPrincipal: PROD_ACCOUNT, TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' } } },
        { id: 'root-session-identity', op: 'get_caller_identity', creds: { from: 'root-session' } },
        { id: 'alice-decode', op: 'decode_authorization_message', creds: PROD_ALICE, params: { EncodedMessage: encodedMessage } },
        { id: 'alice-akid', op: 'get_access_key_info', creds: PROD_ALICE, params: { AccessKeyId: 'ASIAY34FZKBOKMUTVV7A' } },
        { id: 'akid-example', op: 'get_access_key_info', params: { AccessKeyId: 'ASIAY34FZKBOKMUTVV7A' } },
        { id: 'akid-nines', op: 'get_access_key_info', params: { AccessKeyId: 'AKIA6RVFFB77RE7OLMKI' } },
        { id: 'akid-own', op: 'get_access_key_info', params: { AccessKeyId: PROD_ALICE.accessKeyId } },
        { id: 'web-unsigned', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole', RoleSessionName: 'unsigned-web', WebIdentityToken: token } },
        { id: 'saml-unsigned', op: 'assume_role_with_saml', creds: 'unsigned', params: { RoleArn: 'arn:aws:iam::123456789012:role/TestSaml', PrincipalArn: 'arn:aws:iam::123456789012:saml-provider/SAML-test', SAMLAssertion: samlResponse } },
      ];
      r = await runBoto(sb.url, cases);
      session = credsOf(okResult(r, 'session'));
      const other = credsOf(okResult(r, 'other-session'));
      r2 = await runBoto(sb.url, [
        { id: 'no-token', op: 'get_caller_identity', creds: { accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey } },
        { id: 'tampered-token', op: 'get_caller_identity', creds: { ...session, sessionToken: tamper(session.sessionToken ?? '') } },
        { id: 'swapped-token', op: 'get_caller_identity', creds: { ...session, sessionToken: other.sessionToken } },
        // Not exactly as issued: extra base64 appended, the padding changed, the token twice over.
        { id: 'appended-token', op: 'get_caller_identity', creds: { ...session, sessionToken: `${session.sessionToken ?? ''}AAAA` } },
        { id: 'repadded-token', op: 'get_caller_identity', creds: { ...session, sessionToken: repad(session.sessionToken ?? '') } },
        { id: 'doubled-token', op: 'get_caller_identity', creds: { ...session, sessionToken: (session.sessionToken ?? '').repeat(2) } },
        { id: 'session-wrong-secret', op: 'get_caller_identity', creds: { ...session, secretAccessKey: other.secretAccessKey } },
        { id: 'session-ok', op: 'get_caller_identity', creds: session },
      { id: 'akid-minted', op: 'get_access_key_info', params: { AccessKeyId: credsOf(okResult(r, 'root-session')).accessKeyId } },
      ]);
    });

    it('refuses an unsigned GetCallerIdentity: MissingAuthenticationToken (403)', () => {
      expectError(r.unsigned, 'MissingAuthenticationToken', 403, 'Request is missing Authentication Token');
    });

    it('refuses an unknown access key: InvalidClientTokenId (403)', () => {
      expectError(r['unknown-key'], 'InvalidClientTokenId', 403, INVALID_TOKEN);
    });

    it('refuses an ASIA key without its session token: InvalidClientTokenId', () => {
      expectError(r2['no-token'], 'InvalidClientTokenId', 403, INVALID_TOKEN);
    });

    it('refuses a tampered session token: InvalidClientTokenId', () => {
      expectError(r2['tampered-token'], 'InvalidClientTokenId', 403, INVALID_TOKEN);
    });

    it('refuses a session token that is not exactly as issued (appended bytes, changed padding, doubled): InvalidClientTokenId', () => {
      for (const id of ['appended-token', 'repadded-token', 'doubled-token']) expectError(r2[id], 'InvalidClientTokenId', 403, INVALID_TOKEN);
      expect(outcomeOf(r2['session-ok']), 'the token as issued still works').toBe('allow');
    });

    it("refuses another session's token with this session's key: InvalidClientTokenId", () => {
      expectError(r2['swapped-token'], 'InvalidClientTokenId', 403, INVALID_TOKEN);
    });

    it('refuses a wrong secret: SignatureDoesNotMatch (403)', () => {
      expectError(r['wrong-secret'], 'SignatureDoesNotMatch', 403, BAD_SIGNATURE);
      expectError(r2['session-wrong-secret'], 'SignatureDoesNotMatch', 403, BAD_SIGNATURE);
    });

    it('accepts the session credentials themselves', () => {
      expect(okResult(r2, 'session-ok').Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/auth-test');
    });

    it('refuses a signature 20 minutes old: "Signature expired: … (now - 15 min.)"', () => {
      expectError(r['skew-past'], 'SignatureDoesNotMatch', 403);
      const m = new RegExp(`^Signature expired: ${STAMP} is now earlier than ${STAMP} \\(${STAMP} - 15 min\\.\\)$`).exec(r['skew-past']?.error?.Message ?? '');
      expect(m, r['skew-past']?.error?.Message).not.toBeNull();
      const [req, earliest, now] = [m?.[1], m?.[2], m?.[3]].map((s) => stampToMs(s ?? ''));
      expect((now ?? 0) - (earliest ?? 0)).toBe(15 * 60 * 1000);
      expect(req).toBeLessThan(earliest ?? 0);
      expect(Math.abs((now ?? 0) - (req ?? 0) - 20 * 60 * 1000)).toBeLessThan(120_000);
    });

    it('refuses a signature 20 minutes ahead: "Signature not yet current: … (now + 15 min.)"', () => {
      expectError(r['skew-future'], 'SignatureDoesNotMatch', 403);
      const m = new RegExp(`^Signature not yet current: ${STAMP} is still later than ${STAMP} \\(${STAMP} \\+ 15 min\\.\\)$`).exec(r['skew-future']?.error?.Message ?? '');
      expect(m, r['skew-future']?.error?.Message).not.toBeNull();
      const [req, latest, now] = [m?.[1], m?.[2], m?.[3]].map((s) => stampToMs(s ?? ''));
      expect((latest ?? 0) - (now ?? 0)).toBe(15 * 60 * 1000);
      expect(req).toBeGreaterThan(latest ?? 0);
    });

    it('accepts a signature 10 minutes old (inside the window)', () => {
      expect(okResult(r, 'skew-within').Arn).toBe('arn:aws:iam::123456789012:user/DevAdmin');
    });

    it('refuses GetSessionToken and GetFederationToken with session credentials', () => {
      expectError(r['gst-with-session'], 'AccessDenied', 403, 'Cannot call GetSessionToken with session credentials');
      expectError(r['gft-with-session'], 'AccessDenied', 403, 'Cannot call GetFederationToken with session credentials');
    });

    it('refuses AssumeRole with root keys: "Roles may not be assumed by root accounts."', () => {
      expectError(r['root-assume'], 'AccessDenied', 403, 'Roles may not be assumed by root accounts.');
      expectError(r['root-gst-assume'], 'AccessDenied', 403, 'Roles may not be assumed by root accounts.');
    });

    it('lets GetSessionToken credentials call AssumeRole', () => {
      expect(okResult(r, 'gst-assume')).toHaveProperty('AssumedRoleUser.Arn', 'arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/from-gst');
      expect(okResult(r, 'decode-ok').DecodedMessage, 'the same message decodes with the long-term keys').toBeTypeOf('string');
    });

    it('refuses DecodeAuthorizationMessage with GetSessionToken credentials (reference §2.10)', () => {
      expectError(r['gst-decode'], 'AccessDenied', 403);
    });

    it('refuses GetAccessKeyInfo with GetSessionToken credentials (reference §2.10)', () => {
      expectError(r['gst-akid'], 'AccessDenied', 403);
    });

    it('refuses an encoded message with a line break: InvalidAuthorizationMessageException (400)', () => {
      expectError(r['decode-line-break'], 'InvalidAuthorizationMessageException', 400);
    });

    it('lets federated-user credentials call GetCallerIdentity and nothing else in STS', () => {
      expect(okResult(r, 'fed-identity')).toEqual({ UserId: '123456789012:Carol', Account: '123456789012', Arn: 'arn:aws:sts::123456789012:federated-user/Carol' });
      expectError(r['fed-assume'], 'AccessDenied', 403);
    });

    it('reports GetCallerIdentity per caller type (reference §3.4)', () => {
      expect(okResult(r, 'root-identity')).toEqual({ UserId: PROD_ACCOUNT, Account: PROD_ACCOUNT, Arn: 'arn:aws:iam::111122223333:root' });
      expect(okResult(r, 'root-gst-identity'), 'root GetSessionToken credentials').toEqual({ UserId: PROD_ACCOUNT, Account: PROD_ACCOUNT, Arn: 'arn:aws:iam::111122223333:root' });
      expect(okResult(r, 'alice-identity')).toEqual({ UserId: expect.stringMatching(/^AIDA[A-Z0-9]{17}$/), Account: PROD_ACCOUNT, Arn: 'arn:aws:iam::111122223333:user/engineering/Alice' });
      const roleId = String(okResult(r, 'session-identity').UserId);
      expect(roleId).toMatch(/^AROA[A-Z0-9]{17}:auth-test$/);
      expect(okResult(r, 'session-identity')).toMatchObject({ Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/auth-test' });
      expect(roleId).toBe(String((okResult(r, 'session').AssumedRoleUser as Record<string, string>).AssumedRoleId));
      const otherSession = String((okResult(r, 'gst-assume').AssumedRoleUser as Record<string, string>).AssumedRoleId);
      expect(otherSession.split(':')[0], 'the role ID is stable across sessions').toBe(roleId.split(':')[0]);
      const userIdentity = okResult(r, 'gst-identity');
      expect(userIdentity.Arn).toBe('arn:aws:iam::123456789012:user/DevAdmin');
      expect(String(userIdentity.UserId)).toMatch(/^AIDA[A-Z0-9]{17}$/);
      expect(okResult(r, 'root-session-identity')).toEqual({ UserId: PROD_ACCOUNT, Account: PROD_ACCOUNT, Arn: 'arn:aws:iam::111122223333:root' });
    });

    it('GetAccessKeyInfo decodes any key to its account (reference §11) and needs permission', () => {
      expect(okResult(r, 'akid-example')).toEqual({ Account: '609629065308' });
      expect(okResult(r, 'akid-nines')).toEqual({ Account: '999999999999' });
      expect(okResult(r, 'akid-own')).toEqual({ Account: accountOfKeyId(PROD_ALICE.accessKeyId) });
      expect(okResult(r2, 'akid-minted'), 'a key the sandbox minted for the member account').toEqual({ Account: PROD_ACCOUNT });
      expectError(
        r['alice-akid'],
        'AccessDenied',
        403,
        'User: arn:aws:iam::111122223333:user/engineering/Alice is not authorized to perform: sts:GetAccessKeyInfo because no identity-based policy allows the sts:GetAccessKeyInfo action',
      );
    });

    it('DecodeAuthorizationMessage needs sts:DecodeAuthorizationMessage', () => {
      expectError(
        r['alice-decode'],
        'AccessDenied',
        403,
        'User: arn:aws:iam::111122223333:user/engineering/Alice is not authorized to perform: sts:DecodeAuthorizationMessage because no identity-based policy allows the sts:DecodeAuthorizationMessage action',
      );
    });

    it('accepts unsigned AssumeRoleWithWebIdentity and AssumeRoleWithSAML', () => {
      expectTemporaryCredentials(okResult(r, 'web-unsigned').Credentials, '123456789012', { wire: false });
      expectTemporaryCredentials(okResult(r, 'saml-unsigned').Credentials, '123456789012', { wire: false });
    });

    // Last in this file: it moves the sandbox clock.
    it('refuses session credentials once the sandbox clock passes their expiry: ExpiredToken (403); signatures keep the real clock', async () => {
      const before = await getClock(sb.url);
      const moved = await advanceClock(sb.url, 3600 + 120);
      expect(moved.offsetSeconds - before.offsetSeconds).toBe(3720);
      expect(Math.abs(Date.parse(moved.nowIso) - Date.parse(moved.realNowIso) - moved.offsetSeconds * 1000)).toBeLessThan(2000);
      const after = await runBoto(sb.url, [
        { id: 'expired', op: 'get_caller_identity', creds: session },
        { id: 'long-term', op: 'get_caller_identity' },
        { id: 'signed-at-sandbox-time', op: 'get_caller_identity', skewSeconds: 3720 },
      ]);
      expectError(after.expired, 'ExpiredToken', 403, 'The security token included in the request is expired');
      expect(okResult(after, 'long-term').Arn).toBe('arn:aws:iam::123456789012:user/DevAdmin');
      expectError(after['signed-at-sandbox-time'], 'SignatureDoesNotMatch', 403, /^Signature not yet current: /);
    });
  });
});
