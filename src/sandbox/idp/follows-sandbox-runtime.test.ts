// The sandbox's identity providers take time from the sandbox clock and randomness from the sandbox
// runtime, never from the platform: a test (or a host) that fixes both gets the same tokens every time.
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64, fromBase64Url, toBase64Url } from '../../kernel/encoding';
import { describeCertificate } from '../../inspect/saml/xml-signature';
import { platformRuntime, type SandboxRuntime } from '../core/runtime';
import { memoryOffsetStore } from '../core/clock';
import { generateSecretsFile, type SandboxSecretsFile } from '../core/secrets';
import { createSandbox, type Sandbox } from '../sandbox';
import defaultWorld from '../world/default-world.json';
import { loadWorld } from '../world/load-world';
import type { WorldFile } from '../world/types';
import { generateOidcKeyMaterial } from './oidc-keys';
import { mintOutboundToken } from './outbound-token';

/** The host's "real" time, fixed; the sandbox clock runs three days ahead of it. */
const REAL_NOW_MS = Date.UTC(2031, 4, 6, 7, 8, 9);
const OFFSET_SECONDS = 3 * 86400;
const SANDBOX_NOW_MS = REAL_NOW_MS + OFFSET_SECONDS * 1000;
const fixedBytes = (n: number) => new Uint8Array(n).fill(0x5a);
const runtime: SandboxRuntime = { ...platformRuntime(), nowMs: () => REAL_NOW_MS, randomBytes: fixedBytes };

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const claimsOf = (jwt: string) => JSON.parse(new TextDecoder().decode(fromBase64Url(jwt.split('.')[1] ?? '') ?? new Uint8Array())) as Record<string, unknown>;

let secrets: SandboxSecretsFile;
let sandbox: Sandbox;
beforeAll(async () => {
  secrets = await generateSecretsFile(runtime.randomBytes, SANDBOX_NOW_MS);
  sandbox = await createSandbox({ world: await loadWorld(defaultWorld as WorldFile, runtime.subtle), secrets, runtime, mode: 'in-page', clockStore: memoryOffsetStore(OFFSET_SECONDS) });
});

async function control(path: string, body: object): Promise<Record<string, unknown>> {
  const res = await sandbox.handle({ method: 'POST', url: path, headers: { 'content-type': 'application/json', host: '127.0.0.1' }, body: new TextEncoder().encode(JSON.stringify(body)) });
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as Record<string, unknown>;
}

describe('the sandbox clock and runtime govern the built-in IdPs', () => {
  it('fresh secrets date the SAML IdP certificate by the sandbox clock and take its serial from the runtime', async () => {
    const d = await describeCertificate(fromBase64(secrets.saml.certificateB64) as Uint8Array);
    if (!d.ok) throw new Error(d.error);
    expect(d.value.notBefore).toBe(new Date(SANDBOX_NOW_MS - 3600_000).toISOString());
    expect(d.value.serialNumber.replace(/^00:/, '')).toBe(Array(16).fill('5A').join(':'));
  });

  it('an ID token from /_sandbox/oidc/mint is issued at sandbox time, its jti drawn from the runtime', async () => {
    const minted = await control('/_sandbox/oidc/mint', { lifetimeSeconds: 600 });
    const claims = claimsOf(minted.token as string);
    expect(claims.iat).toBe(SANDBOX_NOW_MS / 1000);
    expect(claims.exp).toBe(SANDBOX_NOW_MS / 1000 + 600);
    expect(claims.jti).toBe(toBase64Url(fixedBytes(12)));
    expect(minted.expiresAt).toBe(iso(SANDBOX_NOW_MS + 600_000));
  });

  it('a SAML response from /_sandbox/saml/mint is issued at sandbox time, its IDs drawn from the runtime', async () => {
    const minted = await control('/_sandbox/saml/mint', { lifetimeSeconds: 300 });
    const xml = minted.xml as string;
    expect(xml).toContain(`IssueInstant="${new Date(SANDBOX_NOW_MS).toISOString()}"`);
    expect(xml).toContain(`NotOnOrAfter="${new Date(SANDBOX_NOW_MS + 300_000).toISOString()}"`);
    expect(xml).toContain(`ID="_${'5a'.repeat(16)}"`);
  });

  it('a Login-with-Amazon token is the same bytes for the same clock and randomness', async () => {
    const first = await control('/_sandbox/oauth/amazon/token', { userId: 'amzn1.account.U', appId: 'app' });
    const second = await control('/_sandbox/oauth/amazon/token', { userId: 'amzn1.account.U', appId: 'app' });
    expect(first.access_token).toBe(second.access_token);
  });

  it("GetWebIdentityToken's JWT takes its jti from the given randomness", async () => {
    const keys = await generateOidcKeyMaterial();
    const options = { issuer: 'https://x', subject: 'arn:aws:iam::111122223333:role/R', audiences: ['a'], algorithm: 'RS256' as const, lifetimeSeconds: 300, tags: [], account: '111122223333' };
    const { token, expiration } = await mintOutboundToken(keys, options, SANDBOX_NOW_MS, fixedBytes);
    expect(claimsOf(token)).toMatchObject({ iat: SANDBOX_NOW_MS / 1000, exp: SANDBOX_NOW_MS / 1000 + 300, jti: toBase64Url(fixedBytes(16)) });
    expect(expiration.getTime()).toBe(SANDBOX_NOW_MS + 300_000);
  });
});
