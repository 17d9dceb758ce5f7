import { describe, expect, it } from 'vitest';
import { inEnglish, translator } from '../../i18n/test-support/translate';
import type { FederationVerdict, VerdictCheck } from '../../inspect/verdict';
import { causeTitle, roleTrustFor, toCheckItems, toVerdictView } from './verdict';

const pass = (id: string): VerdictCheck => ({ id, status: 'pass', title: id, detail: 'fine' });

describe('the verdict line', () => {
  it("rejects with STS's predicted error and names the cause in a few words", () => {
    const signature: VerdictCheck = { id: 'signature', status: 'fail', title: 'Signed by the IdP', causeId: 'digest-mismatch', detail: 'The signature on the Response: Invalid: digest mismatch for #_r1.', error: { code: 'InvalidIdentityToken', message: 'Response signature invalid' }, fix: 'Send the response exactly as the IdP signed it.' };
    const v: FederationVerdict = { kind: 'rejected', error: signature.error!, checkId: 'signature', cause: signature.detail, causeId: 'digest-mismatch', fix: signature.fix!, checks: [signature, pass('issuer')] };
    const view = toVerdictView('saml', v);
    if (view.kind !== 'rejected') throw new Error(view.kind);
    // STS's own code and message stay as they are; the workbench's words are Messages, in English here and in French for a French reader.
    expect({ ...view, causeTitle: inEnglish(view.causeTitle), cause: inEnglish(view.cause), fix: view.fix && inEnglish(view.fix) }).toEqual({
      kind: 'rejected',
      code: 'InvalidIdentityToken',
      message: 'Response signature invalid',
      causeTitle: 'Changed after it was signed (digest mismatch)',
      cause: 'The signature on the Response: Invalid: digest mismatch for #_r1.',
      fix: 'Send the response exactly as the IdP signed it.',
    });
    expect(typeof view.causeTitle !== 'string' && translator('fr')(view.causeTitle)).toBe('Modifiée après la signature (condensé différent)');
    expect(toCheckItems(v.checks)[0]).toMatchObject({ id: 'signature', status: 'fail', stsError: { code: 'InvalidIdentityToken' }, fix: 'Send the response exactly as the IdP signed it.' });
  });

  it('says what is missing when it cannot tell, and accepts only an accepted verdict', () => {
    expect(toVerdictView('saml', { kind: 'cannot-tell', missing: ["the IdP's signing certificate"], checks: [] })).toEqual({ kind: 'cannot-tell', missing: ["the IdP's signing certificate"] });
    expect(toVerdictView('saml', { kind: 'accepted', checks: [pass('issuer')] }).kind).toBe('accepted');
  });

  it('names the cause from the rulebook\'s cause id, per protocol: an OIDC failure never gets a SAML title', () => {
    expect(inEnglish(causeTitle('saml', { causeId: 'untrusted-key', title: '' }))).toBe('Signed by a key the provider does not trust');
    expect(inEnglish(causeTitle('oidc', { causeId: 'untrusted-key', title: '' }))).not.toMatch(/SAML|provider does not trust/);
    expect(inEnglish(causeTitle('oidc', { causeId: 'unknown-kid', title: '' }))).toBe("No key with the token's kid in the issuer's JWKS");
    expect(inEnglish(causeTitle('oidc', { causeId: 'expired', title: '' }))).toBe('Expired');
    expect(inEnglish(causeTitle('oidc', { causeId: 'wrong-audience', title: '' }))).toBe('Wrong audience');
    expect(inEnglish(causeTitle('oidc', { causeId: 'bad-signature', title: '' }))).not.toMatch(/XML|SAML/);
    expect(inEnglish(causeTitle('saml', { causeId: 'trust-policy-denied', title: '' }))).toBe("The role's trust policy does not allow it");
    // A detail's words no longer decide: without a cause id the title is the rule's own.
    expect(inEnglish(causeTitle('saml', { title: 'RoleSessionName attribute' }))).toBe('RoleSessionName attribute');
  });

  it("says what was checked when only the role's trust policy is unknown, never plain Accepted", () => {
    const unknown: VerdictCheck = { id: 'trust-policy', status: 'unknown', title: "The role's trust policy allows the call", detail: 'Not checked: no trust policy was pasted.' };
    const view = toVerdictView('oidc', { kind: 'cannot-tell', missing: ["the role's trust policy"], checks: [unknown, pass('signature')] });
    if (view.kind !== 'cannot-tell' || !view.headline) throw new Error('no headline');
    expect(inEnglish(view.headline)).toBe("The token passes every check; cannot tell about the role's trust policy");
    expect(view.checked && inEnglish(view.checked)).toMatch(/everything STS checks on the token, the signature included/);
    expect(view.notChecked).toBe('Not checked: no trust policy was pasted.');
  });

  it("takes the role from the sandbox's trust document (waiting for it), else the pasted policy against AWS", () => {
    const ROLE = 'arn:aws:iam::123456789012:role/Dev';
    const trustPolicy = { Version: '2012-10-17' as const, Statement: [] };
    const doc = { samlProviders: [], oidcProviders: [], roles: [{ arn: ROLE, name: 'Dev', trustPolicy, maxSessionDuration: 7200 }], accounts: [{ id: '123456789012', disabledRegions: ['eu-south-1'] }] };
    expect(roleTrustFor(doc, null, true, ROLE, '')).toMatchObject({ kind: 'known', role: { name: 'Dev' }, limits: { maxSessionDuration: 7200, disabledRegions: ['eu-south-1'] } });
    expect(roleTrustFor(doc, null, true, 'arn:aws:iam::123456789012:role/Nope', '')).toMatchObject({ kind: 'known', role: null });
    expect(roleTrustFor(null, null, true, ROLE, '')).toBeNull();
    expect(roleTrustFor(null, 'the sandbox answered HTTP 500', true, ROLE, '')).toMatchObject({ kind: 'unknown', why: 'the sandbox answered HTTP 500' });
    expect(roleTrustFor(null, null, false, ROLE, '')).toMatchObject({ kind: 'unknown' });
    expect(roleTrustFor(null, null, false, ROLE, JSON.stringify(trustPolicy))).toMatchObject({ kind: 'known', source: { id: 'inspect.trust.source.pasted' } });
    const noRole = roleTrustFor(doc, null, true, ' ', '');
    expect(noRole?.kind === 'unknown' && noRole.need && inEnglish(noRole.need)).toMatch(/RoleArn/);
  });
});
