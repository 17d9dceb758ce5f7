/**
 * Live world edits: the trust and permission policies a sandbox user changed in the Sandbox world
 * tool, kept apart from the world file (which is never written) and laid over it for that user's
 * requests only. "Reset to the world file" is dropping the edits.
 */
import { englishOf } from '../../kernel/message';
import type { PolicyDocument } from '../../policy/types';
import { isPlainObject } from '../../policy/lists';
import { validatePolicy } from '../../policy/validate/validate-policy';
import type { World } from '../world/types';

/** What one sandbox user changed, by role or user ARN. */
export interface WorldEdits {
  roles: Record<string, { trustPolicy?: PolicyDocument; policies?: PolicyDocument[] }>;
  users: Record<string, { policies?: PolicyDocument[] }>;
}

export const NO_EDITS: WorldEdits = Object.freeze({ roles: {}, users: {} }) as WorldEdits;

/** IAM's own ceiling for an inline policy's text (a trust policy's is lower, but quotas can raise it). */
const MAX_POLICY_CHARS = 10240;
const MAX_POLICIES = 10;

export class WorldEditError extends Error {
  constructor(
    readonly code: 'NotFound' | 'MalformedPolicyDocument' | 'InvalidField',
    message: string,
  ) {
    super(message);
  }
}

/** The world with the edits laid over it: the same objects where nothing changed. */
export function applyWorldEdits(world: World, edits: WorldEdits): World {
  if (Object.keys(edits.roles).length === 0 && Object.keys(edits.users).length === 0) return world;
  return {
    ...world,
    accounts: world.accounts.map((a) => ({
      ...a,
      roles: a.roles.map((r) => {
        const e = edits.roles[r.arn];
        return e ? { ...r, ...(e.trustPolicy ? { trustPolicy: e.trustPolicy } : {}), ...(e.policies ? { policies: e.policies } : {}) } : r;
      }),
      users: a.users.map((u) => {
        const e = edits.users[u.arn];
        return e?.policies ? { ...u, policies: e.policies } : u;
      }),
    })),
  };
}

/** Which ARNs carry an edit, and of what: for the world summary's "edited" marks. */
export function editedParts(edits: WorldEdits): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [arn, e] of Object.entries(edits.roles)) out[arn] = Object.keys(e);
  for (const [arn, e] of Object.entries(edits.users)) out[arn] = Object.keys(e);
  return out;
}

function checkedDocument(value: unknown, kind: 'trust' | 'identity', what: string): PolicyDocument {
  if (!isPlainObject(value)) throw new WorldEditError('MalformedPolicyDocument', `${what} must be a policy document (a JSON object), not ${JSON.stringify(value)?.slice(0, 60) ?? String(value)}.`);
  const text = JSON.stringify(value, null, 2);
  if (text.length > MAX_POLICY_CHARS) throw new WorldEditError('MalformedPolicyDocument', `${what} is ${text.length} characters; the sandbox takes at most ${MAX_POLICY_CHARS}.`);
  // The same validator as the policy editor and the world file at start-up: what IAM would refuse is refused.
  const errors = validatePolicy(text, kind).filter((m) => m.severity === 'error');
  if (errors.length) throw new WorldEditError('MalformedPolicyDocument', `${what} is not a valid ${kind} policy: ${errors.slice(0, 5).map((m) => `line ${m.line}: ${englishOf(m.message)}`).join('; ')}.`);
  return value as unknown as PolicyDocument;
}

function checkedList(value: unknown, what: string): PolicyDocument[] {
  if (!Array.isArray(value)) throw new WorldEditError('InvalidField', `${what} must be a list of policy documents.`);
  if (value.length > MAX_POLICIES) throw new WorldEditError('InvalidField', `${what} has ${value.length} policies; the sandbox takes at most ${MAX_POLICIES}.`);
  return value.map((p, i) => checkedDocument(p, 'identity', `${what}[${i}]`));
}

/**
 * The edits after one change: `{ arn, trustPolicy?, policies? }` for a role, `{ arn, policies }` for
 * a user. `mayEdit` refuses principals the caller may not see (another attendee's user).
 */
export function withEdit(edits: WorldEdits, world: World, body: Record<string, unknown>, mayEdit: (arn: string) => boolean): WorldEdits {
  const arn = body.arn;
  if (typeof arn !== 'string' || arn === '') throw new WorldEditError('InvalidField', 'arn is required: the ARN of the role or user to edit.');
  const role = world.accounts.flatMap((a) => a.roles).find((r) => r.arn === arn);
  const user = role ? undefined : world.accounts.flatMap((a) => a.users).find((u) => u.arn === arn);
  if ((!role && !user) || !mayEdit(arn)) throw new WorldEditError('NotFound', `No role or user ${arn} in the sandbox world.`);
  if (body.trustPolicy === undefined && body.policies === undefined) throw new WorldEditError('InvalidField', `Give trustPolicy${role ? ' and/or policies' : ''} (policy documents) to change ${arn}.`);
  if (role) {
    const next = { ...edits.roles[arn] };
    if (body.trustPolicy !== undefined) next.trustPolicy = checkedDocument(body.trustPolicy, 'trust', 'trustPolicy');
    if (body.policies !== undefined) next.policies = checkedList(body.policies, 'policies');
    return { ...edits, roles: { ...edits.roles, [arn]: next } };
  }
  if (body.trustPolicy !== undefined) throw new WorldEditError('InvalidField', `${arn} is a user: users have no trust policy, only policies.`);
  return { ...edits, users: { ...edits.users, [arn]: { policies: checkedList(body.policies, 'policies') } } };
}

/** The edits without those of `arn` (or with none at all when no ARN is given): back to the world file. */
export function withoutEdits(edits: WorldEdits, arn: string | undefined): WorldEdits {
  if (arn === undefined) return NO_EDITS;
  const { [arn]: _role, ...roles } = edits.roles;
  const { [arn]: _user, ...users } = edits.users;
  return { roles, users };
}

/** Edits read back from storage, or null when the value is not edits (damaged state). */
export function readWorldEdits(value: unknown): WorldEdits | null {
  if (!isPlainObject(value) || !isPlainObject(value.roles) || !isPlainObject(value.users)) return null;
  return value as unknown as WorldEdits;
}
