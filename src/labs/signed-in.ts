/**
 * The lab placeholders (format.ts's LAB_PLACEHOLDERS) resolved for the user the workbench signs in
 * as: the sandbox's demo user on its own, the attendee's own IAM user in a workshop room. Pure: the
 * page passes what the sandbox's GET /_sandbox/info says (its `demo` user and that user's MFA devices),
 * the test of every lab passes the same answer, so a lab file resolves alike everywhere.
 */
import { LAB_PLACEHOLDERS, type Lab } from './format';

export interface SignedInUser {
  /** The IAM user's ARN. */
  arn: string;
  /** The serial number of the user's first MFA device, if the user has one. */
  mfaSerial: string | null;
}

/** The signed-in user of a sandbox's world summary (GET /_sandbox/info), by shape; null when it names none. */
export function signedInUserOf(info: { demo: { arn: string } | null; accounts: ReadonlyArray<{ users: ReadonlyArray<{ arn: string; mfaDevices: readonly string[] }> }> } | undefined): SignedInUser | null {
  const arn = info?.demo?.arn;
  if (!arn) return null;
  const user = info.accounts.flatMap((a) => a.users).find((u) => u.arn === arn);
  return { arn, mfaSerial: user?.mfaDevices.find((d) => d.startsWith('arn:')) ?? null };
}

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/** The placeholders a string uses that are not known (for the validator). */
export function unknownPlaceholders(text: string): string[] {
  const known: readonly string[] = Object.values(LAB_PLACEHOLDERS);
  return (text.match(PLACEHOLDER) ?? []).filter((p) => !known.includes(p));
}

/** `value` with every placeholder in its strings replaced; a placeholder with no value (no user, no MFA device) stays as written. */
function resolveValue<T>(value: T, who: SignedInUser | null): T {
  if (typeof value === 'string') {
    let s: string = value;
    if (who) s = s.replaceAll(LAB_PLACEHOLDERS.user, who.arn);
    if (who?.mfaSerial) s = s.replaceAll(LAB_PLACEHOLDERS.userMfa, who.mfaSerial);
    return s as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => resolveValue(v, who)) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, who)])) as T;
  return value;
}

/** The lab as `who` does it: its showMe and check values with the placeholders resolved (texts are left as written). */
export function resolveLab(lab: Lab, who: SignedInUser | null): Lab {
  return { ...lab, steps: lab.steps.map((s) => ({ ...s, showMe: resolveValue(s.showMe, who), check: resolveValue(s.check, who) })) };
}

/** The first placeholder left unresolved in a value (Show me refuses to fill one), or null. */
export function unresolvedPlaceholder(value: unknown): string | null {
  const text = JSON.stringify(value) ?? '';
  return text.match(PLACEHOLDER)?.[0] ?? null;
}
