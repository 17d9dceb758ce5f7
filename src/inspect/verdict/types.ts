/**
 * The federation verdict: one answer to "would STS accept this?", computed from the same rulebook
 * the sandbox runs (SAML: inspect/saml/sts-rules.ts; OIDC: inspect/jwt/oidc-rules.ts).
 * Pure data: the UI renders it, the sandbox throws its `rejected.error`.
 */
import type { Words } from '../../kernel/message';
import type { FailureCause } from '../saml/sts-rules-types';

export type { FailureCause };

/** An STS error as it would appear on the wire: exact code and message. */
export interface PredictedStsError {
  code: string;
  message: string;
}

/** pass / fail / warn as before; `unknown` when a check needs something not supplied (a key, the provider). */
export type VerdictCheckStatus = 'pass' | 'fail' | 'warn' | 'unknown';

export interface VerdictCheck {
  /** Stable rule id (e.g. `signature`, `audience`, `exp`). */
  id: string;
  status: VerdictCheckStatus;
  title: Words;
  /** The specific cause, in words (what was found). */
  detail: Words;
  /** What to change so the check passes (fail / warn / unknown). */
  fix?: Words;
  /** For failures: what STS answers. */
  error?: PredictedStsError;
  /** For failures: why, as data (the rulebook's cause id). */
  causeId?: FailureCause;
}

export type FederationVerdict =
  | {
      kind: 'accepted';
      /** Every check, failing first (none fail here), then warnings, then the rest in STS's order. */
      checks: VerdictCheck[];
    }
  | {
      kind: 'rejected';
      /** What STS answers: the first failing check in STS's order. */
      error: PredictedStsError;
      /** The id of the check that decides the rejection. */
      checkId: string;
      /** The specific cause in words (what was found). */
      cause: Words;
      /** The cause as data (digest-mismatch, untrusted-key, unknown-kid, expired, wrong-audience…); null when the rule gave none. */
      causeId: FailureCause | null;
      fix: Words | null;
      checks: VerdictCheck[];
    }
  | {
      kind: 'cannot-tell';
      /** What is missing to tell, e.g. "the IdP's signing certificate (paste the SAML metadata)". */
      missing: Words[];
      checks: VerdictCheck[];
    };

export type FederationKind = 'saml' | 'oidc';
