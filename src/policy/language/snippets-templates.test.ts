import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../validate/validate-policy';
import { escapeSnippet, SNIPPETS, snippetText } from './snippets';
import { TEMPLATES, templatesFor } from './templates';

describe('snippets', () => {
  it('resolve to statements that validate clean in a policy of each kind they are offered for', () => {
    for (const s of SNIPPETS) {
      const statement = snippetText(s.body);
      for (const kind of s.kinds) {
        const text = `{"Version": "2012-10-17", "Statement": [${statement}]}`;
        expect(validatePolicy(text, kind), `${s.id} as ${kind}`).toEqual([]);
      }
    }
  });

  it('cover the statements the issue asks for', () => {
    expect(SNIPPETS.map((s) => s.id)).toEqual(expect.arrayContaining(['s3-read-bucket', 'require-mfa', 'trust-external-id', 'trust-github-actions', 'deny-outside-regions']));
  });

  it('snippetText resolves placeholders, choices and escapes', () => {
    expect(snippetText('"${1:a}-${2|x,y|}-$3-\\${aws:username}-${4:${5:nested}}"')).toBe('"a-x--${aws:username}-nested"');
    expect(snippetText(escapeSnippet('${aws:username} \\ }'))).toBe('${aws:username} \\ }');
  });
});

describe('templates', () => {
  it('validate clean as the kind they are for', () => {
    for (const t of TEMPLATES) expect(validatePolicy(t.text, t.kind), t.id).toEqual([]);
  });

  it('include the starters the issue names, and trust starters only for trust policies', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(expect.arrayContaining(['s3-read-only-bucket', 'deny-all-but-one-region', 'scope-down-to-tags', 'trust-github-actions']));
    expect(templatesFor('trust').every((t) => t.kind === 'trust')).toBe(true);
    expect(templatesFor('identity').map((t) => t.id)).toContain('s3-read-only-bucket');
  });
});
