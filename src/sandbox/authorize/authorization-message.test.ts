import { describe, expect, it } from 'vitest';
import { platformRuntime } from '../core/runtime';
import { importSecrets } from '../core/secrets';
import type { SandboxEnv } from '../env';
import { testSecrets } from '../test-support/sandbox-client';
import { decodeAuthorizationMessage, encodeAuthorizationMessage } from './authorization-message';

const NOW = 1_790_000_000;

async function envAt(nowSeconds: () => number): Promise<SandboxEnv> {
  // Only the clock, the randomness and the seal key take part in encoding.
  return { clock: { nowSeconds }, runtime: platformRuntime(), secrets: await importSecrets(await testSecrets()) } as unknown as SandboxEnv;
}

describe('encoded authorization messages', () => {
  it('never begin with "-", which the AWS CLI would read as an option after --encoded-message', async () => {
    const env = await envAt(() => NOW);
    // Unsealed base64url begins with "-" once in 64: 600 texts without one would happen by chance 0.008% of the time.
    const texts = await Promise.all(Array.from({ length: 600 }, (_, i) => encodeAuthorizationMessage(env, { i })));
    expect(texts.filter((t) => t.startsWith('-'))).toEqual([]);
    expect(await decodeAuthorizationMessage(env, texts[7]!)).toEqual({ ok: true, message: { i: 7 } });
  });

  it('open for a day on the sandbox clock, then expire', async () => {
    let now = NOW;
    const env = await envAt(() => now);
    const text = await encodeAuthorizationMessage(env, 'denied');
    now += 24 * 3600 - 1;
    expect(await decodeAuthorizationMessage(env, text)).toEqual({ ok: true, message: 'denied' });
    now += 1;
    expect(await decodeAuthorizationMessage(env, text)).toEqual({ ok: false, reason: 'expired' });
    expect(await decodeAuthorizationMessage(env, `${text.slice(0, -4)}AAAA`)).toMatchObject({ ok: false });
    expect(await decodeAuthorizationMessage(env, 'not base64url!')).toEqual({ ok: false, reason: 'alphabet' });
    expect(await decodeAuthorizationMessage(env, `${text}\n${text}`)).toEqual({ ok: false, reason: 'alphabet' });
    // Only the alphabet's characters, but a length base64 cannot have (4n + 1).
    expect(await decodeAuthorizationMessage(env, text + 'A'.repeat((5 - (text.length % 4)) % 4 || 4))).toEqual({ ok: false, reason: 'length' });
    expect(await decodeAuthorizationMessage(env, 'bogus')).toEqual({ ok: false, reason: 'length' });
  });
});
