import { describe, expect, it } from 'vitest';
import type { CheckItem } from './CheckList';
import { verdictFromChecks } from './verdict';

const pass = (id: string): CheckItem => ({ id, status: 'pass', title: id, detail: 'fine' });
const verified = { verified: true, by: 'the IdP metadata' } as const;
const unverified = { verified: false, missing: 'Paste the IdP metadata.' } as const;

describe('verdictFromChecks', () => {
  it('accepts only when every check passes and the signature verifies', () => {
    expect(verdictFromChecks([pass('issuer'), pass('expiry')], verified).kind).toBe('accepted');
    expect(verdictFromChecks([pass('issuer'), pass('expiry')], unverified)).toEqual({ kind: 'cannot-tell', missing: 'Paste the IdP metadata.' });
  });

  it("rejects with STS's predicted error of the first failing rule, and names the cause", () => {
    const checks: CheckItem[] = [
      pass('issuer'),
      { id: 'signature', status: 'fail', title: 'Signed by the IdP', detail: 'The signature on the Response: Invalid: digest mismatch for #_r1.', stsError: { code: 'InvalidIdentityToken', message: 'Response signature invalid' }, fix: 'Send the response exactly as the IdP signed it.' },
      { id: 'expiry', status: 'fail', title: 'Not expired', detail: 'Expired a minute ago.', stsError: { code: 'ExpiredTokenException', message: 'Token expired' } },
    ];
    expect(verdictFromChecks(checks, verified)).toEqual({
      kind: 'rejected',
      code: 'InvalidIdentityToken',
      message: 'Response signature invalid',
      causeTitle: 'Changed after it was signed (digest mismatch)',
      cause: 'The signature on the Response: Invalid: digest mismatch for #_r1.',
      fix: 'Send the response exactly as the IdP signed it.',
    });
  });

  it('never accepts while a check fails, even one without a known STS error', () => {
    const v = verdictFromChecks([pass('issuer'), { id: 'size', status: 'fail', title: 'At most 100000 characters', detail: 'Too long.' }], verified);
    expect(v).toMatchObject({ kind: 'rejected', code: null, message: 'At most 100000 characters' });
  });

  it('names untrusted keys, expiry and audiences', () => {
    const fail = (id: string, detail: string): CheckItem => ({ id, status: 'fail', title: id, detail, stsError: { code: 'X', message: 'y' } });
    const cause = (c: CheckItem) => (verdictFromChecks([c], verified) as { causeTitle: string }).causeTitle;
    expect(cause(fail('signature', 'it verifies only with the certificate embedded in the response, not with a certificate from the provider metadata.'))).toBe('Signed by a key the provider does not trust');
    expect(cause(fail('exp', 'expired'))).toBe('Expired');
    expect(cause(fail('aud-client', 'not registered'))).toBe('Wrong audience');
  });
});
