/**
 * The wire format as real clients see it: an @aws-sdk/client-sts STSClient whose HTTP handler is
 * this module. Its requests must verify and parse here, and our XML must come back out of the
 * SDK's own deserialiser with the right fields and error codes.
 */
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { HttpResponse } from '@smithy/core/transport';
import { describe, expect, it } from 'vitest';
import type { OperationSpec, ParamSpec } from '../../catalog/types';
import { stsError, type StsError } from '../core/errors';
import type { SandboxRequest, SandboxResponse } from '../core/http';
import { TEST_ACCESS_KEY_ID, TEST_SECRET, toSandboxRequest } from '../sigv4/test-support/sdk-request';
import { extractSignature, verifySignature } from '../sigv4/verify-request';
import { readRequestParams } from './parse-form';
import { parseOperationInput } from './parse-query-input';
import { stsErrorResponse, stsSuccessResponse } from './response';

const subtle = globalThis.crypto.subtle;
const REQUEST_ID = 'dd011a20-5b5f-4191-9996-cd709af162f9';

function p(name: string, type: ParamSpec['type']): ParamSpec {
  return { name, memberPath: name[0]?.toLowerCase() + name.slice(1), cliFlag: name, label: { id: name, message: name }, type, required: false, doc: { id: name, message: '' }, widget: 'text' };
}
const str = { kind: 'string' } as const;
const assumeRoleSpec: Pick<OperationSpec, 'params'> = {
  params: [
    p('RoleArn', str),
    p('RoleSessionName', str),
    p('DurationSeconds', { kind: 'integer' }),
    p('Tags', {
      kind: 'structList',
      fields: [
        { name: 'Key', memberPath: 'key', required: true, type: str, cliKey: 'Key' },
        { name: 'Value', memberPath: 'value', required: true, type: str, cliKey: 'Value' },
      ],
    }),
    p('TransitiveTagKeys', { kind: 'stringList', item: str }),
    p('PolicyArns', { kind: 'structList', fields: [{ name: 'arn', memberPath: 'arn', required: false, type: str, cliKey: 'arn' }] }),
  ],
};

interface Seen {
  request: SandboxRequest;
  params: Map<string, string>;
}

/** An STSClient whose transport is `respond`, with every request checked for a valid signature. */
function clientAnswering(respond: (seen: Seen) => SandboxResponse | Promise<SandboxResponse>, seen: Seen[] = []): STSClient {
  return new STSClient({
    region: 'eu-central-1',
    credentials: { accessKeyId: TEST_ACCESS_KEY_ID, secretAccessKey: TEST_SECRET },
    maxAttempts: 1,
    requestHandler: {
      async handle(request: Parameters<typeof toSandboxRequest>[0]) {
        const sandboxRequest = toSandboxRequest(request);
        const info = extractSignature(sandboxRequest);
        if (!info) throw new Error('the SDK sent an unsigned request');
        await verifySignature(sandboxRequest, info, TEST_SECRET, { nowMs: Date.now(), subtle });
        const entry = { request: sandboxRequest, params: readRequestParams(sandboxRequest) };
        seen.push(entry);
        const res = await respond(entry);
        // HTTP transports hand the SDK lower-case header names; it reads x-amzn-requestid that way.
        const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), v]));
        return { response: new HttpResponse({ statusCode: res.status, headers, body: new TextEncoder().encode(res.body) }) };
      },
    } as never,
  });
}

describe('round trip with @aws-sdk/client-sts', () => {
  it('GetCallerIdentity: the SDK request verifies, and the SDK reads our success XML', async () => {
    const seen: Seen[] = [];
    const client = clientAnswering(
      () =>
        stsSuccessResponse(
          'GetCallerIdentity',
          { UserId: 'AIDAJQABLZS4A3QDU576Q', Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/alice' },
          REQUEST_ID,
          Date.now(),
        ),
      seen,
    );
    const out = await client.send(new GetCallerIdentityCommand({}));
    expect(out).toMatchObject({ UserId: 'AIDAJQABLZS4A3QDU576Q', Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/alice' });
    expect(out.$metadata.requestId).toBe(REQUEST_ID);
    expect(seen[0]?.params.get('Action')).toBe('GetCallerIdentity');
    expect(extractSignature(seen[0]?.request as SandboxRequest)?.region).toBe('eu-central-1');
  });

  it('AssumeRole: SDK-serialised lists and integers parse back into the SDK input, and credentials come out typed', async () => {
    const input = {
      RoleArn: 'arn:aws:iam::123456789012:role/Deploy',
      RoleSessionName: 'alice',
      DurationSeconds: 3600,
      Tags: [
        { Key: 'Project', Value: 'Alpha & <Beta>' },
        { Key: 'Team', Value: 'été' },
      ],
      TransitiveTagKeys: ['Project'],
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
    };
    let parsed: Record<string, unknown> = {};
    const client = clientAnswering(({ params }) => {
      parsed = parseOperationInput(assumeRoleSpec, params);
      return stsSuccessResponse(
        'AssumeRole',
        {
          Credentials: {
            AccessKeyId: 'ASIAY34FZKBOKMUTVV7A',
            SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
            SessionToken: 'IQoJb3JpZ2luX2Vj+/=',
            Expiration: new Date('2026-01-01T13:00:00Z'),
          },
          AssumedRoleUser: { AssumedRoleId: 'AROA3XFRBF535PLBIFPI4:alice', Arn: 'arn:aws:sts::123456789012:assumed-role/Deploy/alice' },
          PackedPolicySize: 6,
        },
        REQUEST_ID,
        Date.now(),
      );
    });
    const out = await client.send(new AssumeRoleCommand(input));
    expect(parsed).toEqual(input);
    expect(out.Credentials?.Expiration).toEqual(new Date('2026-01-01T13:00:00Z'));
    expect(out.Credentials?.SessionToken).toBe('IQoJb3JpZ2luX2Vj+/=');
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/Deploy/alice');
    expect(out.PackedPolicySize).toBe(6);
  });

  // Modelled errors come out as the SDK's exception classes (found by the wire code), others by code.
  it.each([
    [stsError('AccessDenied', 'User: arn:aws:iam::1:user/a is not authorized to perform: sts:AssumeRole on resource: r'), 'AccessDenied', 403, 'client'],
    [stsError('MalformedPolicyDocument', 'Syntax errors in policy. <"&">'), 'MalformedPolicyDocumentException', 400, 'client'],
    [stsError('PackedPolicyTooLarge', 'Packed size of session tags consumes 112% of allotted space.'), 'PackedPolicyTooLargeException', 400, 'client'],
    [stsError('ExpiredTokenException', 'Token expired: current date/time 1626271164 must be before the expiration date/time1626191469'), 'ExpiredTokenException', 400, 'client'],
    [stsError('RegionDisabledException', 'STS is not activated in this region for account:123456789012.'), 'RegionDisabledException', 403, 'client'],
    [stsError('InternalFailure', 'The sandbox failed'), 'InternalFailure', 500, 'server'],
  ] as [StsError, string, number, string][])('errors: %s reaches the SDK as %s with our message and request id', async (err, name, status, fault) => {
    const client = clientAnswering(() => stsErrorResponse(err, REQUEST_ID, Date.now()));
    const caught = await client.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::1:role/r', RoleSessionName: 'x' })).catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(STSServiceException);
    const e = caught as STSServiceException;
    expect(e.name).toBe(name);
    expect(e.message).toBe(err.message);
    expect(e.$fault).toBe(fault);
    expect(e.$metadata.httpStatusCode).toBe(status);
    expect(e.$metadata.requestId).toBe(REQUEST_ID);
  });
});
