/**
 * Turns flat Query-protocol parameters into the SDK-shaped input object, guided by the catalog's
 * parameter types:
 *   string      RoleArn=…                                  → RoleArn: '…'
 *   integer     DurationSeconds=3600                       → DurationSeconds: 3600
 *   stringList  TransitiveTagKeys.member.1=…               → TransitiveTagKeys: ['…']
 *   structList  Tags.member.1.Key=…&Tags.member.1.Value=…  → Tags: [{ Key, Value }]
 *   struct      TaskPolicyArn.arn=…                        → TaskPolicyArn: { arn }
 * List members are ordered by their index, gaps closed. `Tags=` (how botocore sends an empty
 * list) gives []. Parameters the operation does not have are ignored, as AWS ignores them.
 * Constraint checks (lengths, patterns, ranges) are the validator's job, not this parser's.
 */
import type { OperationSpec, ParamSpec, StructField } from '../../catalog/types';
import { stsError } from '../core/errors';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * [I] AWS's text for a non-numeric integer is not on record; this follows its validation grammar
 * (reference §5.4).
 */
function notAnInteger(raw: string, memberPath: string): Error {
  return stsError(
    'ValidationError',
    `1 validation error detected: Value '${raw}' at '${memberPath}' failed to satisfy constraint: Member must be an integer`,
  );
}

function readInteger(raw: string, memberPath: string): number {
  if (!/^[+-]?\d{1,10}$/.test(raw)) throw notAnInteger(raw, memberPath);
  const n = Number(raw);
  if (n < INT32_MIN || n > INT32_MAX) throw notAnInteger(raw, memberPath);
  return n;
}

/** `Name.member.<index><rest>` entries, as [index, rest] with rest '' or '.Field'. */
function members(params: ReadonlyMap<string, string>, name: string): { index: number; rest: string; value: string }[] {
  const prefix = `${name}.member.`;
  const found: { index: number; rest: string; value: string }[] = [];
  for (const [key, value] of params) {
    if (!key.startsWith(prefix)) continue;
    const m = /^(\d{1,9})(\..+)?$/.exec(key.slice(prefix.length));
    if (!m) continue;
    found.push({ index: Number(m[1]), rest: m[2] ?? '', value });
  }
  return found;
}

function readStringList(params: ReadonlyMap<string, string>, name: string): string[] | undefined {
  const byIndex = new Map<number, string>();
  for (const { index, rest, value } of members(params, name)) {
    if (rest === '' && !byIndex.has(index)) byIndex.set(index, value);
  }
  if (byIndex.size === 0) return params.get(name) === '' ? [] : undefined;
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);
}

function readStructList(
  params: ReadonlyMap<string, string>,
  name: string,
  fields: readonly StructField[],
): Record<string, string>[] | undefined {
  const fieldNames = new Set(fields.map((f) => f.name));
  const byIndex = new Map<number, Record<string, string>>();
  for (const { index, rest, value } of members(params, name)) {
    const field = rest.slice(1);
    if (!fieldNames.has(field)) continue;
    const item = byIndex.get(index) ?? {};
    if (!(field in item)) item[field] = value;
    byIndex.set(index, item);
  }
  if (byIndex.size === 0) return params.get(name) === '' ? [] : undefined;
  // Keep each struct's members in the catalog's field order.
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, item]) => Object.fromEntries(fields.filter((f) => f.name in item).map((f) => [f.name, item[f.name] as string])));
}

function readStruct(params: ReadonlyMap<string, string>, name: string, fields: readonly StructField[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = params.get(`${name}.${field.name}`);
    if (value !== undefined) out[field.name] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function readParam(param: ParamSpec, params: ReadonlyMap<string, string>): unknown {
  const type = param.type;
  switch (type.kind) {
    case 'string':
      return params.get(param.name);
    case 'integer': {
      const raw = params.get(param.name);
      return raw === undefined ? undefined : readInteger(raw, param.memberPath);
    }
    case 'stringList':
      return readStringList(params, param.name);
    case 'structList':
      return readStructList(params, param.name, type.fields);
    case 'struct':
      return readStruct(params, param.name, type.fields);
  }
}

/** @throws StsError ValidationError when an integer parameter is not a 32-bit integer */
export function parseOperationInput(spec: Pick<OperationSpec, 'params'>, params: ReadonlyMap<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const param of spec.params) {
    const value = readParam(param, params);
    if (value !== undefined) input[param.name] = value;
  }
  return input;
}
