/**
 * Docs for the condition operators of the evaluator's table (conditions/table.ts), and every
 * spelling the editor offers: the base operators, their IfExists forms and the ForAnyValue: /
 * ForAllValues: set forms. The operators themselves are not redefined here.
 */
import { parseOperatorName } from '../conditions/operator-name';
import { OPERATORS } from '../conditions/table';
import type { OperatorDef, OperatorFamily } from '../conditions/types';
import type { KeyType } from './keys';

export interface OperatorDoc {
  name: string;
  family: OperatorFamily;
  /** The type of value the operator compares. */
  valueType: string;
  doc: string;
}

const DOCS: Record<string, string> = {
  StringEquals: 'Exact, case-sensitive match against any of the values.',
  StringNotEquals: 'True when the key matches none of the values (case-sensitive); also true when the key is absent.',
  StringEqualsIgnoreCase: 'Exact match ignoring case.',
  StringNotEqualsIgnoreCase: 'True when the key matches none of the values, ignoring case; also true when the key is absent.',
  StringLike: 'Case-sensitive match with * (any run of characters) and ? (one character).',
  StringNotLike: 'True when the key matches none of the patterns (* and ?); also true when the key is absent.',
  NumericEquals: 'Number equal to the value.',
  NumericNotEquals: 'Number not equal to any of the values.',
  NumericLessThan: 'Number less than the value.',
  NumericLessThanEquals: 'Number less than or equal to the value.',
  NumericGreaterThan: 'Number greater than the value.',
  NumericGreaterThanEquals: 'Number greater than or equal to the value.',
  DateEquals: 'Same instant as the date (ISO 8601 or epoch seconds).',
  DateNotEquals: 'Not the same instant as any of the dates.',
  DateLessThan: 'Before the date (ISO 8601 or epoch seconds).',
  DateLessThanEquals: 'At or before the date.',
  DateGreaterThan: 'After the date (ISO 8601 or epoch seconds).',
  DateGreaterThanEquals: 'At or after the date.',
  Bool: 'Boolean match: "true" or "false".',
  BinaryEquals: 'Byte-for-byte match against a base64-encoded value.',
  IpAddress: 'IP address inside the CIDR block(s) (IPv4 or IPv6).',
  NotIpAddress: 'IP address outside all the CIDR blocks; also true when the key is absent.',
  ArnEquals: 'ARN match, part by part; * and ? work inside each part.',
  ArnNotEquals: 'ARN matches none of the values; also true when the key is absent.',
  ArnLike: 'ARN match, part by part; * and ? work inside each part (same as ArnEquals).',
  ArnNotLike: 'ARN matches none of the patterns; also true when the key is absent.',
  Null: '"true": the key must be absent from the request; "false": it must be present.',
};

const VALUE_TYPES: Record<OperatorFamily, string> = {
  String: 'string',
  Numeric: 'number',
  Date: 'date (ISO 8601 or epoch seconds)',
  Bool: '"true" or "false"',
  Binary: 'base64',
  IpAddress: 'IP address or CIDR block',
  Arn: 'ARN (wildcards allowed)',
  Null: '"true" or "false"',
};

/** Which key types an operator family fits; String operators also fit ARN keys. */
export const FAMILY_KEY_TYPES: Record<OperatorFamily, KeyType[] | null> = {
  String: ['String', 'ARN'],
  Numeric: ['Numeric'],
  Date: ['Date'],
  Bool: ['Bool'],
  Binary: ['Binary'],
  IpAddress: ['IP'],
  Arn: ['ARN'],
  Null: null,
};

function docFor(def: OperatorDef): OperatorDoc {
  return { name: def.name, family: def.family, valueType: VALUE_TYPES[def.family], doc: DOCS[def.name] ?? `${def.family} comparison.` };
}

export const OPERATOR_DOCS: readonly OperatorDoc[] = OPERATORS.map(docFor);

const IF_EXISTS = 'IfExists: also true when the key is absent from the request.';
const FOR_ANY = 'ForAnyValue: true when at least one request value matches; false when the key is absent or empty.';
const FOR_ALL = 'ForAllValues: true when every request value matches, and also when the key is absent or empty (pair it with a Null check).';

/** Every operator spelling: base, base+IfExists, and the ForAnyValue:/ForAllValues: forms of both (Null has none). */
export function allOperatorNames(): string[] {
  const out: string[] = [];
  for (const op of OPERATORS) {
    const forms = op.family === 'Null' ? [op.name] : [op.name, `${op.name}IfExists`];
    out.push(...forms);
    if (op.family !== 'Null') for (const q of ['ForAnyValue', 'ForAllValues']) for (const f of forms) out.push(`${q}:${f}`);
  }
  return out;
}

/** A one-paragraph description of any operator spelling, or undefined when it is not an operator. */
export function describeOperator(full: string): (OperatorDoc & { full: string; notes: string[] }) | undefined {
  const parsed = parseOperatorName(full);
  if (!parsed.ok) return undefined;
  const notes: string[] = [];
  if (parsed.qualifier === 'ForAnyValue') notes.push(FOR_ANY);
  if (parsed.qualifier === 'ForAllValues') notes.push(FOR_ALL);
  if (parsed.ifExists) notes.push(IF_EXISTS);
  return { ...docFor(parsed.def), full, notes };
}
