import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/test-support/translate';
import type { Message } from '../../kernel/message';
import { sendBlocker, sendIssueText } from './sendReadiness';

const en = translator('en');
const fr = translator('fr');
const label = (message: string): Message => ({ id: `test.${message}`, message });

describe('the Send bar\'s line', () => {
  it('names the policy editor\'s errors, else the required fields once no message is shown', () => {
    const policyLine = sendIssueText({ issues: 0, shownIssues: 0, policyErrors: 2 }, [], null) as Message;
    expect(en(policyLine)).toBe('The session policy has 2 errors (marked in the policy editor); STS would refuse it.');
    expect(fr(policyLine)).toBe("La politique de session contient 2 erreurs (signalées dans l'éditeur de politique) ; STS la refuserait.");
    const missing = [label('Role ARN'), label('Role session name')];
    expect(sendIssueText({ issues: 2, shownIssues: 0, policyErrors: 0 }, missing, null)).toEqual({ required: missing });
    expect(sendIssueText({ issues: 2, shownIssues: 1, policyErrors: 0 }, [label('Role ARN')], null)).toBeUndefined();
    // The size comes first: it says what to do (minify, remove ARNs) where a count would not.
    const size = label('Session policies too large');
    expect(sendIssueText({ issues: 1, shownIssues: 1, policyErrors: 2 }, [], size)).toBe(size);
  });
  it('blocks Send while the sandbox starts or failed, and a signed call without keys', () => {
    expect(en(sendBlocker(false, false, true, true)!)).toBe('Starting the sandbox…');
    expect(en(sendBlocker(false, true, false, false)!)).toBe('The sandbox is not available (see Connection).');
    expect(en(sendBlocker(true, false, true, false)!)).toBe('Add source credentials under Edit connection to sign this call.');
    expect(fr(sendBlocker(true, false, true, false)!)).toBe('Ajoutez des informations d\'identification source sous Modifier la connexion pour signer cet appel.');
    expect(sendBlocker(true, false, false, false)).toBeNull();
  });
});
