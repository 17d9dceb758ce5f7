import { describe, expect, it } from 'vitest';
import { englishOf } from '../../kernel/message';
import { translator } from '../../i18n/test-support/translate';
import { MARKER_CODES } from './codes';
import { completionsAt, hoverAt } from '../language/completion';
import { DOCUMENTED } from './corpus-documented.fixtures';
import { validatePolicy, type PolicyMarker } from './validate-policy';

const policy = (statement: unknown, version = '2012-10-17') => JSON.stringify({ Version: version, Statement: [statement] }, null, 2);
const codes = (text: string, kind: Parameters<typeof validatePolicy>[1] = 'identity') => validatePolicy(text, kind).map((m) => m.code);

describe('validatePolicy', () => {
  it('never throws, whatever is typed: every prefix of real policies, and odd input', () => {
    for (const doc of DOCUMENTED.slice(0, 6)) {
      const text = JSON.stringify(doc.policy, null, 1);
      for (let i = 0; i <= text.length; i++) {
        const prefix = text.slice(0, i);
        expect(() => validatePolicy(prefix, doc.kind)).not.toThrow();
        expect(() => completionsAt(prefix, i, doc.kind)).not.toThrow();
        expect(() => hoverAt(prefix, Math.max(0, i - 1), doc.kind)).not.toThrow();
      }
    }
    for (const odd of ['null', '"x"', '[]', '{}', '{"Statement": null}', '{"Statement": [null, 1, []]}', '\u0000', '{"__proto__": {}}', '{"Statement": {"Condition": {"Bool": {"aws:x": [[]]}}}}']) {
      expect(() => validatePolicy(odd, 'trust')).not.toThrow();
    }
    expect(englishOf(validatePolicy(undefined as unknown as string, 'identity')[0]!.message)).toBe('The policy must be text');
  });

  it('an empty session policy is no policy, not an error; an empty trust or identity policy is one', () => {
    expect(validatePolicy('', 'session')).toEqual([]);
    expect(validatePolicy('  \n ', 'session')).toEqual([]);
    expect(codes('', 'trust')).not.toEqual([]);
    expect(codes('', 'identity')).not.toEqual([]);
  });

  it('after an unrecoverable syntax error reports only that error', () => {
    const text = '{\n  "Statement": [{"Effect": Allow, "Action": "nope"}]\n}';
    expect(validatePolicy(text, 'identity').map((m) => [m.code, m.line, m.column])).toEqual([['json-syntax', 2, 28]]);
  });

  it('after recoverable slips (comma, comment) still checks the grammar', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",}] // x\n}';
    expect(codes(text)).toEqual(['resource-missing', 'json-trailing-comma', 'json-comment']);
  });

  it('returns markers in text order with 1-based, end-exclusive positions, CRLF included', () => {
    const text = '{\r\n  "Version": "2012-10-17",\r\n  "Statement": {"Effect": "Alow", "Action": "sts:Nope", "Resource": "x"}\r\n}';
    const markers = validatePolicy(text, 'identity');
    expect(markers.map((m) => [m.code, m.line, m.column, m.endColumn, text.slice(m.startOffset, m.endOffset)])).toEqual([
      ['effect-invalid', 3, 27, 33, '"Alow"'],
      ['unknown-action', 3, 45, 55, '"sts:Nope"'],
      ['resource-arn', 3, 69, 72, '"x"'],
    ]);
  });

  it('applies the kind rules: Principal only where allowed, Resource not in trust policies', () => {
    const withPrincipal = policy({ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    expect(codes(withPrincipal, 'identity')).toEqual(['principal-not-allowed']);
    expect(codes(withPrincipal, 'session')).toEqual(['principal-not-allowed']);
    expect(codes(withPrincipal, 'resource')).toEqual([]);
    expect(codes(withPrincipal, 'trust')).toEqual(['trust-action', 'trust-resource']);
    // An unknown kind is treated as an identity policy rather than crashing.
    expect(codes(withPrincipal, 'scp' as never)).toEqual(['principal-not-allowed']);
  });

  it('holds Sids of resource policies to the lenient rule', () => {
    const text = policy({ Sid: 'Allow get requests', Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    expect(validatePolicy(text, 'resource').map((m) => [m.code, m.severity])).toEqual([['sid-format', 'warning']]);
  });

  it('accepts JSON booleans and numbers as condition values, and checks them by operator', () => {
    expect(codes(policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': false }, NumericGreaterThan: { 'aws:MultiFactorAuthAge': 3600 } } }))).toEqual([]);
    expect(codes(policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Null: { 'aws:TokenIssueTime': 'maybe' } } }))).toEqual(['condition-value']);
    expect(codes(policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { DateGreaterThan: { 'aws:EpochTime': '1700000000' } } }))).toEqual([]);
  });

  it('does not warn where the pattern is right', () => {
    // ForAllValues with the Null check that makes it safe.
    const safe = { Effect: 'Allow', Action: 'ec2:CreateTags', Resource: 'arn:aws:ec2:*:*:instance/*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['Project'] }, Null: { 'aws:TagKeys': 'false' } } };
    expect(codes(policy(safe))).toEqual([]);
    // NotAction with Deny is the documented guardrail.
    expect(codes(policy({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }))).toEqual([]);
    // Policy variables are fine with Version 2012-10-17, and a ${*} is not a wildcard.
    expect(codes(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*', Condition: { StringEquals: { 's3:prefix': 'a${*}b' } } }))).toEqual([]);
    // Google web identity with sub pinned.
    const google = { Effect: 'Allow', Principal: { Federated: 'accounts.google.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'accounts.google.com:aud': 'x.apps.googleusercontent.com', 'accounts.google.com:sub': '1234567890' } } };
    expect(codes(policy(google), 'trust')).toEqual([]);
  });

  it('a negated or Null condition on sub does not count as pinning the subject', () => {
    const gh = (condition: unknown) =>
      policy({ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition });
    expect(codes(gh({ StringNotEquals: { 'token.actions.githubusercontent.com:sub': 'repo:evil/x:*' } }), 'trust')).toEqual(['web-identity-without-sub', 'stringequals-with-wildcard']);
    expect(codes(gh({ Null: { 'token.actions.githubusercontent.com:sub': 'false' } }), 'trust')).toEqual(['web-identity-without-sub']);
  });

  it('reports duplicate Sids on the repeated one only', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [1, 2, 3].map(() => ({ Sid: 'Same', Effect: 'Deny', Action: '*', Resource: '*' })) });
    const markers = validatePolicy(text, 'identity');
    expect(markers.map((m) => m.code)).toEqual(['sid-duplicate', 'sid-duplicate']);
    expect(markers.map((m) => m.startOffset)).toEqual([text.indexOf('"Same"', text.indexOf('"Same"') + 1), text.lastIndexOf('"Same"')]);
  });
});

describe('marker messages in French', () => {
  const fr = translator('fr');
  /** A marker's message as the French UI shows it: its parts (what was found, an ARN's problem) translated too. */
  const inFrench = (m: PolicyMarker) => fr(m.message);
  const byCode = (text: string, kind: Parameters<typeof validatePolicy>[1], code: string) => validatePolicy(text, kind).find((m) => m.code === code)!;

  it('translates a rule with the user’s values kept verbatim', () => {
    const sid = byCode(policy({ Sid: 'Read the bucket', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), 'identity', 'sid-format');
    expect(englishOf(sid.message)).toBe('Sid "Read the bucket" may contain only letters and digits (A-Z, a-z, 0-9)');
    expect(inFrench(sid)).toBe('Sid « Read the bucket » ne peut contenir que des lettres et des chiffres (A-Z, a-z, 0-9)');
    expect(sid.message.verbatim).toEqual(['sid']);
  });

  it('translates the parts inside a sentence: what was found, and where', () => {
    const effect = byCode(policy({ Effect: 7, Action: 's3:GetObject', Resource: '*' }), 'identity', 'effect-invalid');
    expect(englishOf(effect.message)).toBe('Effect must be "Allow" or "Deny", found the number 7');
    expect(inFrench(effect)).toBe('Effect doit valoir "Allow" ou "Deny", trouvé le nombre 7');
    const typo = byCode(policy({ Efect: 'Allow', Action: 's3:GetObject', Resource: '*' }), 'identity', 'unknown-element');
    expect(inFrench(typo)).toBe('Élément inconnu « Efect » dans une instruction : vouliez-vous dire « Effect » ?');
    const trust = byCode(policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }), 'trust', 'public-principal');
    expect(inFrench(trust)).toContain("d'endosser ce rôle");
  });

  it('translates the JSON parser’s errors and the ARN problems quoted in a marker', () => {
    expect(inFrench(byCode('{"Version": "2012-10-17",}', 'identity', 'json-trailing-comma'))).toBe('Virgule finale : supprimez la « , » avant \'}\'');
    const arn = byCode(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws' }), 'identity', 'resource-arn');
    expect(englishOf(arn.message)).toMatch(/^Resource "arn:aws" is not a valid ARN: /);
    expect(inFrench(arn)).toMatch(/^Resource « arn:aws » n'est pas un ARN valide : /);
    expect(inFrench(arn)).not.toContain(englishOf(arn.message).split(': ')[1]!);
  });

  it('gives every rule code a title in French', () => {
    expect(fr(MARKER_CODES['statement-not-object'])).toBe("Une instruction n'est pas un objet");
    for (const title of Object.values(MARKER_CODES)) expect(fr(title)).not.toBe('');
  });
});
