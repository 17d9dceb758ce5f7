import { describe, expect, it } from 'vitest';
import { readArn } from './arn-shape';

describe('readArn', () => {
  it('splits the six parts and the IAM resource type', () => {
    expect(readArn('arn:aws:iam::111122223333:role/path/Admin')).toEqual({
      ok: true,
      value: { partition: 'aws', service: 'iam', region: '', account: '111122223333', resource: 'role/path/Admin', resourceType: 'role', resourceName: 'path/Admin', problems: [] },
    });
    expect(readArn('arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/ABC')).toMatchObject({ ok: true, value: { resourceType: 'oidc-provider', resourceName: 'oidc.eks.us-west-2.amazonaws.com/id/ABC' } });
    expect(readArn('arn:aws:iam::111122223333:root')).toMatchObject({ ok: true, value: { resourceType: 'root', resourceName: '' } });
    expect(readArn('arn:aws:logs:us-east-1:111122223333:log-group:name:*')).toMatchObject({ ok: true, value: { resource: 'log-group:name:*', resourceType: 'log-group' } });
    expect(readArn('arn:aws:s3:::bucket')).toMatchObject({ ok: true, value: { resourceType: null, resourceName: 'bucket' } });
  });

  it('names what is wrong', () => {
    expect(readArn('arn:aws:s3')).toEqual({ ok: false, error: 'An ARN has six colon-separated parts; this one has 3' });
    expect(readArn('urn:aws:s3:::b')).toEqual({ ok: false, error: "An ARN starts with 'arn:'; this one starts with 'urn:'" });
    expect(readArn('arn:aws:s3:::')).toEqual({ ok: false, error: 'The resource (sixth part, such as role/MyRole) is empty' });
    expect(readArn('arn:aws:iam:us-east-1:12345:role/R')).toMatchObject({ ok: true, value: { problems: ["The account '12345' is not a 12-digit account ID", "IAM ARNs have no Region; this one names 'us-east-1'"] } });
    expect(readArn('arn:aws:iam::111122223333:assumed-role/R/S')).toMatchObject({ ok: true, value: { problems: ["Assumed-role ARNs belong to the 'sts' service, not 'iam'"] } });
  });
});
