import { describe, expect, it } from 'vitest';
import type { Target } from '../sts/connection';
import { newCallRecord, withOutcome } from './calls';
import { callsSince, labCallOf } from './labCalls';

const server: Target = { kind: 'sandbox-server', origin: 'http://127.0.0.1:4173' } as Target;
const keys = { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 's', sessionToken: '' };

describe('calls as the lab checker sees them', () => {
  it('carries the operation, which sandbox answered, the signer, the input and the outcome fields', () => {
    const sent = newCallRecord({ operation: 'AssumeRole', input: { RoleArn: 'arn:aws:iam::123456789012:role/R' }, target: server, credentials: keys, sentAnyway: false }, 'c1', 10);
    expect(labCallOf(sent)).toEqual({ id: 'c1', operation: 'AssumeRole', target: 'server', signedWith: 'long-term', input: { RoleArn: 'arn:aws:iam::123456789012:role/R' }, outcome: { status: 'pending' } });
    const [ok] = withOutcome([sent], 'c1', { status: 'ok', output: { AssumedRoleUser: { Arn: 'a' } }, requestId: 'r', elapsedMs: 3, httpStatus: 200 });
    expect(labCallOf(ok!).outcome).toEqual({ status: 'ok', output: { AssumedRoleUser: { Arn: 'a' } } });
    const aws = newCallRecord({ operation: 'GetCallerIdentity', input: {}, target: { kind: 'aws', region: 'eu-west-1', endpointKind: 'regional' } as Target, credentials: null, sentAnyway: false }, 'c2', 11);
    expect(labCallOf(aws)).toMatchObject({ target: 'other', signedWith: 'unsigned' });
  });

  it("counts only the calls started at or after the lab's last reset", () => {
    const call = (id: string) => labCallOf(newCallRecord({ operation: 'GetCallerIdentity', input: {}, target: server, credentials: keys, sentAnyway: false }, id, 0));
    const calls = [{ startedAt: 30, call: call('new') }, { startedAt: 20, call: call('at') }, { startedAt: 10, call: call('old') }];
    expect(callsSince(calls, undefined).map((c) => c.id)).toEqual(['new', 'at', 'old']);
    expect(callsSince(calls, 20).map((c) => c.id)).toEqual(['new', 'at']);
  });
});
