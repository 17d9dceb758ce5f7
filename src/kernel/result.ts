/** The outcome of a decoder: a value, or a message that names the problem. Decoders never throw. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): ParseResult<T> => ({ ok: false, error });

/** Aliases of `ok` / `fail`, used by the SAML and JWT decoders. */
export const parsed = ok;
export const parseError = fail;
