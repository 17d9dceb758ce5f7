/**
 * ExternalId + MFA on the Developer role (reference §2.10, §9): TOTP codes computed at the sandbox
 * clock, AWS's two MFA failure texts, aws:MultiFactorAuthPresent / Age in the trust-policy context,
 * a denial's sandbox-only explanation header decoded with its sandboxTrace, and aws:CurrentTime on the
 * sandbox clock. World: fixtures/trust-world.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sandboxAuthorizationMessage } from './support/checks';
import { HAS_BOTO3, noticeMissing, okResult, outcomeOf, runBoto, type BotoCase, type BotoResult } from './support/clients';
import { advanceClock, getClock, sandboxTotp, totpAt } from './support/controls';
import { useSandbox } from './support/server';
import { A, PROD, roleArn, trustWorld } from './fixtures/trust-world';

noticeMissing({ boto3: true }, 'MFA trust policies (boto3)');

const r = roleArn;
const DEV_ADMIN_ARN = `arn:aws:iam::${A}:user/DevAdmin`;
const MFA_SERIAL = `arn:aws:iam::${A}:mfa/DevAdmin`;
const MFA_SEED = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const DEVELOPER = `arn:aws:iam::${PROD}:role/Developer`;
const INVALID_CODE = 'MultiFactorAuthentication failed with invalid MFA one time pass code. ';
const UNKNOWN_DEVICE = 'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.';

/** One day ahead of real time: allowed now, denied once the sandbox clock moves two days. */
const dateSoon = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Every object in `value` with a `key` matching `re` and `result === false` (sandboxTrace conditions). */
function failingConditions(value: unknown, re: RegExp): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => failingConditions(v, re));
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const here = typeof o.key === 'string' && re.test(o.key) && o.result === false ? [o] : [];
  return [...here, ...Object.values(o).flatMap((v) => failingConditions(v, re))];
}

describe.skipIf(!HAS_BOTO3)('trust: ExternalId, MFA and the sandbox clock', () => {
  const sb = useSandbox({ world: trustWorld(dateSoon) });

  describe('ExternalId + MFA (TOTP at the sandbox clock)', () => {
    let mfa: Record<string, BotoResult> = {};
    let decoded: Record<string, BotoResult> = {};

    beforeAll(async () => {
      // Move the sandbox clock so a code computed from real time alone would be wrong.
      await advanceClock(sb.url, 600);
      const code = await sandboxTotp(sb.url, MFA_SEED);
      const { offsetSeconds } = await getClock(sb.url);
      const t = Date.now() / 1000 + offsetSeconds;
      const near = new Set([-60, -30, 0, 30, 60].map((d) => totpAt(MFA_SEED, t + d)));
      let wrong = '000000';
      for (let i = 0; near.has(wrong); i++) wrong = String(111111 * ((i % 9) + 1)).padStart(6, '0');
      const withMfa = { SerialNumber: MFA_SERIAL, TokenCode: code };
      const dev = (id: string, params: Record<string, unknown>): BotoCase => ({ id, op: 'assume_role', params: { RoleArn: DEVELOPER, RoleSessionName: 'Ana', ...params } });
      mfa = await runBoto(sb.url, [
        dev('dev-ok', { ExternalId: 'workshop-external-id', ...withMfa }),
        dev('dev-none', {}),
        dev('dev-no-mfa', { ExternalId: 'workshop-external-id' }),
        dev('dev-wrong-external', { ExternalId: 'other-external-id', ...withMfa }),
        dev('dev-wrong-code', { ExternalId: 'workshop-external-id', SerialNumber: MFA_SERIAL, TokenCode: wrong }),
        dev('dev-unknown-serial', { ExternalId: 'workshop-external-id', SerialNumber: `arn:aws:iam::${A}:mfa/Nobody`, TokenCode: code }),
        { id: 'gst-wrong-code', op: 'get_session_token', params: { SerialNumber: MFA_SERIAL, TokenCode: wrong } },
        { id: 'gst-unknown-serial', op: 'get_session_token', params: { SerialNumber: 'GAHT12345678', TokenCode: code } },
        { id: 'mfa-bool', op: 'assume_role', params: { RoleArn: r('C-Bool-MFA'), RoleSessionName: 'mfa', ...withMfa } },
        { id: 'mfa-age', op: 'assume_role', params: { RoleArn: r('C-NumericMfaAge'), RoleSessionName: 'mfa', ...withMfa } },
        { id: 'mfa-admin', op: 'assume_role', params: { RoleArn: roleArn('MfaProtectedAdmin', A, '/'), RoleSessionName: 'mfa', ...withMfa } },
        { id: 'mfa-admin-none', op: 'assume_role', params: { RoleArn: roleArn('MfaProtectedAdmin', A, '/'), RoleSessionName: 'mfa' } },
        { id: 'gst-mfa', op: 'get_session_token', params: { ...withMfa, DurationSeconds: 3600 } },
        { id: 'gst-mfa-admin', op: 'assume_role', creds: { from: 'gst-mfa' }, params: { RoleArn: roleArn('MfaProtectedAdmin', A, '/'), RoleSessionName: 'via-gst' } },
        { id: 'gst-plain', op: 'get_session_token', params: { DurationSeconds: 3600 } },
        { id: 'gst-plain-boolfalse', op: 'assume_role', creds: { from: 'gst-plain' }, params: { RoleArn: r('C-Bool-False'), RoleSessionName: 'via-gst' } },
        { id: 'gst-plain-ifexists', op: 'assume_role', creds: { from: 'gst-plain' }, params: { RoleArn: r('C-BoolIfExists-MFA'), RoleSessionName: 'via-gst' } },
      ]);
      const toDecode = ['dev-none', 'dev-no-mfa'].map((id) => ({ id, msg: sandboxAuthorizationMessage(mfa[id]) }));
      decoded = await runBoto(
        sb.url,
        toDecode.filter((d) => d.msg).map((d) => ({ id: d.id, op: 'decode_authorization_message', params: { EncodedMessage: d.msg } })),
      );
    });

    it('admits DevAdmin to Developer with the ExternalId and a valid TOTP code', () => {
      expect(okResult(mfa, 'dev-ok').AssumedRoleUser).toMatchObject({ Arn: `arn:aws:sts::${PROD}:assumed-role/Developer/Ana` });
    });

    it('denies Developer without ExternalId, without MFA, or with the wrong ExternalId', () => {
      for (const id of ['dev-none', 'dev-no-mfa', 'dev-wrong-external']) {
        expect(mfa[id]?.error?.Code, `${id}: ${outcomeOf(mfa[id])}`).toBe('AccessDenied');
        expect(mfa[id]?.error?.Message ?? '').toMatch(new RegExp(`^User: ${DEV_ADMIN_ARN} is not authorized to perform: sts:AssumeRole on resource: ${DEVELOPER}`));
      }
    });

    it('gives AWS\'s two MFA failure messages (AssumeRole and GetSessionToken)', () => {
      for (const [id, text] of [
        ['dev-wrong-code', INVALID_CODE],
        ['dev-unknown-serial', UNKNOWN_DEVICE],
        ['gst-wrong-code', INVALID_CODE],
        ['gst-unknown-serial', UNKNOWN_DEVICE],
      ] as const) {
        expect(mfa[id]?.error?.Code, `${id}: ${outcomeOf(mfa[id])}`).toBe('AccessDenied');
        expect(mfa[id]?.status).toBe(403);
        expect(mfa[id]?.error?.Message).toBe(text);
      }
    });

    it('puts aws:MultiFactorAuthPresent and aws:MultiFactorAuthAge into the context when MFA was used', () => {
      expect(outcomeOf(mfa['mfa-bool'])).toBe('allow');
      expect(outcomeOf(mfa['mfa-age'])).toBe('allow');
      expect(outcomeOf(mfa['mfa-admin'])).toBe('allow');
      expect(mfa['mfa-admin-none']?.error?.Code).toBe('AccessDenied');
    });

    it('carries MFA from GetSessionToken into AssumeRole, and MultiFactorAuthPresent=false without it', () => {
      expect(outcomeOf(mfa['gst-mfa-admin'])).toBe('allow');
      expect(outcomeOf(mfa['gst-plain-boolfalse'])).toBe('allow');
      expect(mfa['gst-plain-ifexists']?.error?.Code, outcomeOf(mfa['gst-plain-ifexists'])).toBe('AccessDenied');
    });

    it('explains a denial in its sandbox-only header, an encoded message DecodeAuthorizationMessage decodes, naming the failing condition', () => {
      for (const [id, key] of [
        ['dev-none', /^sts:ExternalId$/i],
        ['dev-no-mfa', /^aws:MultiFactorAuthPresent$/i],
      ] as const) {
        expect(mfa[id]?.error?.Message, 'exactly AWS\'s text').toBe(`User: ${DEV_ADMIN_ARN} is not authorized to perform: sts:AssumeRole on resource: ${DEVELOPER}`);
        expect(sandboxAuthorizationMessage(mfa[id]), `${id}: the sandbox header`).toBeDefined();
        const out = okResult(decoded, id);
        const json = JSON.parse(String(out.DecodedMessage)) as Record<string, unknown>;
        expect(json.allowed).toBe(false);
        expect(json.context).toMatchObject({ action: 'sts:AssumeRole', resource: DEVELOPER, principal: { arn: DEV_ADMIN_ARN } });
        expect(json.sandboxTrace, 'sandboxTrace present').toBeTypeOf('object');
        expect(failingConditions(json.sandboxTrace, key).length, `${id}: sandboxTrace names ${key}`).toBeGreaterThan(0);
      }
    });
  });

  // Last: moves the sandbox clock two days, past the DateLessThan of C-DateLessThan-Soon.
  it('evaluates aws:CurrentTime on the sandbox clock', async () => {
    await advanceClock(sb.url, 2 * 86400);
    const after = await runBoto(sb.url, [
      { id: 'soon', op: 'assume_role', params: { RoleArn: r('C-DateLessThan-Soon'), RoleSessionName: 'later' } },
      { id: 'gt', op: 'assume_role', params: { RoleArn: r('C-DateGreaterThan'), RoleSessionName: 'later' } },
    ]);
    expect(after.soon?.error?.Code, outcomeOf(after.soon)).toBe('AccessDenied');
    expect(outcomeOf(after.gt)).toBe('allow');
  });
});
