import { englishOf, quotedEnglish } from '../kernel/message';
import { toWire } from '../kernel/relayed';
import { describe, expect, it } from 'vitest';
import { buildAuthorizationMessage } from './authorization-message';
import type { RequestContext } from './context';
import { evaluatePolicies, type PolicyInput } from './evaluate';
import type { PolicyStatement } from './types';


const ctx: RequestContext = {
  principal: { type: 'AWS', arn: 'arn:aws:sts::123456789012:assumed-role/Dev/ana', account: '123456789012', alsoKnownAs: ['arn:aws:iam::123456789012:role/Dev'] },
  action: 'sts:AssumeRole',
  resource: 'arn:aws:iam::111122223333:role/Target',
  keys: { 'aws:RequestedRegion': ['us-east-1'], 'aws:TagKeys': ['team', 'env'] },
};
const who = { id: 'AROA123456789EXAMPLE:ana', arn: 'arn:aws:sts::123456789012:assumed-role/Dev/ana' };
const identity = (...Statement: unknown[]): PolicyInput => ({ label: quotedEnglish('role/Dev policy 1'), kind: 'identity', document: { Version: '2012-10-17', Statement: Statement as PolicyStatement[] } });

describe('buildAuthorizationMessage', () => {
  it('has the real DecodeAuthorizationMessage shape for an explicit deny', () => {
    const e = evaluatePolicies(
      [
        identity(
          { Effect: 'Allow', Action: '*', Resource: '*' },
          { Sid: 'NoProd', Effect: 'Deny', Action: ['sts:AssumeRole'], Resource: 'arn:aws:iam::111122223333:role/*', Condition: { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] } } },
        ),
      ],
      ctx,
    );
    const m = buildAuthorizationMessage(e, ctx, who);
    const { sandboxTrace: _trace, ...real } = m;
    expect(real).toEqual({
      allowed: false,
      explicitDeny: true,
      matchedStatements: {
        items: [
          {
            statementId: 'NoProd',
            effect: 'DENY',
            principals: { items: [{ value: 'AROA123456789EXAMPLE:ana' }] },
            principalGroups: { items: [] },
            actions: { items: [{ value: 'sts:AssumeRole' }] },
            resources: { items: [{ value: 'arn:aws:iam::111122223333:role/*' }] },
            conditions: { items: [{ key: 'aws:RequestedRegion', values: { items: [{ value: 'us-east-1' }, { value: 'us-west-2' }] } }] },
          },
        ],
      },
      failures: { items: [] },
      context: {
        principal: { id: 'AROA123456789EXAMPLE:ana', arn: 'arn:aws:sts::123456789012:assumed-role/Dev/ana' },
        action: 'sts:AssumeRole',
        resource: 'arn:aws:iam::111122223333:role/Target',
        conditions: {
          items: [
            { key: 'aws:RequestedRegion', values: { items: [{ value: 'us-east-1' }] } },
            { key: 'aws:TagKeys', values: { items: [{ value: 'team' }, { value: 'env' }] } },
          ],
        },
      },
    });
    // Real JSON booleans survive serialization.
    expect(JSON.parse(JSON.stringify(m))).toMatchObject({ allowed: false, explicitDeny: true });
  });

  it('lists no matched statements for an implicit deny, and says why in the trace', () => {
    const e = evaluatePolicies([identity({ Effect: 'Allow', Action: 's3:*', Resource: '*' })], ctx);
    const m = buildAuthorizationMessage(e, ctx, who);
    expect(m).toMatchObject({ allowed: false, explicitDeny: false, matchedStatements: { items: [] } });
    expect(m.sandboxTrace).toEqual({
      decision: 'implicit-deny',
      summary: englishOf(e.summary),
      statements: [
        {
          policy: 'role/Dev policy 1',
          policyKind: 'identity',
          index: 0,
          effect: 'Allow',
          applies: false,
          deciding: false,
          why: 'Allow statement 0 of role/Dev policy 1 does not apply: action sts:AssumeRole is not in Action ["s3:*"]',
          conditions: [],
        },
      ],
      messages: { summary: toWire(e.summary), statements: [{ policy: toWire(e.statements[0]!.policy), why: toWire(e.statements[0]!.why), conditions: [] }] },
    });
  });

  it('shows trust-policy principals and the role as resource for trust statements', () => {
    const trust: PolicyInput = {
      label: quotedEnglish('role/Target trust policy'),
      kind: 'trust',
      document: { Version: '2012-10-17', Statement: [{ Sid: 'Block', Effect: 'Deny', Principal: { AWS: ['arn:aws:iam::123456789012:role/Dev'] }, Action: 'sts:AssumeRole' }] },
    };
    const m = buildAuthorizationMessage(evaluatePolicies([trust], ctx), ctx, who);
    expect(m.matchedStatements.items[0]).toMatchObject({
      statementId: 'Block',
      principals: { items: [{ value: 'arn:aws:iam::123456789012:role/Dev' }] },
      resources: { items: [{ value: 'arn:aws:iam::111122223333:role/Target' }] },
    });
  });

  it('marks the deciding statement and carries the condition trace', () => {
    const e = evaluatePolicies(
      [identity({ Sid: 'OnlyWithTeam', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } } })],
      ctx,
    );
    const m = buildAuthorizationMessage(e, ctx, { ...who, name: 'ana' });
    expect(m.allowed).toBe(true);
    expect(m.context.principal.name).toBe('ana');
    expect(m.matchedStatements.items[0]?.effect).toBe('ALLOW');
    const st = m.sandboxTrace.statements[0];
    expect(st).toMatchObject({ sid: 'OnlyWithTeam', deciding: true, applies: true });
    expect(st?.conditions[0]).toMatchObject({ operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', policyValues: ['team', 'env'], requestValues: ['team', 'env'], result: true });
  });
});
