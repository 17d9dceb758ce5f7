/** Warnings about the source keys before sending: the wrong kind for the operation, a missing session token. */
import type { SigningRequirement } from '../../catalog/types';
import { describeAccessKeyId } from '../../inspect/access-key';

export function credentialWarnings(operation: string, signing: SigningRequirement, accessKeyId: string, sessionToken: string): string[] {
  if (signing === 'none' || accessKeyId.trim() === '') return [];
  const key = describeAccessKeyId(accessKeyId);
  const out: string[] = [];
  if (key.temporary && sessionToken.trim() === '') {
    out.push('Temporary keys (ASIA…) only work together with their session token; add it, or STS answers InvalidClientTokenId.');
  }
  if (key.longTerm && sessionToken.trim() !== '') {
    out.push('Long-term keys (AKIA…) have no session token; remove it, or the signature will not match.');
  }
  if (signing === 'long-term' && key.temporary) {
    out.push(`${operation} must be signed with long-term keys (AKIA…); these are temporary, so STS will refuse the call.`);
  }
  if (signing === 'temporary' && key.longTerm) {
    out.push(`${operation} must be signed with temporary credentials (ASIA…); these are long-term keys, so STS will refuse the call.`);
  }
  return out;
}
