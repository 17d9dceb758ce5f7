import { describe, it, expect } from 'vitest';
import { formatAsCliOutput, formatCliTimestamp } from './cli-output';

describe('formatAsCliOutput', () => {
  it('prints assume-role output as the CLI does: model order, 4 spaces, wire timestamps, no metadata', () => {
    const sdkOutput = {
      $metadata: { httpStatusCode: 200, requestId: 'x' },
      AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/xaccounts3access/s3-access-example', AssumedRoleId: 'AROA3XFRBF535PLBIFPI4:s3-access-example' },
      Credentials: {
        SessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE',
        Expiration: new Date('2024-11-15T00:05:07Z'),
        AccessKeyId: 'ASIAY34FZKBOKMUTVV7A',
        SecretAccessKey: 'abcdefghijabcdefghijabcdefghijabcdefghij',
      },
      SourceIdentity: undefined,
    };
    expect(formatAsCliOutput('AssumeRole', sdkOutput)).toBe(
      [
        '{',
        '    "Credentials": {',
        '        "AccessKeyId": "ASIAY34FZKBOKMUTVV7A",',
        '        "SecretAccessKey": "abcdefghijabcdefghijabcdefghijabcdefghij",',
        '        "SessionToken": "IQoJb3JpZ2luX2VjEXAMPLE",',
        '        "Expiration": "2024-11-15T00:05:07Z"',
        '    },',
        '    "AssumedRoleUser": {',
        '        "AssumedRoleId": "AROA3XFRBF535PLBIFPI4:s3-access-example",',
        '        "Arn": "arn:aws:sts::123456789012:assumed-role/xaccounts3access/s3-access-example"',
        '    }',
        '}',
      ].join('\n'),
    );
  });

  it('keeps numbers as numbers and prints get-caller-identity in model order', () => {
    expect(JSON.parse(formatAsCliOutput('GetFederationToken', { PackedPolicySize: 6, FederatedUser: { Arn: 'a', FederatedUserId: 'b' } }))).toEqual({
      FederatedUser: { FederatedUserId: 'b', Arn: 'a' },
      PackedPolicySize: 6,
    });
    expect(formatAsCliOutput('GetCallerIdentity', { Arn: 'arn:aws:iam::1:user/a', Account: '1', UserId: 'AIDA' })).toBe(
      '{\n    "UserId": "AIDA",\n    "Account": "1",\n    "Arn": "arn:aws:iam::1:user/a"\n}',
    );
  });

  it('does not escape non-ASCII text (ensure_ascii=False)', () => {
    expect(formatAsCliOutput('AssumeRoleWithSAML', { Subject: 'zoë' })).toContain('"Subject": "zoë"');
  });

  it('timestamps: wire form by default, CLI v2 iso8601 on request', () => {
    const d = new Date('2011-07-15T23:28:33.359Z');
    expect(formatCliTimestamp(d)).toBe('2011-07-15T23:28:33.359Z');
    expect(formatCliTimestamp(new Date('2024-11-15T00:05:07Z'), 'iso8601')).toBe('2024-11-15T00:05:07+00:00');
    expect(formatCliTimestamp(d, 'iso8601')).toBe('2011-07-15T23:28:33.359000+00:00');
    expect(formatAsCliOutput('GetWebIdentityToken', { Expiration: new Date('2026-01-01T00:00:00Z'), WebIdentityToken: 't' })).toBe(
      '{\n    "WebIdentityToken": "t",\n    "Expiration": "2026-01-01T00:00:00Z"\n}',
    );
  });

  it('prints {} for a missing output', () => {
    expect(formatAsCliOutput('GetCallerIdentity', undefined)).toBe('{}');
  });
});
