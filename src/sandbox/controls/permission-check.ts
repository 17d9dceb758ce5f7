/**
 * POST /_sandbox/permission-check: "what can these credentials do?" for keys this sandbox issued. The
 * caller sends the set's access key ID and session token (never its secret) to the sandbox that issued
 * them; the sandbox opens the token as it does for a signed call (nothing is stored: the session is in
 * the token), reads the identity policies of the user or role from the world, the session policies from
 * the token, and decides with the authorizer it uses for its own calls (authorize.ts's evaluateIdentity,
 * the one evaluator in src/policy).
 */
import { englishOf, type Message } from '../../kernel/message';
import { relay, relayWith, type RelayedText } from '../../kernel/relayed';
import { checkQuestion, permissionVerdict, type PermissionVerdict } from '../../policy/permission-check';
import { findCredentials, isExpired } from '../auth/authenticate';
import { principalArn } from '../auth/principal';
import { callerRequestContext, evaluateIdentity } from '../authorize/authorize';
import { requestBaseUrl } from '../core/base-url';
import { isStsError } from '../core/errors';
import type { SandboxRequest } from '../core/http';
import type { SandboxEnv } from '../env';
import { refuseRestrictedSessions } from '../operations/shared/caller-guards';
import { isoSeconds } from '../protocol/serialize-success';
import { ControlError, field } from './json';

export interface PermissionCheckRequest {
  accessKeyId: string;
  /** The set's session token; absent for long-term keys. */
  sessionToken?: string;
  /** One action, such as s3:PutObject. */
  action: string;
  /** The resource ARN, or *. */
  resource: string;
  /** aws:RequestedRegion; us-east-1 when absent. */
  region?: string;
}

export interface PermissionCheckAnswer extends PermissionVerdict {
  principalArn: string;
  /** The session's expiry on the sandbox clock (ISO), for sessions. */
  expiresAt: string | null;
  /** The session has expired on the sandbox clock: a call fails with ExpiredToken before any policy is read. */
  expired: boolean;
  /** The root user (or an AssumeRoot session): no identity-based policy to pass. */
  unrestricted: boolean;
  /**
   * Managed policy ARNs the session was given as session policies. The world holds no managed policy
   * documents, so the sandbox does not evaluate them (for its own calls either).
   */
  policyArns: string[];
  /** STS's own rule that refuses this STS action for these credentials before any policy is read. */
  stsRule: string | null;
}

const NOT_ISSUED = 'These keys were not issued by this sandbox (or the session token does not belong to the access key ID): check them against the sandbox they came from.';

export async function checkPermission(env: SandboxEnv, req: SandboxRequest, body: Record<string, unknown>): Promise<PermissionCheckAnswer> {
  const accessKeyId = field.string(body, 'accessKeyId');
  const action = field.string(body, 'action') ?? '';
  const resource = field.string(body, 'resource') ?? '';
  if (!accessKeyId) throw new ControlError(400, 'InvalidField', 'accessKeyId is required: the access key ID of the credential set to check.');
  const problem = checkQuestion(action, resource);
  if (problem) throw new ControlError(400, 'InvalidField', englishOf(problem));
  const found = await findCredentials(env, accessKeyId, field.string(body, 'sessionToken'));
  if (!found) throw new ControlError(400, 'InvalidField', NOT_ISSUED);
  // The set acts in its own sandbox: an attendee's session sees that attendee's world edits and clock.
  const { caller, env: own } = found;
  const region = field.string(body, 'region') ?? 'us-east-1';
  const ctx = { env: own, caller, region, baseUrl: requestBaseUrl(req), globalEndpoint: false };
  const reqCtx = callerRequestContext(ctx, caller, action, resource, {});
  const identity = evaluateIdentity(caller, reqCtx);
  const arn = principalArn(caller.principal);
  const verdict = permissionVerdict(identity.layers, reqCtx, arn, identity.inputs);
  let stsRule: string | null = null;
  if (action.toLowerCase().startsWith('sts:')) {
    try {
      refuseRestrictedSessions(caller, action, resource);
    } catch (e) {
      if (!isStsError(e)) throw e;
      stsRule = e.message;
    }
  }
  const expired = isExpired(own, caller);
  const session = caller.kind === 'session' ? caller.claims : null;
  const expiresAt = session ? isoSeconds(new Date(session.expiresAt * 1000)) : null;
  let { allowed, awsMessage } = verdict;
  let headline: RelayedText = verdict.headline;
  if (stsRule) {
    headline = relay(/*i18n*/ { id: 'permission.headline.stsRule', message: 'Denied: {action} on {resource}: STS refuses it for these credentials before any policy is read.', values: { action, resource }, verbatim: ['action', 'resource'] });
    allowed = false;
    awsMessage = stsRule;
  }
  if (expired) {
    const expiredAt: Message = /*i18n*/ {
      id: 'permission.headline.expired',
      message: 'Denied: these credentials expired at {expiresAt} on the sandbox clock, so every call fails with {code}. Were they live: {live}',
      values: { expiresAt: expiresAt ?? '', code: 'ExpiredToken' },
      verbatim: ['expiresAt', 'code'],
    };
    headline = relayWith(expiredAt, 'live', headline);
    allowed = false;
    awsMessage = 'The security token included in the request is expired';
  }
  return {
    ...verdict,
    allowed,
    headline,
    awsMessage,
    principalArn: arn,
    expiresAt,
    expired,
    unrestricted: !identity.layers.some((l) => l.kind === 'identity'),
    policyArns: session?.policyArns ?? [],
    stsRule,
  };
}
