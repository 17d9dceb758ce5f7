// Fuzz: mutated inputs through the inspector's new readers never throw; every failure is a message.
import { describe, expect, it } from 'vitest';
import { readSandboxTrace } from '../../policy/sandbox-trace';
import { inspectSaml } from './inspect-saml';
import { createTestSigner, vendorFixture } from './test-support/saml-fixtures';
import { readTrustedCertificates } from './trust-input';
import { prettyXml } from './xml-pretty';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function mutate(text: string, r: () => number): string {
  const chars = [...text];
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * chars.length);
    const op = r();
    if (op < 0.33) chars.splice(at, 1);
    else if (op < 0.66) chars.splice(at, 0, '<>&"=/ \u0000x'.charAt(Math.floor(r() * 11)));
    else chars.splice(at, Math.floor(r() * 40));
  }
  return chars.join('');
}

describe('federation readers under mutation', () => {
  it('never throw', async () => {
    const signer = await createTestSigner();
    const xml = await vendorFixture('okta', signer, { nowMs: Date.UTC(2025, 0, 1), roles: [{ roleArn: 'arn:aws:iam::123456789012:role/Dev', principalArn: 'arn:aws:iam::123456789012:saml-provider/Corp' }] });
    const r = rng(7);
    for (let i = 0; i < 300; i++) {
      const m = mutate(xml, r);
      const pretty = prettyXml(m);
      if (!pretty.ok) expect(pretty.error).toMatch(/\S/);
      const trust = readTrustedCertificates(mutate(signer.certificateB64, r));
      if (!trust.ok) expect(trust.error).toMatch(/\S/);
      const trace = readSandboxTrace(mutate('{"sandboxTrace":{"decision":"implicit-deny","summary":"s","statements":[{"conditions":[{"key":"k"}]}]}}', r));
      if (!trace.ok) expect(trace.error).toMatch(/\S/);
      if (i % 10 === 0) {
        const ins = await inspectSaml(m);
        if (!ins.ok) expect(ins.error).toMatch(/\S/);
      }
    }
  });
});
