/** Warnings about the source keys before sending: the wrong kind for the operation, a missing session token. */
import type { SigningRequirement } from '../../catalog/types';
import { accessKeyLifetime } from '../../inspect/access-key-lifetime';
import type { Message } from '../../kernel/message';

export function credentialWarnings(operation: string, signing: SigningRequirement, accessKeyId: string, sessionToken: string): Message[] {
  if (signing === 'none' || accessKeyId.trim() === '') return [];
  const lifetime = accessKeyLifetime(accessKeyId);
  const key = { temporary: lifetime === 'temporary', longTerm: lifetime === 'long-term' };
  const out: Message[] = [];
  const values = { operation, code: 'InvalidClientTokenId' };
  if (key.temporary && sessionToken.trim() === '') {
    out.push(/*i18n*/ { id: 'keys.temporaryNeedsToken', message: 'Temporary keys (ASIA…) only work together with their session token; add it, or STS answers {code}.', values, verbatim: ['code'] });
  }
  if (key.longTerm && sessionToken.trim() !== '') {
    out.push(/*i18n*/ { id: 'keys.longTermNoToken', message: 'Long-term keys (AKIA…) have no session token; remove it, or the signature will not match.' });
  }
  if (signing === 'long-term' && key.temporary) {
    out.push(/*i18n*/ { id: 'keys.needsLongTerm', message: '{operation} must be signed with long-term keys (AKIA…); these are temporary, so STS will refuse the call.', values, verbatim: ['operation'] });
  }
  if (signing === 'temporary' && key.longTerm) {
    out.push(/*i18n*/ { id: 'keys.needsTemporary', message: '{operation} must be signed with temporary credentials (ASIA…); these are long-term keys, so STS will refuse the call.', values, verbatim: ['operation'] });
  }
  return out;
}
