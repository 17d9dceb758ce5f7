/**
 * The global condition keys a request carries, derived from who signed it (reference §9).
 * Long-term keys carry no aws:MultiFactorAuthPresent at all; sessions carry it as true or false.
 */
import type { Caller } from '../auth/caller';
import { principalEntityArn, principalUserId } from '../auth/principal';
import type { SandboxEnv } from '../env';
import { isoSeconds } from '../protocol/serialize-success';
import type { SessionTag } from '../session/types';
import type { World } from '../world/types';

export type ContextKeys = Record<string, string[]>;

/** A stable, sandbox-made organization ID for the world's organization. */
export function organizationId(world: World): string | null {
  const org = world.organization;
  return org ? `o-${org.managementAccountId.slice(0, 10)}` : null;
}

function inOrganization(world: World, account: string): boolean {
  const org = world.organization;
  return !!org && (org.managementAccountId === account || org.memberAccountIds.includes(account));
}

/** Tags merged case-insensitively on the key; later lists override earlier ones. */
export function mergeTags(...lists: SessionTag[][]): SessionTag[] {
  const byKey = new Map<string, SessionTag>();
  for (const list of lists) for (const t of list) byKey.set(t.Key.toLowerCase(), t);
  return [...byKey.values()];
}

export function callerPrincipalTags(env: SandboxEnv, caller: Caller): SessionTag[] {
  if (caller.kind === 'long-term') return caller.user?.tags ?? [];
  const p = caller.principal;
  if (p.kind === 'assumed-role') {
    const role = caller.account.roles.find((r) => r.name === p.roleName);
    return mergeTags(role?.tags ?? [], caller.claims.tags);
  }
  if (p.kind === 'user') {
    const user = caller.account.users.find((u) => u.name === p.userName);
    return user?.tags ?? [];
  }
  return caller.claims.tags;
}

const PRINCIPAL_TYPE = { user: 'User', root: 'Account', 'root-session': 'Account', 'assumed-role': 'AssumedRole', 'federated-user': 'FederatedUser' } as const;

function timeKeys(nowSeconds: number): ContextKeys {
  return {
    'aws:CurrentTime': [isoSeconds(new Date(nowSeconds * 1000))],
    'aws:EpochTime': [String(nowSeconds)],
  };
}

export function callerContextKeys(env: SandboxEnv, caller: Caller, request: { region: string; secureTransport: boolean }): ContextKeys {
  const p = caller.principal;
  const now = env.clock.nowSeconds();
  const keys: ContextKeys = {
    'aws:PrincipalArn': [principalEntityArn(p)],
    'aws:PrincipalAccount': [p.account],
    'aws:PrincipalType': [PRINCIPAL_TYPE[p.kind]],
    'aws:userid': [principalUserId(p)],
    'aws:PrincipalIsAWSService': ['false'],
    'aws:SecureTransport': [String(request.secureTransport)],
    'aws:RequestedRegion': [request.region],
    'aws:ViaAWSService': ['false'],
  };
  // Assigned rather than spread into the literal above (V8's slow path); same keys, same order.
  Object.assign(keys, timeKeys(now));
  if (p.kind === 'user') keys['aws:username'] = [p.userName];
  const orgId = organizationId(env.world);
  if (orgId && inOrganization(env.world, p.account)) keys['aws:PrincipalOrgID'] = [orgId];
  for (const tag of callerPrincipalTags(env, caller)) keys[`aws:PrincipalTag/${tag.Key}`] = [tag.Value];
  if (caller.kind === 'session') {
    const c = caller.claims;
    keys['aws:MultiFactorAuthPresent'] = [String(c.mfaAuthenticatedAt !== undefined)];
    if (c.mfaAuthenticatedAt !== undefined) keys['aws:MultiFactorAuthAge'] = [String(Math.max(0, now - c.mfaAuthenticatedAt))];
    keys['aws:TokenIssueTime'] = [isoSeconds(new Date(c.issuedAt * 1000))];
    if (c.sourceIdentity) keys['aws:SourceIdentity'] = [c.sourceIdentity];
    if (c.federation) keys['aws:FederatedProvider'] = [c.federation.provider];
  }
  return keys;
}

/** aws:RequestTag/*, aws:TagKeys for tags passed in a request. */
export function requestTagKeys(tags: SessionTag[]): ContextKeys {
  const keys: ContextKeys = {};
  if (tags.length === 0) return keys;
  for (const t of tags) keys[`aws:RequestTag/${t.Key}`] = [t.Value];
  keys['aws:TagKeys'] = tags.map((t) => t.Key);
  return keys;
}

/** aws:ResourceTag/* for the role being assumed. */
export function resourceTagKeys(tags: SessionTag[]): ContextKeys {
  const keys: ContextKeys = {};
  for (const t of tags) keys[`aws:ResourceTag/${t.Key}`] = [t.Value];
  return keys;
}
