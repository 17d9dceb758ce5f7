/**
 * The verdict line's content from the rulebook's verdict (inspect/verdict): the same rules the
 * sandbox runs decide; this module only words the cause in a few words and keeps the last answer
 * on screen while the next second's is computed.
 */
import { useEffect, useState } from 'react';
import type { FederationVerdict, VerdictCheck } from '../../inspect/verdict';
import type { CheckItem } from './CheckList';
import type { JudgedInput, VerdictAnchor } from './types';
import { useAsyncResult } from './useAsyncResult';
import type { VerdictView } from './VerdictPanel';

/** The cause in a few words, named after the rule that decided (and, for signatures, how it failed). */
export function causeTitle(c: Pick<VerdictCheck, 'id' | 'detail' | 'title'>): string {
  if (c.id === 'signature' || c.id === 'kid') {
    if (/digest/i.test(c.detail)) return 'Changed after it was signed (digest mismatch)';
    if (/\bkid\b/i.test(c.detail)) return "No key with the token's kid in the issuer's JWKS";
    if (/embedded in the response|not with a certificate from|does not trust|not one of the provider/i.test(c.detail)) return 'Signed by a key the provider does not trust';
    return 'The signature does not verify';
  }
  if (c.id === 'expiry' || c.id === 'exp' || c.id === 'session-not-on-or-after') return 'Expired';
  if (c.id === 'aud-client' || c.id === 'aud-present' || c.id === 'recipient' || c.id === 'audience') return 'Wrong audience';
  if (c.id === 'issuer' || c.id === 'iss-provider') return 'Issuer not trusted by the account';
  return `${c.title}: fails`;
}

/** The rulebook's checks as the check table shows them. */
export const toCheckItems = (checks: readonly VerdictCheck[]): CheckItem[] =>
  checks.map((c) => ({ id: c.id, status: c.status, title: c.title, detail: c.detail, ...(c.error ? { stsError: c.error } : {}), ...(c.fix ? { fix: c.fix } : {}) }));

/** The verdict line for a rulebook verdict. */
export function toVerdictView(v: FederationVerdict): VerdictView {
  if (v.kind === 'accepted') return { kind: 'accepted', detail: 'STS would accept it: every rule passes, and the signature verifies.' };
  if (v.kind === 'cannot-tell') return { kind: 'cannot-tell', missing: `Missing: ${v.missing.join('; ')}.` };
  const decided = v.checks.find((c) => c.id === v.checkId);
  return { kind: 'rejected', code: v.error.code, message: v.error.message, causeTitle: causeTitle(decided ?? { id: v.checkId, detail: v.cause, title: v.checkId }), cause: v.cause, fix: v.fix || null };
}

const REJUDGE_MS = 3000;

/**
 * Runs the rulebook for `inputKey` every few seconds (expiry moves) and keeps the last verdict for the
 * same input on screen meanwhile, so the live region announces changes, not recomputations.
 */
export function useLiveVerdict(inputKey: string, run: ((nowMs: number) => Promise<FederationVerdict>) | null, nowMs: number): FederationVerdict | null {
  // Re-judged every few seconds, not every tick: each run verifies signatures again.
  const bucket = Math.floor(nowMs / REJUDGE_MS);
  const state = useAsyncResult(`${inputKey}\u0000${bucket}`, run ? () => run(nowMs) : null, 0, (e): FederationVerdict => ({ kind: 'cannot-tell', missing: [`the verdict could not be computed (${e instanceof Error ? e.message : String(e)})`], checks: [] }));
  const [last, setLast] = useState<{ key: string; value: FederationVerdict } | null>(null);
  const fresh = state.status === 'done' ? state.value : null;
  if (fresh && (last?.key !== inputKey || last.value !== fresh)) setLast({ key: inputKey, value: fresh });
  if (!run) return null;
  return fresh ?? (last?.key === inputKey ? last.value : null);
}

/** Tells the anchor's listener of a rejection of `input` (once per distinct rejection, not every tick). */
export function useReportRejection(anchor: VerdictAnchor, input: string, verdict: VerdictView | null) {
  const rejected = verdict?.kind === 'rejected' ? verdict : null;
  const judged: JudgedInput | null = rejected ? { input, code: rejected.code, causeTitle: rejected.causeTitle, cause: rejected.cause, fix: rejected.fix } : null;
  const key = judged ? JSON.stringify(judged) : '';
  const { onRejected } = anchor;
  useEffect(() => {
    if (key !== '' && onRejected) onRejected(JSON.parse(key) as JudgedInput);
  }, [key, onRejected]);
}
