import { describe, expect, it } from 'vitest';
import type { FederationVerdict, VerdictCheck } from '../../inspect/verdict';
import { causeTitle, toCheckItems, toVerdictView } from './verdict';

const pass = (id: string): VerdictCheck => ({ id, status: 'pass', title: id, detail: 'fine' });

describe('the verdict line', () => {
  it("rejects with STS's predicted error and names the cause in a few words", () => {
    const signature: VerdictCheck = { id: 'signature', status: 'fail', title: 'Signed by the IdP', detail: 'The signature on the Response: Invalid: digest mismatch for #_r1.', error: { code: 'InvalidIdentityToken', message: 'Response signature invalid' }, fix: 'Send the response exactly as the IdP signed it.' };
    const v: FederationVerdict = { kind: 'rejected', error: signature.error!, checkId: 'signature', cause: signature.detail, fix: signature.fix!, checks: [signature, pass('issuer')] };
    expect(toVerdictView(v)).toEqual({
      kind: 'rejected',
      code: 'InvalidIdentityToken',
      message: 'Response signature invalid',
      causeTitle: 'Changed after it was signed (digest mismatch)',
      cause: 'The signature on the Response: Invalid: digest mismatch for #_r1.',
      fix: 'Send the response exactly as the IdP signed it.',
    });
    expect(toCheckItems(v.checks)[0]).toMatchObject({ id: 'signature', status: 'fail', stsError: { code: 'InvalidIdentityToken' }, fix: 'Send the response exactly as the IdP signed it.' });
  });

  it('says what is missing when it cannot tell, and accepts only an accepted verdict', () => {
    expect(toVerdictView({ kind: 'cannot-tell', missing: ["the IdP's signing certificate"], checks: [] })).toEqual({ kind: 'cannot-tell', missing: "Missing: the IdP's signing certificate." });
    expect(toVerdictView({ kind: 'accepted', checks: [pass('issuer')] }).kind).toBe('accepted');
  });

  it('names untrusted keys, unknown kids, expiry and audiences', () => {
    expect(causeTitle({ id: 'signature', title: '', detail: 'it verifies only with the certificate embedded in the response, not with a certificate from the provider metadata.' })).toBe('Signed by a key the provider does not trust');
    expect(causeTitle({ id: 'signature', title: '', detail: 'No key with kid "k9" in the JWKS.' })).toBe("No key with the token's kid in the issuer's JWKS");
    expect(causeTitle({ id: 'exp', title: '', detail: 'expired' })).toBe('Expired');
    expect(causeTitle({ id: 'aud-client', title: '', detail: 'not registered' })).toBe('Wrong audience');
    expect(causeTitle({ id: 'session-name', title: 'RoleSessionName attribute', detail: 'missing' })).toBe('RoleSessionName attribute: fails');
  });
});
