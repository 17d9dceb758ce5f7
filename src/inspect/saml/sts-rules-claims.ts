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
import { englishOf, type Message } from '../../kernel/message';

/** A problem in STS's own words (the wire message's tail), quoted for the reader. */
const stsAnswers = /*i18n*/ { id: 'inspect.saml.stsAnswers', message: 'STS answers: {problem}.', verbatim: ['problem'] };

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
  const title = /*i18n*/ { id: 'inspect.saml.confirmation.title', message: 'One bearer SubjectConfirmation with NotOnOrAfter and Recipient' };
  const scs = a.subjectConfirmations;
  // `wire` is STS's message (English, on the wire); `detail` the same finding for the reader.
  const fail = (wire: string, detail: Message): Finding => ({ id: 'subject-confirmation', status: 'fail', title, detail, error: invalid(`Invalid SAML assertion: ${wire}`), causeId: 'invalid-attribute' });
  if (scs.length !== 1) return fail(`the Subject must have exactly one SubjectConfirmation (found ${scs.length})`, /*i18n*/ { id: 'inspect.saml.confirmation.count', message: 'The Subject must have exactly one SubjectConfirmation (found {count}).', values: { count: scs.length } });
  const sc = scs[0] as (typeof scs)[number];
  const method = sc.method ?? '(missing)';
  if (sc.method !== BEARER_METHOD) return fail(`SubjectConfirmation Method is "${method}", not ${BEARER_METHOD}`, /*i18n*/ { id: 'inspect.saml.confirmation.method', message: 'SubjectConfirmation Method is "{method}", not {bearer}.', values: { method, bearer: BEARER_METHOD }, verbatim: ['method', 'bearer'] });
  if (!sc.notOnOrAfter) return fail('SubjectConfirmationData has no NotOnOrAfter', /*i18n*/ { id: 'inspect.saml.confirmation.noNotOnOrAfter', message: 'SubjectConfirmationData has no NotOnOrAfter.' });
  return { id: 'subject-confirmation', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.confirmation.pass', message: 'Bearer confirmation with NotOnOrAfter and Recipient.' } };
}

function recipient(ctx: StsRuleContext, value: string | null): Finding {
  const title = /*i18n*/ { id: 'inspect.saml.recipient.title', message: 'Recipient is an AWS sign-in SAML endpoint' };
  const problem = recipientProblem(value);
  // The problem is STS's own wording (it is the wire message's tail): quoted as it is.
  if (problem) return { id: 'recipient', status: 'fail', title, detail: { ...stsAnswers, values: { problem } }, error: invalid(`Invalid SAML assertion: ${problem}`), causeId: 'wrong-recipient' };
  const destination = ctx.info.destination;
  if (destination && destination !== value) return { id: 'recipient', status: 'warn', title, detail: /*i18n*/ { id: 'inspect.saml.recipient.destination', message: 'Recipient "{value}" is fine, but the Response Destination is "{destination}".', values: { value: value ?? '', destination }, verbatim: ['value', 'destination'] } };
  return { id: 'recipient', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.recipient.pass', message: 'Recipient "{value}" (it becomes Audience and saml:aud).', values: { value: value ?? '' }, verbatim: ['value'] } };
}

function expiry(ctx: StsRuleContext, a: SamlAssertionInfo): Finding {
  const title = /*i18n*/ { id: 'inspect.saml.expiry.title', message: 'Not expired' };
  const sources = [a.subjectConfirmations[0]?.notOnOrAfter ?? null, a.conditions?.notOnOrAfter ?? null].filter((v): v is string => v !== null);
  const times: number[] = [];
  for (const v of sources) {
    const t = parseSamlInstant(v);
    if (t === null) return { id: 'expiry', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.expiry.invalid', message: 'NotOnOrAfter "{v}" is not a valid xs:dateTime.', values: { v }, verbatim: ['v'] }, error: invalid(`Invalid SAML assertion: NotOnOrAfter "${v}" is not a valid date/time`), causeId: 'malformed' };
    times.push(t);
  }
  if (times.length === 0) return { id: 'expiry', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.expiry.none', message: 'There is no NotOnOrAfter to expire by.' }, error: invalid('Invalid SAML assertion: SubjectConfirmationData has no NotOnOrAfter'), causeId: 'missing-claim' };
  const exp = Math.min(...times);
  const left = exp - ctx.nowMs;
  if (left <= 0) {
    return {
      id: 'expiry',
      status: 'fail',
      title,
      detail: /*i18n*/ { id: 'inspect.saml.expiry.expired', message: 'Expired {ago} ago (NotOnOrAfter {at}). IdP assertions usually live 5 minutes: get a fresh one.', values: { ago: humanDuration(left), at: new Date(exp).toISOString() }, verbatim: ['at'] },
      error: { code: 'ExpiredTokenException', message: `Token expired: current date/time ${secs(ctx.nowMs)} must be before the expiration date/time${secs(exp)}` },
      causeId: 'expired',
    };
  }
  const skew = Math.abs(ctx.clientSkewMs ?? 0);
  if (skew > 0 && left <= skew) return { id: 'expiry', status: 'warn', title, detail: /*i18n*/ { id: 'inspect.saml.expiry.withinSkew', message: "Expires in {left}, which is within the {skew} your clock may differ from AWS's.", values: { left: humanDuration(left), skew: humanDuration(skew) } } };
  const until = new Date(exp).toISOString();
  const detail: Message =
    skew > 0
      ? /*i18n*/ { id: 'inspect.saml.expiry.passSkew', message: 'Valid for another {left} (until {until}); allow for {skew} of clock difference.', values: { left: humanDuration(left), until, skew: humanDuration(skew) }, verbatim: ['until'] }
      : /*i18n*/ { id: 'inspect.saml.expiry.pass', message: 'Valid for another {left} (until {until}).', values: { left: humanDuration(left), until }, verbatim: ['until'] };
  return { id: 'expiry', status: 'pass', title, detail };
}

function notBefore(ctx: StsRuleContext, a: SamlAssertionInfo): Finding | null {
  const nb = parseSamlInstant(a.conditions?.notBefore ?? a.subjectConfirmations[0]?.notBefore ?? null);
  if (nb === null || nb <= ctx.nowMs) return null;
  const title = /*i18n*/ { id: 'inspect.saml.notBefore.title', message: 'Already valid (NotBefore)' };
  const ahead = nb - ctx.nowMs;
  if (ahead <= NOT_BEFORE_TOLERANCE_MS) return { id: 'not-before', status: 'warn', title, detail: /*i18n*/ { id: 'inspect.saml.notBefore.drift', message: "NotBefore is {ahead} in the future: the IdP's clock runs ahead; tolerated as clock drift.", values: { ahead: humanDuration(ahead) } } };
  return { id: 'not-before', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.notBefore.future', message: 'NotBefore {at} is {ahead} in the future.', values: { at: new Date(nb).toISOString(), ahead: humanDuration(ahead) }, verbatim: ['at'] }, error: invalid('Invalid SAML assertion: it is not valid yet (NotBefore is in the future)'), causeId: 'not-yet-valid' };
}

function sessionEnd(ctx: StsRuleContext, a: SamlAssertionInfo): Finding | null {
  const raw = a.authnStatements.find((s) => s.sessionNotOnOrAfter)?.sessionNotOnOrAfter ?? null;
  if (raw === null) return null;
  const title = /*i18n*/ { id: 'inspect.saml.sessionEnd.title', message: 'SessionNotOnOrAfter in the future' };
  const t = parseSamlInstant(raw);
  if (t === null) return { id: 'session-not-on-or-after', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.sessionEnd.invalid', message: 'SessionNotOnOrAfter "{raw}" is not a valid xs:dateTime.', values: { raw }, verbatim: ['raw'] }, error: invalid(`Invalid SAML assertion: SessionNotOnOrAfter "${raw}" is not a valid date/time`), causeId: 'malformed' };
  if (t <= ctx.nowMs) return { id: 'session-not-on-or-after', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.sessionEnd.ended', message: 'The IdP session ended {ago} ago ({raw}).', values: { ago: humanDuration(t - ctx.nowMs), raw }, verbatim: ['raw'] }, error: invalid('Invalid SAML assertion: the AuthnStatement SessionNotOnOrAfter is in the past'), causeId: 'expired' };
  return { id: 'session-not-on-or-after', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.sessionEnd.pass', message: 'The STS session cannot outlast {at} ({left} from now).', values: { at: new Date(t).toISOString(), left: humanDuration(t - ctx.nowMs) }, verbatim: ['at'] } };
}

function audience(a: SamlAssertionInfo): Finding {
  const title = /*i18n*/ { id: 'inspect.saml.audience.title', message: 'Audience includes AWS' };
  const audiences = a.conditions?.audiences ?? [];
  if (audiences.length === 0) return { id: 'audience', status: 'warn', title, detail: /*i18n*/ { id: 'inspect.saml.audience.none', message: 'No AudienceRestriction. AWS asks for https://signin.aws.amazon.com/saml or urn:amazon:webservices.' } };
  if (audiences.some(isAwsAudience)) return { id: 'audience', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.audience.pass', message: 'Audience {audiences} (not used for saml:aud, which comes from Recipient).', values: { audiences: audiences.join(', ') }, verbatim: ['audiences'] } };
  const quoted = audiences.map((v) => `"${v}"`).join(', ');
  const wire = `the audience is ${quoted}, not https://signin.aws.amazon.com/saml or urn:amazon:webservices`;
  const detail = /*i18n*/ { id: 'inspect.saml.audience.fail', message: 'Audience restriction not satisfied: the audience is {quoted}, not https://signin.aws.amazon.com/saml or urn:amazon:webservices.', values: { quoted }, verbatim: ['quoted'] };
  return { id: 'audience', status: 'fail', title, detail, error: invalid(`Invalid SAML assertion: ${wire}`), causeId: 'wrong-audience' };
}

function nameId(a: SamlAssertionInfo): Finding {
  const title = /*i18n*/ { id: 'inspect.saml.nameId.title', message: 'Subject has a NameID' };
  if (!a.nameId || a.nameId.value === '') return { id: 'name-id', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.nameId.missing', message: 'The Subject has no NameID (STS answers AccessDenied).' }, error: { code: 'AccessDenied', message: MESSAGES.notAuthorized }, causeId: 'missing-claim' };
  return { id: 'name-id', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.nameId.pass', message: 'Subject "{subject}", SubjectType "{subjectType}".', values: { subject: a.nameId.value, subjectType: subjectTypeOf(a.nameId.format) }, verbatim: ['subject', 'subjectType'] } };
}

function role(ctx: StsRuleContext, roles: AwsRolePairs): Finding {
  const title = /*i18n*/ { id: 'inspect.saml.role.title', message: 'Role attribute allows this role and provider' };
  const denied = { code: 'AccessDenied' as const, message: MESSAGES.notAuthorized };
  // The unusable values, quoted as sent with the parser's reason (English), and the pairs as ARNs.
  const unusable = roles.invalid.map((v) => `"${v.raw}" (${englishOf(v.reason)})`).join('; ');
  const list = roles.pairs.map((p) => `${p.roleArn} → ${p.principalArn}`).join('; ');
  if (roles.pairs.length === 0) {
    const detail: Message = unusable
      ? /*i18n*/ { id: 'inspect.saml.role.noneUnusable', message: 'No valid https://aws.amazon.com/SAML/Attributes/Role value. Unusable values: {unusable}.', values: { unusable }, verbatim: ['unusable'] }
      : /*i18n*/ { id: 'inspect.saml.role.none', message: 'No valid https://aws.amazon.com/SAML/Attributes/Role value.' };
    return { id: 'role', status: 'fail', title, detail, error: denied, causeId: 'role-not-offered' };
  }
  if (ctx.roleArn === undefined || ctx.principalArn === undefined) {
    const detail: Message = unusable
      ? /*i18n*/ { id: 'inspect.saml.role.pairsUnusable', message: '{count, plural, one {# role pair} other {# role pairs}}: {list}. Unusable values: {unusable}.', values: { count: roles.pairs.length, list, unusable }, verbatim: ['list', 'unusable'] }
      : /*i18n*/ { id: 'inspect.saml.role.pairs', message: '{count, plural, one {# role pair} other {# role pairs}}: {list}.', values: { count: roles.pairs.length, list }, verbatim: ['list'] };
    return { id: 'role', status: roles.invalid.length ? 'warn' : 'pass', title, detail };
  }
  const match = roles.pairs.find((p) => p.roleArn === ctx.roleArn && p.principalArn === ctx.principalArn);
  if (!match) return { id: 'role', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.role.notOffered', message: 'No Role value pairs {roleArn} with {principalArn}. The assertion offers: {list}.', values: { roleArn: ctx.roleArn, principalArn: ctx.principalArn, list }, verbatim: ['roleArn', 'principalArn', 'list'] }, error: denied, causeId: 'role-not-offered' };
  return { id: 'role', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.role.pass', message: 'Pair found ({order}).', values: { order: match.order }, verbatim: ['order'] } };
}

function sessionName(attrs: AwsSamlAttributes): Finding {
  const title = /*i18n*/ { id: 'inspect.saml.sessionName.title', message: 'RoleSessionName present and valid' };
  if (attrs.roleSessionName === null) return { id: 'session-name', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.sessionName.missing', message: 'No https://aws.amazon.com/SAML/Attributes/RoleSessionName attribute (the name is case-sensitive).' }, error: invalid(MESSAGES.sessionNameMissing), causeId: 'missing-claim' };
  if (!isValidSessionName(attrs.roleSessionName)) return { id: 'session-name', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.sessionName.invalid', message: '"{name}" must be 2–64 characters of letters, digits and _ + = , . @ - (no spaces).', values: { name: attrs.roleSessionName }, verbatim: ['name'] }, error: invalid(MESSAGES.sessionNameInvalid), causeId: 'invalid-attribute' };
  return { id: 'session-name', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.sessionName.pass', message: '"{name}".', values: { name: attrs.roleSessionName }, verbatim: ['name'] } };
}

function sessionDuration(ctx: StsRuleContext, attrs: AwsSamlAttributes): Finding | null {
  if (attrs.sessionDuration === null) return null;
  const title = /*i18n*/ { id: 'inspect.saml.sessionDuration.title', message: 'SessionDuration 900–43200' };
  const d = parseSessionDuration(attrs.sessionDuration);
  if (!d.ok) return { id: 'session-duration', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.sessionDuration.invalid', message: 'SessionDuration "{value}" is not a whole number of seconds between 900 and 43200.', values: { value: attrs.sessionDuration }, verbatim: ['value'] }, error: invalid('SessionDuration in AuthnResponse must be an integer between 900 and 43200'), causeId: 'invalid-attribute' };
  const asked = ctx.durationSeconds;
  if (asked !== undefined && asked > d.seconds) return { id: 'session-duration', status: 'warn', title, detail: /*i18n*/ { id: 'inspect.saml.sessionDuration.cut', message: 'DurationSeconds {asked} is cut to the SessionDuration {seconds}: the attribute can only shorten API sessions.', values: { asked, seconds: d.seconds } } };
  return { id: 'session-duration', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.sessionDuration.pass', message: '{seconds} seconds (it can only shorten an API session).', values: { seconds: d.seconds } } };
}

function sourceIdentity(attrs: AwsSamlAttributes): Finding | null {
  if (attrs.sourceIdentity === null) return null;
  const title = /*i18n*/ { id: 'inspect.saml.sourceIdentity.title', message: 'SourceIdentity valid' };
  if (!isValidSourceIdentity(attrs.sourceIdentity)) return { id: 'source-identity', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.sourceIdentity.invalid', message: '"{value}" is not 2–64 characters of letters, digits and _ + = , . @ -, or starts with "aws:".', values: { value: attrs.sourceIdentity }, verbatim: ['value'] }, error: invalid(MESSAGES.sourceIdentityInvalid), causeId: 'invalid-attribute' };
  return { id: 'source-identity', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.sourceIdentity.pass', message: '"{value}" (the trust policy must allow sts:SetSourceIdentity).', values: { value: attrs.sourceIdentity }, verbatim: ['value'] } };
}

function principalTags(attrs: AwsSamlAttributes): Finding | null {
  const entries = Object.entries(attrs.principalTags);
  if (entries.length === 0) return null;
  const title = /*i18n*/ { id: 'inspect.saml.principalTags.title', message: 'PrincipalTag attributes valid' };
  // `wire` is the tail of STS's message (English); `detail` says it to the reader. A problem worded by
  // the tag rules (STS's constraint text) is quoted as it is.
  const fail = (wire: string, detail: Message, error = invalid(`PrincipalTag attributes in AuthnResponse are invalid: ${wire}`)): Finding => ({ id: 'principal-tags', status: 'fail', title, detail, error, causeId: 'invalid-attribute' });
  const quoted = (problem: string): Message => ({ ...stsAnswers, values: { problem } });
  if (entries.length > MAX_SESSION_TAGS) return fail(`${entries.length} tags; at most ${MAX_SESSION_TAGS} are allowed`, /*i18n*/ { id: 'inspect.saml.principalTags.tooMany', message: '{count} tags; at most {max} are allowed.', values: { count: entries.length, max: MAX_SESSION_TAGS } });
  const multi = attrs.issues.find((i) => i.startsWith('PrincipalTag:') && i.includes('values'));
  if (multi) return fail(multi.replace(/\.$/, ''), quoted(multi.replace(/\.$/, '')));
  for (const [k, v] of entries) {
    const problem = tagProblem(k, v);
    if (problem) return fail(problem, quoted(problem));
  }
  const lower = entries.map(([k]) => k.toLowerCase());
  if (new Set(lower).size !== lower.length) return fail('two tag keys differ only by case', /*i18n*/ { id: 'inspect.saml.principalTags.caseDuplicate', message: 'Two tag keys differ only by case.' }, { code: 'InvalidParameterValue', message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.' });
  const tags = entries.map(([k, v]) => `${k}=${v}`).join(', ');
  return { id: 'principal-tags', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.principalTags.pass', message: '{count, plural, one {# session tag} other {# session tags}}: {tags} (the trust policy must allow sts:TagSession).', values: { count: entries.length, tags }, verbatim: ['tags'] } };
}

function transitiveKeys(attrs: AwsSamlAttributes): Finding | null {
  if (attrs.transitiveTagKeys.length === 0) return null;
  const title = /*i18n*/ { id: 'inspect.saml.transitive.title', message: 'TransitiveTagKeys are among the PrincipalTags' };
  const tagKeys = new Set(Object.keys(attrs.principalTags).map((k) => k.toLowerCase()));
  const missing = attrs.transitiveTagKeys.filter((k) => !tagKeys.has(k.toLowerCase()));
  if (missing.length > 0) return { id: 'transitive-tag-keys', status: 'fail', title, detail: /*i18n*/ { id: 'inspect.saml.transitive.missing', message: '{count, plural, one {{keys} is not a PrincipalTag key.} other {{keys} are not PrincipalTag keys.}}', values: { count: missing.length, keys: missing.join(', ') }, verbatim: ['keys'] }, error: { code: 'InvalidParameterValue', message: 'The specified transitive tag key must be included in the requested tags.' }, causeId: 'invalid-attribute' };
  return { id: 'transitive-tag-keys', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.saml.transitive.pass', message: 'Transitive: {keys}.', values: { keys: attrs.transitiveTagKeys.join(', ') }, verbatim: ['keys'] } };
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
