import type { Account, User } from '../world/types';
import type { Principal, SessionClaims } from '../session/types';

/** Who signed the request, once the signature and credentials are verified. */
export type Caller =
  | { kind: 'long-term'; accessKeyId: string; principal: Extract<Principal, { kind: 'user' | 'root' }>; user: User | null; account: Account }
  | { kind: 'session'; accessKeyId: string; principal: Principal; claims: SessionClaims; account: Account };
