import { inEnglish, translator } from '../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { validateLab, validateLabSet } from './validate';

const t = (en: string, fr = `${en} (fr)`) => ({ en, fr });
const step = (over: Record<string, unknown> = {}) => ({
  id: 'one',
  title: t('One'),
  concept: t('Concept.'),
  task: t('Do it.'),
  hint: t('Hint.'),
  showMe: { operation: 'GetCallerIdentity' },
  check: { operation: 'GetCallerIdentity' },
  ...over,
});
const lab = (over: Record<string, unknown> = {}) => ({ id: 'demo-lab', title: t('Demo'), summary: t('A lab.'), steps: [step()], ...over });
const errorsOf = (v: unknown) => {
  const r = validateLab(v);
  return r.ok ? [] : r.errors.map(inEnglish);
};

describe('validateLab', () => {
  it('accepts a minimal lab written in English and French', () => {
    expect(errorsOf(lab())).toEqual([]);
    expect(errorsOf(lab({ title: { en: 'Demo', fr: 'Démo' } }))).toEqual([]);
  });

  it('names an unknown operation, in Show me and in the check', () => {
    expect(errorsOf(lab({ steps: [step({ check: { operation: 'AssumeRol' } })] }))).toEqual(['$.steps[0].check.operation: unknown operation "AssumeRol"']);
    expect(errorsOf(lab({ steps: [step({ showMe: { operation: 'Nope' } })] }))).toEqual(['$.steps[0].showMe.operation: unknown operation "Nope"']);
  });

  it('accepts a permission-check step and names what is wrong in one', () => {
    const pc = (check: unknown, showMe: unknown = { permissionCheck: { action: 's3:GetObject', resource: '*' } }) => errorsOf(lab({ steps: [step({ showMe, check: { permissionCheck: check } })] }));
    expect(pc({ action: 's3:GetObject', allowed: false, deniedBy: 'session', signedWith: 'temporary' })).toEqual([]);
    expect(pc({ allowed: 'no' })).toEqual(['$.steps[0].check.permissionCheck.allowed: must be true or false']);
    expect(pc({ allowed: false, deniedBy: 'policy' })).toEqual(['$.steps[0].check.permissionCheck.deniedBy: must be one of explicit-deny, identity, boundary, session']);
    expect(pc({ allowed: true, deniedBy: 'session' })).toEqual(['$.steps[0].check.permissionCheck.deniedBy: needs "allowed": false: only a denial has a deciding layer']);
    expect(pc({ allowed: false, signedWith: 'unsigned' })).toEqual(['$.steps[0].check.permissionCheck.signedWith: must be one of long-term, temporary']);
    expect(pc({ allowed: false }, { permissionCheck: { action: 's3:*', resource: '*' } })).toEqual(['$.steps[0].showMe.permissionCheck.action: must be one action such as "s3:GetObject" (no wildcards)']);
    expect(pc({ allowed: false }, { operation: 'GetCallerIdentity' })).toEqual([
      '$.steps[0].check: a permissionCheck step’s showMe must fill the permission check: {"permissionCheck": {"action": …, "resource": …}}',
    ]);
  });

  it('accepts the signed-in user placeholders and names an unknown one', () => {
    expect(errorsOf(lab({ steps: [step({ check: { operation: 'GetCallerIdentity', output: { Arn: '{{signed-in-user}}' } } })] }))).toEqual([]);
    expect(errorsOf(lab({ steps: [step({ showMe: { operation: 'GetSessionToken', fields: { SerialNumber: '{{signed-in-user-mfa}}' } }, check: { operation: 'GetSessionToken' } })] }))).toEqual([]);
    expect(errorsOf(lab({ steps: [step({ check: { operation: 'GetCallerIdentity', output: { Arn: '{{user}}' } } })] }))).toEqual([
      '$.steps[0].check: unknown placeholder {{user}} (expected {{signed-in-user}} or {{signed-in-user-mfa}})',
    ]);
  });

  it('names an unknown field of the file and an unknown parameter of the operation', () => {
    expect(errorsOf(lab({ steps: [step({ checks: {} })] }))[0]).toMatch(/^\$\.steps\[0\]: unknown field "checks"/);
    expect(errorsOf(lab({ steps: [step({ check: { operation: 'AssumeRole', input: { RoleARN: 'x' } } })] }))).toEqual(['$.steps[0].check.input.RoleARN: AssumeRole has no parameter "RoleARN"']);
    expect(errorsOf(lab({ steps: [step({ showMe: { operation: 'AssumeRole', fields: { Role: 'x' } } })] }))).toEqual(['$.steps[0].showMe.fields.Role: AssumeRole has no parameter "Role"']);
  });

  it('names a check of a bad shape', () => {
    expect(errorsOf(lab({ steps: [step({ check: { operation: 'GetCallerIdentity', output: { Arn: { startswith: 'x' } } } })] }))).toEqual([
      '$.steps[0].check.output.Arn: must have exactly one of equals, startsWith, endsWith, contains, present',
    ]);
    expect(errorsOf(lab({ steps: [step({ check: { operation: 'GetCallerIdentity', error: 'AccessDenied', output: { Arn: 'x' } } })] }))).toEqual([
      '$.steps[0].check: a failed call has no output: give "error" or "output", not both',
    ]);
    expect(errorsOf(lab({ steps: [step({ check: { operation: 'GetCallerIdentity', signedWith: 'root' } })] }))).toEqual([
      '$.steps[0].check.signedWith: must be one of long-term, temporary, unsigned',
    ]);
    expect(errorsOf(lab({ steps: [step({ check: { operation: 'GetCallerIdentity', message: { contains: 'x' } } })] }))).toEqual([
      '$.steps[0].check.message: needs "error": only a failed call has an error message',
    ]);
  });

  it('requires both English and French text and knows the languages', () => {
    expect(errorsOf(lab({ title: 'Demo' }))).toEqual(['$.title: must be a text object such as {"en": "…", "fr": "…"}']);
    expect(errorsOf(lab({ summary: { fr: 'Un lab.' } }))).toEqual(['$.summary.en: the English text is missing: every text is written in en and fr']);
    expect(errorsOf(lab({ summary: { en: 'A lab.', fr: 'Un lab.', de: 'Ein Lab.' } }))).toEqual(['$.summary: unknown language "de" (expected en and fr)']);
    expect(errorsOf(lab({ summary: { en: 'A lab.', fr: '  ' } }))).toEqual(['$.summary.fr: the French text may not be blank']);
  });

  it('names the lab file, the step and the field of a missing French text', () => {
    const noFrenchHint = lab({ steps: [step(), step({ id: 'assume', hint: { en: 'The role is xaccounts3access.' } })] });
    expect(validateLabSet([{ name: '01-first.json', value: noFrenchHint }]).errors.map(inEnglish)).toEqual([
      '01-first.json: $.steps[1].hint.fr: the French text is missing (step "assume"): every text is written in en and fr',
    ]);
    expect(errorsOf(lab({ title: { en: 'Demo', fr: '' } }))).toEqual(['$.title.fr: the French text is missing: every text is written in en and fr']);
    // For a French-speaking lab author, in French.
    expect(validateLabSet([{ name: '01-first.json', value: noFrenchHint }]).errors.map(translator('fr'))).toEqual([
      '01-first.json : $.steps[1].hint.fr : le texte français manque (étape "assume") : chaque texte est écrit en en et fr',
    ]);
  });

  it('fails when a name, code, ARN or code span is in one language and not the other', () => {
    const task = (en: string, fr: string) => errorsOf(lab({ steps: [step({ task: { en, fr } })] }));
    // The same verbatim words in both: fine, whatever the prose around them.
    expect(task('Send AssumeRole with the RoleArn arn:aws:iam::123456789012:role/x.', 'Envoyez AssumeRole avec le RoleArn arn:aws:iam::123456789012:role/x.')).toEqual([]);
    // A parameter name translated away.
    expect(task('Set ExternalId.', "Définissez l'identifiant externe.")).toEqual([
      '$.steps[0].task.fr: "ExternalId" is in the English text but not in the French (step "one"): names, codes, ARNs and code spans stay verbatim in every language',
    ]);
    // A code span only in the French, an error code mistyped, an ARN changed, a condition key dropped.
    expect(task('Send it.', 'Envoyez `RoleArn`.')).toEqual([
      '$.steps[0].task.fr: "`RoleArn`" is in the French text but not in the English (step "one"): names, codes, ARNs and code spans stay verbatim in every language',
    ]);
    expect(task('Expect `RoleArn` and AccessDenied.', 'Attendez-vous à `RoleArn` et AccesDenied.').map((e) => e.split(' (step')[0])).toEqual([
      '$.steps[0].task.fr: "AccessDenied" is in the English text but not in the French',
      '$.steps[0].task.fr: "AccesDenied" is in the French text but not in the English',
    ]);
    expect(task('Use arn:aws:iam::123456789012:role/Admin.', 'Utilisez arn:aws:iam::123456789012:role/Admins.')).toHaveLength(2);
    expect(task('The trust tests aws:PrincipalTag/team.', "L'approbation teste la balise team.")[0]).toMatch(/"aws:PrincipalTag\/team" is in the English text but not in the French/);
  });

  it('checks ids, their uniqueness and signWith references to earlier steps', () => {
    expect(errorsOf(lab({ id: 'Bad Id' }))).toEqual(['$.id: must be lower-case letters, digits and dashes (1 to 64)']);
    expect(errorsOf(lab({ steps: [step(), step()] }))).toEqual(['$.steps[1].id: duplicate step id "one"']);
    expect(errorsOf(lab({ steps: [step({ showMe: { operation: 'GetCallerIdentity', signWith: { step: 'two' } } })] }))).toEqual([
      '$.steps[0].showMe.signWith.step: must name an earlier step of this lab (none yet)',
    ]);
    expect(errorsOf(lab({ steps: [step({ showMe: { operation: 'GetCallerIdentity', signWith: 'root' } })] }))).toEqual([
      '$.steps[0].showMe.signWith: must be "demo" or {"step": "<an earlier step id>"}',
    ]);
  });

  it('checks generated fields and the clock', () => {
    expect(errorsOf(lab({ steps: [step({ showMe: { operation: 'GetSessionToken', generate: { TokenCode: { from: 'phone' } } } })] }))).toEqual([
      '$.steps[0].showMe.generate.TokenCode.from: must be one of saml-idp, oidc-idp, mfa-code, practice-denial, last-denial',
    ]);
    expect(errorsOf(lab({ steps: [step({ showMe: { operation: 'GetSessionToken', generate: { TokenCode: { from: 'mfa-code' } } } })] }))).toContain(
      '$.steps[0].showMe.generate.TokenCode: missing field "serialNumber"',
    );
    expect(errorsOf(lab({ steps: [step({ clock: { advanceSeconds: 1.5 } })] }))).toEqual(['$.steps[0].clock.advanceSeconds: must be a whole number of seconds from 1 to 86400']);
  });

  it('refuses what is not a lab at all', () => {
    expect(errorsOf(null)).toEqual(['$: must be an object']);
    expect(errorsOf(lab({ steps: [] }))).toEqual(['$.steps: must be a non-empty list of steps']);
  });
});

describe('validateLabSet', () => {
  it('prefixes errors with the file and refuses a second lab with the same id', () => {
    const r = validateLabSet([
      { name: '01-a.json', value: lab() },
      { name: '02-b.json', value: lab() },
      { name: '03-c.json', value: lab({ id: 'x', steps: [step({ check: { operation: 'Foo' } })] }) },
    ]);
    expect(r.labs.map((l) => l.id)).toEqual(['demo-lab']);
    expect(r.errors.map(inEnglish)).toEqual(['02-b.json: $.id: another lab already has the id "demo-lab"', '03-c.json: $.steps[0].check.operation: unknown operation "Foo"']);
  });
});
