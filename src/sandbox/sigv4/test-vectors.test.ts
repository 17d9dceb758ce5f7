import { describe, expect, it } from 'vitest';
import type { SandboxRequest } from '../core/http';
import { computeSignature } from './compute-signature';
import { extractSignature } from './extract-signature';
import { SUITE_ACCESS_KEY_ID, SUITE_SECRET, SUITE_TIME, SUITE_VECTORS } from './test-vectors.fixtures';
import { verifySignature } from './verify-request';

const subtle = globalThis.crypto.subtle;

function toRequest(v: (typeof SUITE_VECTORS)[number]): SandboxRequest {
  return {
    method: v.method,
    url: v.url,
    headers: { ...v.headers, authorization: v.authorization },
    body: new TextEncoder().encode(v.body),
  };
}

describe("AWS's SigV4 test suite", () => {
  for (const vector of SUITE_VECTORS) {
    it(`${vector.name}: same canonical request, string to sign and signature as AWS`, async () => {
      const req = toRequest(vector);
      const info = extractSignature(req);
      expect(info).not.toBeNull();
      if (!info) return;
      expect(info.accessKeyId).toBe(SUITE_ACCESS_KEY_ID);
      expect(info.signingDate).toBe(SUITE_TIME);
      expect(info.region).toBe('us-east-1');

      const computed = await computeSignature(req, info, SUITE_SECRET, subtle);
      if (vector.canonicalRequest !== undefined) expect(computed.canonicalRequest).toBe(vector.canonicalRequest);
      if (vector.stringToSign !== undefined) expect(computed.stringToSign).toBe(vector.stringToSign);
      expect(`Signature=${computed.signature}`).toBe(vector.authorization.slice(vector.authorization.indexOf('Signature=')));
    });
  }

  it('a suite request is refused by the sandbox because its scope names service "service", not sts', async () => {
    const first = SUITE_VECTORS[0];
    if (!first) throw new Error('no vectors');
    const req = toRequest(first);
    const info = extractSignature(req);
    if (!info) throw new Error('unsigned');
    await expect(verifySignature(req, info, SUITE_SECRET, { nowMs: Date.UTC(2015, 7, 30, 12, 36), subtle })).rejects.toMatchObject({
      code: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to correct service: 'sts'. ",
    });
  });
});
