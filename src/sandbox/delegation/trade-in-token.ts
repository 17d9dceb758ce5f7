/**
 * Trade-in tokens for GetDelegatedAccessToken (reference §2.8). On AWS, IAM sends them to a partner
 * once a customer approves a delegation request; the sandbox mints them from a control
 * (POST /_sandbox/delegation) so the exchange can be practised.
 */
import { fromBase64Url, toBase64Url } from '../../kernel/encoding';
import type { SandboxEnv } from '../env';
import { seal, unseal } from '../session/seal';

export interface TradeInGrant {
  /** The customer account whose role the partner may act as. */
  customerAccount: string;
  roleName: string;
  /** The partner account that may trade the token in. */
  partnerAccount: string;
  /** Sandbox-clock seconds after which the token can no longer be traded in. */
  exp: number;
  /** How long the credentials it buys last. */
  sessionSeconds: number;
}

export async function mintTradeInToken(env: SandboxEnv, grant: TradeInGrant): Promise<string> {
  return 'dlg-' + toBase64Url(await seal(env.secrets.sealKey, 'trade-in', grant, env.runtime.randomBytes(12)));
}

export async function openTradeInToken(env: SandboxEnv, token: string): Promise<TradeInGrant | null> {
  if (!token.startsWith('dlg-')) return null;
  const bytes = fromBase64Url(token.slice(4));
  if (!bytes) return null;
  const grant = (await unseal(env.secrets.sealKey, 'trade-in', bytes)) as TradeInGrant | null;
  return grant && typeof grant.exp === 'number' && typeof grant.customerAccount === 'string' ? grant : null;
}
