import { describe, expect, it } from 'vitest';
import { completionsAt } from '../../policy/language/completion';
import { LineIndex } from '../../policy/language/json-scan';
import { validatePolicy } from '../../policy/validate/validate-policy';
import { completionKind, suggestRange, toMarkerData } from './monacoAdapters';
import { inEnglish, translator } from '../../i18n/test-support/translate';

const SEVERITY = { Error: 8, Warning: 4, Info: 2 };
const positionAt = (text: string) => {
  const lines = new LineIndex(text);
  return (o: number) => {
    const p = lines.position(o);
    return { lineNumber: p.line, column: p.column };
  };
};

describe('toMarkerData', () => {
  it('puts a typo marker on the exact key, with its message and severity', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Efect": "Allow",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}';
    const data = toMarkerData(validatePolicy(text, 'session'), SEVERITY, inEnglish);
    const typo = data.find((d) => d.code === 'unknown-element');
    expect(typo).toMatchObject({ severity: 8, startLineNumber: 4, startColumn: 5, endLineNumber: 4, endColumn: 12, source: 'IAM policy' });
    expect(typo?.message).toContain('Efect');
    expect(data.find((d) => d.code === 'effect-missing')?.severity).toBe(8);
  });

  it('gives Monaco the messages in the reader’s language, the parts inside them too', () => {
    const text = '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": 7, "Resource": "*"}}';
    const [en] = toMarkerData(validatePolicy(text, 'session'), SEVERITY, inEnglish);
    const [fr] = toMarkerData(validatePolicy(text, 'session'), SEVERITY, translator('fr'));
    expect(en?.message).toBe('Action must be a string or a list of strings, found the number 7');
    expect(fr?.message).toBe('Action doit être une chaîne ou une liste de chaînes, trouvé le nombre 7');
  });

  it('widens an empty range to one character so Monaco does not guess a word', () => {
    const [m] = toMarkerData([{ severity: 'warning', code: 'x', message: { id: 'x', message: 'm' }, startOffset: 3, endOffset: 3, line: 1, column: 4, endLine: 1, endColumn: 4 }], SEVERITY, inEnglish);
    expect(m).toMatchObject({ severity: 4, startColumn: 4, endColumn: 5 });
  });
});

describe('suggestRange', () => {
  it('replaces the whole string under the cursor, quotes included, and inserts up to the cursor', () => {
    const text = '{"Statement": [{"Condition": {"Bool": {"aws:Mul"}}}]}';
    const offset = text.indexOf('aws:Mul') + 'aws:Mul'.length;
    const items = completionsAt(text, offset, 'session');
    const mfa = items.find((i) => i.label === 'aws:MultiFactorAuthPresent');
    expect(mfa).toBeDefined();
    expect(mfa?.filterText.startsWith('"aws:Mul')).toBe(true);
    const r = suggestRange(mfa!, offset, positionAt(text));
    const start = text.indexOf('"aws:Mul') + 1;
    expect(r.insert).toEqual({ startLineNumber: 1, startColumn: start, endLineNumber: 1, endColumn: offset + 1 });
    expect(r.replace).toEqual({ startLineNumber: 1, startColumn: start, endLineNumber: 1, endColumn: offset + 2 });
  });

  it('never spans lines: a range crossing a line break is cut at the cursor', () => {
    const text = 'ab\ncd\nef';
    const r = suggestRange({ range: { startOffset: 0, endOffset: 8 } }, 4, positionAt(text));
    expect(r.insert).toEqual({ startLineNumber: 2, startColumn: 2, endLineNumber: 2, endColumn: 2 });
    expect(r.replace).toEqual({ startLineNumber: 2, startColumn: 2, endLineNumber: 2, endColumn: 2 });
    expect(suggestRange({ range: { startOffset: 3, endOffset: 5 } }, 4, positionAt(text)).replace).toEqual({ startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 3 });
  });
});

describe('completionKind', () => {
  it('maps every item kind to a distinct Monaco kind', () => {
    const k = { Keyword: 17, Operator: 11, Property: 9, Function: 1, Value: 13, Snippet: 27 };
    expect((['keyword', 'operator', 'key', 'action', 'value', 'snippet'] as const).map((x) => completionKind(x, k))).toEqual([17, 11, 9, 1, 13, 27]);
  });
});
