import { describe, expect, it } from 'vitest';
import type { Target } from '../sts/connection';
import { newCallRecord, withOutcome, type CallRecord } from './calls';
import { decodeBlocker, decodeOutcome } from './decodeTool';

const target: Target = { kind: 'sandbox-in-page' };
const sent = (id: string): CallRecord =>
  newCallRecord({ operation: 'DecodeAuthorizationMessage', input: { EncodedMessage: 'x' }, target, credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 's' }, sentAnyway: false }, id, 1);

describe('the Authorization message tool, sending', () => {
  it('names the first thing that stops the decode call, and nothing when it can go', () => {
    expect(decodeBlocker({ hasTarget: false, hasSourceCredentials: false, pending: true })?.id).toBe('decodeTool.blocker.noSandbox');
    expect(decodeBlocker({ hasTarget: true, hasSourceCredentials: false, pending: true })?.id).toBe('decodeTool.blocker.noCredentials');
    expect(decodeBlocker({ hasTarget: true, hasSourceCredentials: true, pending: true })?.message).toBe('another call is still in flight.');
    expect(decodeBlocker({ hasTarget: true, hasSourceCredentials: true, pending: false })).toBeNull();
  });

  it('follows its call from pending to the decoded message or the error, and says when the answer had no message', () => {
    const history = [sent('a'), sent('b'), sent('c')];
    expect(decodeOutcome(history, 'a')).toEqual({ status: 'pending' });
    expect(decodeOutcome(history, 'gone')).toBeNull();
    const settled = withOutcome(
      withOutcome(history, 'a', { status: 'ok', output: { DecodedMessage: '{"allowed":false}' }, requestId: 'r', elapsedMs: 1, httpStatus: 200 }),
      'b',
      { status: 'ok', output: {}, requestId: 'r', elapsedMs: 1, httpStatus: 200 },
    );
    expect(decodeOutcome(settled, 'a')).toEqual({ status: 'ok', decodedMessage: '{"allowed":false}' });
    expect(decodeOutcome(settled, 'b')).toEqual({ status: 'error', code: 'NoDecodedMessage', message: 'The answer had no DecodedMessage.' });
    const failed = withOutcome(settled, 'c', { status: 'error', error: { code: 'InvalidAuthorizationMessageException', message: 'bad', kind: 'service' } as never, elapsedMs: 1 });
    expect(decodeOutcome(failed, 'c')).toMatchObject({ status: 'error', code: 'InvalidAuthorizationMessageException', message: 'bad' });
  });
});
