/** Human-readable rows for a token's claims, with the problems STS would have with them. */
import type { Message } from '../../kernel/message';
import { parseTagsClaim, sourceIdentityProblem, SOURCE_IDENTITY_CLAIM, TAGS_CLAIM, isIntegerNumericDate } from './aws-claims';
import type { ClaimRow, ClaimsDescription, JsonObject } from './types';

const LABELS: Record<string, Message> = {
  iss: /*i18n*/ { id: 'jwt.claim.iss', message: 'Issuer' },
  sub: /*i18n*/ { id: 'jwt.claim.sub', message: 'Subject' },
  aud: /*i18n*/ { id: 'jwt.claim.aud', message: 'Audience' },
  azp: /*i18n*/ { id: 'jwt.claim.azp', message: 'Authorized party' },
  exp: /*i18n*/ { id: 'jwt.claim.exp', message: 'Expires' },
  nbf: /*i18n*/ { id: 'jwt.claim.nbf', message: 'Not before' },
  iat: /*i18n*/ { id: 'jwt.claim.iat', message: 'Issued at' },
  amr: /*i18n*/ { id: 'jwt.claim.amr', message: 'Authentication methods' },
};

const MISSING: Message = /*i18n*/ { id: 'jwt.claim.missing', message: '(missing)' };
const NONE: Message = /*i18n*/ { id: 'jwt.claim.none', message: '(none)' };

type Unit = 'day' | 'hour' | 'minute' | 'second';

function relative(n: number, unit: Unit, future: boolean): Message {
  const values = { n };
  if (future) {
    if (unit === 'day') return /*i18n*/ { id: 'jwt.time.inDays', message: '{n, plural, one {in # day} other {in # days}}', values };
    if (unit === 'hour') return /*i18n*/ { id: 'jwt.time.inHours', message: '{n, plural, one {in # hour} other {in # hours}}', values };
    if (unit === 'minute') return /*i18n*/ { id: 'jwt.time.inMinutes', message: '{n, plural, one {in # minute} other {in # minutes}}', values };
    return /*i18n*/ { id: 'jwt.time.inSeconds', message: '{n, plural, one {in # second} other {in # seconds}}', values };
  }
  if (unit === 'day') return /*i18n*/ { id: 'jwt.time.daysAgo', message: '{n, plural, one {# day ago} other {# days ago}}', values };
  if (unit === 'hour') return /*i18n*/ { id: 'jwt.time.hoursAgo', message: '{n, plural, one {# hour ago} other {# hours ago}}', values };
  if (unit === 'minute') return /*i18n*/ { id: 'jwt.time.minutesAgo', message: '{n, plural, one {# minute ago} other {# minutes ago}}', values };
  return /*i18n*/ { id: 'jwt.time.secondsAgo', message: '{n, plural, one {# second ago} other {# seconds ago}}', values };
}

/** "in 59 minutes", "3 hours ago", "now". */
function relativeTime(deltaMs: number): Message {
  const abs = Math.abs(deltaMs);
  const units: [number, Unit][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ];
  for (const [size, unit] of units) if (abs >= size) return relative(Math.floor(abs / size), unit, deltaMs > 0);
  return /*i18n*/ { id: 'jwt.time.now', message: 'now' };
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function timeRow(name: 'exp' | 'nbf' | 'iat', v: unknown, nowMs: number): ClaimRow {
  const label = LABELS[name];
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    return { claim: name, label, value: show(v), problem: /*i18n*/ { id: 'jwt.claim.notNumericDate', message: '{claim} must be a NumericDate (whole seconds since 1970 as a JSON number); it is {value}.', values: { claim: name, value: show(v) }, verbatim: ['claim', 'value'] } };
  }
  const ms = v * 1000;
  const row: ClaimRow = { claim: name, label, value: Math.abs(ms) <= 8.64e15 ? `${v} (${new Date(ms).toISOString()})` : String(v), detail: relativeTime(ms - nowMs) };
  if (!isIntegerNumericDate(v)) row.problem = /*i18n*/ { id: 'jwt.claim.notInteger', message: '{claim} is {value}, not an integer: STS requires whole seconds.', values: { claim: name, value: v }, verbatim: ['claim', 'value'] };
  else if (name === 'exp' && ms <= nowMs) row.problem = /*i18n*/ { id: 'jwt.claim.expired', message: 'The token has expired.' };
  else if (name === 'nbf' && ms > nowMs) row.problem = /*i18n*/ { id: 'jwt.claim.notYetValid', message: 'The token is not valid yet (nbf is in the future).' };
  else if (name === 'iat' && ms > nowMs + 300_000) row.problem = /*i18n*/ { id: 'jwt.claim.issuedInFuture', message: 'iat is in the future: issued in the future (clock skew at the IdP?).' };
  return row;
}

function stringOrListRow(name: string, v: unknown, detail?: Message): ClaimRow {
  const label = LABELS[name];
  const row: ClaimRow = { claim: name, ...(label ? { label } : {}), value: Array.isArray(v) ? v.map(show).join(', ') : show(v) };
  if (detail) row.detail = detail;
  const okShape = typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
  if (!okShape) row.problem = /*i18n*/ { id: 'jwt.claim.notStringOrList', message: '{claim} must be a string or a list of strings.', values: { claim: name }, verbatim: ['claim'] };
  else if (Array.isArray(v) && v.length === 0) row.problem = /*i18n*/ { id: 'jwt.claim.emptyList', message: '{claim} is an empty list.', values: { claim: name }, verbatim: ['claim'] };
  return row;
}

function notString(claim: string): Message {
  return /*i18n*/ { id: 'jwt.claim.notString', message: '{claim} must be a string.', values: { claim }, verbatim: ['claim'] };
}

/** Rows for the claims STS reads, then the AWS claims, then every other claim (which STS ignores). */
export function describeClaims(claims: JsonObject, nowMs: number): ClaimsDescription {
  const rows: ClaimRow[] = [];
  const has = (k: string) => Object.prototype.hasOwnProperty.call(claims, k);
  const missing = (claim: 'iss' | 'sub' | 'aud' | 'exp', problem: Message): ClaimRow => ({ claim, label: LABELS[claim], value: MISSING, problem });

  if (has('iss')) {
    const row = stringOrListRow('iss', claims.iss, /*i18n*/ { id: 'jwt.claim.iss.detail', message: "Must equal, case-sensitively, the URL of an IAM OIDC provider in the role's account." });
    if (typeof claims.iss !== 'string') row.problem = notString('iss');
    else if (!claims.iss.startsWith('https://')) row.problem = /*i18n*/ { id: 'jwt.claim.iss.notHttps', message: 'iss does not start with https://, so no IAM OIDC provider can match it.' };
    rows.push(row);
  } else rows.push(missing('iss', /*i18n*/ { id: 'jwt.claim.iss.missing', message: 'There is no iss claim: STS cannot find a provider.' }));

  if (has('sub')) {
    const row = stringOrListRow('sub', claims.sub, /*i18n*/ { id: 'jwt.claim.sub.detail', message: 'Becomes {field} and the {key} condition key.', values: { field: 'SubjectFromWebIdentityToken', key: '<provider>:sub' }, verbatim: ['field', 'key'] });
    if (typeof claims.sub !== 'string') row.problem = notString('sub');
    rows.push(row);
  } else rows.push(missing('sub', /*i18n*/ { id: 'jwt.claim.sub.missing', message: 'There is no sub claim.' }));

  if (has('aud')) rows.push(stringOrListRow('aud', claims.aud, /*i18n*/ { id: 'jwt.claim.aud.detail', message: "Must be one of the provider's client IDs (when it is a list, STS uses azp)." }));
  else rows.push(missing('aud', /*i18n*/ { id: 'jwt.claim.aud.missing', message: 'There is no aud claim: STS answers “{message}”.', values: { message: 'Missing a required claim: aud' }, verbatim: ['message'] }));

  if (has('azp')) {
    const row = stringOrListRow('azp', claims.azp, /*i18n*/ { id: 'jwt.claim.azp.detail', message: 'The client the token was issued to.' });
    if (typeof claims.azp !== 'string') row.problem = notString('azp');
    rows.push(row);
  }
  if (has('exp')) rows.push(timeRow('exp', claims.exp, nowMs));
  else rows.push(missing('exp', /*i18n*/ { id: 'jwt.claim.exp.missing', message: 'There is no exp claim: STS needs one.' }));
  if (has('nbf')) rows.push(timeRow('nbf', claims.nbf, nowMs));
  if (has('iat')) rows.push(timeRow('iat', claims.iat, nowMs));
  if (has('amr')) rows.push(stringOrListRow('amr', claims.amr, /*i18n*/ { id: 'jwt.claim.amr.detail', message: 'Available as the multi-valued {key} condition key (Cognito fills it).', values: { key: '<provider>:amr' }, verbatim: ['key'] }));

  if (has(TAGS_CLAIM)) {
    const tags = parseTagsClaim(claims[TAGS_CLAIM]);
    const label: Message = /*i18n*/ { id: 'jwt.claim.tags', message: 'Session tags' };
    if (tags.ok) {
      const pairs = Object.entries(tags.principalTags).map(([k, v]) => `${k}=${v}`);
      rows.push({ claim: 'principal_tags', label, value: pairs.join(', ') || NONE, detail: /*i18n*/ { id: 'jwt.claim.tags.detail', message: 'From {claim}; the trust policy must also allow {action}.', values: { claim: TAGS_CLAIM, action: 'sts:TagSession' }, verbatim: ['claim', 'action'] } });
      rows.push({ claim: 'transitive_tag_keys', label: /*i18n*/ { id: 'jwt.claim.transitive', message: 'Transitive tag keys' }, value: tags.transitiveTagKeys.join(', ') || NONE, detail: /*i18n*/ { id: 'jwt.claim.transitive.detail', message: 'These tags follow the session through role chaining.' } });
    } else rows.push({ claim: TAGS_CLAIM, label, value: show(claims[TAGS_CLAIM]), problem: tags.error });
  }
  if (has(SOURCE_IDENTITY_CLAIM)) {
    const row: ClaimRow = {
      claim: SOURCE_IDENTITY_CLAIM,
      label: /*i18n*/ { id: 'jwt.claim.sourceIdentity', message: 'Source identity' },
      value: show(claims[SOURCE_IDENTITY_CLAIM]),
      detail: /*i18n*/ { id: 'jwt.claim.sourceIdentity.detail', message: 'The trust policy must also allow {action}.', values: { action: 'sts:SetSourceIdentity' }, verbatim: ['action'] },
    };
    const problem = sourceIdentityProblem(claims[SOURCE_IDENTITY_CLAIM]);
    if (problem) row.problem = problem;
    rows.push(row);
  }

  const known = new Set([...Object.keys(LABELS), TAGS_CLAIM, SOURCE_IDENTITY_CLAIM]);
  for (const [k, v] of Object.entries(claims)) {
    if (known.has(k)) continue;
    rows.push({ claim: k, value: show(v), detail: /*i18n*/ { id: 'jwt.claim.custom.detail', message: 'Custom claim: not available as a condition key in trust policies.' } });
  }
  const problems = rows.flatMap((r) => (r.problem ? [{ claim: r.claim, problem: r.problem }] : []));
  return { rows, problems };
}
