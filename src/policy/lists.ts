/** Small helpers for the "string or list of strings" shapes of the policy language. */

/** A policy element that may be one value or a list, as a list (absent → empty). */
export function asList<T>(v: T | T[] | undefined | null): T[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Condition values as strings: JSON booleans and numbers become their text, as IAM reads them. */
export function conditionValueStrings(v: unknown): { values: string[]; invalid: boolean } {
  const items = Array.isArray(v) ? v : [v];
  const values: string[] = [];
  let invalid = false;
  for (const item of items) {
    if (typeof item === 'string') values.push(item);
    else if (typeof item === 'boolean' || typeof item === 'number') values.push(String(item));
    else invalid = true;
  }
  return { values, invalid };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
