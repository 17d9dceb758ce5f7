/**
 * The words around the session-policy size meter: the plaintext count STS checks first (policy as
 * written plus the policy ARNs, against 2,048 characters), and what the PackedPolicySize of the
 * last call means next to it.
 */
import { policySize, type PolicySize } from '../../policy/language/size';

const n = (x: number): string => x.toLocaleString('en-US');

export interface SizeReport extends PolicySize {
  policyChars: number;
  arnChars: number;
  /** "1,234 of 2,048 characters": the meter's number and its aria-valuetext. */
  valueText: string;
  /** What the count is made of, and what to do when it is over. */
  detail: string;
}

export function sizeReport(policyText: string, arns: readonly string[]): SizeReport {
  const size = policySize(policyText, [...arns]);
  const arnChars = size.plaintext - policyText.length;
  const parts = arnChars > 0 ? `inline policy ${n(policyText.length)} + policy ARNs ${n(arnChars)}` : 'inline policy, whitespace included';
  let detail = `${parts}.`;
  if (size.over) {
    const by = size.plaintext - size.limit;
    const fix =
      size.minified !== null && size.minified <= size.limit
        ? ` Minify brings it to ${n(size.minified)}.`
        : size.minified !== null
          ? ` Even minified it is ${n(size.minified)}: remove statements or ARNs.`
          : '';
    detail = `${parts}: ${n(by)} over the limit, STS refuses it.${fix}`;
  }
  return { ...size, policyChars: policyText.length, arnChars, valueText: `${n(size.plaintext)} of ${n(size.limit)} characters`, detail };
}

/** The Send bar's message while the session policies are over the plaintext limit, or null. */
export function sizeBlockMessage(policyText: string | undefined, arns: readonly string[]): string | null {
  const r = sizeReport(policyText ?? '', arns);
  if (!r.over) return null;
  const fix = r.minified !== null && r.minified <= r.limit ? ' Minify brings it under.' : '';
  return `Session policies too large: ${n(r.plaintext)} of ${n(r.limit)} characters (inline policy plus policy ARNs).${fix}`;
}

/** PackedPolicySize from the last call, beside the plaintext meter. */
export function packedNote(percent: number): string {
  return (
    `The last call reported PackedPolicySize ${percent}%. That is another limit: STS packs the policies and session tags ` +
    'into a compressed binary form and checks its size against an allowance, so whitespace hardly counts there while tags do. ' +
    'A policy under 2,048 characters can still fail with PackedPolicyTooLarge above 100%.'
  );
}
