import { describe, expect, it } from 'vitest';
import { formatArn, parseArn, type ParsedArn } from './arn';

function parsed(text: string): ParsedArn {
  const r = parseArn(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('parseArn', () => {
  it('parses a role with a path', () => {
    expect(parsed('arn:aws:iam::123456789012:role/a/b/Name')).toEqual({
      partition: 'aws',
      service: 'iam',
      region: '',
      account: '123456789012',
      resource: 'role/a/b/Name',
      resourceType: 'role',
      resourceName: 'Name',
      path: '/a/b/',
      problems: [],
    });
    expect(parsed('arn:aws:iam::123456789012:role/Deploy')).toMatchObject({ resourceName: 'Deploy', path: '/' });
  });

  it('parses assumed-role session ARNs', () => {
    expect(parsed('arn:aws:sts::609629065308:assumed-role/Deploy/alice@example.com')).toMatchObject({
      service: 'sts',
      resourceType: 'assumed-role',
      resourceName: 'Deploy',
      sessionName: 'alice@example.com',
      path: null,
      problems: [],
    });
  });

  it('parses federated users, SAML and OIDC providers (names with slashes)', () => {
    expect(parsed('arn:aws:sts::111122223333:federated-user/Bob')).toMatchObject({ resourceType: 'federated-user', resourceName: 'Bob' });
    expect(parsed('arn:aws:iam::123456789012:saml-provider/SAML-test')).toMatchObject({ resourceType: 'saml-provider', resourceName: 'SAML-test' });
    expect(parsed('arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/D43C')).toMatchObject({
      resourceType: 'oidc-provider',
      resourceName: 'oidc.eks.us-west-2.amazonaws.com/id/D43C',
      path: null,
    });
  });

  it('parses MFA devices, root and managed policies', () => {
    expect(parsed('arn:aws:iam::123456789012:mfa/alice')).toMatchObject({ resourceType: 'mfa', resourceName: 'alice', path: '/' });
    expect(parsed('arn:aws:iam::123456789012:root')).toMatchObject({ resourceType: 'root', resourceName: '', path: null });
    expect(parsed('arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy')).toMatchObject({
      account: 'aws',
      resourceType: 'policy',
      resourceName: 'S3UnlockBucketPolicy',
      path: '/root-task/',
      problems: [],
    });
    expect(parsed('arn:aws:iam::aws:contextProvider/IdentityCenter')).toMatchObject({ resourceType: 'contextProvider', resourceName: 'IdentityCenter' });
  });

  it('keeps colons inside the resource', () => {
    expect(parsed('arn:aws:sns:us-east-1:123456789012:topic:sub-id')).toMatchObject({
      region: 'us-east-1',
      resource: 'topic:sub-id',
      resourceType: 'topic',
      resourceName: 'sub-id',
    });
    expect(parsed('arn:aws:s3:::my-bucket')).toMatchObject({ account: '', resourceType: null, resourceName: 'my-bucket' });
  });

  it('names the problem in malformed ARNs', () => {
    expect(parseArn('arn:aws:iam:123456789012')).toEqual({ ok: false, error: 'An ARN has six colon-separated parts; this one has 4' });
    expect(parseArn('nothing-valid')).toEqual({ ok: false, error: 'An ARN has six colon-separated parts; this one has 1' });
    expect(parseArn('urn:aws:iam::123456789012:role/x')).toEqual({ ok: false, error: "An ARN starts with 'arn:'; this one starts with 'urn:'" });
    expect(parseArn('')).toEqual({ ok: false, error: 'The ARN is empty' });
    expect(parseArn('arn::iam::123456789012:role/x')).toMatchObject({ ok: false, error: expect.stringContaining('partition') });
    expect(parseArn('arn:aws:iam::123456789012:')).toMatchObject({ ok: false, error: expect.stringContaining('resource') });
    expect(parseArn(42 as unknown as string)).toMatchObject({ ok: false });
    expect(parseArn('arn:aws:s3:::')).toEqual({ ok: false, error: 'The resource (sixth part, such as role/MyRole) is empty' });
  });

  it('reads the text exactly as given (the policy validator judges what a policy says; callers trim pasted text)', () => {
    expect(parseArn(' arn:aws:iam::123456789012:role/x')).toEqual({ ok: false, error: "An ARN starts with 'arn:'; this one starts with ' arn:'" });
    expect(parsed('arn:aws:iam::123456789012:role/x ').resourceName).toBe('x ');
  });

  it('keeps the type of resources outside IAM (log groups, buckets) and the whole name of OIDC providers', () => {
    expect(parsed('arn:aws:logs:us-east-1:111122223333:log-group:name:*')).toMatchObject({ resource: 'log-group:name:*', resourceType: 'log-group', resourceName: 'name:*' });
    expect(parsed('arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/ABC')).toMatchObject({ resourceType: 'oidc-provider', resourceName: 'oidc.eks.us-west-2.amazonaws.com/id/ABC' });
    expect(parsed('arn:aws:iam::111122223333:assumed-role/R/S').problems).toEqual(["Assumed-role ARNs belong to the 'sts' service, not 'iam'"]);
  });

  it('reports non-fatal oddities', () => {
    expect(parsed('arn:aws:iam:us-east-1:12345:role/x').problems).toEqual([
      "The account '12345' is not a 12-digit account ID",
      "IAM ARNs have no Region; this one names 'us-east-1'",
    ]);
    expect(parsed('arn:aws:sts::123456789012:assumed-role/OnlyRole').problems[0]).toContain('session name is missing');
    expect(parsed('arn:aws-mars:iam::123456789012:role/x').problems).toEqual(["'aws-mars' is not a known AWS partition"]);
  });
});

describe('formatArn', () => {
  it('builds ARNs and round-trips through parseArn', () => {
    const text = formatArn({ service: 'sts', account: '123456789012', resource: 'assumed-role/R/s' });
    expect(text).toBe('arn:aws:sts::123456789012:assumed-role/R/s');
    const back = parsed(text);
    expect(formatArn(back)).toBe(text);
    expect(formatArn({ partition: 'aws-cn', service: 'iam', account: '123456789012', resource: 'root' })).toBe('arn:aws-cn:iam::123456789012:root');
  });
});
