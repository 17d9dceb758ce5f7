/**
 * The sandbox world (contracts §2): the IAM side the sandbox answers from.
 * `WorldFile` is what the JSON holds; `World` is the same after loading, with defaults applied
 * and the derived identifiers (user and role unique IDs) filled in.
 */
import type { PolicyDocument } from '../../policy/types';

export interface WorldFile {
  $comment?: string;
  organization?: {
    managementAccountId: string;
    memberAccountIds?: string[];
    centralizedRootAccess?: boolean;
  };
  accounts: AccountFile[];
}

export interface AccessKeyFile {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface MfaDeviceFile {
  serialNumber: string;
  totpSeedBase32?: string;
  /**
   * Sandbox extension: a code this device always accepts besides its TOTP codes. The default
   * world uses it for the CLI documentation's `--token-code 123456`; never present on AWS.
   */
  staticTokenCode?: string;
}

export interface TagFile {
  Key: string;
  Value: string;
}

export interface UserFile {
  name: string;
  path?: string;
  accessKeys?: AccessKeyFile[];
  mfaDevices?: MfaDeviceFile[];
  policies?: PolicyDocument[];
  tags?: TagFile[];
}

export interface RoleFile {
  name: string;
  path?: string;
  maxSessionDuration?: number;
  trustPolicy: PolicyDocument;
  policies?: PolicyDocument[];
  tags?: TagFile[];
}

export interface SamlProviderFile {
  name: string;
  builtInIdp?: boolean;
  metadataXml?: string;
}

export interface OidcProviderFile {
  url: string;
  clientIds?: string[];
  builtInIdp?: boolean;
  jwks?: { keys: Record<string, unknown>[] };
  jwksUri?: string;
}

export interface AccountFile {
  id: string;
  alias?: string;
  users?: UserFile[];
  roles?: RoleFile[];
  samlProviders?: SamlProviderFile[];
  oidcProviders?: OidcProviderFile[];
  rootAccessKeys?: AccessKeyFile[];
  /** Sandbox extension: whether GetWebIdentityToken is enabled for the account (default true). */
  outboundWebIdentityFederation?: boolean;
  /** Sandbox extension: Regions where STS is deactivated for this account (RegionDisabledException). */
  disabledRegions?: string[];
}

export interface User {
  account: string;
  name: string;
  path: string;
  /** `AIDA…`, 21 characters, derived from the account and name so it is stable across restarts. */
  userId: string;
  arn: string;
  accessKeys: AccessKeyFile[];
  mfaDevices: MfaDeviceFile[];
  policies: PolicyDocument[];
  tags: TagFile[];
}

export interface Role {
  account: string;
  name: string;
  path: string;
  /** `AROA…`, 21 characters, derived from the account and name so it is stable across restarts. */
  roleId: string;
  arn: string;
  maxSessionDuration: number;
  trustPolicy: PolicyDocument;
  policies: PolicyDocument[];
  tags: TagFile[];
}

export interface Account {
  id: string;
  alias: string;
  users: User[];
  roles: Role[];
  samlProviders: SamlProviderFile[];
  oidcProviders: OidcProviderFile[];
  rootAccessKeys: AccessKeyFile[];
  outboundWebIdentityFederation: boolean;
  disabledRegions: string[];
}

export interface World {
  organization: {
    managementAccountId: string;
    memberAccountIds: string[];
    centralizedRootAccess: boolean;
  } | null;
  accounts: Account[];
}
