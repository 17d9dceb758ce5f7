/** Reads an operator name such as "ForAllValues:StringLikeIfExists" into its parts. */
import { findOperator, OPERATORS } from './table';
import type { OperatorDef } from './types';

export type SetQualifier = 'ForAnyValue' | 'ForAllValues';

export type OperatorName =
  | { ok: true; name: string; def: OperatorDef; qualifier: SetQualifier | null; ifExists: boolean }
  | {
      ok: false;
      name: string;
      /** The English the sandbox's parser and trace quote. */
      error: string;
      /** What is wrong, for a reader's own wording (the policy editor's marker): */
      reason: 'prefix' | 'unknown' | 'null-if-exists' | 'null-qualifier';
      /** The operator meant, when only the letter case is wrong. */
      suggestion?: string;
    };

/** The operator meant, when `name` differs from one only in letter case. */
function caseSlip(name: string): string | undefined {
  const lower = name.toLowerCase();
  const near = OPERATORS.find((op) => op.name.toLowerCase() === lower || `${op.name}IfExists`.toLowerCase() === lower);
  if (!near) return undefined;
  return lower.endsWith('ifexists') ? `${near.name}IfExists` : near.name;
}

export function parseOperatorName(full: string): OperatorName {
  let rest = full;
  let qualifier: SetQualifier | null = null;
  const colon = full.indexOf(':');
  if (colon >= 0) {
    const prefix = full.slice(0, colon);
    if (prefix !== 'ForAnyValue' && prefix !== 'ForAllValues') {
      return { ok: false, name: full, reason: 'prefix', error: `unknown condition operator "${full}": the only prefixes are "ForAnyValue:" and "ForAllValues:"` };
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
  if (!def) {
    const suggestion = caseSlip(rest);
    if (suggestion === undefined) return { ok: false, name: full, reason: 'unknown', error: `unknown condition operator "${full}"` };
    return { ok: false, name: full, reason: 'unknown', suggestion, error: `unknown condition operator "${full}" (did you mean "${suggestion}"? operator names are case-sensitive)` };
  }
  if (def.family === 'Null' && ifExists) return { ok: false, name: full, reason: 'null-if-exists', error: `"${full}": Null cannot take IfExists (Null itself tests whether the key exists)` };
  if (def.family === 'Null' && qualifier) return { ok: false, name: full, reason: 'null-qualifier', error: `"${full}": Null cannot take a ${qualifier}: prefix` };
  return { ok: true, name: full, def, qualifier, ifExists };
}
