import { describe, expect, it } from 'vitest';
import { completionsAt, hoverAt, type CompletionItem } from './completion';
import type { EditorPolicyKind } from './kind';
import { snippetText } from './snippets';

function complete(marked: string, kind: EditorPolicyKind = 'identity'): { text: string; items: CompletionItem[] } {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, items: completionsAt(text, offset, kind) };
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

/** Applies an item the way the editor would (snippet placeholders at their defaults). */
function apply(text: string, item: CompletionItem): string {
  const insert = item.insertTextRules === 'snippet' ? snippetText(item.insertText) : item.insertText;
  return text.slice(0, item.range.startOffset) + insert + text.slice(item.range.endOffset);
}

describe('completionsAt', () => {
  it('offers the top-level elements not yet present', () => {
    expect(labels(complete('{"Version": "2012-10-17", |}').items)).toEqual(['Id', 'Statement']);
  });

  it('offers Allow and Deny for Effect, replacing the string typed so far', () => {
    const { text, items } = complete('{"Statement": [{"Effect": "Al|"}]}');
    expect(labels(items)).toEqual(['Allow', 'Deny']);
    expect(apply(text, items[0] as CompletionItem)).toBe('{"Statement": [{"Effect": "Allow"}]}');
    expect(items[0]?.filterText).toBe('"Allow');
  });

  it('offers the statement elements that fit the policy kind and are not there yet', () => {
    expect(labels(complete('{"Statement": [{"Effect": "Allow", |}]}', 'identity').items)).toEqual(['Sid', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
    expect(labels(complete('{"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", |}]}', 'trust').items)).toEqual(['Sid', 'Principal', 'NotPrincipal', 'Condition']);
    // A lone Statement object (no list) works the same.
    expect(labels(complete('{"Statement": {"Effect": "Deny", "NotAction": "iam:*", |}}', 'identity').items)).toEqual(['Sid', 'Resource', 'NotResource', 'Condition']);
    expect(labels(complete('{"Statement": {"Effect": "|"}}').items)).toEqual(['Allow', 'Deny']);
  });

  it('inserts a key with its colon and a value placeholder, or just the key when the colon is there', () => {
    const { text, items } = complete('{"Statement": [{|}]}');
    const effect = items.find((i) => i.label === 'Effect') as CompletionItem;
    expect(apply(text, effect)).toBe('{"Statement": [{"Effect": "Allow"}]}');
    const typed = complete('{"Statement": [{"Eff|": "Allow"}]}');
    const again = typed.items.find((i) => i.label === 'Effect') as CompletionItem;
    expect(apply(typed.text, again)).toBe('{"Statement": [{"Effect": "Allow"}]}');
  });

  it('offers only trust-policy actions in a trust policy, and STS first elsewhere', () => {
    expect(labels(complete('{"Statement": [{"Action": "|"}]}', 'trust').items)).toEqual([
      'sts:AssumeRole',
      'sts:AssumeRoleWithSAML',
      'sts:AssumeRoleWithWebIdentity',
      'sts:TagSession',
      'sts:SetSourceIdentity',
      'sts:SetContext',
    ]);
    const items = complete('{"Statement": [{"Action": ["s3:Get|"]}]}').items;
    const getObject = items.find((i) => i.label === 's3:GetObject');
    expect(getObject).toMatchObject({ kind: 'action', detail: 'Amazon S3', insertText: '"s3:GetObject"' });
    expect(items.some((i) => i.label === 's3:*')).toBe(true);
    const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));
    expect(sorted[0]?.label.startsWith('sts:')).toBe(true);
  });

  it('offers operators as keys inside Condition, with docs', () => {
    const items = complete('{"Statement": [{"Condition": {"|"}}]}').items;
    const names = labels(items);
    for (const op of ['StringEquals', 'StringLikeIfExists', 'ForAllValues:StringEquals', 'Null', 'BoolIfExists', 'IpAddress']) expect(names).toContain(op);
    expect(names).not.toContain('NullIfExists');
    expect(names).not.toContain('ForAnyValue:Null');
    expect(items.find((i) => i.label === 'Null')?.documentation).toContain('must be absent');
  });

  it('offers condition keys inside an operator, those of the right type first', () => {
    const { text, items } = complete('{"Statement": [{"Condition": {"Bool": {|}}}]}');
    const first = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText))[0];
    expect(first?.detail).toContain('Bool');
    const mfa = items.find((i) => i.label === 'aws:MultiFactorAuthPresent') as CompletionItem;
    expect(mfa.documentation).toContain('BoolIfExists');
    expect(apply(text, mfa)).toBe('{"Statement": [{"Condition": {"Bool": {"aws:MultiFactorAuthPresent": ""}}}]}');
    const tag = items.find((i) => i.label === 'aws:PrincipalTag/tag-key') as CompletionItem;
    expect(apply(text, tag)).toBe('{"Statement": [{"Condition": {"Bool": {"aws:PrincipalTag/tag-key": ""}}}]}');
  });

  it('offers STS, SAML and web-identity keys in a trust policy', () => {
    const names = labels(complete('{"Statement": [{"Condition": {"StringEquals": {"|"}}}]}', 'trust').items);
    for (const k of ['sts:ExternalId', 'sts:SourceIdentity', 'saml:aud', 'token.actions.githubusercontent.com:sub', 'accounts.google.com:aud', 'aws:SourceIp']) expect(names).toContain(k);
  });

  it('offers values that fit the operator and the key', () => {
    expect(labels(complete('{"Statement": [{"Condition": {"Bool": {"aws:SecureTransport": "|"}}}]}').items)).toEqual(['true', 'false']);
    expect(labels(complete('{"Statement": [{"Condition": {"Null": {"aws:TagKeys": |}}}]}').items)).toEqual(['true', 'false']);
    expect(labels(complete('{"Statement": [{"Condition": {"StringEquals": {"aws:RequestedRegion": ["eu-|"]}}}]}').items)).toContain('eu-west-1');
    expect(labels(complete('{"Statement": [{"Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "|"}}}]}', 'trust').items)).toEqual(['sts.amazonaws.com']);
  });

  it('offers principal types and well-known principals', () => {
    expect(labels(complete('{"Statement": [{"Principal": {|}}]}', 'trust').items)).toEqual(['AWS', 'Federated', 'Service', 'CanonicalUser']);
    expect(labels(complete('{"Statement": [{"Principal": {"Service": "|"}}]}', 'trust').items)).toContain('lambda.amazonaws.com');
    expect(labels(complete('{"Statement": [{"Principal": {"Federated": ["|"]}}]}', 'trust').items)).toContain('cognito-identity.amazonaws.com');
  });

  it('offers statement snippets in the Statement list and starter policies in an empty editor', () => {
    const trust = complete('{"Version": "2012-10-17", "Statement": [|]}', 'trust');
    const gh = trust.items.find((i) => i.label === 'Trust GitHub Actions (OIDC)') as CompletionItem;
    expect(gh.insertTextRules).toBe('snippet');
    expect(apply(trust.text, gh)).toContain('"token.actions.githubusercontent.com:sub": "repo:ORG/REPO:*"');
    const empty = complete('|', 'session');
    expect(labels(empty.items)).toContain('Read-only access to one S3 bucket');
  });

  it('offers nothing where nothing fits, and never throws on odd input', () => {
    expect(complete('{"Effect": "Allow" |}').items).toEqual([]);
    expect(complete('{"Unknown": {"x": "|"}}').items).toEqual([]);
    expect(completionsAt('', 50, 'identity').length).toBeGreaterThan(0);
    expect(completionsAt(undefined as unknown as string, 0, 'identity')).toEqual([]);
  });
});

describe('hoverAt', () => {
  const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": ["sts:AssumeRole", "s3:Get*"], "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": "x"}, "StringEquals": {"token.actions.githubusercontent.com:sub": "y"}}}]}';
  const hover = (word: string, delta = 2) => hoverAt(text, text.indexOf(word) + delta, 'identity');

  it('explains elements, actions, operators and keys', () => {
    expect(hover('"Effect"')?.contents).toContain('explicit Deny');
    expect(hover('"Deny"')?.contents).toContain('overrides every Allow');
    expect(hover('sts:AssumeRole')?.contents).toContain('Get temporary credentials for a role');
    expect(hover('s3:Get*')?.contents).toMatch(/matches \d+ known actions/);
    expect(hover('ForAllValues')?.contents).toContain('also when the key is absent or empty');
    expect(hover('aws:TagKeys')?.contents).toContain('multivalued');
    expect(hover('token.actions')?.contents).toContain('Subject of the token');
  });

  it('gives the range of the hovered string, quotes included', () => {
    const h = hover('sts:AssumeRole');
    const start = text.indexOf('"sts:AssumeRole"');
    expect(h?.range).toEqual({ startOffset: start, endOffset: start + 16, line: 1, column: start + 1, endLine: 1, endColumn: start + 17 });
  });

  it('is null away from anything it knows', () => {
    expect(hoverAt(text, text.indexOf('{"ForAllValues'), 'identity')).toBeNull();
    expect(hoverAt('{"Foo": "bar"}', 3, 'identity')).toBeNull();
  });
});
