/** Date operators: ISO 8601 dates and times, or epoch seconds, compared as instants. */
import type { Message } from '../../kernel/message';
import { operators, type OperatorDef } from './types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Milliseconds since the epoch, or undefined when the text is not a date. */
export function parseDate(text: string): number | undefined {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t) * 1000;
  const m = ISO.exec(t);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 60) return undefined;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(Number(`0.${frac || '0'}`) * 1000);
  // Date.UTC rolls 2024-02-31 over into March; a real date does not.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  if (zone && zone.toUpperCase() !== 'Z') {
    const zm = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (!zm) return undefined;
    const offset = (Number(zm[2]) * 60 + Number(zm[3])) * 60_000;
    ms -= zm[1] === '+' ? offset : -offset;
  }
  return ms;
}

const check = (v: string): Message | undefined =>
  parseDate(v) === undefined ? /*i18n*/ { id: 'policy.value.notDate', message: '"{value}" is not a date (use ISO 8601 such as 2026-01-31T12:00:00Z, or epoch seconds)', values: { value: v }, verbatim: ['value'] } : undefined;

function dates(compare: (a: number, b: number) => boolean) {
  return (request: string, policy: { text: string }): boolean => {
    const a = parseDate(request);
    const b = parseDate(policy.text);
    return a !== undefined && b !== undefined && compare(a, b);
  };
}

const base = { family: 'Date' as const, variables: false, checkPolicyValue: check, checkRequestValue: check };

export const dateOperators: OperatorDef[] = [
  ...operators('DateEquals', 'DateNotEquals', { ...base, verb: /*i18n*/ { id: 'policy.verb.sameInstant', message: 'is the same instant as' }, match: dates((a, b) => a === b) }),
  ...operators('DateLessThan', null, { ...base, verb: /*i18n*/ { id: 'policy.verb.before', message: 'is before' }, match: dates((a, b) => a < b) }),
  ...operators('DateLessThanEquals', null, { ...base, verb: /*i18n*/ { id: 'policy.verb.atOrBefore', message: 'is at or before' }, match: dates((a, b) => a <= b) }),
  ...operators('DateGreaterThan', null, { ...base, verb: /*i18n*/ { id: 'policy.verb.after', message: 'is after' }, match: dates((a, b) => a > b) }),
  ...operators('DateGreaterThanEquals', null, { ...base, verb: /*i18n*/ { id: 'policy.verb.atOrAfter', message: 'is at or after' }, match: dates((a, b) => a >= b) }),
];
