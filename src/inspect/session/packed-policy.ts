/**
 * PackedPolicySize: the session policy, the managed policy ARNs and the session tags in STS's
 * "packed binary format", as a whole percent of the allowance (reference §2.14). AWS does not
 * publish the format; this is a documented model fitted to the recorded data points. The model,
 * its fit and what stays unknown: packed-policy.md beside this file. Pure: the sandbox throws the
 * error it finds, the federation verdict predicts it (inspect/verdict/session-step.ts).
 */
import type { StsRuleError } from './session-rules';

/** The allowance, in packed bytes, that 100% stands for. */
const PACKED_ALLOWANCE_BYTES = 512;

/** Words of the policy grammar, packed as one-byte tokens. */
const GRAMMAR_TOKENS: ReadonlySet<string> = new Set([
  'Version', 'Id', 'Statement', 'Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction',
  'Resource', 'NotResource', 'Condition', 'Allow', 'Deny', '2012-10-17', '2008-10-17',
  'AWS', 'Federated', 'Service', 'CanonicalUser',
]);

/** How long a shared beginning must be before the packing refers back to it instead of spelling it out. */
const MIN_SHARED_PREFIX = 3;

/**
 * The strings packed so far, as a trie: a string seen before costs 1 byte (a back-reference); one that
 * begins like an earlier string (at least 3 characters in common) costs 2 bytes (reference and length)
 * plus the UTF-8 bytes of the rest; any other costs its UTF-8 bytes plus a length byte. Each string is
 * walked once, so packing is linear in the input.
 */
class Dictionary {
  private readonly root = new Map<string, TrieNode>();
  private readonly encoder = new TextEncoder();

  cost(piece: string): number {
    // Walk (and extend) the trie: `shared` is how far the piece matches an earlier one.
    let level = this.root;
    let shared = 0;
    let matching = true;
    let node: TrieNode | undefined;
    for (const ch of piece) {
      node = level.get(ch);
      if (node && matching) shared += ch.length;
      else {
        matching = false;
        if (!node) {
          node = { next: new Map(), end: false };
          level.set(ch, node);
        }
      }
      level = node.next;
    }
    // The empty string has no node; it costs its length byte every time.
    if (!node) return 1;
    if (node.end) return 1;
    node.end = true;
    if (shared >= MIN_SHARED_PREFIX) return 2 + this.encoder.encode(piece.slice(shared)).length;
    return 1 + this.encoder.encode(piece).length;
  }
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/** A policy string: a grammar token, an ARN (whole), or `prefix:rest` (service prefix of actions and keys) in two pieces. */
function policyStringCost(s: string, dict: Dictionary): number {
  if (GRAMMAR_TOKENS.has(s)) return 1;
  const colon = s.indexOf(':');
  if (colon < 0 || s.startsWith('arn:')) return dict.cost(s);
  return dict.cost(s.slice(0, colon)) + dict.cost(s.slice(colon + 1));
}

/** The packed bytes of a parsed policy document, walked with an explicit stack (no recursion on input depth). */
function packedDocumentBytes(doc: unknown, dict: Dictionary): number {
  let bytes = 0;
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') bytes += policyStringCost(v, dict);
    else if (typeof v === 'number') bytes += dict.cost(String(v));
    else if (Array.isArray(v)) {
      bytes += 2; // open and close
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v !== null && typeof v === 'object') {
      bytes += 2;
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        stack.push(child, k);
      }
    } else bytes += 1; // true, false, null
  }
  return bytes;
}

export interface PackedSize {
  policyBytes: number;
  tagBytes: number;
  /** ceil((policyBytes + tagBytes) × 100 / allowance). */
  percent: number;
}

/** The packed size of what a request passes. `policy` must already be valid JSON (checkSessionPolicy). */
export function packedSize(policy: string | undefined, policyArns: readonly { arn?: string | undefined }[] | undefined, tags: readonly { Key?: string | undefined; Value?: string | undefined }[]): PackedSize {
  const dict = new Dictionary();
  let policyBytes = policy !== undefined && policy.trim() !== '' ? packedDocumentBytes(JSON.parse(policy) as unknown, dict) : 0;
  for (const p of policyArns ?? []) policyBytes += dict.cost(p.arn ?? '');
  let tagBytes = 0;
  for (const t of tags) tagBytes += dict.cost(t.Key ?? '') + dict.cost(t.Value ?? '');
  return { policyBytes, tagBytes, percent: Math.ceil(((policyBytes + tagBytes) * 100) / PACKED_ALLOWANCE_BYTES) };
}

/** The PackedPolicySize to report, or PackedPolicyTooLarge above 100% (naming the larger part, as AWS's message does). */
export function packedPolicyOutcome(
  policy: string | undefined,
  policyArns: readonly { arn?: string | undefined }[] | undefined,
  tags: readonly { Key?: string | undefined; Value?: string | undefined }[],
): { ok: true; percent: number } | { ok: false; error: StsRuleError } {
  const { policyBytes, tagBytes, percent } = packedSize(policy, policyArns, tags);
  if (percent > 100) {
    const subject = tagBytes > policyBytes ? 'session tags' : 'session policies';
    return { ok: false, error: { code: 'PackedPolicyTooLarge', message: `Packed size of ${subject} consumes ${percent}% of allotted space.` } };
  }
  return { ok: true, percent };
}
