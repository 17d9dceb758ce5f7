import { describe, expect, it } from 'vitest';
import { platformRuntime } from '../core/runtime';
import { importSecrets } from '../core/secrets';
import type { SandboxEnv } from '../env';
import { testSecrets } from '../test-support/sandbox-client';
import { englishOf } from '../../kernel/message';
import { buildAuthorizationMessage, type AuthorizationMessage } from '../../policy/authorization-message';
import { evaluatePolicies } from '../../policy/evaluate';
import { policyLabel } from '../../policy/labels';
import type { PolicyStatement } from '../../policy/types';
import { readSandboxTrace } from '../../policy/sandbox-trace';
import { decodeAuthorizationMessage, encodeAuthorizationMessage, encodeExplanation, MAX_EXPLANATION_CHARS } from './authorization-message';

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

describe('a denial explanation that must fit in a response header', () => {
  const ctx = { principal: { type: 'AWS' as const, arn: 'arn:aws:iam::123456789012:user/DevAdmin', account: '123456789012' }, action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/Big', keys: { 'sts:ExternalId': ['nope'] } };
  const statement = (i: number) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::123456789012:user/User${i}` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': `id-${i}` } } });
  const explain = (n: number): AuthorizationMessage =>
    buildAuthorizationMessage(evaluatePolicies([{ label: policyLabel.trust('Big'), kind: 'trust', document: { Version: '2012-10-17', Statement: Array.from({ length: n }, (_, i) => statement(i)) as PolicyStatement[] } }], ctx), ctx, { id: 'AIDA', arn: ctx.principal.arn });

  it('is sent whole, Messages included, when it fits: compressed, a 30-statement trust policy does', async () => {
    const env = await envAt(() => NOW);
    const text = await encodeExplanation(env, explain(30));
    const opened = await decodeAuthorizationMessage(env, text);
    expect(opened.ok && (opened.message as AuthorizationMessage).sandboxTrace.messages.statements).toHaveLength(30);
  });

  it('sheds the Messages, then the statements, never the summary, and stays under the header budget Node clients accept', async () => {
    const env = await envAt(() => NOW);
    for (const n of [300, 2000]) {
      const message = explain(n);
      expect((await encodeAuthorizationMessage(env, message)).length).toBeGreaterThan(MAX_EXPLANATION_CHARS);
      const text = await encodeExplanation(env, message);
      expect(text.length).toBeLessThanOrEqual(MAX_EXPLANATION_CHARS);
      const opened = await decodeAuthorizationMessage(env, text);
      if (!opened.ok) throw new Error(opened.reason);
      const read = readSandboxTrace(JSON.stringify(opened.message));
      if (!read.ok) throw new Error(englishOf(read.error));
      // The summary still names the request and the decision: the workbench shows it, in English.
      expect(read.trace.summary.english).toMatch(/^Implicitly denied: sts:AssumeRole on arn:aws:iam::111122223333:role\/Big/);
      expect(read.trace.decision).toBe('implicit-deny');
    }
  });
});
