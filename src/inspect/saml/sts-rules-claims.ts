/**
 * The assertion-level half of the STS rules (reference §7): subject confirmation, times,
 * audience, NameID, Role pairs and the AWS attributes. Part of evaluateStsRules.
 */
import type { AwsRolePairs, AwsSamlAttributes } from './aws-attributes';
import {
  BEARER_METHOD,
  MAX_SESSION_TAGS,
  MESSAGES,
  isAwsAudience,
  isValidSessionName,
  isValidSourceIdentity,
  parseSessionDuration,
  recipientProblem,
  subjectTypeOf,
  tagProblem,
} from './rules';
import { invalid, type Finding, type StsRuleContext } from './sts-rules-types';
import type { SamlAssertionInfo } from './types';
import { parseSamlInstant } from './xml';

/** NotBefore may be this far in the future before it counts as "not yet valid" (clock drift) [I]. */
const NOT_BEFORE_TOLERANCE_MS = 5 * 60_000;

const secs = (ms: number) => Math.floor(ms / 1000);

function humanDuration(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}

function confirmation(a: SamlAssertionInfo): Finding {
  const title = 'One bearer SubjectConfirmation with NotOnOrAfter and Recipient';
  const scs = a.subjectConfirmations;
  const fail = (detail: string): Finding => ({ id: 'subject-confirmation', status: 'fail', title, detail, error: invalid(`Invalid SAML assertion: ${detail}`), causeId: 'invalid-attribute' });
  if (scs.length !== 1) return fail(`the Subject must have exactly one SubjectConfirmation (found ${scs.length})`);
  const sc = scs[0] as (typeof scs)[number];
  if (sc.method !== BEARER_METHOD) return fail(`SubjectConfirmation Method is "${sc.method ?? '(missing)'}", not ${BEARER_METHOD}`);
  if (!sc.notOnOrAfter) return fail('SubjectConfirmationData has no NotOnOrAfter');
  return { id: 'subject-confirmation', status: 'pass', title, detail: 'Bearer confirmation with NotOnOrAfter and Recipient.' };
}

function recipient(ctx: StsRuleContext, value: string | null): Finding {
  const title = 'Recipient is an AWS sign-in SAML endpoint';
  const problem = recipientProblem(value);
  if (problem) return { id: 'recipient', status: 'fail', title, detail: `${problem}.`, error: invalid(`Invalid SAML assertion: ${problem}`), causeId: 'wrong-recipient' };
  const destination = ctx.info.destination;
  if (destination && destination !== value) return { id: 'recipient', status: 'warn', title, detail: `Recipient "${value}" is fine, but the Response Destination is "${destination}".` };
  return { id: 'recipient', status: 'pass', title, detail: `Recipient "${value}" (it becomes Audience and saml:aud).` };
}

function expiry(ctx: StsRuleContext, a: SamlAssertionInfo): Finding {
  const title = 'Not expired';
  const sources = [a.subjectConfirmations[0]?.notOnOrAfter ?? null, a.conditions?.notOnOrAfter ?? null].filter((v): v is string => v !== null);
  const times: number[] = [];
  for (const v of sources) {
    const t = parseSamlInstant(v);
    if (t === null) return { id: 'expiry', status: 'fail', title, detail: `NotOnOrAfter "${v}" is not a valid xs:dateTime.`, error: invalid(`Invalid SAML assertion: NotOnOrAfter "${v}" is not a valid date/time`), causeId: 'malformed' };
    times.push(t);
  }
  if (times.length === 0) return { id: 'expiry', status: 'fail', title, detail: 'There is no NotOnOrAfter to expire by.', error: invalid('Invalid SAML assertion: SubjectConfirmationData has no NotOnOrAfter'), causeId: 'missing-claim' };
  const exp = Math.min(...times);
  const left = exp - ctx.nowMs;
  if (left <= 0) {
    return {
      id: 'expiry',
      status: 'fail',
      title,
      detail: `Expired ${humanDuration(left)} ago (NotOnOrAfter ${new Date(exp).toISOString()}). IdP assertions usually live 5 minutes: get a fresh one.`,
      error: { code: 'ExpiredTokenException', message: `Token expired: current date/time ${secs(ctx.nowMs)} must be before the expiration date/time${secs(exp)}` },
      causeId: 'expired',
    };
  }
  const skew = Math.abs(ctx.clientSkewMs ?? 0);
  if (skew > 0 && left <= skew) return { id: 'expiry', status: 'warn', title, detail: `Expires in ${humanDuration(left)}, which is within the ${humanDuration(skew)} your clock may differ from AWS's.` };
  return { id: 'expiry', status: 'pass', title, detail: `Valid for another ${humanDuration(left)} (until ${new Date(exp).toISOString()})${skew > 0 ? `; allow for ${humanDuration(skew)} of clock difference` : ''}.` };
}

function notBefore(ctx: StsRuleContext, a: SamlAssertionInfo): Finding | null {
  const nb = parseSamlInstant(a.conditions?.notBefore ?? a.subjectConfirmations[0]?.notBefore ?? null);
  if (nb === null || nb <= ctx.nowMs) return null;
  const title = 'Already valid (NotBefore)';
  const ahead = nb - ctx.nowMs;
  if (ahead <= NOT_BEFORE_TOLERANCE_MS) return { id: 'not-before', status: 'warn', title, detail: `NotBefore is ${humanDuration(ahead)} in the future: the IdP's clock runs ahead; tolerated as clock drift.` };
  return { id: 'not-before', status: 'fail', title, detail: `NotBefore ${new Date(nb).toISOString()} is ${humanDuration(ahead)} in the future.`, error: invalid('Invalid SAML assertion: it is not valid yet (NotBefore is in the future)'), causeId: 'not-yet-valid' };
}

function sessionEnd(ctx: StsRuleContext, a: SamlAssertionInfo): Finding | null {
  const raw = a.authnStatements.find((s) => s.sessionNotOnOrAfter)?.sessionNotOnOrAfter ?? null;
  if (raw === null) return null;
  const title = 'SessionNotOnOrAfter in the future';
  const t = parseSamlInstant(raw);
  if (t === null) return { id: 'session-not-on-or-after', status: 'fail', title, detail: `SessionNotOnOrAfter "${raw}" is not a valid xs:dateTime.`, error: invalid(`Invalid SAML assertion: SessionNotOnOrAfter "${raw}" is not a valid date/time`), causeId: 'malformed' };
  if (t <= ctx.nowMs) return { id: 'session-not-on-or-after', status: 'fail', title, detail: `The IdP session ended ${humanDuration(t - ctx.nowMs)} ago (${raw}).`, error: invalid('Invalid SAML assertion: the AuthnStatement SessionNotOnOrAfter is in the past'), causeId: 'expired' };
  return { id: 'session-not-on-or-after', status: 'pass', title, detail: `The STS session cannot outlast ${new Date(t).toISOString()} (${humanDuration(t - ctx.nowMs)} from now).` };
}

function audience(a: SamlAssertionInfo): Finding {
  const title = 'Audience includes AWS';
  const audiences = a.conditions?.audiences ?? [];
  if (audiences.length === 0) return { id: 'audience', status: 'warn', title, detail: 'No AudienceRestriction. AWS asks for https://signin.aws.amazon.com/saml or urn:amazon:webservices.' };
  if (audiences.some(isAwsAudience)) return { id: 'audience', status: 'pass', title, detail: `Audience ${audiences.join(', ')} (not used for saml:aud, which comes from Recipient).` };
  const detail = `the audience is ${audiences.map((v) => `"${v}"`).join(', ')}, not https://signin.aws.amazon.com/saml or urn:amazon:webservices`;
  return { id: 'audience', status: 'fail', title, detail: `Audience restriction not satisfied: ${detail}.`, error: invalid(`Invalid SAML assertion: ${detail}`), causeId: 'wrong-audience' };
}

function nameId(a: SamlAssertionInfo): Finding {
  const title = 'Subject has a NameID';
  if (!a.nameId || a.nameId.value === '') return { id: 'name-id', status: 'fail', title, detail: 'The Subject has no NameID (STS answers AccessDenied).', error: { code: 'AccessDenied', message: MESSAGES.notAuthorized }, causeId: 'missing-claim' };
  return { id: 'name-id', status: 'pass', title, detail: `Subject "${a.nameId.value}", SubjectType "${subjectTypeOf(a.nameId.format)}".` };
}

function role(ctx: StsRuleContext, roles: AwsRolePairs): Finding {
  const title = 'Role attribute allows this role and provider';
  const denied = { code: 'AccessDenied' as const, message: MESSAGES.notAuthorized };
  const invalidNote = roles.invalid.length ? ` Unusable value(s): ${roles.invalid.map((v) => `"${v.raw}" (${v.reason})`).join('; ')}.` : '';
  if (roles.pairs.length === 0) return { id: 'role', status: 'fail', title, detail: `No valid https://aws.amazon.com/SAML/Attributes/Role value.${invalidNote}`, error: denied, causeId: 'role-not-offered' };
  const list = roles.pairs.map((p) => `${p.roleArn} via ${p.principalArn}`).join('; ');
  if (ctx.roleArn === undefined || ctx.principalArn === undefined) return { id: 'role', status: roles.invalid.length ? 'warn' : 'pass', title, detail: `${roles.pairs.length} role pair(s): ${list}.${invalidNote}` };
  const match = roles.pairs.find((p) => p.roleArn === ctx.roleArn && p.principalArn === ctx.principalArn);
  if (!match) return { id: 'role', status: 'fail', title, detail: `No Role value pairs ${ctx.roleArn} with ${ctx.principalArn}. The assertion offers: ${list}.${invalidNote}`, error: denied, causeId: 'role-not-offered' };
  return { id: 'role', status: 'pass', title, detail: `Pair found (${match.order}).` };
}

function sessionName(attrs: AwsSamlAttributes): Finding {
  const title = 'RoleSessionName present and valid';
  if (attrs.roleSessionName === null) return { id: 'session-name', status: 'fail', title, detail: 'No https://aws.amazon.com/SAML/Attributes/RoleSessionName attribute (the name is case-sensitive).', error: invalid(MESSAGES.sessionNameMissing), causeId: 'missing-claim' };
  if (!isValidSessionName(attrs.roleSessionName)) return { id: 'session-name', status: 'fail', title, detail: `"${attrs.roleSessionName}" must be 2–64 characters of letters, digits and _ + = , . @ - (no spaces).`, error: invalid(MESSAGES.sessionNameInvalid), causeId: 'invalid-attribute' };
  return { id: 'session-name', status: 'pass', title, detail: `"${attrs.roleSessionName}".` };
}

function sessionDuration(ctx: StsRuleContext, attrs: AwsSamlAttributes): Finding | null {
  if (attrs.sessionDuration === null) return null;
  const title = 'SessionDuration 900–43200';
  const d = parseSessionDuration(attrs.sessionDuration);
  if (!d.ok) return { id: 'session-duration', status: 'fail', title, detail: `${d.error}.`, error: invalid('SessionDuration in AuthnResponse must be an integer between 900 and 43200'), causeId: 'invalid-attribute' };
  const asked = ctx.durationSeconds;
  if (asked !== undefined && asked > d.seconds) return { id: 'session-duration', status: 'warn', title, detail: `DurationSeconds ${asked} is cut to the SessionDuration ${d.seconds}: the attribute can only shorten API sessions.` };
  return { id: 'session-duration', status: 'pass', title, detail: `${d.seconds} seconds (it can only shorten an API session).` };
}

function sourceIdentity(attrs: AwsSamlAttributes): Finding | null {
  if (attrs.sourceIdentity === null) return null;
  const title = 'SourceIdentity valid';
  if (!isValidSourceIdentity(attrs.sourceIdentity)) return { id: 'source-identity', status: 'fail', title, detail: `"${attrs.sourceIdentity}" is not 2–64 characters of letters, digits and _ + = , . @ -, or starts with "aws:".`, error: invalid(MESSAGES.sourceIdentityInvalid), causeId: 'invalid-attribute' };
  return { id: 'source-identity', status: 'pass', title, detail: `"${attrs.sourceIdentity}" (the trust policy must allow sts:SetSourceIdentity).` };
}

function principalTags(attrs: AwsSamlAttributes): Finding | null {
  const entries = Object.entries(attrs.principalTags);
  if (entries.length === 0) return null;
  const title = 'PrincipalTag attributes valid';
  const fail = (detail: string, error = invalid(`PrincipalTag attributes in AuthnResponse are invalid: ${detail}`)): Finding => ({ id: 'principal-tags', status: 'fail', title, detail: `${detail}.`, error, causeId: 'invalid-attribute' });
  if (entries.length > MAX_SESSION_TAGS) return fail(`${entries.length} tags; at most ${MAX_SESSION_TAGS} are allowed`);
  const multi = attrs.issues.find((i) => i.startsWith('PrincipalTag:') && i.includes('values'));
  if (multi) return fail(multi.replace(/\.$/, ''));
  for (const [k, v] of entries) {
    const problem = tagProblem(k, v);
    if (problem) return fail(problem);
  }
  const lower = entries.map(([k]) => k.toLowerCase());
  if (new Set(lower).size !== lower.length) return fail('two tag keys differ only by case', { code: 'InvalidParameterValue', message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.' });
  return { id: 'principal-tags', status: 'pass', title, detail: `${entries.length} session tag(s): ${entries.map(([k, v]) => `${k}=${v}`).join(', ')} (the trust policy must allow sts:TagSession).` };
}

function transitiveKeys(attrs: AwsSamlAttributes): Finding | null {
  if (attrs.transitiveTagKeys.length === 0) return null;
  const title = 'TransitiveTagKeys are among the PrincipalTags';
  const tagKeys = new Set(Object.keys(attrs.principalTags).map((k) => k.toLowerCase()));
  const missing = attrs.transitiveTagKeys.filter((k) => !tagKeys.has(k.toLowerCase()));
  if (missing.length > 0) return { id: 'transitive-tag-keys', status: 'fail', title, detail: `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not a PrincipalTag key.`, error: { code: 'InvalidParameterValue', message: 'The specified transitive tag key must be included in the requested tags.' }, causeId: 'invalid-attribute' };
  return { id: 'transitive-tag-keys', status: 'pass', title, detail: `Transitive: ${attrs.transitiveTagKeys.join(', ')}.` };
}

export function assertionFindings(ctx: StsRuleContext, a: SamlAssertionInfo, recipientValue: string | null, roles: AwsRolePairs, attrs: AwsSamlAttributes): Finding[] {
  const out: (Finding | null)[] = [
    confirmation(a),
    recipient(ctx, recipientValue),
    expiry(ctx, a),
    notBefore(ctx, a),
    sessionEnd(ctx, a),
    audience(a),
    nameId(a),
    role(ctx, roles),
    sessionName(attrs),
    sessionDuration(ctx, attrs),
    sourceIdentity(attrs),
    principalTags(attrs),
    transitiveKeys(attrs),
  ];
  return out.filter((f): f is Finding => f !== null);
}
