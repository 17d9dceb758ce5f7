/**
 * Splits a SigV4 credential `AKID/YYYYMMDD/region/service/aws4_request` into its five parts.
 * Trailing slashes are ignored, as AWS ignores them.
 */
import { stsError } from '../core/errors';
import { credentialParts } from './messages';
import { trimTrailing } from '../../kernel/trim-trailing';

export interface CredentialScopeParts {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
}

/** @throws StsError IncompleteSignature when there are not exactly five elements */
export function parseCredential(credential: string): CredentialScopeParts {
  const scope = trimTrailing(credential, '/');
  // Count before splitting: a header of 64 KB of slashes must not become 64,000 strings.
  let slashes = 0;
  for (let i = scope.indexOf('/'); i >= 0 && slashes <= 4; i = scope.indexOf('/', i + 1)) slashes++;
  if (slashes !== 4) throw stsError('IncompleteSignature', credentialParts(credential));
  const parts = scope.split('/');
  const [accessKeyId, date, region, service, terminator] = parts as [string, string, string, string, string];
  return { accessKeyId, date, region, service, terminator };
}
