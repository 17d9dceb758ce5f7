import { describe, expect, it } from 'vitest';
import { englishOf } from '../../kernel/message';
import { parsePolicyDocument } from '../parse';
import { MARKER_CODES } from './codes';
import { BROKEN } from './corpus-broken.fixtures';
import { DOCUMENTED, DOCUMENTED_WITH_WARNINGS } from './corpus-documented.fixtures';
import { validatePolicy } from './validate-policy';

const strip = (m: ReturnType<typeof validatePolicy>[number]) => ({
  severity: m.severity,
  code: m.code,
  message: englishOf(m.message),
  line: m.line,
  column: m.column,
  endLine: m.endLine,
  endColumn: m.endColumn,
});

describe('documented example policies pass clean', () => {
  for (const doc of DOCUMENTED) {
    for (const [label, text] of [
      ['formatted', JSON.stringify(doc.policy, null, 2)],
      ['minified', JSON.stringify(doc.policy)],
    ] as const) {
      it(`${doc.name} (${doc.kind}, ${label})`, () => {
        expect(validatePolicy(text, doc.kind).map(strip)).toEqual([]);
      });
    }
    it(`${doc.name}: the sandbox's parser accepts it too`, () => {
      const kind = doc.kind === 'trust' ? 'trust' : doc.kind === 'resource' ? undefined : 'identity';
      const parsed = parsePolicyDocument(JSON.stringify(doc.policy), kind ? { kind } : {});
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    });
  }

  for (const doc of DOCUMENTED_WITH_WARNINGS) {
    it(`${doc.name}: gives exactly the warning it really deserves`, () => {
      const markers = validatePolicy(doc.text, doc.kind);
      expect(markers).toHaveLength(1);
      const m = markers[0];
      const { text, ...where } = doc.warning;
      expect(m && { ...strip(m), severity: undefined }).toEqual({ ...where, severity: undefined });
      expect(m?.severity).toBe('warning');
      expect(m && doc.text.slice(m.startOffset, m.endOffset)).toBe(text);
    });
  }
});

describe('broken policies: one per rule, with the exact marker', () => {
  for (const c of BROKEN) {
    it(`${c.rule} (${c.kind})`, () => {
      expect(validatePolicy(c.text, c.kind).map(strip)).toEqual(c.expect);
    });
  }

  it('covers every rule code the validator has', () => {
    const covered = new Set(BROKEN.flatMap((c) => c.expect.map((e) => e.code)));
    const codes = Object.keys(MARKER_CODES);
    expect(codes.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('every error in the grammar set is also an error for the sandbox (no policy the editor rejects is silently accepted there)', () => {
    const grammar = BROKEN.filter((c) => c.expect.some((e) => e.severity === 'error' && /^(json-syntax|json-trailing|json-comment|policy-not-object|unknown-element|statement-|effect-|action-missing|action-both|resource-missing|resource-both|principal-both|principal-not-allowed|principal-missing|trust-resource|element-|condition-type|condition-operator|condition-block-type|condition-value-type)/.test(e.code)));
    expect(grammar.length).toBeGreaterThan(20);
    for (const c of grammar) {
      const kind = c.kind === 'trust' ? 'trust' : c.kind === 'resource' ? undefined : 'identity';
      expect(parsePolicyDocument(c.text, kind ? { kind } : {}).ok, c.rule).toBe(false);
    }
  });
});
