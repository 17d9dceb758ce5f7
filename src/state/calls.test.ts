import { inEnglish } from '../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import type { StsCallError } from '../sts/call-error';
import type { Target } from '../sts/connection';
import { announceOutcome, newCallRecord, onlyPending, withOutcome, withRestored, type CallRecord } from './calls';
import { revivedHistory, storableHistory } from './savedHistory';
import { rememberSentPolicies, sentPolicies } from './sentPolicies';

const inPage: Target = { kind: 'sandbox-in-page' };
const keys = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' };
const record = (id: string, startedAt: number, over: Partial<CallRecord> = {}): CallRecord => ({ ...newCallRecord({ operation: 'AssumeRole', input: {}, target: inPage, credentials: keys, sentAnyway: false }, id, startedAt), ...over });
const failure = (code: string, kind = 'service') => Object.assign(new Error(`${code} happened`), { name: 'StsCallError', code, kind }) as unknown as StsCallError;

describe('calls as values', () => {
  it('records where a call went and what signed it, pending until it settles', () => {
    const r = newCallRecord({ operation: 'GetCallerIdentity', input: {}, target: inPage, credentials: { ...keys, sessionToken: 't' }, sentAnyway: true }, 'c1', 1000);
    expect(r).toMatchObject({ id: 'c1', startedAt: 1000, sandboxClock: true, sandboxKind: 'in-page', signedWith: 'temporary', sentAnyway: true, outcome: { status: 'pending' } });
    const unsigned = newCallRecord({ operation: 'AssumeRoleWithSAML', input: {}, target: { kind: 'aws', region: 'eu-west-1', endpointKind: 'regional' } as Target, credentials: null, sentAnyway: false }, 'c2', 1);
    expect(unsigned).toMatchObject({ signedWith: 'unsigned', sandboxClock: false });
    expect(unsigned.sandboxKind).toBeUndefined();
  });

  it('settles one call, clears all but the pending ones, and merges restored history once, newest first', () => {
    const list = [record('b', 2), record('a', 1)];
    const settled = withOutcome(list, 'a', { status: 'ok', output: {}, requestId: 'r', elapsedMs: 3, httpStatus: 200 });
    expect(settled.map((r) => r.outcome.status)).toEqual(['pending', 'ok']);
    expect(onlyPending(settled).map((r) => r.id)).toEqual(['b']);
    expect(withRestored(settled, [record('a', 1), record('old', 0), record('mid', 1.5)]).map((r) => r.id)).toEqual(['b', 'mid', 'a', 'old']);
  });

  it('announces success, failure and cancellation', () => {
    expect(inEnglish(announceOutcome('AssumeRole', { status: 'ok', output: {}, requestId: undefined, elapsedMs: 1, httpStatus: 200 }))).toBe('AssumeRole succeeded, HTTP 200.');
    expect(inEnglish(announceOutcome('AssumeRole', { status: 'error', error: failure('AccessDenied'), elapsedMs: 1 }))).toBe('AssumeRole failed: AccessDenied.');
    expect(inEnglish(announceOutcome('AssumeRole', { status: 'error', error: failure('RequestAborted', 'aborted'), elapsedMs: 1 }))).toBe('AssumeRole cancelled.');
  });
});

describe('saved history', () => {
  it('stores settled calls only, and revives an error as an Error that keeps its code and message', () => {
    const list = [record('p', 3), record('e', 2, { outcome: { status: 'error', error: failure('ExpiredToken'), elapsedMs: 5 } }), record('o', 1, { outcome: { status: 'ok', output: { x: 1 }, requestId: 'r', elapsedMs: 1, httpStatus: 200 } })];
    const stored = JSON.parse(JSON.stringify(storableHistory(list))) as unknown[];
    expect(stored).toHaveLength(2);
    const [e, o] = revivedHistory(stored);
    expect(e?.outcome.status === 'error' && e.outcome.error).toBeInstanceOf(Error);
    expect(e?.outcome.status === 'error' && [e.outcome.error.code, e.outcome.error.message]).toEqual(['ExpiredToken', 'ExpiredToken happened']);
    expect(o?.outcome).toEqual({ status: 'ok', output: { x: 1 }, requestId: 'r', elapsedMs: 1, httpStatus: 200 });
  });

  it('drops saved items that are not calls', () => {
    expect(revivedHistory([null, 7, { id: 'x' }, { id: 'y', operation: 'AssumeRole', startedAt: 'now', outcome: { status: 'ok' } }])).toEqual([]);
  });
});

describe('sent policies', () => {
  it('remembers the newest policy sent and the last packed size STS reported, even after the results are cleared', () => {
    const ok = record('1', 1, { input: { Policy: '{"a":1}' }, outcome: { status: 'ok', output: { PackedPolicySize: 12 }, requestId: undefined, elapsedMs: 1, httpStatus: 200 } });
    let memory = rememberSentPolicies(new Map(), [ok]);
    expect(sentPolicies(memory).get('AssumeRole')).toEqual({ lastSent: '{"a":1}', packedPercent: 12 });
    memory = rememberSentPolicies(memory, [record('2', 2, { input: { Policy: '{"b":2}' } }), ok]);
    expect(sentPolicies(memory).get('AssumeRole')).toEqual({ lastSent: '{"b":2}', packedPercent: 12 });
    // Results cleared: an older record seen again does not overwrite the newer send.
    memory = rememberSentPolicies(memory, [ok]);
    expect(sentPolicies(memory).get('AssumeRole')?.lastSent).toBe('{"b":2}');
    expect(rememberSentPolicies(memory, []).size).toBe(1);
  });
});
