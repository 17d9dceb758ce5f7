/**
 * What a temporary credential is: everything the sandbox needs to know about a session, carried
 * sealed inside the session token itself (contracts §3), so no server-side table exists.
 */

export interface SessionTag {
  Key: string;
  Value: string;
}

/** Who the caller is, whichever kind of credentials they signed with. */
export type Principal =
  | { kind: 'user'; account: string; userName: string; path: string; userId: string }
  | { kind: 'root'; account: string }
  | {
      kind: 'assumed-role';
      account: string;
      roleName: string;
      rolePath: string;
      roleId: string;
      sessionName: string;
    }
  | { kind: 'federated-user'; account: string; name: string; parentUserId: string }
  /** An AssumeRoot session: acts as the member account's root user. */
  | { kind: 'root-session'; account: string };

export type IssuingOperation =
  | 'AssumeRole'
  | 'AssumeRoleWithSAML'
  | 'AssumeRoleWithWebIdentity'
  | 'AssumeRoot'
  | 'GetSessionToken'
  | 'GetFederationToken'
  | 'GetScopedCredentials'
  | 'GetDelegatedAccessToken';

export interface SessionClaims {
  /** Format version of the sealed payload. */
  v: 1;
  accessKeyId: string;
  secretAccessKey: string;
  /** Sandbox-clock seconds. */
  issuedAt: number;
  expiresAt: number;
  principal: Principal;
  issuedBy: IssuingOperation;
  /** Session tags (role sessions and federated users). */
  tags: SessionTag[];
  /** Keys of `tags` marked transitive; they follow the session through role chaining. */
  transitiveTagKeys: string[];
  sourceIdentity?: string;
  /** Sandbox-clock seconds at which MFA was verified, when it was. */
  mfaAuthenticatedAt?: number;
  /** True when this session came from AssumeRole signed with temporary credentials (1-hour cap applies). */
  roleChained: boolean;
  /** Inline session policies of this session and its ancestors' scope-downs (JSON text). */
  sessionPolicies: string[];
  /** Managed policy ARNs passed as session policies. */
  policyArns: string[];
  /** Federation claims kept for GetCallerIdentity and condition keys of chained calls. */
  federation?: { kind: 'saml' | 'web-identity'; provider: string; subject: string };
  /** Set for GetScopedCredentials sessions. */
  scoped?: { scopedSessionId: string; description?: string; parentAccessKeyId: string };
  /** Set for GetDelegatedAccessToken sessions: the partner that traded the token in. */
  delegatedBy?: string;
  /** The room attendee whose sandbox issued this session (their clock and world edits apply to it and its children). */
  attendee?: string;
}
