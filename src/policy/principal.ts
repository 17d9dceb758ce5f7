/**
 * Principal matching for resource policies (trust policies). Forms, from the reference §9:
 * "*" and {"AWS": "*"} (everyone), an account ("123456789012" or "arn:aws:iam::123456789012:root",
 * any principal of that account), a user or role ARN (a role ARN also matches its sessions, through
 * the caller's alsoKnownAs), an assumed-role session ARN, {"Federated": provider} and {"Service": name}.
 */
import type { RequestPrincipal } from './context';
import { asList, isPlainObject } from './lists';

export interface PrincipalMatch {
  matched: boolean;
  /** Matched through a value naming the caller itself (user, role, session ARN, provider, service), not an account or "*". */
  exact: boolean;
  why: string;
}

const ACCOUNT_ROOT = /^arn:[a-z0-9-]+:iam::(\d{12}):root$/;

export function describePrincipal(p: RequestPrincipal): string {
  if (p === null) return 'an anonymous caller';
  if (p.type === 'AWS') return p.arn;
  return p.type === 'Federated' ? `the federated principal ${p.id}` : `the service ${p.id}`;
}

function matchAws(value: string, p: RequestPrincipal): { matched: boolean; exact: boolean; note?: string } {
  if (value === '*') return { matched: true, exact: false, note: '"AWS": "*" trusts every principal' };
  if (p === null || p.type !== 'AWS') return { matched: false, exact: false };
  const account = /^\d{12}$/.test(value) ? value : ACCOUNT_ROOT.exec(value)?.[1];
  if (account !== undefined) {
    return p.account === account ? { matched: true, exact: false, note: `${JSON.stringify(value)} trusts account ${account}, and ${p.arn} belongs to it` } : { matched: false, exact: false };
  }
  if (value === p.arn) return { matched: true, exact: true, note: `${JSON.stringify(value)} names the caller` };
  if ((p.alsoKnownAs ?? []).includes(value)) return { matched: true, exact: true, note: `${JSON.stringify(value)} names the caller (${p.arn})` };
  if (/[*?]/.test(value)) {
    return { matched: false, exact: false, note: `${JSON.stringify(value)} has a wildcard, which Principal does not support (use "*" with an aws:PrincipalArn ArnLike condition)` };
  }
  return { matched: false, exact: false };
}

function sameId(a: string, b: string): boolean {
  // Provider ARNs compare exactly; host names (accounts.google.com) and service names ignore case.
  return a.startsWith('arn:') ? a === b : a.toLowerCase() === b.toLowerCase();
}

/** Does a Principal (or NotPrincipal) block name the caller? */
export function matchPrincipal(block: unknown, p: RequestPrincipal): PrincipalMatch {
  const who = describePrincipal(p);
  if (block === '*') return { matched: true, exact: false, why: `Principal "*" trusts everyone, including ${who}` };
  if (!isPlainObject(block)) return { matched: false, exact: false, why: 'the Principal element is malformed, so it matches no one' };
  const named: string[] = [];
  const notes: string[] = [];
  for (const [type, raw] of Object.entries(block)) {
    for (const value of asList(raw as unknown)) {
      if (typeof value !== 'string') continue;
      named.push(`${type}: ${value}`);
      let m: { matched: boolean; exact: boolean; note?: string } = { matched: false, exact: false };
      if (type === 'AWS') m = matchAws(value, p);
      else if (type === 'Federated' && p?.type === 'Federated' && sameId(value, p.id)) m = { matched: true, exact: true, note: `Federated ${JSON.stringify(value)} names the identity provider` };
      else if (type === 'Service' && p?.type === 'Service' && sameId(value, p.id)) m = { matched: true, exact: true, note: `Service ${JSON.stringify(value)} names the calling service` };
      if (m.matched) return { matched: true, exact: m.exact, why: m.note ?? `${type} ${value} matches` };
      if (m.note) notes.push(m.note);
    }
  }
  const extra = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return { matched: false, exact: false, why: `Principal names ${named.join(', ') || 'no one'}, not ${who}${extra}` };
}
