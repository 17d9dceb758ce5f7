/**
 * Session policies: parsed (MalformedPolicyDocument on any JSON or grammar error), the plaintext
 * limit on policy plus ARNs, and the packed size STS reports as a percentage (reference §2.14).
 */
import type { PolicyDescriptorType, Tag } from '@aws-sdk/client-sts';
import { parsePolicyDocument } from '../../../policy/parse';
import { utf8 } from '../../../inspect/encoding';
import { stsError } from '../../core/errors';

const PLAINTEXT_LIMIT = 2048;
/**
 * The packed allowance in compressed bytes. AWS does not publish its packing; this figure makes a small
 * inline policy report the same order of magnitude real STS does (a one-statement policy ~ 10–20%).
 */
const PACKED_ALLOWANCE_BYTES = 512;

export function checkSessionPolicy(policy: string | undefined, policyArns: PolicyDescriptorType[] | undefined): void {
  const arnLength = (policyArns ?? []).reduce((n, p) => n + (p.arn?.length ?? 0), 0);
  if (policy !== undefined) {
    const parsed = parsePolicyDocument(policy);
    if (!parsed.ok) throw stsError('MalformedPolicyDocument', parsed.error);
  }
  const total = (policy?.length ?? 0) + arnLength;
  if (total > PLAINTEXT_LIMIT) {
    throw stsError(
      'PackedPolicyTooLarge',
      `The session policy and managed policy ARNs total ${total} characters; the limit is ${PLAINTEXT_LIMIT} characters of plaintext.`,
    );
  }
}

async function deflatedSize(text: string): Promise<number> {
  if (text.length === 0) return 0;
  const stream = new Blob([utf8(text) as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** The packed percentage of policy + ARNs + tags, or throws PackedPolicyTooLarge above 100. */
export async function packedPolicySize(policy: string | undefined, policyArns: PolicyDescriptorType[] | undefined, tags: Tag[]): Promise<number> {
  const minifiedPolicy = policy ? JSON.stringify(JSON.parse(policy)) : '';
  const policyPart = minifiedPolicy + (policyArns ?? []).map((p) => p.arn ?? '').join('');
  const tagPart = tags.map((t) => `${t.Key}=${t.Value}`).join('\u0000');
  const policyBytes = await deflatedSize(policyPart);
  const tagBytes = await deflatedSize(tagPart);
  const percent = Math.ceil(((policyBytes + tagBytes) * 100) / PACKED_ALLOWANCE_BYTES);
  if (percent > 100) {
    const subject = tagBytes > policyBytes ? 'session tags' : 'session policies';
    throw stsError('PackedPolicyTooLarge', `Packed size of ${subject} consumes ${percent}% of allotted space.`);
  }
  return percent;
}
