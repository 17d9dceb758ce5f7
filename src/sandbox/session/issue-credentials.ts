/**
 * Minting temporary credentials: an ASIA key that encodes the account (reference §11), a 40-character
 * secret, and the sealed session token that carries everything else.
 */
import type { Credentials } from '@aws-sdk/client-sts';
import { toBase64 } from '../../kernel/encoding';
import { mintAccessKeyId } from '../../inspect/access-key';
import type { SandboxEnv } from '../env';
import { encodeSessionToken, MAX_SESSION_TOKEN_BYTES } from './session-token';
import type { SessionClaims } from './types';

export type NewSession = Omit<SessionClaims, 'v' | 'accessKeyId' | 'secretAccessKey' | 'issuedAt'>;

export interface IssuedCredentials {
  Credentials: Credentials;
  claims: SessionClaims;
  SessionTokenSize: number;
  SessionTokenUtilization: number;
}

/** Expiration as real STS sends it: whole seconds. */
const expirationDate = (epochSeconds: number): Date => new Date(epochSeconds * 1000);

export async function issueCredentials(env: SandboxEnv, session: NewSession, minimumTokenSize = 0): Promise<IssuedCredentials> {
  const { randomBytes } = env.runtime;
  const claims: SessionClaims = {
    ...session,
    ...(env.attendee ? { attendee: env.attendee.id } : {}),
    v: 1,
    accessKeyId: mintAccessKeyId('ASIA', session.principal.account, randomBytes(5)),
    // 30 random bytes are exactly 40 base64 characters, the length of real secrets.
    secretAccessKey: toBase64(randomBytes(30)),
    issuedAt: env.clock.nowSeconds(),
  };
  const token = await encodeSessionToken(env.secrets.sealKey, claims, randomBytes(12), minimumTokenSize);
  const size = token.length;
  return {
    Credentials: {
      AccessKeyId: claims.accessKeyId,
      SecretAccessKey: claims.secretAccessKey,
      SessionToken: token,
      Expiration: expirationDate(claims.expiresAt),
    },
    claims,
    SessionTokenSize: size,
    SessionTokenUtilization: Math.min(100, Math.round((size / MAX_SESSION_TOKEN_BYTES) * 100)),
  };
}

/**
 * SessionTokenUtilization / SessionTokenSize. The sandbox reports them when the request asked for a
 * MinimumSessionTokenSize, and otherwise leaves them out so responses keep the shape the AWS CLI
 * documentation shows.
 */
export function tokenSizeFields(issued: IssuedCredentials, minimumTokenSize: number | undefined): { SessionTokenUtilization?: number; SessionTokenSize?: number } {
  if (minimumTokenSize === undefined) return {};
  return { SessionTokenUtilization: issued.SessionTokenUtilization, SessionTokenSize: issued.SessionTokenSize };
}
