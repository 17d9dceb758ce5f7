/**
 * The STS Query/XML wire protocol (reference §5): envelopes, namespace, request IDs, the error
 * envelope, HTTP statuses per error code, GET with a presigned URL, unknown actions and CORS.
 * Raw HTTP (our own SigV4 signer) plus boto3 for the status table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_ADMIN, HAS_BOTO3, noticeMissing, runBoto, type BotoCase, type BotoResult } from './support/clients';
import { amazonToken, mintOidc, practiceDenial } from './support/controls';
import { useSandbox } from './support/server';
import { STS_NS, UUID, childElements, formBody, parseErrorEnvelope, parseXml, rawPost, signedCall, xmlPath, xmlText } from './support/wire';

noticeMissing({ boto3: true }, 'protocol status table and presigned GET (boto3)');

describe('protocol', () => {
  const sb = useSandbox();

  describe('Query API over raw HTTP', () => {
    it('answers GetCallerIdentity with the namespaced success envelope and a UUID RequestId equal to x-amzn-RequestId', async () => {
      const res = await signedCall(sb.url, { Action: 'GetCallerIdentity' }, DEV_ADMIN);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
      expect(res.headers.get('date')).toBeTruthy();
      const root = parseXml(res.text);
      expect(root.localName).toBe('GetCallerIdentityResponse');
      expect(root.namespaceURI).toBe(STS_NS);
      expect(childElements(root).map((e) => e.localName)).toEqual(['GetCallerIdentityResult', 'ResponseMetadata']);
      const result = xmlPath(root, 'GetCallerIdentityResult');
      expect(result?.namespaceURI).toBe(STS_NS);
      expect(xmlText(xmlPath(root, 'GetCallerIdentityResult', 'Arn'))).toBe('arn:aws:iam::123456789012:user/DevAdmin');
      expect(xmlText(xmlPath(root, 'GetCallerIdentityResult', 'Account'))).toBe('123456789012');
      expect(xmlText(xmlPath(root, 'GetCallerIdentityResult', 'UserId'))).toMatch(/^AIDA[A-Z0-9]{17}$/);
      const requestId = xmlText(xmlPath(root, 'ResponseMetadata', 'RequestId'));
      expect(requestId).toMatch(UUID);
      expect(res.headers.get('x-amzn-requestid')).toBe(requestId);
    });

    it('gives a fresh RequestId per request', async () => {
      const a = await signedCall(sb.url, { Action: 'GetCallerIdentity' }, DEV_ADMIN);
      const b = await signedCall(sb.url, { Action: 'GetCallerIdentity' }, DEV_ADMIN);
      expect(a.headers.get('x-amzn-requestid')).not.toBe(b.headers.get('x-amzn-requestid'));
    });

    it('wraps AssumeRole in AssumeRoleResponse/AssumeRoleResult and omits absent optional members', async () => {
      const res = await signedCall(sb.url, { Action: 'AssumeRole', RoleArn: 'arn:aws:iam::123456789012:role/xaccounts3access', RoleSessionName: 'wire' }, DEV_ADMIN);
      expect(res.status).toBe(200);
      const root = parseXml(res.text);
      expect(root.localName).toBe('AssumeRoleResponse');
      expect(root.namespaceURI).toBe(STS_NS);
      const result = xmlPath(root, 'AssumeRoleResult');
      expect(result).toBeDefined();
      const names = childElements(result as NonNullable<typeof result>).map((e) => e.localName);
      expect(names).toContain('Credentials');
      expect(names).toContain('AssumedRoleUser');
      expect(names, 'PackedPolicySize absent when no policy or tags were passed').not.toContain('PackedPolicySize');
      expect(names, 'SourceIdentity absent when none was set').not.toContain('SourceIdentity');
      expect(childElements(xmlPath(root, 'AssumeRoleResult', 'Credentials') as NonNullable<typeof result>).map((e) => e.localName).sort()).toEqual(
        ['AccessKeyId', 'Expiration', 'SecretAccessKey', 'SessionToken'],
      );
      expect(xmlText(xmlPath(root, 'AssumeRoleResult', 'Credentials', 'Expiration'))).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(xmlText(xmlPath(root, 'AssumeRoleResult', 'AssumedRoleUser', 'Arn'))).toBe('arn:aws:sts::123456789012:assumed-role/xaccounts3access/wire');
    });

    it('reports PackedPolicySize when a session policy is passed', async () => {
      const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
      const res = await signedCall(sb.url, { Action: 'AssumeRole', RoleArn: 'arn:aws:iam::123456789012:role/xaccounts3access', RoleSessionName: 'wire', Policy: policy }, DEV_ADMIN);
      expect(res.status).toBe(200);
      const size = xmlText(xmlPath(parseXml(res.text), 'AssumeRoleResult', 'PackedPolicySize'));
      expect(size).toMatch(/^\d+$/);
      expect(Number(size)).toBeGreaterThan(0);
    });

    it('uses the error envelope: ErrorResponse/Error/{Type,Code,Message} with RequestId as a sibling of Error', async () => {
      const res = await signedCall(sb.url, { Action: 'AssumeRole', RoleArn: 'arn:aws:iam::123456789012:role/xaccounts3access', RoleSessionName: 'Session1:2' }, DEV_ADMIN);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
      const root = parseXml(res.text);
      expect(root.localName).toBe('ErrorResponse');
      expect(root.namespaceURI).toBe(STS_NS);
      expect(childElements(root).map((e) => e.localName)).toEqual(['Error', 'RequestId']);
      expect(childElements(xmlPath(root, 'Error') as NonNullable<ReturnType<typeof xmlPath>>).map((e) => e.localName)).toEqual(['Type', 'Code', 'Message']);
      const env = parseErrorEnvelope(res.text);
      expect(env).toEqual({
        type: 'Sender',
        code: 'ValidationError',
        message: "1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
        requestId: expect.stringMatching(UUID),
      });
      expect(res.headers.get('x-amzn-requestid')).toBe(env.requestId);
    });

    it('carries DecodedMessage as XML-escaped JSON text', async () => {
      const { encodedMessage } = await practiceDenial(sb.url);
      const res = await signedCall(sb.url, { Action: 'DecodeAuthorizationMessage', EncodedMessage: encodedMessage }, DEV_ADMIN);
      expect(res.status).toBe(200);
      const decoded = xmlText(xmlPath(parseXml(res.text), 'DecodeAuthorizationMessageResult', 'DecodedMessage'));
      const json = JSON.parse(decoded ?? '') as Record<string, unknown>;
      expect(json.allowed).toBe(false);
    });

    it('answers a signed unknown Action with InvalidAction (400)', async () => {
      const res = await signedCall(sb.url, { Action: 'AssumeEverything' }, DEV_ADMIN);
      expect(res.status).toBe(400);
      const env = parseErrorEnvelope(res.text);
      expect(env.code).toBe('InvalidAction');
      expect(env.type).toBe('Sender');
      expect(env.message).toContain('AssumeEverything');
      expect(env.message).toContain('2011-06-15');
    });

    it('answers an unsigned signed-operation GET with MissingAuthenticationToken (403)', async () => {
      const res = await fetch(`${sb.url}/?Action=GetCallerIdentity&Version=2011-06-15`);
      expect(res.status).toBe(403);
      const env = parseErrorEnvelope(await res.text());
      expect(env.code).toBe('MissingAuthenticationToken');
      expect(env.message).toBe('Request is missing Authentication Token');
    });

    it('accepts an unsigned AssumeRoleWithWebIdentity by POST form', async () => {
      const { token } = await mintOidc(sb.url, { aud: 'workbench-client' });
      const body = formBody({ Action: 'AssumeRoleWithWebIdentity', Version: '2011-06-15', RoleArn: 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole', RoleSessionName: 'raw-web', WebIdentityToken: token });
      const res = await rawPost(sb.url, body);
      expect(res.status).toBe(200);
      expect(parseXml(res.text).localName).toBe('AssumeRoleWithWebIdentityResponse');
    });

    it('answers a CORS preflight permissively for the SDK headers', async () => {
      const res = await fetch(`${sb.url}/`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://example.test:3000',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,x-amz-date,x-amz-security-token,x-amz-user-agent,amz-sdk-invocation-id,amz-sdk-request',
        },
      });
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(300);
      const origin = res.headers.get('access-control-allow-origin');
      expect(['*', 'http://example.test:3000']).toContain(origin);
      expect((res.headers.get('access-control-allow-methods') ?? '').toUpperCase()).toContain('POST');
      const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const h of ['authorization', 'content-type', 'x-amz-date', 'x-amz-security-token', 'amz-sdk-invocation-id']) expect(allowed === '*' || allowed.includes(h), h).toBe(true);
    });

    it('lets a page read the request ID cross-origin', async () => {
      const res = await signedCall(sb.url, { Action: 'GetCallerIdentity' }, DEV_ADMIN);
      expect(res.headers.get('access-control-allow-origin')).toBeTruthy();
      expect((res.headers.get('access-control-expose-headers') ?? '').toLowerCase()).toContain('x-amzn-requestid');
    });
  });

  describe.skipIf(!HAS_BOTO3)('boto3 sees the right code, status and fault side', () => {
    let results: Record<string, BotoResult> = {};
    const ROLE = 'arn:aws:iam::123456789012:role/xaccounts3access';
    const WEB_ROLE = 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole';

    const table: { id: string; code: string; status: number }[] = [
      { id: 'validation', code: 'ValidationError', status: 400 },
      { id: 'duplicateTags', code: 'InvalidParameterValue', status: 400 },
      { id: 'accessDenied', code: 'AccessDenied', status: 403 },
      { id: 'unknownKey', code: 'InvalidClientTokenId', status: 403 },
      { id: 'wrongSecret', code: 'SignatureDoesNotMatch', status: 403 },
      { id: 'unsigned', code: 'MissingAuthenticationToken', status: 403 },
      { id: 'malformedPolicy', code: 'MalformedPolicyDocument', status: 400 },
      { id: 'wrongIssuer', code: 'InvalidIdentityToken', status: 400 },
      { id: 'expiredOidc', code: 'ExpiredTokenException', status: 400 },
      { id: 'badMessage', code: 'InvalidAuthorizationMessageException', status: 400 },
      { id: 'idpRejected', code: 'IDPRejectedClaim', status: 403 },
      { id: 'idpUnreachable', code: 'IDPCommunicationError', status: 400 },
    ];

    beforeAll(async () => {
      const wrongIssuer = (await mintOidc(sb.url, { faults: { wrongIssuer: true } })).token;
      const expired = (await mintOidc(sb.url, { aud: 'workbench-client', faults: { expired: true } })).token;
      const amazon = (await amazonToken(sb.url)).access_token;
      const alteredAmazon = amazon.slice(0, -6) + (amazon.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
      const cases: BotoCase[] = [
        { id: 'ok', op: 'get_caller_identity' },
        { id: 'validation', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'a' } },
        { id: 'duplicateTags', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'tags', Tags: [{ Key: 'Project', Value: 'a' }, { Key: 'project', Value: 'b' }] } },
        { id: 'accessDenied', op: 'assume_role', params: { RoleArn: 'arn:aws:iam::111122223333:role/Developer', RoleSessionName: 'nope' } },
        { id: 'unknownKey', op: 'get_caller_identity', creds: { accessKeyId: 'AKIARZPUZDIKAAAAAAAA', secretAccessKey: 'x'.repeat(40) } },
        { id: 'wrongSecret', op: 'get_caller_identity', creds: { accessKeyId: DEV_ADMIN.accessKeyId, secretAccessKey: 'wrong/Sandbox/EXAMPLEKEY+000000000000000' } },
        { id: 'unsigned', op: 'get_caller_identity', creds: 'unsigned' },
        { id: 'malformedPolicy', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'pol', Policy: '{not json' } },
        { id: 'wrongIssuer', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'web', WebIdentityToken: wrongIssuer } },
        { id: 'expiredOidc', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'web', WebIdentityToken: expired } },
        { id: 'badMessage', op: 'decode_authorization_message', params: { EncodedMessage: 'not-a-message-the-sandbox-issued' } },
        { id: 'idpRejected', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'amzn', ProviderId: 'www.amazon.com', WebIdentityToken: alteredAmazon } },
        { id: 'idpUnreachable', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'fb', ProviderId: 'graph.facebook.com', WebIdentityToken: 'EAAGm0PX4ZCpsBAKZCZA' } },
        { id: 'presign', op: 'get_caller_identity', presign: true, httpMethod: 'GET' },
      { id: 'presign-old', op: 'get_caller_identity', presign: true, httpMethod: 'GET', skewSeconds: -20 * 60, expiresIn: 3600 },
      ];
      results = await runBoto(sb.url, cases);
    });

    it('parses a success with a UUID RequestId', () => {
      const r = results.ok;
      expect(r?.ok, r?.crash ?? JSON.stringify(r?.error)).toBe(true);
      expect(r?.status).toBe(200);
      expect(r?.requestId).toMatch(UUID);
    });

    for (const row of table) {
      it(`${row.code} travels as HTTP ${row.status}, Type Sender`, () => {
        const r = results[row.id];
        expect(r?.crash).toBeUndefined();
        expect(r?.ok).toBe(false);
        expect(r?.error?.Code, r?.error?.Message).toBe(row.code);
        expect(r?.status).toBe(row.status);
        expect(r?.error?.Type).toBe('Sender');
        expect(r?.requestId).toMatch(UUID);
      });
    }

    it('serves GET /?Action=GetCallerIdentity from a boto3 presigned URL', async () => {
      const url = String(results.presign?.result?.url ?? '');
      expect(url).toContain('Action=GetCallerIdentity');
      expect(url).toContain('X-Amz-Signature=');
      const res = await fetch(url);
      const text = await res.text();
      expect(res.status, text).toBe(200);
      const root = parseXml(text);
      expect(root.localName).toBe('GetCallerIdentityResponse');
      expect(xmlText(xmlPath(root, 'GetCallerIdentityResult', 'Arn'))).toBe('arn:aws:iam::123456789012:user/DevAdmin');
    });

    it('refuses a presigned URL signed more than 15 minutes ago', async () => {
      const res = await fetch(String(results['presign-old']?.result?.url ?? ''));
      expect(res.status).toBe(403);
      const env = parseErrorEnvelope(await res.text());
      expect(env.code).toBe('SignatureDoesNotMatch');
      expect(env.message).toMatch(/^Signature expired: /);
    });

    it('refuses a presigned URL whose signature was altered', async () => {
      const url = String(results.presign?.result?.url ?? '');
      const bad = url.replace(/X-Amz-Signature=([0-9a-f])/, (_m, c: string) => `X-Amz-Signature=${c === '0' ? '1' : '0'}`);
      const res = await fetch(bad);
      expect(res.status).toBe(403);
      expect(parseErrorEnvelope(await res.text()).code).toBe('SignatureDoesNotMatch');
    });
  });
});
