/**
 * Turning an SDK input into AWS CLI arguments. Flags follow the key order of the input object
 * (forms pass catalog order, so documented examples can be reproduced in their own order).
 * Lists and structures use the CLI's shorthand where it is unambiguous and fall back to JSON
 * where shorthand would misread a value (commas, quotes, brackets, edge spaces, empty strings).
 * A value the AWS CLI v1 would load instead of taking literally (it fetches `http(s)://` values and
 * reads `file://` ones unless `cli_follow_urlparam = false`) goes where the CLI never follows it:
 * a list as a JSON list, a single value through `--cli-input-json`. Both forms work on v1 and v2.
 */
import type { Message } from '../../kernel/message';
import type { CliOperation, CliParam, CliRenderOptions, CliStructField } from './types';

/** Characters and shapes CLI shorthand would parse differently from the literal value. */
const SHORTHAND_UNSAFE = /[,[\]{}"'\\]|^\s|\s$/;
const shorthandSafe = (v: unknown): v is string => typeof v === 'string' && v !== '' && !SHORTHAND_UNSAFE.test(v);
/** Prefixes the AWS CLI (v1 by default) resolves as a URL to fetch or a file to read (its paramfile prefixes). */
const CLI_LOADS_VALUE = /^(?:https?|fileb?):\/\//i;
/** True when the AWS CLI v1 would fetch or read this value instead of sending it as written. */
const cliWouldLoad = (v: unknown): v is string => typeof v === 'string' && CLI_LOADS_VALUE.test(v);
/** A separate list item the CLI would take for an option or for JSON, or would fetch. */
const listItemSafe = (v: unknown): v is string => shorthandSafe(v) && !/^[-[{]/.test(v) && !cliWouldLoad(v);

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function scalar(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

function shorthandStruct(item: unknown, fields: readonly CliStructField[]): string | null {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return null;
  const record = item as Record<string, unknown>;
  const known = new Set(fields.map((f) => f.name));
  if (Object.keys(record).some((k) => !known.has(k) && record[k] !== undefined)) return null;
  const pairs: string[] = [];
  for (const f of fields) {
    const v = record[f.name];
    if (v === undefined) continue;
    if (!shorthandSafe(v)) return null;
    pairs.push(`${f.cliKey}=${v}`);
  }
  return pairs.length ? pairs.join(',') : null;
}

/** One flag with its values, e.g. ['--tags', 'Key=a,Value=b', 'Key=c,Value=d']. */
function renderParam(param: CliParam, value: unknown, opts: CliRenderOptions): string[] {
  const flag = `--${param.cliFlag}`;
  const type = param.type;
  switch (type.kind) {
    case 'string':
    case 'integer': {
      if (param.widget === 'policy' && opts.policyFile) return [flag, `file://${opts.policyFile}`];
      const text = scalar(value);
      // argparse would read a leading '-' as the next option; the `--flag=value` form avoids that.
      return text.startsWith('-') ? [`${flag}=${text}`] : [flag, text];
    }
    case 'stringList': {
      const items = Array.isArray(value) ? value : [value];
      return items.every(listItemSafe) ? [flag, ...items] : [flag, JSON.stringify(items)];
    }
    case 'structList': {
      const items = Array.isArray(value) ? value : [value];
      const shorthand = items.map((item) => shorthandStruct(item, type.fields));
      return shorthand.every((s): s is string => s !== null) ? [flag, ...shorthand] : [flag, JSON.stringify(items)];
    }
    case 'struct': {
      const shorthand = shorthandStruct(value, type.fields);
      return [flag, shorthand ?? JSON.stringify(value)];
    }
  }
}

/** A single-valued parameter whose literal value the CLI v1 would fetch or read (see cliWouldLoad). */
const loadedScalar = (param: CliParam, value: unknown): boolean => (param.type.kind === 'string' || param.type.kind === 'integer') && cliWouldLoad(value);

/** The command as groups: the `aws sts <op>` head, then one group per flag (used for line breaking). */
export function renderCliGroups(spec: CliOperation, input: Record<string, unknown>, opts: CliRenderOptions = {}): string[][] {
  const groups: string[][] = [['aws', 'sts', spec.cliName]];
  const viaInputJson: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const param = spec.params.find((p) => p.name === key);
    if (!param || isEmpty(value)) continue;
    if (loadedScalar(param, value)) viaInputJson[param.name] = value;
    else groups.push(renderParam(param, value, opts));
  }
  if (Object.keys(viaInputJson).length > 0) groups.push(['--cli-input-json', JSON.stringify(viaInputJson)]);
  if (opts.region) groups.push(['--region', opts.region]);
  if (opts.endpointUrl) groups.push(['--endpoint-url', opts.endpointUrl]);
  return groups;
}

/** The argv an AWS CLI user would type (before shell quoting). Unknown keys and empty values are left out. */
export function renderCliArgv(spec: CliOperation, input: Record<string, unknown>, opts: CliRenderOptions = {}): string[] {
  return renderCliGroups(spec, input, opts).flat();
}

/**
 * Why the rendered command differs from the obvious one, for the preview to say under it: the
 * parameters whose URL- or file-like values were written so the CLI v1 sends them as they are.
 */
export function cliRenderNotes(spec: CliOperation, input: Record<string, unknown>): Message[] {
  const loaded = spec.params.filter((p) => !isEmpty(input[p.name]) && (Array.isArray(input[p.name]) ? (input[p.name] as unknown[]) : [input[p.name]]).some(cliWouldLoad));
  if (loaded.length === 0) return [];
  const inJson = loaded.filter((p) => loadedScalar(p, input[p.name])).map((p) => p.name);
  const asLists = loaded.filter((p) => !loadedScalar(p, input[p.name])).map((p) => `--${p.cliFlag}`);
  return [
    /*i18n*/ {
      id: 'cli.urlParamNote',
      message:
        '{inJson, select, none {} other {{inJson} (in {flag})}}{both, select, yes {, } other {}}{asLists, select, none {} other {{asLists} (as a JSON list)}}: the AWS CLI v1 fetches a parameter that starts with http:// or https:// (and reads file://) instead of sending it, unless {setting} is false; written this way, v1 and v2 both send the value as it is.',
      values: { inJson: inJson.join(', ') || 'none', asLists: asLists.join(', ') || 'none', both: inJson.length && asLists.length ? 'yes' : 'no', flag: '--cli-input-json', setting: 'cli_follow_urlparam' },
      verbatim: ['inJson', 'asLists', 'flag', 'setting'],
    },
  ];
}
