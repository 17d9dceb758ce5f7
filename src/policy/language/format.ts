/**
 * Minify and format policy text from its tokens: only whitespace between tokens changes. Keys
 * keep their order, duplicates stay, and every string and number is copied exactly as written
 * (escapes included), so the policy means the same after either.
 */
import { parseJsonAst } from './json-ast';
import { LineIndex, Scanner, type Token } from './json-scan';
import type { Message } from '../../kernel/message';
import { fail, ok, type ParseResult } from '../../kernel/result';

/** The tokens of valid JSON text, or the first problem (comments and trailing commas count as problems). */
function tokensOf(text: string): ParseResult<Token[], Message> {
  if (typeof text !== 'string') return fail(/*i18n*/ { id: 'policy.format.notText', message: 'The policy must be text' });
  const parsed = parseJsonAst(text);
  const problem = parsed.errors.find((e) => e.severity === 'error');
  if (problem) {
    const { line, column } = new LineIndex(text).position(problem.start);
    return fail(/*i18n*/ { id: 'policy.format.problemAt', message: 'Line {line}, column {column}: {problem}', values: { line, column, problem: problem.message } });
  }
  const scanner = new Scanner(text);
  const out: Token[] = [];
  for (let t = scanner.next(); t.kind !== 'eof'; t = scanner.next()) out.push(t);
  return ok(out);
}

/** The policy with all insignificant whitespace removed. Fails (with line and column) on invalid JSON. */
export function minifyPolicy(text: string): ParseResult<string, Message> {
  const tokens = tokensOf(text);
  if (!tokens.ok) return tokens;
  let out = '';
  for (const t of tokens.value) out += text.slice(t.start, t.end);
  return ok(out);
}

/** The policy indented (two spaces by default), one property or item per line; empty {} and [] stay on one line. */
export function formatPolicy(text: string, indent = '  '): ParseResult<string, Message> {
  const tokens = tokensOf(text);
  if (!tokens.ok) return tokens;
  const list = tokens.value;
  let out = '';
  let depth = 0;
  const newline = (): string => `\n${indent.repeat(depth)}`;
  for (let i = 0; i < list.length; i++) {
    const t = list[i] as Token;
    const next = list[i + 1];
    const raw = text.slice(t.start, t.end);
    if (t.kind === '{' || t.kind === '[') {
      const closes = next && (next.kind === '}' || next.kind === ']');
      if (closes) {
        out += raw + text.slice(next.start, next.end);
        i++;
        continue;
      }
      depth++;
      out += raw + newline();
    } else if (t.kind === '}' || t.kind === ']') {
      depth--;
      out += newline() + raw;
    } else if (t.kind === ',') out += `,${newline()}`;
    else if (t.kind === ':') out += ': ';
    else out += raw;
  }
  return ok(out);
}
