import { describe, expect, it } from 'vitest';
import { labText } from './format';
import { missingTokens, verbatimTokens } from './verbatim';

describe('verbatimTokens', () => {
  it('finds operation and parameter names, error codes, ARNs, condition keys, URLs and code spans', () => {
    expect(
      verbatimTokens('Send AssumeRole with RoleArn arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor, expect AccessDenied (aws:MultiFactorAuthPresent), see https://signin.aws.amazon.com/saml and `x y`.'),
    ).toEqual(['arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor', 'https://signin.aws.amazon.com/saml', '`x y`', 'aws:MultiFactorAuthPresent', 'AssumeRole', 'RoleArn', 'AccessDenied']);
    expect(verbatimTokens('A SAMLAssertion from the IdP; IDPRejectedClaim.')).toEqual(['SAMLAssertion', 'IdP', 'IDPRejectedClaim']);
  });

  it('leaves prose alone, in English and in French, including plurals of acronyms and French colons', () => {
    expect(verbatimTokens('The role ARNs of IAM users: two ARNs, one hour.')).toEqual([]);
    expect(verbatimTokens("Indice : l'ARN du rôle se termine par le nom de session ; à l'échéance, STS répond.")).toEqual([]);
  });

  it('tells which tokens one text has and the other lacks', () => {
    expect(missingTokens('Send AssumeRole with ExternalId.', 'Envoyez AssumeRole avec un identifiant externe.')).toEqual(['ExternalId']);
    expect(missingTokens('Send AssumeRole.', 'Envoyez AssumeRole, puis encore AssumeRole.')).toEqual([]);
  });
});

describe('labText', () => {
  it('picks the language asked for, and English for a language labs are not written in', () => {
    const text = { en: 'Assume a role', fr: 'Endosser un rôle' };
    expect(labText(text, 'fr')).toBe('Endosser un rôle');
    expect(labText(text, 'en')).toBe('Assume a role');
    expect(labText(text, 'de')).toBe('Assume a role');
  });
});
