import { chmodSync, existsSync, mkdtempSync, utimesSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CLOCK_OFFSET_SECONDS, OffsetNotSavedError } from '../sandbox/core/clock';
import { generateSecretsFile, type SandboxSecretsFile } from '../sandbox/core/secrets';
import { fileOffsetStore, loadOrCreateSecrets, parseClockFile, StateFileError, turnVersion } from './state-dir';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stsw-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const clockFile = () => join(dir, 'clock.json');

describe('clock.json', () => {
  it('reads a missing file as real time and keeps advances for the next process', async () => {
    const a = fileOffsetStore(dir);
    expect(a.read()).toBe(0);
    await a.update(() => 3600);
    expect(JSON.parse(readFileSync(clockFile(), 'utf8'))).toEqual({ offsetSeconds: 3600 });
    expect(fileOffsetStore(dir).read()).toBe(3600);
  });

  it('lets two stores on one directory (two processes) see each other\'s advances at once', async () => {
    const a = fileOffsetStore(dir);
    const b = fileOffsetStore(dir);
    await a.update((current) => current + 60);
    expect(b.read()).toBe(60);
    await b.update((current) => current + 60);
    expect(a.read()).toBe(120);
    // An update reads the file afresh under the lock, so it builds on the other process's advance.
    expect(b.read()).toBe(120);
    writeFileSync(clockFile(), '{"offsetSeconds": 500}');
    await a.update((current) => current + 60);
    expect(b.read()).toBe(560);
    expect(existsSync(`${clockFile()}.lock`)).toBe(false);
    // Changes asked for at once, through both stores, all add up (each is applied to a fresh read under the lock).
    await Promise.all([...Array(10)].map((_, i) => (i % 2 ? a : b).update((current) => current + 1)));
    expect(a.read()).toBe(570);
    expect(b.read()).toBe(570);
    expect(JSON.parse(readFileSync(clockFile(), 'utf8'))).toEqual({ offsetSeconds: 570 });
  });

  it('batches the changes asked for while a write is under way into one write, each settling when it is on disk', async () => {
    const store = fileOffsetStore(dir);
    const first = store.update((c) => c + 1);
    // Asked for while the first write is under way: applied in order to one fresh read, written once.
    const seen: number[] = [];
    const rest = [...Array(20)].map(() => store.update((c) => (seen.push(c), c + 1)));
    await first;
    const before = readFileSync(clockFile(), 'utf8');
    await Promise.all(rest);
    expect(JSON.parse(before)).toEqual({ offsetSeconds: 1 });
    expect(seen).toEqual([...Array(20)].map((_, i) => i + 1));
    expect(fileOffsetStore(dir).read()).toBe(21);
    // A refused change in a batch rejects alone; the others are kept.
    const kept = store.update((c) => c + 1);
    const refused = store.update(() => {
      throw new Error('refused');
    });
    await expect(refused).rejects.toThrow('refused');
    await kept;
    expect(fileOffsetStore(dir).read()).toBe(22);
  });

  it.each([
    ['{not json', /is not valid JSON/],
    ['[]', /is not a JSON object with offsetSeconds/],
    ['{"offsetSeconds":"3600"}', /offsetSeconds is "3600", not a number/],
    ['{"offsetSeconds":-60}', /never runs behind real time/],
    [`{"offsetSeconds":${MAX_CLOCK_OFFSET_SECONDS + 1}}`, /beyond the sandbox clock's ceiling/],
    ['{}', /offsetSeconds is undefined, not a number/],
  ])('stops at start on a damaged file %s, naming the file, the problem and the fix', (text, problem) => {
    writeFileSync(clockFile(), text);
    let error: unknown;
    try {
      fileOffsetStore(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StateFileError);
    const message = (error as Error).message;
    expect(message.startsWith(`${clockFile()}: `)).toBe(true);
    expect(message).toMatch(problem);
    expect(message).toContain('delete it to put the sandbox clock back to real time');
  });

  it('keeps the last good offset, with one warning, when the file is damaged or removed while running', async () => {
    const warnings: string[] = [];
    const store = fileOffsetStore(dir, (m) => warnings.push(m));
    await store.update(() => 600);
    writeFileSync(clockFile(), '{"offsetSeconds": "oops"}');
    expect(store.read()).toBe(600);
    expect(store.read()).toBe(600);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${clockFile()} offsetSeconds is "oops"`);
    rmSync(clockFile());
    expect(store.read()).toBe(600);
  });

  it('refuses to write into a deleted state directory and keeps its offset', async () => {
    const store = fileOffsetStore(dir);
    await store.update(() => 60);
    rmSync(dir, { recursive: true });
    await expect(store.update(() => 120)).rejects.toThrow(OffsetNotSavedError);
    await expect(store.update(() => 120)).rejects.toThrow(`The sandbox cannot save its clock in the state directory ${dir} (ENOENT), so the clock did not move.`);
    expect(store.read()).toBe(60);
  });

  it.skipIf(process.getuid?.() === 0)('refuses to write into a read-only state directory', async () => {
    const store = fileOffsetStore(dir);
    chmodSync(dir, 0o500);
    try {
      await expect(store.update(() => 120)).rejects.toThrow(/\(EACCES\), so the clock did not move/);
      expect(store.read()).toBe(0);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('leaves the clock unchanged when the new offset is refused, and releases the lock', async () => {
    const store = fileOffsetStore(dir);
    await store.update(() => 60);
    await expect(
      store.update(() => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(store.read()).toBe(60);
    expect(fileOffsetStore(dir).read()).toBe(60);
    expect(existsSync(`${clockFile()}.lock`)).toBe(false);
  });

  it('breaks a lock left by a process that died holding it', async () => {
    const store = fileOffsetStore(dir);
    writeFileSync(`${clockFile()}.lock`, '');
    const old = new Date(Date.now() - 10_000);
    utimesSync(`${clockFile()}.lock`, old, old);
    await store.update(() => 60);
    expect(store.read()).toBe(60);
  });

  it('stats a state file once per synchronous stretch of work, and afresh after any await', async () => {
    const version = turnVersion(clockFile());
    expect(version()).toBe('absent');
    writeFileSync(clockFile(), '{"offsetSeconds": 5}');
    expect(version()).toBe('absent');
    await Promise.resolve();
    expect(version()).not.toBe('absent');
    const store = fileOffsetStore(dir);
    expect(store.read()).toBe(5);
    writeFileSync(clockFile(), '{"offsetSeconds": 7}');
    await Promise.resolve();
    expect(store.read()).toBe(7);
  });

  it('parses the file as the server writes it', () => {
    expect(parseClockFile('{"offsetSeconds":42}')).toEqual({ offsetSeconds: 42 });
  });
});

describe('secrets.json', () => {
  let good: SandboxSecretsFile;
  let other: SandboxSecretsFile;
  beforeAll(async () => {
    good = await generateSecretsFile(randomBytes, Date.now());
    other = await generateSecretsFile(randomBytes, Date.now());
  });

  const load = async (value: unknown): Promise<string> => {
    writeFileSync(join(dir, 'secrets.json'), typeof value === 'string' ? value : JSON.stringify(value));
    try {
      await loadOrCreateSecrets(dir, randomBytes, Date.now);
    } catch (e) {
      expect(e).toBeInstanceOf(StateFileError);
      return (e as Error).message;
    }
    return 'loaded';
  };

  it('creates new keys in an empty directory, then loads the same keys', async () => {
    const first = await loadOrCreateSecrets(dir, randomBytes, Date.now);
    expect(first.created).toBe(true);
    const second = await loadOrCreateSecrets(dir, randomBytes, Date.now);
    expect(second).toEqual({ secrets: first.secrets, created: false });
    expect(await load(good)).toBe('loaded');
  });

  it.each<[string, (s: SandboxSecretsFile) => unknown, RegExp]>([
    ['bad JSON', () => '{"version":1,', /is not valid JSON/],
    ['not an object', () => [1], /it is not a JSON object/],
    ['another version', (s) => ({ ...s, version: 2 }), /version is 2; this sandbox reads version 1/],
    ['no sealing key', (s) => ({ ...s, sealKeyB64: undefined }), /the sealing key \(sealKeyB64\) is missing/],
    ['a short sealing key', (s) => ({ ...s, sealKeyB64: 'AAAA' }), /the sealing key \(sealKeyB64\) is not 32 bytes of base64/],
    ['a sealing key of the wrong type', (s) => ({ ...s, sealKeyB64: 32 }), /not 32 bytes of base64/],
    ['no SAML keys', (s) => ({ ...s, saml: undefined }), /the SAML IdP keys .* are missing/],
    ['a malformed SAML key', (s) => ({ ...s, saml: { ...s.saml, privateKeyPkcs8B64: 'AAAA' + s.saml.privateKeyPkcs8B64.slice(8) } }), /the SAML IdP signing key \(saml.privateKeyPkcs8B64\) cannot be imported or used/],
    ['a malformed SAML certificate', (s) => ({ ...s, saml: { ...s.saml, certificateB64: 'AAAA' } }), /the SAML IdP certificate \(saml.certificateB64\) is not a certificate/],
    ['no OIDC keys', (s) => ({ ...s, oidc: undefined }), /the OIDC signing keys \(oidc.keys\) are missing/],
    ['no ES384 key', (s) => ({ ...s, oidc: { keys: s.oidc.keys.filter((k) => k.alg !== 'ES384') } }), /the OIDC ES384 signing key is missing from oidc.keys/],
    ['a public-only RS256 key', (s) => ({ ...s, oidc: { keys: s.oidc.keys.map((k) => (k.alg === 'RS256' ? { ...k, d: undefined } : k)) } }), /the OIDC RS256 signing key is not a private key/],
    ['an RS256 key whose public half is damaged', (s) => ({ ...s, oidc: { keys: s.oidc.keys.map((k) => (k.alg === 'RS256' ? { ...k, n: 'AAAA' } : k)) } }), /the OIDC RS256 signing key cannot be imported or used/],
    ['a SAML key that does not match its certificate', (s) => ({ ...s, saml: { ...s.saml, certificateB64: other.saml.certificateB64 } }), /the SAML IdP signing key \(saml.privateKeyPkcs8B64\) does not match its public key/],
    ['a malformed ES384 key', (s) => ({ ...s, oidc: { keys: s.oidc.keys.map((k) => (k.alg === 'ES384' ? { ...k, x: 'AAAA' } : k)) } }), /the OIDC ES384 signing key cannot be imported or used/],
  ])('stops at start on %s, naming the file, the problem and the fix', async (_name, damage, problem) => {
    const message = await load(damage(good));
    expect(message.startsWith(`${join(dir, 'secrets.json')}: `)).toBe(true);
    expect(message).toMatch(problem);
    expect(message).toContain('Restore it from a backup, or delete it to start with new sandbox keys');
  });
});
