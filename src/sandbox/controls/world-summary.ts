/** What GET /_sandbox/info tells the workbench about the world (no secrets but the demo user's sandbox keys). */
import type { SandboxEnv } from '../env';
import type { World } from '../world/types';

/**
 * The world as the controls describe it: the one type of it, used by the sandbox that builds it and by
 * every client that reads it (src/features/connection/sandboxApi.ts and the tools it feeds).
 */
export interface WorldSummary {
  demo: { accessKeyId: string; secretAccessKey: string; arn: string; user: string; account: string } | null;
  organization: World['organization'];
  accounts: AccountSummary[];
}

export interface AccountSummary {
  id: string;
  alias: string;
  users: UserSummary[];
  roles: RoleSummary[];
  samlProviders: Array<{ name: string; arn: string; builtInIdp: boolean }>;
  oidcProviders: Array<{ url: string; arn: string; clientIds: string[]; builtInIdp: boolean }>;
}

export interface UserSummary {
  name: string;
  arn: string;
  accessKeyIds: string[];
  mfaDevices: string[];
  /** Identity policies, with the user's live edits. */
  policies?: unknown[];
}

export interface RoleSummary {
  name: string;
  arn: string;
  maxSessionDuration: number;
  /** As the world file has it; readers check its shape before they show it. */
  trustPolicy: unknown;
  /** Permission policies, with the user's live edits. */
  policies?: unknown[];
}

/**
 * The world as this request's user sees it, with their live edits. In a room, an attendee's demo
 * user is their own IAM user, and the other attendees' users are left out (nobody else's keys).
 */
export function worldSummary(env: SandboxEnv): WorldSummary {
  const { world } = env;
  const ownUser = (arn: string) => {
    const owner = env.tenancy?.attendeeOfUser(arn);
    return !owner || owner.id === env.attendee?.id;
  };
  const users = world.accounts.flatMap((a) => a.users);
  const demoUser = env.attendee ? users.find((u) => u.arn === env.attendee?.userArn) : users.find((u) => u.accessKeys.length > 0);
  const demoKey = demoUser?.accessKeys[0];
  return {
    demo: demoUser && demoKey ? { accessKeyId: demoKey.accessKeyId, secretAccessKey: demoKey.secretAccessKey, arn: demoUser.arn, user: demoUser.name, account: demoUser.account } : null,
    organization: world.organization,
    accounts: world.accounts.map((a) => ({
      id: a.id,
      alias: a.alias,
      users: a.users.filter((u) => ownUser(u.arn)).map((u) => ({ name: u.name, arn: u.arn, accessKeyIds: u.accessKeys.map((k) => k.accessKeyId), mfaDevices: u.mfaDevices.map((d) => d.serialNumber), policies: u.policies })),
      roles: a.roles.map((r) => ({ name: r.name, arn: r.arn, maxSessionDuration: r.maxSessionDuration, trustPolicy: r.trustPolicy, policies: r.policies })),
      samlProviders: a.samlProviders.map((p) => ({ name: p.name, arn: `arn:aws:iam::${a.id}:saml-provider/${p.name}`, builtInIdp: !!p.builtInIdp })),
      oidcProviders: a.oidcProviders.map((p) => ({ url: p.url, arn: `arn:aws:iam::${a.id}:oidc-provider/${p.url.replace(/^https:\/\//, '')}`, clientIds: p.clientIds ?? [], builtInIdp: !!p.builtInIdp })),
    })),
  };
}
