/** Reads an operator name such as "ForAllValues:StringLikeIfExists" into its parts. */
import { findOperator, OPERATORS } from './table';
import type { OperatorDef } from './types';

export type SetQualifier = 'ForAnyValue' | 'ForAllValues';

export type OperatorName =
  | { ok: true; name: string; def: OperatorDef; qualifier: SetQualifier | null; ifExists: boolean }
  | { ok: false; name: string; error: string };

function suggestion(name: string): string {
  const lower = name.toLowerCase();
  const near = OPERATORS.find((op) => op.name.toLowerCase() === lower || `${op.name}IfExists`.toLowerCase() === lower);
  if (!near) return '';
  const fixed = lower.endsWith('ifexists') ? `${near.name}IfExists` : near.name;
  return ` (did you mean "${fixed}"? operator names are case-sensitive)`;
}

export function parseOperatorName(full: string): OperatorName {
  let rest = full;
  let qualifier: SetQualifier | null = null;
  const colon = full.indexOf(':');
  if (colon >= 0) {
    const prefix = full.slice(0, colon);
    if (prefix !== 'ForAnyValue' && prefix !== 'ForAllValues') {
      return { ok: false, name: full, error: `unknown condition operator "${full}": the only prefixes are "ForAnyValue:" and "ForAllValues:"` };
    }
    qualifier = prefix;
    rest = full.slice(colon + 1);
  }
  let ifExists = false;
  let def = findOperator(rest);
  if (!def && rest.endsWith('IfExists')) {
    def = findOperator(rest.slice(0, -'IfExists'.length));
    ifExists = def !== undefined;
  }
  if (!def) return { ok: false, name: full, error: `unknown condition operator "${full}"${suggestion(rest)}` };
  if (def.family === 'Null' && ifExists) return { ok: false, name: full, error: `"${full}": Null cannot take IfExists (Null itself tests whether the key exists)` };
  if (def.family === 'Null' && qualifier) return { ok: false, name: full, error: `"${full}": Null cannot take a ${qualifier}: prefix` };
  return { ok: true, name: full, def, qualifier, ifExists };
}
