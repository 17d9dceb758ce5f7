/** The trust-policy condition keys a web identity token supplies (reference §8): `<host/path>:aud|sub|azp|amr|oaud`. */
import { chooseAudience, providerKeyPrefix, stringValues } from './aws-claims';
import type { DecodedJwt } from './types';

const GOOGLE = 'accounts.google.com';

/**
 * Condition keys and their values. Keys are `<provider URL without https://>:<claim>`; custom claims are
 * never available. For Google, `:aud` is azp when present and `:oaud` is the original aud.
 */
export function conditionKeysForToken(decoded: Pick<DecodedJwt, 'claims'>, providerUrl?: string): Record<string, string[]> {
  const claims = decoded.claims;
  const url = providerUrl ?? (typeof claims.iss === 'string' ? claims.iss : '');
  const prefix = providerKeyPrefix(url);
  const keys: Record<string, string[]> = {};
  if (prefix === '') return keys;
  const put = (name: string, values: string[]) => {
    if (values.length > 0) keys[`${prefix}:${name}`] = values;
  };
  const azp = typeof claims.azp === 'string' ? claims.azp : undefined;
  if (prefix === GOOGLE) {
    put('aud', azp !== undefined ? [azp] : stringValues(claims.aud));
    put('oaud', stringValues(claims.aud));
  } else {
    const choice = chooseAudience(claims);
    put('aud', choice.clientId !== undefined ? [choice.clientId] : stringValues(claims.aud));
    if (azp !== undefined) put('azp', [azp]);
  }
  if (typeof claims.sub === 'string') put('sub', [claims.sub]);
  put('amr', stringValues(claims.amr));
  return keys;
}
