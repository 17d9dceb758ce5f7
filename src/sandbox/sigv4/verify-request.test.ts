import { describe, expect, it } from 'vitest';
import type { SandboxRequest } from '../core/http';
import { computeSignature } from './compute-signature';
import { TEST_ACCESS_KEY_ID, TEST_SECRET, sdkPresignedRequest, sdkSignedRequest } from './test-support/sdk-request';
import { extractSignature, verifySignature, type SignedRequestInfo } from './verify-request';

const subtle = globalThis.crypto.subtle;
const T0 = new Date('2026-01-01T00:00:00Z');
const MIN = 60_000;
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

function info(req: SandboxRequest): SignedRequestInfo {
  const parsed = extractSignature(req);
  if (!parsed) throw new Error('expected a signed request');
  return parsed;
}

async function verify(req: SandboxRequest, opts: { secret?: string; nowMs?: number } = {}): Promise<void> {
  await verifySignature(req, info(req), opts.secret ?? TEST_SECRET, { nowMs: opts.nowMs ?? T0.getTime(), subtle });
}

function withHeader(req: SandboxRequest, name: string, value: string): SandboxRequest {
  return { ...req, headers: { ...req.headers, [name]: value } };
}

describe('verifySignature with requests signed by the AWS SDK signer', () => {
  it('accepts a POST signed with the right secret and reports who signed it', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0, region: 'eu-west-3' });
    const parsed = info(req);
    expect(parsed).toMatchObject({
      accessKeyId: TEST_ACCESS_KEY_ID,
      region: 'eu-west-3',
      signingDate: '20260101T000000Z',
      form: 'header',
      service: 'sts',
    });
    expect(parsed.sessionToken).toBeUndefined();
    await expect(verify(req)).resolves.toBeUndefined();
  });

  it('carries the session token of temporary credentials', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0, sessionToken: 'FwoGZXIvYXdzEXAMPLE' });
    expect(info(req).sessionToken).toBe('FwoGZXIvYXdzEXAMPLE');
    expect(info(req).signedHeaders).toContain('x-amz-security-token');
    await expect(verify(req)).resolves.toBeUndefined();
  });

  it('rejects a changed body', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    const tampered = { ...req, body: new TextEncoder().encode('Action=GetSessionToken&Version=2011-06-15') };
    await expect(verify(tampered)).rejects.toMatchObject({ code: 'SignatureDoesNotMatch', status: 403, message: MISMATCH });
  });

  it('rejects a changed signed header', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    await expect(verify(withHeader(req, 'content-type', 'text/plain'))).rejects.toMatchObject({ code: 'SignatureDoesNotMatch', message: MISMATCH });
  });

  it('ignores an added header that was not signed', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    await expect(verify(withHeader(req, 'x-forwarded-for', '10.0.0.1'))).resolves.toBeUndefined();
  });

  it('rejects the wrong secret', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    await expect(verify(req, { secret: `${TEST_SECRET.slice(0, -1)}Z` })).rejects.toMatchObject({ message: MISMATCH });
  });

  it('rejects a changed X-Amz-Date (inside the skew window)', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    await expect(verify(withHeader(req, 'x-amz-date', '20260101T000100Z'))).rejects.toMatchObject({ message: MISMATCH });
  });

  it('rejects a changed method and an added query parameter', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    await expect(verify({ ...req, method: 'PUT' })).rejects.toMatchObject({ message: MISMATCH });
    await expect(verify({ ...req, url: '/?Action=AssumeRole' })).rejects.toMatchObject({ message: MISMATCH });
  });

  it('rejects a signature with one hex digit changed', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    const auth = req.headers['authorization'] ?? '';
    const flipped = auth.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    await expect(verify(withHeader(req, 'authorization', flipped))).rejects.toMatchObject({ message: MISMATCH });
  });
});

describe('clock skew (±15 minutes of real time)', () => {
  it('accepts a request signed exactly 15 minutes ago or ahead', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    await expect(verify(req, { nowMs: T0.getTime() + 15 * MIN })).resolves.toBeUndefined();
    await expect(verify(req, { nowMs: T0.getTime() - 15 * MIN })).resolves.toBeUndefined();
  });

  it("says 'Signature expired' in AWS's words when the request is too old", async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    await expect(verify(req, { nowMs: T0.getTime() + 30 * MIN })).rejects.toMatchObject({
      code: 'SignatureDoesNotMatch',
      status: 403,
      message: 'Signature expired: 20260101T000000Z is now earlier than 20260101T001500Z (20260101T003000Z - 15 min.)',
    });
  });

  it("says 'Signature not yet current' when the request is from the future", async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    await expect(verify(req, { nowMs: T0.getTime() - 30 * MIN })).rejects.toMatchObject({
      code: 'SignatureDoesNotMatch',
      message: 'Signature not yet current: 20260101T000000Z is still later than 20251231T234500Z (20251231T233000Z + 15 min.)',
    });
  });

  it('checks the skew before the secret: an old request with a wrong secret reports the skew', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    await expect(verify(req, { secret: 'wrong', nowMs: T0.getTime() + 60 * MIN })).rejects.toThrow(/^Signature expired/);
  });
});

describe('credential scope', () => {
  it('accepts any real-looking Region (the sandbox answers for all of them)', async () => {
    for (const region of ['us-east-1', 'ap-southeast-7', 'us-gov-west-1', 'cn-north-1']) {
      const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0, region });
      await expect(verify(req)).resolves.toBeUndefined();
    }
  });

  it("rejects a Region that is not one, in AWS's words", async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0, region: 'aws-global' });
    await expect(verify(req)).rejects.toMatchObject({
      code: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to a valid region, not 'aws-global'. ",
    });
  });

  it('rejects a signature for another service', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0, service: 'iam' });
    await expect(verify(req)).rejects.toMatchObject({ message: "Credential should be scoped to correct service: 'sts'. " });
  });

  it('reports every scope problem at once, in order', async () => {
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0 });
    const auth = (req.headers['authorization'] ?? '').replace(
      `${TEST_ACCESS_KEY_ID}/20260101/us-east-1/sts/aws4_request`,
      `${TEST_ACCESS_KEY_ID}/20251231/global/s3/aws5_request`,
    );
    await expect(verify(withHeader(req, 'authorization', auth))).rejects.toMatchObject({
      message:
        "Credential should be scoped to a valid region, not 'global'. " +
        "Credential should be scoped to correct service: 'sts'. " +
        "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. " +
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20251231' != '20260101', from '20260101T000000Z'. ",
    });
  });
});

describe('payload hash header', () => {
  it('accepts UNSIGNED-PAYLOAD, whose body is then not covered by the signature', async () => {
    const req = await sdkSignedRequest({
      secretAccessKey: TEST_SECRET,
      signingDate: T0,
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    expect(info(req).contentSha256).toBe('UNSIGNED-PAYLOAD');
    await expect(verify(req)).resolves.toBeUndefined();
    await expect(verify({ ...req, body: new TextEncoder().encode('Action=Other') })).resolves.toBeUndefined();
  });

  it('rejects a body that does not match a signed x-amz-content-sha256 digest', async () => {
    const body = 'Action=GetCallerIdentity&Version=2011-06-15';
    const digest = Array.from(new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(body))), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    const req = await sdkSignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0, body, headers: { 'x-amz-content-sha256': digest } });
    await expect(verify(req)).resolves.toBeUndefined();
    await expect(verify({ ...req, body: new TextEncoder().encode(`${body}&X=1`) })).rejects.toMatchObject({ message: MISMATCH });
  });
});

describe('presigned URLs (query-string SigV4)', () => {
  const query = { Action: 'GetCallerIdentity', Version: '2011-06-15' };

  it('accepts a GET presigned by the SDK, as an EKS token carries it', async () => {
    const req = await sdkPresignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0, query, sessionToken: 'IQoJb3JpZ2luEXAMPLE' });
    expect(req.headers['authorization']).toBeUndefined();
    const parsed = info(req);
    expect(parsed).toMatchObject({ form: 'query', accessKeyId: TEST_ACCESS_KEY_ID, sessionToken: 'IQoJb3JpZ2luEXAMPLE', expiresSeconds: 60 });
    await expect(verify(req)).resolves.toBeUndefined();
  });

  it('lives 15 minutes whatever X-Amz-Expires says, as STS does', async () => {
    const req = await sdkPresignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0, query, expiresIn: 60 });
    await expect(verify(req, { nowMs: T0.getTime() + 10 * MIN })).resolves.toBeUndefined();
    await expect(verify(req, { nowMs: T0.getTime() + 16 * MIN })).rejects.toMatchObject({
      message: 'Signature expired: 20260101T000000Z is now earlier than 20260101T000100Z (20260101T001600Z - 15 min.)',
    });
  });

  it('rejects a changed query parameter and a wrong secret', async () => {
    const req = await sdkPresignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0, query });
    await expect(verify({ ...req, url: req.url.replace('GetCallerIdentity', 'GetSessionToken') })).rejects.toMatchObject({ message: MISMATCH });
    await expect(verify(req, { secret: 'not-the-secret' })).rejects.toMatchObject({ message: MISMATCH });
  });

  it('refuses an Authorization header and X-Amz-Algorithm together', async () => {
    const req = await sdkPresignedRequest({ secretAccessKey: TEST_SECRET, signingDate: T0, query });
    const both = withHeader(req, 'authorization', 'AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=host, Signature=00');
    expect(() => extractSignature(both)).toThrow(
      expect.objectContaining({
        code: 'SignatureDoesNotMatch',
        message: "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.",
      }),
    );
  });
});

describe('extractSignature', () => {
  it('returns null for an unsigned request (SAML, web identity)', () => {
    expect(
      extractSignature({ method: 'POST', url: '/', headers: { host: 'sts.amazonaws.com' }, body: new TextEncoder().encode('Action=AssumeRoleWithSAML') }),
    ).toBeNull();
  });

  it('requires host to be signed', () => {
    const req: SandboxRequest = {
      method: 'POST',
      url: '/',
      headers: {
        host: 'sts.amazonaws.com',
        'x-amz-date': '20260101T000000Z',
        authorization: `AWS4-HMAC-SHA256 Credential=${TEST_ACCESS_KEY_ID}/20260101/us-east-1/sts/aws4_request, SignedHeaders=x-amz-date, Signature=abc`,
      },
      body: new Uint8Array(),
    };
    expect(() => extractSignature(req)).toThrow(
      expect.objectContaining({ code: 'SignatureDoesNotMatch', message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization." }),
    );
  });

  it('reports a malformed X-Amz-Date', () => {
    const req: SandboxRequest = {
      method: 'POST',
      url: '/',
      headers: {
        host: 'sts.amazonaws.com',
        'x-amz-date': '2026-01-01T00:00:00Z',
        authorization: `AWS4-HMAC-SHA256 Credential=${TEST_ACCESS_KEY_ID}/20260101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc`,
      },
      body: new Uint8Array(),
    };
    expect(() => extractSignature(req)).toThrow(
      expect.objectContaining({
        code: 'IncompleteSignature',
        status: 400,
        message: "Date must be in ISO-8601 'basic format'. Got '2026-01-01T00:00:00Z'. See http://en.wikipedia.org/wiki/ISO_8601",
      }),
    );
  });

  it('accepts an HTTP Date header instead of X-Amz-Date and signs with its ISO form', async () => {
    const headers = { host: 'sts.amazonaws.com', date: 'Thu, 01 Jan 2026 00:00:00 GMT' };
    const draft: SandboxRequest = {
      method: 'POST',
      url: '/',
      headers: {
        ...headers,
        authorization: `AWS4-HMAC-SHA256 Credential=${TEST_ACCESS_KEY_ID}/20260101/us-east-1/sts/aws4_request, SignedHeaders=date;host, Signature=00`,
      },
      body: new TextEncoder().encode('Action=GetCallerIdentity&Version=2011-06-15'),
    };
    const draftInfo = info(draft);
    expect(draftInfo.signingDate).toBe('20260101T000000Z');
    const { signature, stringToSign } = await computeSignature(draft, draftInfo, TEST_SECRET, subtle);
    expect(stringToSign.split('\n')[1]).toBe('20260101T000000Z');
    const signed = withHeader(draft, 'authorization', (draft.headers['authorization'] ?? '').replace('Signature=00', `Signature=${signature}`));
    await expect(verify(signed)).resolves.toBeUndefined();
    await expect(verify(withHeader(signed, 'date', 'Thu, 01 Jan 2026 00:00:01 GMT'))).rejects.toMatchObject({ message: MISMATCH });
  });
});
