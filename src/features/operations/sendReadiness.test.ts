import { describe, expect, it } from 'vitest';
import { getOperation } from '../../catalog/operations';
import { translator } from '../../i18n/test-support/translate';
import type { Message } from '../../kernel/message';
import { policySizeIssue, sendBlocker, sendIssueText } from './sendReadiness';

const en = translator('en');
const fr = translator('fr');
const label = (message: string): Message => ({ id: `test.${message}`, message });

const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'b'.repeat(2100)}/*` }] });

describe('policySizeIssue', () => {
  it('blocks with the size for every operation with a session policy, ARNs included', () => {
    for (const op of ['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'GetFederationToken', 'GetScopedCredentials'] as const) {
      expect(policySizeIssue(getOperation(op), { Policy: big }), op).toMatch(/^Session policies too large: 2,\d{3} of 2,048 characters/);
    }
    const arns = Array.from({ length: 60 }, (_, i) => ({ arn: `arn:aws:iam::111122223333:policy/P${i}` }));
    expect(policySizeIssue(getOperation('AssumeRole'), { Policy: '{}', PolicyArns: arns })).toMatch(/too large/);
    expect(policySizeIssue(getOperation('AssumeRole'), { Policy: '{}' })).toBeUndefined();
    expect(policySizeIssue(getOperation('GetSessionToken'), { Policy: big })).toBeUndefined();
  });
});

describe('the Send bar\'s line', () => {
  const spec = getOperation('AssumeRole');
  it('names the policy editor\'s errors, else the required fields once no message is shown', () => {
    const policyLine = sendIssueText(spec, { Policy: '{' }, { issues: 0, shownIssues: 0, policyErrors: 2 }, []) as Message;
    expect(en(policyLine)).toBe('The session policy has 2 errors (marked in the policy editor); STS would refuse it.');
    expect(fr(policyLine)).toBe("La politique de session contient 2 erreurs (signalées dans l'éditeur de politique) ; STS la refuserait.");
    const missing = [label('Role ARN'), label('Role session name')];
    expect(sendIssueText(spec, {}, { issues: 2, shownIssues: 0, policyErrors: 0 }, missing)).toEqual({ required: missing });
    expect(sendIssueText(spec, {}, { issues: 2, shownIssues: 1, policyErrors: 0 }, [label('Role ARN')])).toBeUndefined();
  });
  it('blocks Send while the sandbox starts or failed, and a signed call without keys', () => {
    expect(en(sendBlocker(false, false, true, true)!)).toBe('Starting the sandbox…');
    expect(en(sendBlocker(false, true, false, false)!)).toBe('The sandbox is not available (see Connection).');
    expect(en(sendBlocker(true, false, true, false)!)).toBe('Add source credentials under Edit connection to sign this call.');
    expect(fr(sendBlocker(true, false, true, false)!)).toBe('Ajoutez des informations d\'identification source sous Modifier la connexion pour signer cet appel.');
    expect(sendBlocker(true, false, false, false)).toBeNull();
  });
});
