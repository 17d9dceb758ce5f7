/** The short constraint line shown beside each field ("2–64 characters", "900–43,200 s · default 3,600"). */
import type { ParamSpec, StringConstraint } from '../../catalog/types';

const n = (x: number) => x.toLocaleString('en-US');

function lengthText(c: StringConstraint): string | null {
  const { minLength: min, maxLength: max } = c;
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${n(min)} characters` : `${n(min)}–${n(max)} characters`;
  if (max !== undefined) return `up to ${n(max)} characters`;
  if (min !== undefined && min > 1) return `at least ${n(min)} characters`;
  return null;
}

export function constraintHint(param: ParamSpec): string | null {
  const t = param.type;
  const parts: string[] = [];
  switch (t.kind) {
    case 'integer': {
      if (t.min !== undefined && t.max !== undefined) parts.push(`${n(t.min)}–${n(t.max)}`);
      else if (t.max !== undefined) parts.push(`≤ ${n(t.max)}`);
      else if (t.min !== undefined) parts.push(`≥ ${n(t.min)}`);
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
      const noun = param.widget === 'tags' ? 'tags' : param.widget === 'policyArns' ? 'ARNs' : 'items';
      if (t.minItems !== undefined && t.maxItems !== undefined && t.minItems > 0) parts.push(`${t.minItems}–${t.maxItems} ${noun}`);
      else if (t.maxItems !== undefined) parts.push(`up to ${t.maxItems} ${noun}`);
      break;
    }
    case 'struct':
      break;
  }
  if (param.defaultValue !== undefined && param.defaultValue !== '') {
    parts.push(`default ${typeof param.defaultValue === 'number' ? n(param.defaultValue) : param.defaultValue}`);
  }
  return parts.length ? parts.join(' · ') : null;
}
