/** The short constraint line shown beside each field ("2–64 characters", "900–43,200 · default 3,600"), as Messages (numbers through Intl). */
import type { Message } from '../../kernel/message';
import type { ParamSpec, StringConstraint } from '../../catalog/types';

function lengthText(c: StringConstraint): Message | null {
  const { minLength: min, maxLength: max } = c;
  if (min !== undefined && max !== undefined) {
    return min === max
      ? /*i18n*/ { id: 'hint.exactChars', message: 'exactly {min, plural, one {# character} other {# characters}}', values: { min } }
      : /*i18n*/ { id: 'hint.rangeChars', message: '{min, number}–{max, number} characters', values: { min, max } };
  }
  if (max !== undefined) return /*i18n*/ { id: 'hint.maxChars', message: 'up to {max, plural, one {# character} other {# characters}}', values: { max } };
  if (min !== undefined && min > 1) return /*i18n*/ { id: 'hint.minChars', message: 'at least {min, plural, one {# character} other {# characters}}', values: { min } };
  return null;
}

function countText(param: ParamSpec, min: number | undefined, max: number | undefined): Message | null {
  const noun = param.widget === 'tags' ? 'tags' : param.widget === 'policyArns' ? 'arns' : 'items';
  if (min !== undefined && max !== undefined && min > 0) {
    return /*i18n*/ { id: 'hint.rangeCount', message: '{min}–{max} {noun, select, tags {tags} arns {ARNs} other {entries}}', values: { min, max, noun } };
  }
  if (max !== undefined) return /*i18n*/ { id: 'hint.maxCount', message: 'up to {max} {noun, select, tags {tags} arns {ARNs} other {entries}}', values: { max, noun } };
  return null;
}

export function constraintHint(param: ParamSpec): Message[] {
  const t = param.type;
  const parts: Message[] = [];
  switch (t.kind) {
    case 'integer': {
      if (t.min !== undefined && t.max !== undefined) parts.push(/*i18n*/ { id: 'hint.range', message: '{min, number}–{max, number}', values: { min: t.min, max: t.max } });
      else if (t.max !== undefined) parts.push(/*i18n*/ { id: 'hint.atMost', message: '≤ {max, number}', values: { max: t.max } });
      else if (t.min !== undefined) parts.push(/*i18n*/ { id: 'hint.atLeast', message: '≥ {min, number}', values: { min: t.min } });
      break;
    }
    case 'string': {
      if (!t.allowedValues) {
        const len = lengthText(t);
        if (len) parts.push(len);
      }
      break;
    }
    case 'stringList':
    case 'structList': {
      const count = countText(param, t.minItems, t.maxItems);
      if (count) parts.push(count);
      break;
    }
    case 'struct':
      break;
  }
  if (param.defaultValue !== undefined && param.defaultValue !== '') {
    parts.push(
      typeof param.defaultValue === 'number'
        ? /*i18n*/ { id: 'hint.defaultNumber', message: 'default {value, number}', values: { value: param.defaultValue } }
        : /*i18n*/ { id: 'hint.default', message: 'default {value}', values: { value: param.defaultValue }, verbatim: ['value'] },
    );
  }
  return parts;
}
