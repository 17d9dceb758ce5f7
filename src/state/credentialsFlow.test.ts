import { inEnglish, translator } from '../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { type CredentialSet } from '../credentials/credential-set';
import { identityFromArn } from '../credentials/identity';
import { credentialSetFromResult } from '../credentials/set-from-result';
import type { StsCallError } from '../sts/call-error';
import { newCallRecord, type CallRecord } from './calls';
import { planRefresh, type RefreshContext } from './refreshPlan';
import { setChangesFromCalls, type TrackedCall } from './setsFromCalls';

const USER = identityFromArn('arn:aws:iam::123456789012:user/DevAdmin');
const creds = (akid: string) => ({ AccessKeyId: akid, SecretAccessKey: `secret-${akid}`, SessionToken: `tok-${akid}`, Expiration: new Date('2030-01-01T12:00:00Z') });
const roleOutput = (akid: string) => ({ Credentials: creds(akid), AssumedRoleUser: { AssumedRoleId: 'AROAEXAMPLE:s', Arn: 'arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/s' } });
const assumed = (akid: string, parent: CredentialSet | undefined, input: Record<string, unknown> = { RoleArn: 'arn:aws:iam::123456789012:role/ReadOnlyAuditor', RoleSessionName: 's' }) =>
  credentialSetFromResult('AssumeRole', input, roleOutput(akid), parent ? { set: parent } : { identity: USER }, { targetLabel: 'Sandbox (in page)', sandboxClock: true })!;
/** A plan's note as the English UI shows it (null when the plan is not a note). */
const noteOf = (plan: ReturnType<typeof planRefresh>): string | null => (plan.kind === 'note' ? inEnglish(plan.text) : null);

const ctx = (over: Partial<RefreshContext> = {}): RefreshContext => ({ targetLabel: 'Sandbox (in page)', sets: [], demo: null, connectionKeys: null, ...over });

describe('planRefresh', () => {
  it('signs with the parent set when it is still here, else with long-term keys in Connection', () => {
    const parent = assumed('ASIAPARENT0000000001', undefined);
    const child = assumed('ASIACHILD00000000001', parent);
    expect(planRefresh(child, ctx({ sets: [parent, child] }))).toMatchObject({ kind: 'send', operation: 'AssumeRole', credentials: { accessKeyId: 'ASIAPARENT0000000001', sessionToken: 'tok-ASIAPARENT0000000001' }, parent: { set: parent } });
    const keys = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 's' };
    expect(planRefresh(child, ctx({ connectionKeys: keys }))).toMatchObject({ kind: 'send', credentials: keys });
    expect(noteOf(planRefresh(child, ctx({ connectionKeys: { accessKeyId: 'ASIATEMPORARY0000001', secretAccessKey: 's', sessionToken: 't' } })))).toBe('The keys that made this set are gone: put them in Connection, then refresh.');
  });

  it('uses the sandbox demo user\'s keys for a set it signed', () => {
    const set = assumed('ASIADEMO000000000001', undefined);
    const demo = { arn: USER.arn, accessKeyId: 'AKIADEMO', secretAccessKey: 'demo-secret' };
    expect(planRefresh(set, ctx({ demo }))).toMatchObject({ kind: 'send', credentials: { accessKeyId: 'AKIADEMO', secretAccessKey: 'demo-secret' }, parent: { identity: USER } });
  });

  it('refuses before a connection, on another target, and asks for a new MFA code first', () => {
    const set = assumed('ASIAMFA0000000000001', undefined, { RoleArn: 'arn:aws:iam::123456789012:role/R', RoleSessionName: 's', SerialNumber: 'arn:aws:iam::123456789012:mfa/u', TokenCode: '123456' });
    const keys = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 's' };
    expect(noteOf(planRefresh(set, ctx({ targetLabel: null })))).toBe('No connection yet.');
    expect(noteOf(planRefresh(set, ctx({ targetLabel: 'Sandbox (server)', connectionKeys: keys })))).toBe('This set came from Sandbox (in page); switch the connection there to refresh it.');
    expect(planRefresh(set, ctx({ connectionKeys: keys }))).toEqual({ kind: 'needs-code' });
    expect(planRefresh(set, ctx({ connectionKeys: keys }), '654321')).toMatchObject({ kind: 'send', input: { TokenCode: '654321' } });
  });
});

describe('setChangesFromCalls', () => {
  const target = { kind: 'sandbox-in-page' } as const;
  const call = (id: string, outcome: CallRecord['outcome']): CallRecord => ({ ...newCallRecord({ operation: 'AssumeRole', input: { RoleArn: 'arn:aws:iam::123456789012:role/ReadOnlyAuditor', RoleSessionName: 's' }, target, credentials: null, sentAnyway: false }, id, 1), outcome });
  const ok = (akid: string): CallRecord['outcome'] => ({ status: 'ok', output: roleOutput(akid), requestId: 'r', elapsedMs: 1, httpStatus: 200 });

  it('turns each settled successful call into a set once, signed by whoever signed the call', () => {
    const seen = new Set<string>();
    const tracked = new Map<string, TrackedCall>([['a', { parent: { identity: USER } }]]);
    const history = [call('p', { status: 'pending' }), call('a', ok('ASIAAAAAAAAAAAAAAAA1'))];
    const changes = setChangesFromCalls(history, seen, tracked);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'add', set: { accessKeyId: 'ASIAAAAAAAAAAAAAAAA1', source: { parentIdentity: USER, targetLabel: 'Sandbox (in page)' } } });
    expect(tracked.size).toBe(0);
    expect(setChangesFromCalls(history, seen, tracked)).toEqual([]);
  });

  it('reads the parent identity of a call signed by known long-term keys from their ARN (the demo user)', () => {
    const tracked = new Map<string, TrackedCall>([['d', { parent: {}, signerArn: USER.arn }]]);
    const [change] = setChangesFromCalls([call('d', ok('ASIAAAAAAAAAAAAAAAA2'))], new Set(), tracked);
    expect(change).toMatchObject({ kind: 'add', set: { source: { parentIdentity: { arn: USER.arn, kind: 'user', account: '123456789012' } } } });
  });

  it('replaces the refreshed set, or notes a failed refresh and leaves the set alone', () => {
    const tracked = new Map<string, TrackedCall>([['r1', { parent: {}, replaces: 'old-set' }], ['r2', { parent: {}, replaces: 'other-set' }]]);
    const denied = Object.assign(new Error('no'), { name: 'StsCallError', code: 'AccessDenied' }) as unknown as StsCallError;
    const changes = setChangesFromCalls([call('r1', ok('ASIANEW0000000000001')), call('r2', { status: 'error', error: denied, elapsedMs: 1 })], new Set(), tracked);
    expect(changes.map((c) => c.kind)).toEqual(['replace', 'note', 'note']);
    expect(changes[0]).toMatchObject({ id: 'old-set', set: { accessKeyId: 'ASIANEW0000000000001' } });
    expect(changes[1]).toMatchObject({ kind: 'note', id: 'old-set' });
    expect(changes[1]?.kind === 'note' && inEnglish(changes[1].text)).toBe('Refreshed.');
    expect(changes[2]).toMatchObject({ kind: 'note', id: 'other-set' });
    expect(changes[2]?.kind === 'note' && translator('fr')(changes[2].text)).toBe('Échec du rafraîchissement : AccessDenied. Le jeu est inchangé.');
  });
});
