import { describe, expect, it } from 'vitest';
import type { Lab } from './format';
import { resolveLab, signedInUserOf, unresolvedPlaceholder } from './signed-in';

const t = { en: 'x', fr: 'x' };
const lab: Lab = {
  id: 'l',
  title: t,
  summary: t,
  steps: [
    {
      id: 's',
      title: t,
      concept: t,
      task: t,
      hint: t,
      showMe: { operation: 'GetSessionToken', fields: { SerialNumber: '{{signed-in-user-mfa}}' }, generate: { TokenCode: { from: 'mfa-code', serialNumber: '{{signed-in-user-mfa}}' } } },
      check: { operation: 'GetCallerIdentity', output: { Arn: { startsWith: '{{signed-in-user}}' } } },
    },
  ],
};
const info = (arn: string, devices: string[]) => ({ demo: { arn }, accounts: [{ users: [{ arn: 'arn:aws:iam::1:user/other', mfaDevices: ['arn:aws:iam::1:mfa/other'] }, { arn, mfaDevices: devices }] }] });

describe('the signed-in user placeholders', () => {
  it('name the user the sandbox signs in as, and their first MFA device (not a hardware serial)', () => {
    expect(signedInUserOf(info('arn:aws:iam::1:user/workshop/attendee-03', ['SERIAL', 'arn:aws:iam::1:mfa/attendee-03']))).toEqual({ arn: 'arn:aws:iam::1:user/workshop/attendee-03', mfaSerial: 'arn:aws:iam::1:mfa/attendee-03' });
    expect(signedInUserOf(info('arn:aws:iam::1:user/Solo', []))).toEqual({ arn: 'arn:aws:iam::1:user/Solo', mfaSerial: null });
    expect(signedInUserOf({ demo: null, accounts: [] })).toBeNull();
  });

  it('are resolved in Show me and the check, and left visible when the user has no such thing', () => {
    const step = resolveLab(lab, { arn: 'arn:aws:iam::1:user/workshop/attendee-03', mfaSerial: 'arn:aws:iam::1:mfa/attendee-03' }).steps[0]!;
    expect(step.showMe).toEqual({ operation: 'GetSessionToken', fields: { SerialNumber: 'arn:aws:iam::1:mfa/attendee-03' }, generate: { TokenCode: { from: 'mfa-code', serialNumber: 'arn:aws:iam::1:mfa/attendee-03' } } });
    expect(step.check).toEqual({ operation: 'GetCallerIdentity', output: { Arn: { startsWith: 'arn:aws:iam::1:user/workshop/attendee-03' } } });
    const noDevice = resolveLab(lab, { arn: 'arn:aws:iam::1:user/Solo', mfaSerial: null }).steps[0]!;
    expect(unresolvedPlaceholder(noDevice.showMe)).toBe('{{signed-in-user-mfa}}');
    expect(unresolvedPlaceholder(noDevice.check)).toBeNull();
    // The lab file's own object is untouched.
    expect(lab.steps[0]!.check).toEqual({ operation: 'GetCallerIdentity', output: { Arn: { startsWith: '{{signed-in-user}}' } } });
  });
});
