/**
 * A value that comes from a loader (a chunk of code fetched when first needed): fetched once, read back at
 * once afterwards, and fetched again after a failure (a dropped connection) rather than failing for good.
 * The operation specs, the lab kit, the policy checks and the SDK snippet's renderer load this way.
 */
export interface LazyValue<T> {
  /** The value, fetching it the first time (a call while it is on its way shares that fetch). */
  get(): Promise<T>;
  /** The value once it has arrived; null before. */
  current(): T | null;
}

export function lazyValue<T>(load: () => Promise<T>): LazyValue<T> {
  let value: { v: T } | null = null;
  let pending: Promise<T> | null = null;
  return {
    get: () =>
      value
        ? Promise.resolve(value.v)
        : (pending ??= load().then(
            (v) => {
              value = { v };
              return v;
            },
            (e: unknown) => {
              pending = null;
              throw e;
            },
          )),
    current: () => (value ? value.v : null),
  };
}

/** A value at hand from the start, read the same way as a lazy one (the first screen's operation spec). */
export function loadedValue<T>(value: T): LazyValue<T> {
  return { get: () => Promise.resolve(value), current: () => value };
}
