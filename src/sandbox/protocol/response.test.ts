import { describe, expect, it } from 'vitest';
import { stsError } from '../core/errors';
import { newRequestId } from './request-id';
import { stsErrorResponse, stsSuccessResponse, stsXmlResponse } from './response';

describe('stsXmlResponse', () => {
  it('sets STS headers and leaves Content-Length to the adapter', () => {
    const res = stsXmlResponse(200, '<x/>', 'id-1', Date.UTC(2026, 0, 1));
    expect(res).toEqual({
      status: 200,
      headers: { 'x-amzn-RequestId': 'id-1', 'Content-Type': 'text/xml', Date: 'Thu, 01 Jan 2026 00:00:00 GMT' },
      body: '<x/>',
    });
  });

  it('uses the error status and puts the same request id in header and body', () => {
    const res = stsErrorResponse(stsError('AccessDenied', 'no'), 'rid', 0);
    expect(res.status).toBe(403);
    expect(res.headers['x-amzn-RequestId']).toBe('rid');
    expect(res.body).toContain('<RequestId>rid</RequestId>');
    expect(stsSuccessResponse('GetCallerIdentity', { Account: '1' }, 'rid', 0).body).toContain('<Account>1</Account>');
  });
});

describe('newRequestId', () => {
  it('makes a version-4 UUID from the runtime bytes', () => {
    const id = newRequestId({ randomBytes: (n) => new Uint8Array(n).fill(0xff) });
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newRequestId((n) => new Uint8Array(n))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('differs between calls with real randomness', () => {
    const rnd = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
    const id = newRequestId(rnd);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newRequestId(rnd)).not.toBe(id);
  });
});
