/**
 * The verdict line's content from the rulebook's findings: the first failing rule (in the order STS
 * establishes them) is the rejection, with STS's predicted code and message; with nothing failing,
 * an unverified signature means "Cannot tell", never "Accepted".
 */
import type { CheckItem } from './CheckList';
import type { VerdictView } from './VerdictPanel';

export type SignatureState = { verified: true; by: string } | { verified: false; missing: string };

export function verdictFromChecks(checks: readonly CheckItem[], signature: SignatureState): VerdictView {
  const failed = checks.find((c) => c.status === 'fail' && c.stsError) ?? checks.find((c) => c.status === 'fail');
  if (failed) {
    return {
      kind: 'rejected',
      code: failed.stsError?.code ?? null,
      message: failed.stsError?.message ?? failed.title,
      cause: failed.detail,
      fix: failed.fix ?? null,
    };
  }
  if (!signature.verified) return { kind: 'cannot-tell', missing: signature.missing };
  return { kind: 'accepted', detail: `STS would accept it: every rule checked passes, and the signature verifies with ${signature.by}.` };
}
