import { describe, expect, it } from 'vitest';
import { inEnglish, translator } from '../i18n/test-support/translate';
import { accountFromAccessKeyId, decodeAccountOffline as decodeWords, describeAccessKeyId as describeWords, ID_PREFIXES, mintAccessKeyId, mintUniqueId } from './access-key';

/** The description as the English UI shows it. */
function describeAccessKeyId(id: string) {
  const d = describeWords(id);
  return { ...d, kind: inEnglish(d.kind), problems: d.problems.map(inEnglish) };
}

function decodeAccountOffline(id: string) {
  const d = decodeWords(id);
  return { ...d, explanation: inEnglish(d.explanation) };
}

describe('accountFromAccessKeyId', () => {
  it('decodes the worked examples of reference §11', () => {
    expect(accountFromAccessKeyId('ASIAY34FZKBOKMUTVV7A')).toBe('609629065308');
    expect(accountFromAccessKeyId('AKIA6RVFFB77RE7OLMKI')).toBe('999999999999');
  });

  it('returns null for old keys (fifth character A–P) and garbage', () => {
    expect(accountFromAccessKeyId('AKIAIOSFODNN7EXAMPLE')).toBeNull();
    expect(accountFromAccessKeyId('ASIAJEXAMPLEXEG2JICEA')).toBeNull();
    expect(accountFromAccessKeyId('ASIAY34F')).toBeNull();
    expect(accountFromAccessKeyId('ASIAY34FZKBOKMUTVV1A')).toBeNull();
    expect(accountFromAccessKeyId('')).toBeNull();
  });

  it('ignores the last characters, as STS does', () => {
    expect(accountFromAccessKeyId('ASIAY34FZKBOKMUAAAAA')).toBe('609629065308');
  });
});

describe('mintAccessKeyId', () => {
  it('round-trips random accounts', () => {
    for (let i = 0; i < 200; i++) {
      const account = String(Math.floor(Math.random() * 1e12)).padStart(12, '0');
      const random = crypto.getRandomValues(new Uint8Array(5));
      const key = mintAccessKeyId(i % 2 ? 'ASIA' : 'AKIA', account, random);
      expect(key).toMatch(/^A[SK]IA[Q-Z2-7][A-Z2-7]{15}$/);
      expect(accountFromAccessKeyId(key)).toBe(account);
    }
    expect(accountFromAccessKeyId(mintAccessKeyId('ASIA', '000000000001', new Uint8Array(5)))).toBe('000000000001');
    expect(accountFromAccessKeyId(mintAccessKeyId('AKIA', '999999999999', new Uint8Array(8).fill(255)))).toBe('999999999999');
  });

  it('differs with the random bytes', () => {
    const a = mintAccessKeyId('ASIA', '123456789012', new Uint8Array([1, 2, 3, 4, 5]));
    const b = mintAccessKeyId('ASIA', '123456789012', new Uint8Array([1, 2, 3, 4, 6]));
    expect(a).not.toBe(b);
    expect(a.slice(0, 12)).toBe(b.slice(0, 12));
  });

  it('refuses bad accounts and short randomness', () => {
    expect(() => mintAccessKeyId('ASIA', '1234', new Uint8Array(5))).toThrow(/12 digits/);
    expect(() => mintAccessKeyId('ASIA', '123456789012', new Uint8Array(4))).toThrow(/5 random bytes/);
  });
});

describe('mintUniqueId', () => {
  it('makes 21-character IDs from the seed', () => {
    const seed = new Uint8Array(32).map((_, i) => i * 7);
    const id = mintUniqueId('AROA', seed);
    expect(id).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(mintUniqueId('AROA', seed)).toBe(id);
    expect(mintUniqueId('AIDA', seed).slice(4)).toBe(id.slice(4));
    expect(mintUniqueId('AROA', seed.map((b) => b ^ 1))).not.toBe(id);
    expect(() => mintUniqueId('AIDA', new Uint8Array(10))).toThrow(RangeError);
  });
});

describe('describeAccessKeyId', () => {
  it('describes temporary and long-term keys', () => {
    expect(describeAccessKeyId('ASIAY34FZKBOKMUTVV7A')).toEqual({
      prefix: 'ASIA',
      kind: 'Temporary (AWS STS) access key',
      temporary: true,
      longTerm: false,
      account: '609629065308',
      wellFormed: true,
      problems: [],
    });
    expect(describeAccessKeyId('AKIAIOSFODNN7EXAMPLE')).toMatchObject({ longTerm: true, temporary: false, account: null, wellFormed: true });
  });

  it('knows every documented prefix, AAGA included', () => {
    expect(ID_PREFIXES.map((p) => p.prefix)).toEqual([
      'AAGA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AIPA', 'AKIA', 'ANPA', 'ANVA', 'APKA', 'AROA', 'ASCA', 'ASIA',
    ]);
    expect(describeAccessKeyId('AROA3XFRBF535PLBIFPI4')).toMatchObject({ kind: 'IAM role', wellFormed: false });
    expect(describeAccessKeyId('AROA3XFRBF535PLBIFPI4').problems[0]).toBe('AROA is the prefix of another kind of ID (see Kind), not of an access key');
  });

  it('names the problems of malformed IDs', () => {
    expect(describeAccessKeyId('ASIA123').problems).toEqual([
      'Access key IDs are 20 characters; this one has 7',
      'Access key IDs use only A–Z and 2–7; “1” is not allowed',
    ]);
    expect(describeAccessKeyId('XXXXY34FZKBOKMUTVV7A')).toMatchObject({ kind: 'Unknown prefix', wellFormed: false });
    expect(describeAccessKeyId('').problems).toEqual(['The access key ID is empty']);
  });
});

describe('decodeAccountOffline', () => {
  it("decodes the sandbox's keys and the reference's examples", () => {
    expect(decodeAccountOffline('AKIARTX3GSDSRMFQALIC')).toMatchObject({ account: '111122223333', explanation: expect.stringMatching(/^Decoded offline/) });
    expect(decodeAccountOffline(' AKIARZPUZDIKDXT22AAB ').account).toBe('123456789012');
    expect(decodeAccountOffline('ASIAY34FZKBOKMUTVV7A').account).toBe('609629065308');
  });

  it('says why it cannot decode: old layout, another kind of ID, unknown prefix, malformed, empty', () => {
    expect(decodeAccountOffline('AKIAIOSFODNN7EXAMPLE')).toEqual({ account: null, explanation: expect.stringMatching(/older layout \(its fifth character “I” is in A–P\).*GetAccessKeyInfo/) });
    expect(decodeAccountOffline('AROARTX3GSDSRMFQALICX').explanation).toMatch(/known only for access key IDs \(AKIA, ASIA\), not for AROA IDs/);
    expect(decodeAccountOffline('ZZZZRTX3GSDSRMFQALIC').explanation).toMatch(/without an access key prefix/);
    expect(decodeAccountOffline('AKIARTX3GSDSRMFQAL1C').explanation).toMatch(/malformed/);
    expect(decodeAccountOffline('').explanation).toBe('Nothing to decode yet.');
  });
});

describe('describeAccessKeyId covers every prefix of reference §3.3', () => {
  it.each([
    ['ABIA', 'AWS STS service bearer token'],
    ['ACCA', 'Context-specific credential'],
    ['AGPA', 'IAM group'],
    ['AIDA', 'IAM user'],
    ['AIPA', 'Amazon EC2 instance profile'],
    ['AKIA', 'Long-term access key (IAM user or root)'],
    ['ANPA', 'Managed policy'],
    ['ANVA', 'Version in a managed policy'],
    ['APKA', 'Public key'],
    ['AROA', 'IAM role'],
    ['ASCA', 'Certificate'],
    ['ASIA', 'Temporary (AWS STS) access key'],
    ['AAGA', 'Action group'],
  ])('%s is %s', (prefix, kind) => {
    expect(describeAccessKeyId(`${prefix}RTX3GSDSRMFQALIC`).kind).toBe(kind);
  });
});

describe('in French', () => {
  it('names the kind, the problems and the decoding in French, the IDs verbatim', () => {
    const fr = translator('fr');
    expect(fr(describeWords('AROA3XFRBF535PLBIFPI4').kind)).toBe('Rôle IAM');
    expect(describeWords('ASIA123').problems.map(fr)[0]).toBe('Les ID de clé d’accès font 20 caractères ; celui-ci en a 7'.replace('’', "'"));
    expect(fr(decodeWords('AKIARTX3GSDSRMFQALIC').explanation)).toMatch(/^Décodé hors ligne/);
  });
});
