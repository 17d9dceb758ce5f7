import { describe, expect, it } from 'vitest';
import { formatArn, parseArn, roleArnWithPath, type ParsedArn } from './arn';
import { translator } from '../i18n/test-support/translate';
import { englishOf } from './message';

function parsed(text: string): ParsedArn {
  const r = parseArn(text);
  if (!r.ok) throw new Error(englishOf(r.error));
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

  /** The error as the English UI shows it. */
  const problem = (text: string): string | null => {
    const r = parseArn(text);
    return r.ok ? null : englishOf(r.error);
  };

  it('names the problem in malformed ARNs', () => {
    expect(problem('arn:aws:iam:123456789012')).toBe('An ARN has six colon-separated parts; this one has 4');
    expect(problem('nothing-valid')).toBe('An ARN has six colon-separated parts; this one has 1');
    expect(problem('urn:aws:iam::123456789012:role/x')).toBe('An ARN starts with “arn:”; this one starts with “urn:”');
    expect(problem('')).toBe('The ARN is empty');
    expect(problem('arn::iam::123456789012:role/x')).toContain('partition');
    expect(problem('arn:aws:iam::123456789012:')).toContain('resource');
    expect(parseArn(42 as unknown as string)).toMatchObject({ ok: false });
    expect(problem('arn:aws:s3:::')).toBe('The resource (sixth part, such as role/MyRole) is empty');
  });

  it('reads the text exactly as given (the policy validator judges what a policy says; callers trim pasted text)', () => {
    expect(problem(' arn:aws:iam::123456789012:role/x')).toBe('An ARN starts with “arn:”; this one starts with “ arn:”');
    expect(parsed('arn:aws:iam::123456789012:role/x ').resourceName).toBe('x ');
  });

  it('keeps the type of resources outside IAM (log groups, buckets) and the whole name of OIDC providers', () => {
    expect(parsed('arn:aws:logs:us-east-1:111122223333:log-group:name:*')).toMatchObject({ resource: 'log-group:name:*', resourceType: 'log-group', resourceName: 'name:*' });
    expect(parsed('arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/ABC')).toMatchObject({ resourceType: 'oidc-provider', resourceName: 'oidc.eks.us-west-2.amazonaws.com/id/ABC' });
    expect(parsed('arn:aws:iam::111122223333:assumed-role/R/S').problems.map(englishOf)).toEqual(['Assumed-role ARNs belong to the sts service, not iam']);
  });

  it('reports non-fatal oddities', () => {
    expect(parsed('arn:aws:iam:us-east-1:12345:role/x').problems.map(englishOf)).toEqual([
      'The account “12345” is not a 12-digit account ID',
      'IAM ARNs have no Region; this one names “us-east-1”',
    ]);
    expect(englishOf(parsed('arn:aws:sts::123456789012:assumed-role/OnlyRole').problems[0]!)).toContain('session name is missing');
    expect(parsed('arn:aws-mars:iam::123456789012:role/x').problems.map(englishOf)).toEqual(['“aws-mars” is not a known AWS partition']);
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

describe('roleArnWithPath', () => {
  const world = ['arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor', 'arn:aws:iam::123456789012:role/TestSaml', 'arn:aws:iam::111122223333:role/ops/Deployer'];

  it('finds the role a path-less ARN means', () => {
    expect(roleArnWithPath('arn:aws:iam::123456789012:role/ReadOnlyAuditor', world)).toBe('arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor');
  });

  it('says nothing for an exact ARN, another account, another name, or a non-role ARN', () => {
    expect(roleArnWithPath('arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor', world)).toBeNull();
    expect(roleArnWithPath('arn:aws:iam::123456789012:role/TestSaml', world)).toBeNull();
    expect(roleArnWithPath('arn:aws:iam::123456789012:role/Deployer', world)).toBeNull();
    expect(roleArnWithPath('arn:aws:iam::123456789012:role/Nobody', world)).toBeNull();
    expect(roleArnWithPath('arn:aws:iam::123456789012:user/ReadOnlyAuditor', world)).toBeNull();
    expect(roleArnWithPath('not an arn', world)).toBeNull();
  });
});

describe('parseArn in French', () => {
  it('names the problem in the reader’s language, the ARN’s own parts verbatim', () => {
    const fr = translator('fr');
    const r = parseArn('arn:aws:iam');
    expect(r.ok ? '' : fr(r.error)).toBe('Un ARN a six parties séparées par des deux-points ; celui-ci en a 3');
    expect(parsed('arn:aws-mars:iam::123456789012:role/x').problems.map(fr)).toEqual(['« aws-mars » n’est pas une partition AWS connue'.replace('’', "'")]);
  });
});
