/** Intl formatters, built once per locale and options: building one costs far more than using it. */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

export function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}
