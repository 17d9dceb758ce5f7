/**
 * MFA as STS checks it: the serial number must name a device of the calling user, and the code must
 * be that device's current TOTP code (or, in the sandbox, its documented static code). The two
 * failure texts are AWS's own, trailing and double spaces included (reference §2.10).
 */
import { stsError } from '../core/errors';
import type { User } from '../world/types';
import { totpMatches } from './totp';

const INVALID_CODE = 'MultiFactorAuthentication failed with invalid MFA one time pass code. ';
const UNKNOWN_DEVICE =
  'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.';

export async function verifyMfa(user: User | null, serialNumber: string, tokenCode: string, nowSeconds: number): Promise<void> {
  const device = user?.mfaDevices.find((d) => d.serialNumber === serialNumber);
  if (!device) throw stsError('AccessDenied', UNKNOWN_DEVICE);
  if (device.staticTokenCode !== undefined && device.staticTokenCode === tokenCode) return;
  if (device.totpSeedBase32 && (await totpMatches(device.totpSeedBase32, tokenCode, nowSeconds))) return;
  throw stsError('AccessDenied', INVALID_CODE);
}
