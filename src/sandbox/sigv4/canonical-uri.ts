/**
 * The canonical URI for every service but S3: the path as it arrived on the wire, with empty and
 * `.` segments dropped and `..` resolved, each segment URI-encoded once more. (That second encoding
 * is AWS's "encode twice" rule: the client encoded once to send it.)
 */
import { uriEncode } from './uri-encode';

export function canonicalUri(path: string): string {
  const stack: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') stack.pop();
    else stack.push(segment);
  }
  if (stack.length === 0) return '/';
  const trailing = path.endsWith('/') ? '/' : '';
  return `/${stack.map(uriEncode).join('/')}${trailing}`;
}

/** The path part of a request URL, accepting an absolute URL too. */
export function pathOf(url: string): string {
  let rest = url;
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  const end = rest.search(/[?#]/);
  const path = end < 0 ? rest : rest.slice(0, end);
  return path === '' ? '/' : path;
}
