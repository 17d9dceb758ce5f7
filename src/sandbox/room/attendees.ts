/**
 * A room's attendees (`npm start -- --workshop N`): each attendee is an IAM user of their own,
 * `attendee-01` … in the account of the world's demo user, at path `/workshop/`, with the demo
 * user's identity policies, an access key and a TOTP MFA device of their own. Every trust policy that
 * names the demo user as a principal names each attendee too, so every lab written for the demo user
 * works for every attendee, with their own ARN in GetCallerIdentity and the denial messages.
 *
 * Why users and not an account each: the world's roles, trust policies and the labs name the
 * accounts by ID (123456789012, 111122223333); an account per attendee would mean a different ARN in
 * every lab for every attendee. What one attendee can change (clock, world edits, progress) is kept
 * per attendee instead (stores.ts), so sharing the account shares nothing that moves.
 *
 * Keys, secrets and MFA seeds are derived from the sandbox's sealing key (HMAC-SHA-256), so every
 * server process sharing the state directory provisions the same attendees, and a restart too.
 */
import { fromBase64, toBase32, toBase64, toBase64Url, utf8 } from '../../kernel/encoding';
import { mintAccessKeyId } from '../../inspect/access-key';
import type { PolicyDocument } from '../../policy/types';
import type { SandboxSecretsFile } from '../core/secrets';
import type { UserFile, WorldFile } from '../world/types';

export interface Attendee {
  /** `attendee-01`…: the id the room's state and the instructor page use. */
  id: string;
  userName: string;
  userArn: string;
  accessKeyId: string;
  secretAccessKey: string;
  mfaSerial: string;
}

export interface Room {
  attendees: Attendee[];
  /** What the instructor page sends as `Authorization: Bearer …`; printed on the console at start. */
  instructorToken: string;
}

/** Enough for a large class; a bound so a typo cannot provision a million users. */
export const MAX_ATTENDEES = 200;
const PATH = '/workshop/';

async function deriver(secrets: SandboxSecretsFile, subtle: SubtleCrypto): Promise<(label: string) => Promise<Uint8Array>> {
  const raw = fromBase64(secrets.sealKeyB64) ?? new Uint8Array(32);
  const key = await subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (label) => new Uint8Array(await subtle.sign('HMAC', key, utf8(`sts-workbench/room/v1/${label}`) as Uint8Array<ArrayBuffer>));
}

/** Adds `extra` principal ARNs wherever `demoArn` is an AWS principal of a trust statement. */
function trustAlso(policy: PolicyDocument, demoArn: string, extra: string[]): PolicyDocument {
  const statements = (policy as { Statement?: unknown }).Statement;
  if (!Array.isArray(statements) && (typeof statements !== 'object' || statements === null)) return policy;
  const widen = (s: Record<string, unknown>) => {
    const principal = s.Principal as { AWS?: unknown } | undefined;
    if (typeof principal !== 'object' || principal === null || principal.AWS === undefined) return s;
    const list = Array.isArray(principal.AWS) ? (principal.AWS as unknown[]) : [principal.AWS];
    if (!list.includes(demoArn)) return s;
    return { ...s, Principal: { ...principal, AWS: [...list, ...extra] } };
  };
  return { ...policy, Statement: Array.isArray(statements) ? statements.map((s) => widen(s as Record<string, unknown>)) : widen(statements as Record<string, unknown>) } as unknown as PolicyDocument;
}

/**
 * The world file with `count` attendees added, and the room. The file on disk is not touched: this
 * is the world the server answers from.
 */
export async function provisionRoom(file: WorldFile, count: number, secrets: SandboxSecretsFile, subtle: SubtleCrypto): Promise<{ world: WorldFile; room: Room }> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_ATTENDEES) throw new RangeError(`--workshop takes a number of attendees from 1 to ${MAX_ATTENDEES}, not ${count}.`);
  const accountIndex = file.accounts.findIndex((a) => (a.users ?? []).some((u) => (u.accessKeys ?? []).length > 0));
  const account = file.accounts[accountIndex];
  const demo = account?.users?.find((u) => (u.accessKeys ?? []).length > 0);
  if (!account || !demo) throw new Error('--workshop needs a world with a user that has an access key (the demo user): attendees get that user\'s policies and trust.');
  const demoArn = `arn:aws:iam::${account.id}:user${demo.path ?? '/'}${demo.name}`;
  const derive = await deriver(secrets, subtle);
  const width = String(count).length < 2 ? 2 : String(count).length;
  const attendees: Attendee[] = [];
  const users: UserFile[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `attendee-${String(i).padStart(width, '0')}`;
    const bytes = await derive(`${account.id}/${id}/key`);
    const secret = await derive(`${account.id}/${id}/secret`);
    const seed = await derive(`${account.id}/${id}/mfa`);
    const attendee: Attendee = {
      id,
      userName: id,
      userArn: `arn:aws:iam::${account.id}:user${PATH}${id}`,
      accessKeyId: mintAccessKeyId('AKIA', account.id, bytes),
      // 30 bytes are 40 base64 characters, the length of real secret keys.
      secretAccessKey: toBase64(secret.subarray(0, 30)),
      mfaSerial: `arn:aws:iam::${account.id}:mfa/${id}`,
    };
    attendees.push(attendee);
    users.push({
      name: id,
      path: PATH,
      accessKeys: [{ accessKeyId: attendee.accessKeyId, secretAccessKey: attendee.secretAccessKey }],
      mfaDevices: [{ serialNumber: attendee.mfaSerial, totpSeedBase32: toBase32(seed.subarray(0, 20)) }],
      policies: demo.policies ?? [],
      tags: [...(demo.tags ?? []), { Key: 'workshop-attendee', Value: id }],
    });
  }
  const arns = attendees.map((a) => a.userArn);
  const world: WorldFile = {
    ...file,
    accounts: file.accounts.map((a, ai) => ({
      ...a,
      ...(ai === accountIndex ? { users: [...(a.users ?? []), ...users] } : {}),
      roles: (a.roles ?? []).map((r) => ({ ...r, trustPolicy: trustAlso(r.trustPolicy, demoArn, arns) })),
    })),
  };
  return { world, room: { attendees, instructorToken: toBase64Url((await derive('instructor-token')).subarray(0, 24)) } };
}
