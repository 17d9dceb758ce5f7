/** The outcome of a decoder: a value, or a message that names the problem. Decoders never throw. */
export type ParseResult<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): ParseResult<T, never> => ({ ok: true, value });
export const fail = <T = never, E = string>(error: E): ParseResult<T, E> => ({ ok: false, error });

/** Aliases of `ok` / `fail`, used by the SAML and JWT decoders. */
export const parsed = ok;
export const parseError = fail;
