/** Bool ("true"/"false") and BinaryEquals (base64 bytes). */
import { fromBase64, toHex } from '../../kernel/encoding';
import { operators, type OperatorDef } from './types';

function readBool(v: string): boolean | undefined {
  const t = v.trim().toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

/** base64 (whitespace ignored, at most two '=') → the bytes as hex, comparable with ===; undefined when it is not base64. */
function readBase64(v: string): string | undefined {
  const t = v.replace(/\s+/g, '');
  if (!/^[^=]*={0,2}$/.test(t) || t.length % 4 === 1) return undefined;
  const bytes = fromBase64(t);
  return bytes ? toHex(bytes) : undefined;
}

export const boolBinaryOperators: OperatorDef[] = [
  ...operators('Bool', null, {
    family: 'Bool',
    variables: false,
    verb: /*i18n*/ { id: 'policy.verb.is', message: 'is' },
    match: (r, p) => {
      const a = readBool(r);
      return a !== undefined && a === readBool(p.text);
    },
    checkPolicyValue: (v) => (readBool(v) === undefined ? /*i18n*/ { id: 'policy.value.notBoolean', message: '"{value}" is not a Boolean (use "true" or "false")', values: { value: v }, verbatim: ['value'] } : undefined),
    checkRequestValue: (v) => (readBool(v) === undefined ? /*i18n*/ { id: 'policy.value.requestNotBoolean', message: '"{value}" is not a Boolean', values: { value: v }, verbatim: ['value'] } : undefined),
  }),
  ...operators('BinaryEquals', null, {
    family: 'Binary',
    variables: false,
    verb: /*i18n*/ { id: 'policy.verb.sameBytes', message: 'has the same bytes as' },
    match: (r, p) => {
      const a = readBase64(r);
      const b = readBase64(p.text);
      return a !== undefined && b !== undefined ? a === b : r === p.text;
    },
    checkPolicyValue: (v) => (readBase64(v) === undefined ? /*i18n*/ { id: 'policy.value.notBase64', message: '"{value}" is not base64', values: { value: v }, verbatim: ['value'] } : undefined),
  }),
];
