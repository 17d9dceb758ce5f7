/**
 * The request target in origin-form (`/path?query`). A client may send the absolute-form
 * (`POST http://host:port/ HTTP/1.1`), which servers must accept (RFC 9112 §3.2.2); it carries the
 * authority the request is for, returned so the Host check applies to it too.
 */
export interface RequestTarget {
  url: string;
  /** The authority of an absolute-form target; null for origin-form. */
  authority: string | null;
}

const ABSOLUTE_FORM = /^https?:\/\/([^/?#]*)/i;

export function toOriginForm(target: string): RequestTarget {
  const m = ABSOLUTE_FORM.exec(target);
  if (!m) return { url: target, authority: null };
  const rest = target.slice(m[0].length);
  return { url: rest.startsWith('/') ? rest : `/${rest}`, authority: m[1] ?? '' };
}
