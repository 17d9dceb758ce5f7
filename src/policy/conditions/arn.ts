/**
 * ARN operators. ArnEquals and ArnLike behave the same in IAM: each of the six colon-separated
 * parts (arn:partition:service:region:account:resource) is matched on its own, case-sensitively,
 * with `*` and `?` working inside a part but never across a colon of the first five.
 */
import { matchPattern, STAR, type Pattern } from '../wildcard';
import { operators, type OperatorDef } from './types';

function splitValue(value: string): string[] {
  const parts: string[] = [];
  let rest = value;
  for (let i = 0; i < 5; i++) {
    const at = rest.indexOf(':');
    if (at < 0) return [];
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}

function splitPattern(pattern: Pattern): Pattern[] {
  const parts: Pattern[] = [[]];
  for (const item of pattern) {
    if (item === ':' && parts.length < 6) parts.push([]);
    else (parts[parts.length - 1] as Pattern).push(item);
  }
  return parts.length === 6 ? parts : [];
}

/** Does an ARN match an ARN pattern, part by part? A lone `*` matches any value. */
export function arnMatch(pattern: Pattern, value: string): boolean {
  if (pattern.length === 1 && pattern[0] === STAR) return true;
  const p = splitPattern(pattern);
  const v = splitValue(value);
  if (p.length !== 6 || v.length !== 6) return false;
  return p.every((segment, i) => matchPattern(segment, v[i] as string));
}

/**
 * Resource element matching: ARN-wise when the pattern is an ARN, otherwise the whole string as
 * one wildcard pattern (so "*" and non-ARN resources still work).
 */
export function resourceMatch(pattern: Pattern, value: string): boolean {
  const looksArn = pattern.length > 4 && pattern.slice(0, 4).join('') === 'arn:';
  return looksArn && value.startsWith('arn:') ? arnMatch(pattern, value) : matchPattern(pattern, value);
}

export const arnOperators: OperatorDef[] = [
  ...operators('ArnEquals', 'ArnNotEquals', { family: 'Arn', variables: true, verb: /*i18n*/ { id: 'policy.verb.matchesArn', message: 'matches the ARN' }, match: (r, p) => arnMatch(p.pattern, r) }),
  ...operators('ArnLike', 'ArnNotLike', { family: 'Arn', variables: true, verb: /*i18n*/ { id: 'policy.verb.matchesArnPattern', message: 'matches the ARN pattern' }, match: (r, p) => arnMatch(p.pattern, r) }),
];
