import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/test-support/translate';
import { getOperation } from './operations';
import { checkCrossFieldRules, formatValidationError, issuesByParam, validateInput, validateModelConstraints } from './validate';

const assumeRole = getOperation('AssumeRole');
const arn = 'arn:aws:iam::123456789012:role/Deploy';
/** The wire part of clauses and violations (the workbench's explanation is tested on its own below). */
const wire = <T extends { explain: unknown }>(xs: readonly T[]) => xs.map(({ explain: _explain, ...rest }) => rest);
const rulesOf = (...args: Parameters<typeof checkCrossFieldRules>) => wire(checkCrossFieldRules(...args));
const clauses = (op: Parameters<typeof getOperation>[0], input: Record<string, unknown>) =>
  validateModelConstraints(getOperation(op), input).map((c) => c.clause);

describe('validateModelConstraints', () => {
  it('accepts a valid AssumeRole input', () => {
    expect(validateModelConstraints(assumeRole, { RoleArn: arn, RoleSessionName: 'alice', DurationSeconds: 3600 })).toEqual([]);
  });

  it('words a pattern failure exactly as AWS does', () => {
    const result = validateModelConstraints(assumeRole, { RoleArn: arn, RoleSessionName: 'Session1:2' });
    expect(wire(result)).toEqual([
      {
        param: 'RoleSessionName',
        path: 'roleSessionName',
        clause:
          "Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
      },
    ]);
    expect(formatValidationError(result)).toBe(
      "1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    );
  });

  it('words a range failure exactly as AWS does', () => {
    expect(formatValidationError(validateModelConstraints(assumeRole, { RoleArn: arn, RoleSessionName: 'ok', DurationSeconds: 86400 }))).toBe(
      "1 validation error detected: Value '86400' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
    );
    expect(clauses('AssumeRole', { RoleArn: arn, RoleSessionName: 'ok', DurationSeconds: '899' })).toEqual([
      "Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    ]);
  });

  it('reports missing required members as null', () => {
    expect(clauses('AssumeRole', { RoleArn: arn })).toEqual([
      "Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null",
    ]);
    expect(clauses('AssumeRoleWithWebIdentity', { RoleArn: arn, RoleSessionName: 'x1', WebIdentityToken: null })).toEqual([
      "Value null at 'webIdentityToken' failed to satisfy constraint: Member must not be null",
    ]);
  });

  it('gives one clause per broken constraint, length before pattern, in member order', () => {
    const long = 'a:'.repeat(33); // 66 characters with colons
    const result = validateModelConstraints(assumeRole, { RoleArn: 'short', RoleSessionName: long });
    expect(result.map((c) => c.path)).toEqual(['roleArn', 'roleSessionName', 'roleSessionName']);
    expect(result[1]?.clause).toMatch(/Member must have length less than or equal to 64$/);
    expect(result[2]?.clause).toMatch(/Member must satisfy regular expression pattern: \[\\w\+=,\.@-\]\*$/);
    expect(formatValidationError(result)).toMatch(/^3 validation errors detected: Value 'short' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20; Value '/);
  });

  it('counts UTF-16 code units', () => {
    // 63 ASCII letters plus one emoji = 65 code units.
    const value = 'a'.repeat(63) + '😀';
    expect(clauses('GetWebIdentityToken', { Audience: ['x'], SigningAlgorithm: 'RS256', Tags: [{ Key: 'k', Value: 'v'.repeat(255) + '😀' }] })).toEqual([
      `Value '${'v'.repeat(255)}😀' at 'tags.1.member.value' failed to satisfy constraint: Member must have length less than or equal to 256`,
      `Value '${'v'.repeat(255)}😀' at 'tags.1.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*`,
    ]);
    expect(clauses('AssumeRole', { RoleArn: arn, RoleSessionName: value })[0]).toMatch(/length less than or equal to 64/);
  });

  it('paths list members like tags.1.member.key', () => {
    expect(
      clauses('AssumeRole', {
        RoleArn: arn,
        RoleSessionName: 'ok',
        Tags: [{ Key: 'ok', Value: 'fine' }, { Key: 'bad,key', Value: 'v' }, { Value: 'no key' }],
        TransitiveTagKeys: [''],
      }),
    ).toEqual([
      "Value 'bad,key' at 'tags.2.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
      "Value null at 'tags.3.member.key' failed to satisfy constraint: Member must not be null",
      "Value '' at 'transitiveTagKeys.1.member' failed to satisfy constraint: Member must have length greater than or equal to 1",
      "Value '' at 'transitiveTagKeys.1.member' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+",
    ]);
  });

  it('checks list sizes', () => {
    const policyArns = Array.from({ length: 11 }, (_, i) => ({ arn: `arn:aws:iam::123456789012:policy/p${i}` }));
    const result = clauses('AssumeRole', { RoleArn: arn, RoleSessionName: 'ok', PolicyArns: policyArns });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^Value '\[\{arn: arn:aws:iam::123456789012:policy\/p0\}, .*' at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10$/);
    expect(clauses('AssumeRole', { RoleArn: arn, RoleSessionName: 'ok', ProvidedContexts: [] })).toEqual([
      "Value '[]' at 'providedContexts' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ]);
    expect(clauses('GetWebIdentityToken', { Audience: Array(11).fill('a'), SigningAlgorithm: 'RS256' })).toEqual([
      "Value '[a, a, a, a, a, a, a, a, a, a, a]' at 'audience' failed to satisfy constraint: Member must have length less than or equal to 10",
    ]);
  });

  it('leaves sensitive values out of the message', () => {
    expect(clauses('AssumeRoleWithWebIdentity', { RoleArn: arn, RoleSessionName: 'x1', WebIdentityToken: 'abc' })).toEqual([
      "Value at 'webIdentityToken' failed to satisfy constraint: Member must have length greater than or equal to 4",
    ]);
    expect(clauses('AssumeRoleWithSAML', { RoleArn: arn, PrincipalArn: 'arn:aws:iam::123456789012:saml-provider/IdP', SAMLAssertion: 'x' })).toEqual([
      "Value at 'sAMLAssertion' failed to satisfy constraint: Member must have length greater than or equal to 4",
    ]);
  });

  it('checks nested structures and model enums', () => {
    expect(clauses('AssumeRoot', { TargetPrincipal: '111122223333', TaskPolicyArn: { arn: 'short' }, DurationSeconds: 901 })).toEqual([
      "Value 'short' at 'taskPolicyArn.arn' failed to satisfy constraint: Member must have length greater than or equal to 20",
      "Value '901' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 900",
    ]);
    expect(clauses('GetWebIdentityToken', { Audience: ['a'], SigningAlgorithm: 'RS256', SubjectMode: 'Me' })).toEqual([
      "Value 'Me' at 'subjectMode' failed to satisfy constraint: Member must satisfy enum value set: [AWSIdentity, OriginIdentity]",
    ]);
  });

  it('names a non-numeric integer instead of ignoring it', () => {
    expect(clauses('GetSessionToken', { DurationSeconds: 'soon' })).toEqual([
      "Value 'soon' at 'durationSeconds' failed to satisfy constraint: Member must be an integer",
    ]);
    expect(clauses('GetSessionToken', { DurationSeconds: 900.5 })).toHaveLength(1);
  });

  it('treats the empty string as a present value, as on the wire', () => {
    expect(clauses('GetFederationToken', { Name: '' })).toEqual([
      "Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2",
    ]);
  });

  it('validates GetFederationToken name length like the real service', () => {
    expect(clauses('GetFederationToken', { Name: 'x.dwornikowski@xxxxxxx.xx-awsconsole' })).toEqual([
      "Value 'x.dwornikowski@xxxxxxx.xx-awsconsole' at 'name' failed to satisfy constraint: Member must have length less than or equal to 32",
    ]);
  });
});

describe('checkCrossFieldRules', () => {
  const base = { RoleArn: arn, RoleSessionName: 'ok' };

  it('answers "<value> is invalid" for a RoleArn that is not an ARN', () => {
    expect(rulesOf(assumeRole, { RoleArn: 'this-is-not-an-arn-at-all', RoleSessionName: 'ok' })).toEqual([
      { ruleId: 'role-arn-parses', param: 'RoleArn', code: 'ValidationError', message: 'this-is-not-an-arn-at-all is invalid' },
    ]);
    expect(rulesOf(assumeRole, { RoleArn: 'short', RoleSessionName: 'ok' })).toEqual([]);
    expect(rulesOf(getOperation('AssumeRoleWithSAML'), { RoleArn: 'role/NoPrefixAtAllHere' }).map((v) => v.ruleId)).toEqual(['role-arn-parses']);
  });

  it('requires SerialNumber and TokenCode together', () => {
    expect(rulesOf(assumeRole, { ...base, SerialNumber: 'arn:aws:iam::123456789012:mfa/alice' })).toEqual([
      expect.objectContaining({ ruleId: 'mfa-serial-and-code', param: 'TokenCode' }),
    ]);
    expect(rulesOf(getOperation('GetSessionToken'), { TokenCode: '123456' })).toHaveLength(1);
    expect(rulesOf(getOperation('GetSessionToken'), { TokenCode: '123456', SerialNumber: 'GAHT12345678' })).toEqual([]);
  });

  it('requires every transitive key among the tags, case-insensitively', () => {
    expect(rulesOf(assumeRole, { ...base, Tags: [{ Key: 'Project', Value: 'x' }], TransitiveTagKeys: ['Team'] })).toEqual([
      {
        ruleId: 'transitive-keys-in-tags',
        param: 'TransitiveTagKeys',
        code: 'InvalidParameterValue',
        message: 'The specified transitive tag key must be included in the requested tags.',
      },
    ]);
    expect(rulesOf(assumeRole, { ...base, Tags: [{ Key: 'Project', Value: 'x' }], TransitiveTagKeys: ['project'] })).toEqual([]);
  });

  it('rejects tag keys that differ only by case', () => {
    expect(
      rulesOf(assumeRole, { ...base, Tags: [{ Key: 'Dept', Value: 'a' }, { Key: 'dept', Value: 'b' }] }),
    ).toEqual([
      {
        ruleId: 'duplicate-tag-keys',
        param: 'Tags',
        code: 'InvalidParameterValue',
        message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
      },
    ]);
  });

  it('limits inline policy plus ARN text to 2048 characters, AssumeRole included', () => {
    const policy = 'x'.repeat(2000);
    const arns = [{ arn: 'arn:aws:iam::123456789012:policy/abcdefghijklmnopqrstu' }]; // 54 characters
    const v = rulesOf(assumeRole, { ...base, Policy: policy, PolicyArns: arns });
    expect(v.map((x) => x.ruleId)).toEqual(['session-policy-plaintext']);
    expect(v[0]?.message).toContain('2054');
    expect(rulesOf(assumeRole, { ...base, Policy: 'x'.repeat(2048) })).toEqual([]);
    expect(rulesOf(assumeRole, { ...base, Policy: 'x'.repeat(2049) })).toHaveLength(1);
    // For SAML the model's own 2048 maximum already reports an oversized inline policy.
    const saml = getOperation('AssumeRoleWithSAML');
    expect(rulesOf(saml, { Policy: 'x'.repeat(2049) })).toEqual([]);
    expect(rulesOf(saml, { Policy: policy, PolicyArns: arns })).toHaveLength(1);
  });

  it('allows ProviderId only with OAuth tokens', () => {
    const web = getOperation('AssumeRoleWithWebIdentity');
    const header = btoa(JSON.stringify({ alg: 'RS256', kid: '1' })).replace(/=+$/, '');
    const jwt = `${header}.eyJzdWIiOiJ4In0.c2ln`;
    expect(rulesOf(web, { ...base, WebIdentityToken: jwt, ProviderId: 'www.amazon.com' }).map((v) => v.ruleId)).toEqual([
      'provider-id-oauth-only',
    ]);
    expect(rulesOf(web, { ...base, WebIdentityToken: 'Atza|IwEBIOpaque', ProviderId: 'www.amazon.com' })).toEqual([]);
    expect(rulesOf(web, { ...base, WebIdentityToken: jwt })).toEqual([]);
    expect(rulesOf(web, { ...base, WebIdentityToken: 'opaque', ProviderId: 'https://www.amazon.com' }).map((v) => v.ruleId)).toEqual([
      'provider-id-host-only',
    ]);
  });

  it('allows only RS256 and ES384', () => {
    const op = getOperation('GetWebIdentityToken');
    expect(rulesOf(op, { Audience: ['a'], SigningAlgorithm: 'ES384' })).toEqual([]);
    expect(rulesOf(op, { Audience: ['a'], SigningAlgorithm: 'HS256' })).toEqual([
      {
        ruleId: 'signing-algorithm',
        param: 'SigningAlgorithm',
        code: 'ValidationError',
        message: "1 validation error detected: Value 'HS256' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RS256, ES384]",
      },
    ]);
  });

  it('takes a TargetPrincipal only as a 12-digit account ID or the root ARN of that account', () => {
    const op = getOperation('AssumeRoot');
    const task = { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' };
    for (const ok of ['111122223333', 'arn:aws:iam::111122223333:root', 'arn:aws-us-gov:iam::111122223333:root']) {
      expect(rulesOf(op, { TargetPrincipal: ok, TaskPolicyArn: task }), ok).toEqual([]);
    }
    const long = `arn:aws:iam::111122223333:root${'t'.repeat(2048 - 30)}`;
    expect(long).toHaveLength(2048);
    for (const bad of [long, 'arn:aws:iam::111122223333:user/Alice', 'arn:aws:iam::1111222233:root', '11112222333a', 'arn:aws:iam::111122223333:root ']) {
      expect(rulesOf(op, { TargetPrincipal: bad, TaskPolicyArn: task }), bad.slice(0, 40)).toEqual([
        { ruleId: 'target-principal', param: 'TargetPrincipal', code: 'ValidationError', message: `${bad} is invalid` },
      ]);
    }
    // Outside the model's 12–2048 characters only the length clause speaks.
    expect(rulesOf(op, { TargetPrincipal: `${long}t`, TaskPolicyArn: task })).toEqual([]);
  });

  it('allows only the five root-task policies', () => {
    const op = getOperation('AssumeRoot');
    for (const name of ['IAMAuditRootUserCredentials', 'IAMCreateRootUserPassword', 'IAMDeleteRootUserCredentials', 'S3UnlockBucketPolicy', 'SQSUnlockQueuePolicy']) {
      expect(rulesOf(op, { TargetPrincipal: '111122223333', TaskPolicyArn: { arn: `arn:aws:iam::aws:policy/root-task/${name}` } })).toEqual([]);
    }
    expect(
      rulesOf(op, { TargetPrincipal: '111122223333', TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/AdministratorAccess' } }).map((v) => v.ruleId),
    ).toEqual(['root-task-policy']);
  });

  it('asks GetScopedCredentials for a policy or a duration', () => {
    const op = getOperation('GetScopedCredentials');
    expect(rulesOf(op, {}).map((v) => v.ruleId)).toEqual(['scoped-policy-or-duration']);
    expect(rulesOf(op, { DurationSeconds: 60 })).toEqual([]);
  });

  it('checks GetWebIdentityToken Scope', () => {
    const op = getOperation('GetWebIdentityToken');
    const ok = { Audience: ['a'], SigningAlgorithm: 'RS256', SubjectMode: 'OriginIdentity' };
    expect(rulesOf(op, { ...ok, Scope: 'read write' })).toEqual([]);
    expect(rulesOf(op, { ...ok, Scope: 'read', SubjectMode: 'AWSIdentity' }).map((v) => v.ruleId)).toEqual(['scope-needs-origin-identity']);
    expect(rulesOf(op, { ...ok, Scope: 'read read' }).map((v) => v.ruleId)).toEqual(['scope-format']);
    expect(rulesOf(op, { ...ok, Scope: 'a,b' }).map((v) => v.ruleId)).toEqual(['scope-format']);
    expect(rulesOf(op, { ...ok, Scope: ' read' }).map((v) => v.ruleId)).toEqual(['scope-format']);
  });

  it('never throws on odd input', () => {
    for (const spec of [assumeRole, getOperation('GetWebIdentityToken'), getOperation('AssumeRoot')]) {
      expect(() => rulesOf(spec, { Tags: 'nope', TransitiveTagKeys: 5, PolicyArns: [null], TaskPolicyArn: 'x', Audience: {} })).not.toThrow();
      expect(() => validateModelConstraints(spec, { Tags: 'nope', TransitiveTagKeys: 5, PolicyArns: [null], TaskPolicyArn: 'x', Audience: {} })).not.toThrow();
    }
  });
});

describe('validateInput', () => {
  it('combines model clauses and rules, keyed by parameter', () => {
    const issues = validateInput(assumeRole, {
      RoleArn: arn,
      RoleSessionName: 'a b',
      Tags: [{ Key: 'K', Value: 'v' }],
      TransitiveTagKeys: ['Other'],
    });
    expect(issues).toEqual([
      expect.objectContaining({ param: 'RoleSessionName', path: 'roleSessionName', source: 'model', code: 'ValidationError' }),
      expect.objectContaining({
        param: 'TransitiveTagKeys',
        path: 'transitiveTagKeys',
        source: 'rule',
        code: 'InvalidParameterValue',
        ruleId: 'transitive-keys-in-tags',
        message: 'The specified transitive tag key must be included in the requested tags.',
      }),
    ]);
    const grouped = issuesByParam(issues);
    expect([...grouped.keys()]).toEqual(['RoleSessionName', 'TransitiveTagKeys']);
  });

  it('is quiet for a valid input', () => {
    expect(validateInput(getOperation('GetCallerIdentity'), {})).toEqual([]);
    expect(validateInput(getOperation('GetSessionToken'), { DurationSeconds: 900, SerialNumber: 'YourMFADeviceSerialNumber', TokenCode: '123456' })).toEqual([]);
  });
});

describe("the workbench's explanation beside STS's wording", () => {
  const en = translator('en');
  const fr = translator('fr');

  it('explains each broken model constraint in the reader\'s language, keeping the pattern verbatim', () => {
    const [pattern] = validateModelConstraints(assumeRole, { RoleArn: arn, RoleSessionName: 'Session1:2' });
    expect(en(pattern!.explain)).toBe('A character is not allowed here: the value must match [\\w+=,.@-]*');
    expect(fr(pattern!.explain)).toBe('Un caractère n\'est pas autorisé ici : la valeur doit correspondre au motif [\\w+=,.@-]*');
    const [tooLong] = validateModelConstraints(assumeRole, { RoleArn: arn, RoleSessionName: 'x'.repeat(65) });
    expect(en(tooLong!.explain)).toBe('Too long: at most 64 characters (this one has 65).');
    expect(fr(tooLong!.explain)).toBe('Trop long : au plus 64 caractères (celle-ci en compte 65).');
    const [range] = validateModelConstraints(assumeRole, { RoleArn: arn, RoleSessionName: 'ok', DurationSeconds: 86400 });
    expect(fr(range!.explain).replace(/\s/g, ' ')).toBe('Trop grand : au plus 43 200.');
    const [missing] = validateModelConstraints(assumeRole, { RoleSessionName: 'ok' });
    expect(fr(missing!.explain)).toBe('Obligatoire : STS refuse la requête sans valeur ici.');
  });

  it('gives every cross-field rule an explanation, and form issues carry it beside the wire message', () => {
    const issues = validateInput(assumeRole, { RoleArn: arn, RoleSessionName: 'ok', SerialNumber: 'arn:aws:iam::123456789012:mfa/alice' });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe('TokenCode must be specified when SerialNumber is specified.');
    expect(fr(issues[0]!.explain)).toBe('Envoyez le numéro de série MFA et le code MFA ensemble, ou aucun des deux.');
  });
});
