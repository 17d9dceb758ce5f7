/**
 * The verdict line's content from the rulebook's findings: the first failing rule (in the order STS
 * establishes them) is the rejection, with STS's predicted code and message; with nothing failing,
 * an unverified signature means "Cannot tell", never "Accepted".
 */
import type { CheckItem } from './CheckList';
import { useEffect } from 'react';
import type { JudgedInput, VerdictAnchor } from './types';
import type { VerdictView } from './VerdictPanel';

/** The cause in a few words, named after the rule that failed (and, for signatures, how it failed). */
function causeTitle(c: CheckItem): string {
  if (c.id === 'signature') {
    if (/digest/i.test(c.detail)) return 'Changed after it was signed (digest mismatch)';
    if (/kid/i.test(c.detail)) return "No key with the token's kid in the issuer's JWKS";
    if (/embedded in the response|only with the certificate/i.test(c.detail)) return 'Signed by a key the provider does not trust';
    return 'The signature does not verify';
  }
  if (c.id === 'expiry' || c.id === 'exp' || c.id === 'session-not-on-or-after') return 'Expired';
  if (c.id === 'aud-client' || c.id === 'aud-present' || c.id === 'recipient' || c.id === 'audience') return 'Wrong audience';
  if (c.id === 'issuer' || c.id === 'iss-provider') return 'Issuer not trusted by the account';
  return `${c.title}: fails`;
}

export type SignatureState = { verified: true; by: string } | { verified: false; missing: string };

export function verdictFromChecks(checks: readonly CheckItem[], signature: SignatureState): VerdictView {
  const failed = checks.find((c) => c.status === 'fail' && c.stsError) ?? checks.find((c) => c.status === 'fail');
  if (failed) {
    return {
      kind: 'rejected',
      code: failed.stsError?.code ?? null,
      message: failed.stsError?.message ?? failed.title,
      causeTitle: causeTitle(failed),
      cause: failed.detail,
      fix: failed.fix ?? null,
    };
  }
  if (!signature.verified) return { kind: 'cannot-tell', missing: signature.missing };
  return { kind: 'accepted', detail: `STS would accept it: every rule checked passes, and the signature verifies with ${signature.by}.` };
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
