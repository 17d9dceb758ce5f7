/**
 * Splits a SigV4 credential `AKID/YYYYMMDD/region/service/aws4_request` into its five parts.
 * Trailing slashes are ignored, as AWS ignores them.
 */
import { stsError } from '../core/errors';
import { credentialParts } from './messages';
import { trimTrailing } from '../../inspect/trim-trailing';

export interface CredentialScopeParts {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
}

/** @throws StsError IncompleteSignature when there are not exactly five elements */
export function parseCredential(credential: string): CredentialScopeParts {
  const parts = trimTrailing(credential, '/').split('/');
  if (parts.length !== 5) throw stsError('IncompleteSignature', credentialParts(credential));
  const [accessKeyId, date, region, service, terminator] = parts as [string, string, string, string, string];
  return { accessKeyId, date, region, service, terminator };
}
