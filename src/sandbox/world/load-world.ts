/**
 * Turns a validated world file into the World the sandbox answers from: defaults applied and
 * stable unique IDs (AIDA…/AROA…) derived from account and name, so they survive restarts.
 */
import { sha256, toBase32 } from '../../kernel/encoding';
import type { Account, Role, User, World, WorldFile } from './types';

async function uniqueId(subtle: SubtleCrypto, prefix: 'AIDA' | 'AROA', seed: string): Promise<string> {
  const digest = await sha256(subtle, seed);
  return prefix + toBase32(digest).slice(0, 17);
}

/** @param subtle the host runtime's Web Crypto (SandboxRuntime.subtle) */
export async function loadWorld(file: WorldFile, subtle: SubtleCrypto): Promise<World> {
  const accounts: Account[] = [];
  for (const a of file.accounts) {
    const users: User[] = [];
    for (const u of a.users ?? []) {
      const path = u.path ?? '/';
      users.push({
        account: a.id,
        name: u.name,
        path,
        userId: await uniqueId(subtle, 'AIDA', `user:${a.id}:${u.name}`),
        arn: `arn:aws:iam::${a.id}:user${path}${u.name}`,
        accessKeys: u.accessKeys ?? [],
        mfaDevices: u.mfaDevices ?? [],
        policies: u.policies ?? [],
        tags: u.tags ?? [],
      });
    }
    const roles: Role[] = [];
    for (const r of a.roles ?? []) {
      const path = r.path ?? '/';
      roles.push({
        account: a.id,
        name: r.name,
        path,
        roleId: await uniqueId(subtle, 'AROA', `role:${a.id}:${r.name}`),
        arn: `arn:aws:iam::${a.id}:role${path}${r.name}`,
        maxSessionDuration: r.maxSessionDuration ?? 3600,
        trustPolicy: r.trustPolicy,
        policies: r.policies ?? [],
        tags: r.tags ?? [],
      });
    }
    accounts.push({
      id: a.id,
      alias: a.alias ?? a.id,
      users,
      roles,
      samlProviders: a.samlProviders ?? [],
      oidcProviders: a.oidcProviders ?? [],
      rootAccessKeys: a.rootAccessKeys ?? [],
      outboundWebIdentityFederation: a.outboundWebIdentityFederation ?? true,
      disabledRegions: a.disabledRegions ?? [],
    });
  }
  const org = file.organization;
  return {
    organization: org
      ? { managementAccountId: org.managementAccountId, memberAccountIds: org.memberAccountIds ?? [], centralizedRootAccess: org.centralizedRootAccess ?? false }
      : null,
    accounts,
  };
}

export const findAccount = (world: World, id: string): Account | undefined => world.accounts.find((a) => a.id === id);

/** IAM names are case-insensitive for lookup. */
export function findRole(world: World, account: string, name: string): Role | undefined {
  return findAccount(world, account)?.roles.find((r) => r.name.toLowerCase() === name.toLowerCase());
}

