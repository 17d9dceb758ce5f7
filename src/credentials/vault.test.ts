import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/test-support/translate';
import { englishOf } from '../kernel/message';
import { createVault, deriveKey, memoryStore, open, saveToVault, seal, unlockVault, VAULT_ITERATIONS, VaultError, WRONG_PASSPHRASE, passphraseProblem } from './vault';
import { readSavedData, savedData } from './saved-data';

const DATA = { version: 1, sets: [{ id: 'a', accessKeyId: 'ASIA1', secretAccessKey: 'sekret', identity: {}, source: {} }], history: [{ id: 'h1' }] };

describe('vault', () => {
  it('derives a non-extractable AES-GCM 256 key with at least 310000 PBKDF2 iterations', async () => {
    expect(VAULT_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    const { key } = await createVault('correct horse');
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(deriveKey('x', 'AAAA', 1000)).rejects.toBeInstanceOf(VaultError);
  });

  it('round-trips through the store; the blob holds no plaintext and each seal uses a new IV', async () => {
    const store = memoryStore();
    const vault = await createVault('correct horse');
    await saveToVault(store, vault, DATA);
    const blob = (await store.get())!;
    expect(JSON.stringify(blob)).not.toContain('sekret');
    expect(blob.iterations).toBe(VAULT_ITERATIONS);
    expect(atob(blob.iv)).toHaveLength(12);
    const again = await seal(vault.key, DATA, vault.kdf);
    expect(again.iv).not.toBe(blob.iv);
    const opened = await unlockVault(store, 'correct horse');
    expect(opened?.data).toEqual(DATA);
  });

  it('a wrong passphrase is a clear error and yields nothing', async () => {
    const store = memoryStore();
    await saveToVault(store, await createVault('correct horse'), DATA);
    const attempt = unlockVault(store, 'wrong horse');
    await expect(attempt).rejects.toThrow(englishOf(WRONG_PASSPHRASE));
    await expect(attempt).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('a tampered blob is refused as a whole', async () => {
    const vault = await createVault('correct horse');
    const blob = await seal(vault.key, DATA, vault.kdf);
    const bytes = atob(blob.ciphertext);
    const flipped = btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1));
    await expect(open(vault.key, { ...blob, ciphertext: flipped })).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await expect(open(vault.key, { version: 2 } as never)).rejects.toMatchObject({ code: 'damaged' });
    // A field that is not base64 is damage, said as such (not a wrong passphrase).
    await expect(open(vault.key, { ...blob, iv: 'not base64!' })).rejects.toMatchObject({ code: 'damaged', message: "The saved data's IV is not base64; nothing was loaded." });
  });

  it('nothing saved: unlock says so with undefined; clear forgets', async () => {
    const store = memoryStore();
    expect(await unlockVault(store, 'x')).toBeUndefined();
    await saveToVault(store, await createVault('correct horse'), DATA);
    await store.clear();
    expect(await store.get()).toBeUndefined();
  });

  it('passphrase rules for a new vault', () => {
    expect(englishOf(passphraseProblem('short', 'short')!)).toMatch(/at least 8/);
    expect(englishOf(passphraseProblem('long enough', 'long enougH')!)).toMatch(/differ/);
    expect(translator('fr')(passphraseProblem('short', 'short')!)).toBe('Choisissez une phrase secrète d’au moins 8 caractères.'.replace('’', "'"));
    expect(passphraseProblem('long enough', 'long enough')).toBeNull();
  });
});

describe('saved data', () => {
  it('keeps sets and history only, dropping what it does not recognise', () => {
    expect(readSavedData(DATA)).toEqual(DATA);
    expect(readSavedData({ version: 1, sets: [{ id: 1 }, null], history: ['x', { id: 'h' }], other: 'secret' })).toEqual({ version: 1, sets: [], history: [{ id: 'h' }] });
    expect(readSavedData('garbage')).toEqual({ version: 1, sets: [], history: [] });
    expect(savedData([], [{ id: 'h' }])).toEqual({ version: 1, sets: [], history: [{ id: 'h' }] });
  });
});
