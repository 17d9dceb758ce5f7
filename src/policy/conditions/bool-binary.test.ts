import { describe, expect, it } from 'vitest';
import { cond, holds } from '../test-support/context';

describe('Bool', () => {
  const mfa = { 'aws:MultiFactorAuthPresent': ['true'] };
  it('compares true and false (JSON booleans too, any case)', () => {
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', 'true', mfa)).toBe(true);
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', true, mfa)).toBe(true);
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', 'TRUE', mfa)).toBe(true);
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', 'false', mfa)).toBe(false);
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', false, { 'aws:MultiFactorAuthPresent': ['false'] })).toBe(true);
  });

  it('is false for long-term keys that carry no MFA key at all, unless BoolIfExists', () => {
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', 'false', {})).toBe(false);
    expect(holds('BoolIfExists', 'aws:MultiFactorAuthPresent', 'false', {})).toBe(true);
  });

  it('never matches a value that is not a Boolean', () => {
    const t = cond('Bool', 'aws:SecureTransport', 'yes', { 'aws:SecureTransport': ['true'] });
    expect(t.result).toBe(false);
    expect(t.why).toMatch(/"yes" is not a Boolean/);
  });
});

describe('BinaryEquals', () => {
  it('compares base64 bytes', () => {
    const k = { 'x:blob': [btoa('hello')] };
    expect(holds('BinaryEquals', 'x:blob', 'aGVsbG8=', k)).toBe(true);
    expect(holds('BinaryEquals', 'x:blob', 'aGVsbG8', k)).toBe(true); // padding is optional
    expect(holds('BinaryEquals', 'x:blob', btoa('world'), k)).toBe(false);
    expect(holds('BinaryEqualsIfExists', 'x:blob', btoa('world'), {})).toBe(true);
  });
});
