/**
 * The words around the session-policy size meter: the plaintext count STS checks first (policy as
 * written plus the policy ARNs, against 2,048 characters), and what the PackedPolicySize of the
 * last call means next to it.
 */
import type { Message } from '../../kernel/message';
import { policySize, type PolicySize } from '../../policy/language/size';

export interface SizeReport extends PolicySize {
  policyChars: number;
  arnChars: number;
  /** "1,234 of 2,048 characters": the meter's number and its aria-valuetext. */
  valueText: Message;
  /** What the count is made of, and what to do when it is over. */
  detail: Message;
}

export function sizeReport(policyText: string, arns: readonly string[]): SizeReport {
  const size = policySize(policyText, [...arns]);
  const arnChars = size.plaintext - policyText.length;
  const values = { policy: policyText.length, arns: arnChars, by: size.plaintext - size.limit, minified: size.minified ?? 0 };
  // One message per case (not sentences glued together), so a translation can order each as its language wants.
  const minifyFits = size.minified !== null && size.minified <= size.limit;
  const stillOver = size.minified !== null && !minifyFits;
  let detail: Message;
  if (arnChars > 0) {
    if (!size.over) detail = /*i18n*/ { id: 'policySize.withArns', message: 'inline policy {policy, number} + policy ARNs {arns, number}.', values };
    else if (minifyFits) detail = /*i18n*/ { id: 'policySize.withArns.overMinify', message: 'inline policy {policy, number} + policy ARNs {arns, number}: {by, number} over the limit, STS refuses it. Minify brings it to {minified, number}.', values };
    else if (stillOver) detail = /*i18n*/ { id: 'policySize.withArns.overStill', message: 'inline policy {policy, number} + policy ARNs {arns, number}: {by, number} over the limit, STS refuses it. Even minified it is {minified, number}: remove statements or ARNs.', values };
    else detail = /*i18n*/ { id: 'policySize.withArns.over', message: 'inline policy {policy, number} + policy ARNs {arns, number}: {by, number} over the limit, STS refuses it.', values };
  } else if (!size.over) detail = /*i18n*/ { id: 'policySize.inline', message: 'inline policy, whitespace included.' };
  else if (minifyFits) detail = /*i18n*/ { id: 'policySize.inline.overMinify', message: 'inline policy, whitespace included: {by, number} over the limit, STS refuses it. Minify brings it to {minified, number}.', values };
  else if (stillOver) detail = /*i18n*/ { id: 'policySize.inline.overStill', message: 'inline policy, whitespace included: {by, number} over the limit, STS refuses it. Even minified it is {minified, number}: remove statements or ARNs.', values };
  else detail = /*i18n*/ { id: 'policySize.inline.over', message: 'inline policy, whitespace included: {by, number} over the limit, STS refuses it.', values };
  const valueText: Message = /*i18n*/ { id: 'policySize.value', message: '{size, number} of {limit, number} characters', values: { size: size.plaintext, limit: size.limit } };
  return { ...size, policyChars: policyText.length, arnChars, valueText, detail };
}

/** The Send bar's message while the session policies are over the plaintext limit, or null. */
export function sizeBlockMessage(policyText: string | undefined, arns: readonly string[]): Message | null {
  const r = sizeReport(policyText ?? '', arns);
  if (!r.over) return null;
  const values = { size: r.plaintext, limit: r.limit };
  return r.minified !== null && r.minified <= r.limit
    ? /*i18n*/ { id: 'policySize.blocked.minify', message: 'Session policies too large: {size, number} of {limit, number} characters (inline policy plus policy ARNs). Minify brings it under.', values }
    : /*i18n*/ { id: 'policySize.blocked', message: 'Session policies too large: {size, number} of {limit, number} characters (inline policy plus policy ARNs).', values };
}

/** PackedPolicySize from the last call, beside the plaintext meter. */
export function packedNote(percent: number): Message {
  return /*i18n*/ {
    id: 'policySize.packedNote',
    message:
      'The last call reported {param} {percent}%. That is another limit: STS packs the policies and session tags into a compressed binary form and checks its size against an allowance, so whitespace hardly counts there while tags do. A policy under 2,048 characters can still fail with {code} above 100%.',
    values: { param: 'PackedPolicySize', percent, code: 'PackedPolicyTooLarge' },
    verbatim: ['param', 'code'],
  };
}
