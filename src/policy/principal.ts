/**
 * Principal matching for resource policies (trust policies). Forms, from the reference §9:
 * "*" and {"AWS": "*"} (everyone), an account ("123456789012" or "arn:aws:iam::123456789012:root",
 * any principal of that account), a user or role ARN (a role ARN also matches its sessions, through
 * the caller's alsoKnownAs), an assumed-role session ARN, {"Federated": provider} and {"Service": name}.
 */
import { withNotes, type Message } from '../kernel/message';
import type { RequestPrincipal } from './context';
import { asList, isPlainObject } from './lists';

export interface PrincipalMatch {
  matched: boolean;
  /** Matched through a value naming the caller itself (user, role, session ARN, provider, service), not an account or "*". */
  exact: boolean;
  why: Message;
}

const ACCOUNT_ROOT = /^arn:[a-z0-9-]+:iam::(\d{12}):root$/;
const q = (s: string): string => JSON.stringify(s);

export function describePrincipal(p: RequestPrincipal): Message {
  if (p === null) return /*i18n*/ { id: 'policy.principal.anonymous', message: 'an anonymous caller' };
  if (p.type === 'AWS') return /*i18n*/ { id: 'policy.principal.arn', message: '{arn}', values: { arn: p.arn }, verbatim: ['arn'] };
  return p.type === 'Federated'
    ? /*i18n*/ { id: 'policy.principal.federated', message: 'the federated principal {id}', values: { id: p.id }, verbatim: ['id'] }
    : /*i18n*/ { id: 'policy.principal.service', message: 'the service {id}', values: { id: p.id }, verbatim: ['id'] };
}

type Match = { matched: boolean; exact: boolean; note?: Message };

function matchAws(value: string, p: RequestPrincipal): Match {
  if (value === '*') return { matched: true, exact: false, note: /*i18n*/ { id: 'policy.principal.awsStar', message: '"AWS": "*" trusts every principal' } };
  if (p === null || p.type !== 'AWS') return { matched: false, exact: false };
  const account = /^\d{12}$/.test(value) ? value : ACCOUNT_ROOT.exec(value)?.[1];
  if (account !== undefined) {
    return p.account === account
      ? { matched: true, exact: false, note: /*i18n*/ { id: 'policy.principal.account', message: '{value} trusts account {account}, and {arn} belongs to it', values: { value: q(value), account, arn: p.arn }, verbatim: ['value', 'account', 'arn'] } }
      : { matched: false, exact: false };
  }
  if (value === p.arn) return { matched: true, exact: true, note: /*i18n*/ { id: 'policy.principal.namesCaller', message: '{value} names the caller', values: { value: q(value) }, verbatim: ['value'] } };
  if ((p.alsoKnownAs ?? []).includes(value)) {
    return { matched: true, exact: true, note: /*i18n*/ { id: 'policy.principal.namesCallerAs', message: '{value} names the caller ({arn})', values: { value: q(value), arn: p.arn }, verbatim: ['value', 'arn'] } };
  }
  if (/[*?]/.test(value)) {
    return {
      matched: false,
      exact: false,
      note: /*i18n*/ { id: 'policy.principal.wildcard', message: '{value} has a wildcard, which Principal does not support (use "*" with an aws:PrincipalArn ArnLike condition)', values: { value: q(value) }, verbatim: ['value'] },
    };
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
  if (block === '*') return { matched: true, exact: false, why: /*i18n*/ { id: 'policy.principal.star', message: 'Principal "*" trusts everyone, including {who}', values: { who } } };
  if (!isPlainObject(block)) return { matched: false, exact: false, why: /*i18n*/ { id: 'policy.principal.malformed', message: 'the Principal element is malformed, so it matches no one' } };
  const named: string[] = [];
  const notes: Message[] = [];
  for (const [type, raw] of Object.entries(block)) {
    for (const value of asList(raw as unknown)) {
      if (typeof value !== 'string') continue;
      named.push(`${type}: ${value}`);
      let m: Match = { matched: false, exact: false };
      if (type === 'AWS') m = matchAws(value, p);
      else if (type === 'Federated' && p?.type === 'Federated' && sameId(value, p.id)) {
        m = { matched: true, exact: true, note: /*i18n*/ { id: 'policy.principal.namesProvider', message: 'Federated {value} names the identity provider', values: { value: q(value) }, verbatim: ['value'] } };
      } else if (type === 'Service' && p?.type === 'Service' && sameId(value, p.id)) {
        m = { matched: true, exact: true, note: /*i18n*/ { id: 'policy.principal.namesService', message: 'Service {value} names the calling service', values: { value: q(value) }, verbatim: ['value'] } };
      }
      if (m.matched) return { matched: true, exact: m.exact, why: m.note ?? /*i18n*/ { id: 'policy.principal.matches', message: '{type} {value} matches', values: { type, value }, verbatim: ['type', 'value'] } };
      if (m.note) notes.push(m.note);
    }
  }
  const why: Message =
    named.length > 0
      ? /*i18n*/ { id: 'policy.principal.notNamed', message: 'Principal names {named}, not {who}', values: { named: named.join(', '), who }, verbatim: ['named'] }
      : /*i18n*/ { id: 'policy.principal.namesNoOne', message: 'Principal names no one, not {who}', values: { who } };
  return { matched: false, exact: false, why: withNotes(why, notes) };
}
