/** Human-readable rows for a token's claims, with the problems STS would have with them. */
import { parseTagsClaim, sourceIdentityProblem, SOURCE_IDENTITY_CLAIM, TAGS_CLAIM, isIntegerNumericDate } from './aws-claims';
import type { ClaimRow, ClaimsDescription, JsonObject } from './types';

const LABELS: Record<string, string> = {
  iss: 'Issuer',
  sub: 'Subject',
  aud: 'Audience',
  azp: 'Authorized party',
  exp: 'Expires',
  nbf: 'Not before',
  iat: 'Issued at',
  amr: 'Authentication methods',
};

/** "in 59 minutes", "3 hours ago", "now". */
function relativeTime(deltaMs: number): string {
  const abs = Math.abs(deltaMs);
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ];
  if (abs < 1000) return 'now';
  for (const [size, name] of units) {
    if (abs >= size) {
      const n = Math.floor(abs / size);
      const text = `${n} ${name}${n === 1 ? '' : 's'}`;
      return deltaMs > 0 ? `in ${text}` : `${text} ago`;
    }
  }
  return 'now';
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
  const label = LABELS[name] ?? name;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    return { claim: name, label, value: show(v), problem: `${name} must be a NumericDate (whole seconds since 1970 as a JSON number); it is ${show(v)}.` };
  }
  const ms = v * 1000;
  const iso = Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : 'out of range';
  const row: ClaimRow = { claim: name, label, value: `${v} (${iso})`, detail: relativeTime(ms - nowMs) };
  if (!isIntegerNumericDate(v)) row.problem = `${name} is ${v}, not an integer: STS requires whole seconds.`;
  else if (name === 'exp' && ms <= nowMs) row.problem = `The token expired ${relativeTime(ms - nowMs)}.`;
  else if (name === 'nbf' && ms > nowMs) row.problem = `The token is not valid yet (nbf is ${relativeTime(ms - nowMs)}).`;
  else if (name === 'iat' && ms > nowMs + 300_000) row.problem = `iat is ${relativeTime(ms - nowMs)}: issued in the future (clock skew at the IdP?).`;
  return row;
}

function stringOrListRow(name: string, v: unknown, detail?: string): ClaimRow {
  const row: ClaimRow = { claim: name, label: LABELS[name] ?? name, value: Array.isArray(v) ? v.map(show).join(', ') : show(v) };
  if (detail) row.detail = detail;
  const okShape = typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
  if (!okShape) row.problem = `${name} must be a string or a list of strings.`;
  else if (Array.isArray(v) && v.length === 0) row.problem = `${name} is an empty list.`;
  return row;
}

/** Rows for the claims STS reads, then the AWS claims, then every other claim (which STS ignores). */
export function describeClaims(claims: JsonObject, nowMs: number): ClaimsDescription {
  const rows: ClaimRow[] = [];
  const has = (k: string) => Object.prototype.hasOwnProperty.call(claims, k);

  if (has('iss')) {
    const row = stringOrListRow('iss', claims.iss, 'Must equal, case-sensitively, the URL of an IAM OIDC provider in the role\'s account.');
    if (typeof claims.iss !== 'string') row.problem = 'iss must be a string.';
    else if (!claims.iss.startsWith('https://')) row.problem = 'iss does not start with https://, so no IAM OIDC provider can match it.';
    rows.push(row);
  } else rows.push({ claim: 'iss', label: LABELS.iss ?? 'iss', value: '(missing)', problem: 'There is no iss claim: STS cannot find a provider.' });

  if (has('sub')) {
    const row = stringOrListRow('sub', claims.sub, 'Becomes SubjectFromWebIdentityToken and the <provider>:sub condition key.');
    if (typeof claims.sub !== 'string') row.problem = 'sub must be a string.';
    rows.push(row);
  } else rows.push({ claim: 'sub', label: LABELS.sub ?? 'sub', value: '(missing)', problem: 'There is no sub claim.' });

  if (has('aud')) rows.push(stringOrListRow('aud', claims.aud, 'Must be one of the provider\'s client IDs (when it is a list, STS uses azp).'));
  else rows.push({ claim: 'aud', label: LABELS.aud ?? 'aud', value: '(missing)', problem: 'There is no aud claim: STS answers "Missing a required claim: aud".' });

  if (has('azp')) {
    const row = stringOrListRow('azp', claims.azp, 'The client the token was issued to.');
    if (typeof claims.azp !== 'string') row.problem = 'azp must be a string.';
    rows.push(row);
  }
  if (has('exp')) rows.push(timeRow('exp', claims.exp, nowMs));
  else rows.push({ claim: 'exp', label: LABELS.exp ?? 'exp', value: '(missing)', problem: 'There is no exp claim: STS needs one.' });
  if (has('nbf')) rows.push(timeRow('nbf', claims.nbf, nowMs));
  if (has('iat')) rows.push(timeRow('iat', claims.iat, nowMs));
  if (has('amr')) rows.push(stringOrListRow('amr', claims.amr, 'Available as the multi-valued <provider>:amr condition key (Cognito fills it).'));

  if (has(TAGS_CLAIM)) {
    const tags = parseTagsClaim(claims[TAGS_CLAIM]);
    if (tags.ok) {
      const pairs = Object.entries(tags.principalTags).map(([k, v]) => `${k}=${v}`);
      rows.push({ claim: 'principal_tags', label: 'Session tags', value: pairs.join(', ') || '(none)', detail: 'From https://aws.amazon.com/tags; the trust policy must also allow sts:TagSession.' });
      rows.push({ claim: 'transitive_tag_keys', label: 'Transitive tag keys', value: tags.transitiveTagKeys.join(', ') || '(none)', detail: 'These tags follow the session through role chaining.' });
    } else rows.push({ claim: TAGS_CLAIM, label: 'Session tags', value: show(claims[TAGS_CLAIM]), problem: tags.error });
  }
  if (has(SOURCE_IDENTITY_CLAIM)) {
    const row: ClaimRow = { claim: SOURCE_IDENTITY_CLAIM, label: 'Source identity', value: show(claims[SOURCE_IDENTITY_CLAIM]), detail: 'The trust policy must also allow sts:SetSourceIdentity.' };
    const problem = sourceIdentityProblem(claims[SOURCE_IDENTITY_CLAIM]);
    if (problem) row.problem = problem;
    rows.push(row);
  }

  const known = new Set([...Object.keys(LABELS), TAGS_CLAIM, SOURCE_IDENTITY_CLAIM]);
  for (const [k, v] of Object.entries(claims)) {
    if (known.has(k)) continue;
    rows.push({ claim: k, label: k, value: show(v), detail: 'Custom claim: not available as a condition key in trust policies.' });
  }
  const problems = rows.filter((r) => r.problem).map((r) => `${r.claim}: ${r.problem}`);
  return { rows, problems };
}
