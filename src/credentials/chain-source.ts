/**
 * Which keys will sign the next call, as the credential chain sees them: one of this page's sets, long-term
 * keys, temporary keys typed in, or none. Apart from the chain's rules (chain.ts), which load with its banner.
 */
import { isTemporaryKeyId, type CredentialSet } from './credential-set';

/** The keys that will sign the next call. */
export type ChainSource =
  | { kind: 'set'; set: CredentialSet }
  /**
   * Long-term keys (AKIA…): the demo user or keys typed in; the signer's ARN when known (the demo user's),
   * read as an identity by the chain's rules, which load later (the ARN parser is not on the first screen).
   */
  | { kind: 'long-term'; signerArn?: string }
  /** Temporary keys (ASIA…) typed in, not a set of this page. */
  | { kind: 'temporary' }
  | { kind: 'none' };

/** Which ChainSource fits keys typed in Connection, given the sets of this page. */
export function sourceForKeys(sets: readonly CredentialSet[], accessKeyId: string, longTermArn?: string): ChainSource {
  const id = accessKeyId.trim();
  if (!id) return { kind: 'none' };
  const set = sets.find((s) => s.accessKeyId === id);
  if (set) return { kind: 'set', set };
  if (isTemporaryKeyId(id)) return { kind: 'temporary' };
  return { kind: 'long-term', ...(longTermArn ? { signerArn: longTermArn } : {}) };
}
