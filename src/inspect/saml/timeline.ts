/**
 * Every instant a SAML Response carries, labelled, and what they say about clocks: an assertion
 * lives a few minutes, so a few minutes of difference between the IdP, this machine and AWS decide
 * whether STS calls it expired or not yet valid.
 */
import type { Message } from '../../kernel/message';
import { primaryAssertion } from './primary-assertion';
import type { SamlResponseInfo } from './types';
import { parseSamlInstant } from './xml';

export interface SamlInstant {
  id: string;
  label: string;
  /** As written in the XML. */
  raw: string;
  /** Milliseconds since the epoch; null when the value is not a valid xs:dateTime. */
  ms: number | null;
  /** 'expires' instants get a countdown; 'starts' say whether they have begun. */
  kind: 'issued' | 'starts' | 'expires';
}

/** The instants of the Response and of the assertion AWS reads, in document order. */
export function samlInstants(info: SamlResponseInfo): SamlInstant[] {
  const out: SamlInstant[] = [];
  const add = (id: string, label: string, raw: string | null, kind: SamlInstant['kind']) => {
    if (raw !== null && raw !== '') out.push({ id, label, raw, ms: parseSamlInstant(raw), kind });
  };
  add('response-issue', 'Response IssueInstant', info.issueInstant, 'issued');
  const a = primaryAssertion(info);
  if (!a) return out;
  add('assertion-issue', 'Assertion IssueInstant', a.issueInstant, 'issued');
  a.subjectConfirmations.forEach((sc, i) => {
    const n = a.subjectConfirmations.length > 1 ? ` #${i + 1}` : '';
    add(`sc-not-before-${i}`, `SubjectConfirmationData${n} NotBefore`, sc.notBefore, 'starts');
    add(`sc-not-on-or-after-${i}`, `SubjectConfirmationData${n} NotOnOrAfter`, sc.notOnOrAfter, 'expires');
  });
  add('conditions-not-before', 'Conditions NotBefore', a.conditions?.notBefore ?? null, 'starts');
  add('conditions-not-on-or-after', 'Conditions NotOnOrAfter', a.conditions?.notOnOrAfter ?? null, 'expires');
  a.authnStatements.forEach((s, i) => {
    const n = a.authnStatements.length > 1 ? ` #${i + 1}` : '';
    add(`authn-instant-${i}`, `AuthnStatement${n} AuthnInstant`, s.authnInstant, 'issued');
    add(`session-not-on-or-after-${i}`, `AuthnStatement${n} SessionNotOnOrAfter`, s.sessionNotOnOrAfter, 'expires');
  });
  return out;
}

const FUTURE_TOLERANCE_MS = 5000;

function span(ms: number): Message {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return /*i18n*/ { id: 'saml.time.seconds', message: '{seconds, plural, one {# second} other {# seconds}}', values: { seconds: s } };
  if (s < 3600) return /*i18n*/ { id: 'saml.time.minutes', message: '{minutes} min {seconds} s', values: { minutes: Math.floor(s / 60), seconds: s % 60 } };
  return /*i18n*/ { id: 'saml.time.hours', message: '{hours} h {minutes} min', values: { hours: Math.floor(s / 3600), minutes: Math.floor((s % 3600) / 60) } };
}

/**
 * Notes about clock skew: how long the assertion lives, whether it was issued "in the future" by
 * the clock in use, and which clock that is: the sandbox's (`sameClockAsSts`, the clock STS itself
 * judges by) or this browser's.
 */
export function clockSkewNotes(info: SamlResponseInfo, nowMs: number, sameClockAsSts = false): Message[] {
  const notes: Message[] = [];
  const clock = sameClockAsSts ? 'sandbox' : 'browser';
  const instants = samlInstants(info);
  const issued = instants.find((i) => i.id === 'assertion-issue')?.ms ?? instants.find((i) => i.id === 'response-issue')?.ms ?? null;
  const expiries = instants.filter((i) => i.kind === 'expires' && !i.id.startsWith('session') && i.ms !== null).map((i) => i.ms as number);
  const expires = expiries.length > 0 ? Math.min(...expiries) : null;
  if (issued !== null && expires !== null && expires > issued) {
    notes.push(/*i18n*/ { id: 'saml.time.lifetime', message: 'The assertion is valid for {span} after it was issued; a clock difference of that size between the IdP, this machine and AWS is enough to make STS call it expired.', values: { span: span(expires - issued) } });
  }
  // A few seconds are rounding and transit, not skew.
  if (issued !== null && issued > nowMs + FUTURE_TOLERANCE_MS) {
    notes.push(/*i18n*/ { id: 'saml.time.future', message: 'It was issued {span} in the future by {clock, select, sandbox {the sandbox clock} other {this browser’s clock}}: the IdP’s clock runs ahead (or this one behind). AWS judges with its own, NTP-synchronised clock.', values: { span: span(issued - nowMs), clock } });
  }
  notes.push(
    sameClockAsSts
      ? /*i18n*/ { id: 'saml.time.judgedSandbox', message: 'Times are judged here by the sandbox clock, the clock the sandbox’s STS uses too.' }
      : /*i18n*/ { id: 'saml.time.judgedBrowser', message: 'Times are judged here by this browser’s clock; STS uses AWS’s clock.' },
  );
  return notes;
}
