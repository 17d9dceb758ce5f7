/**
 * GET /_sandbox/mfa/code?serialNumber=…: what a sandbox MFA device shows right now, on the sandbox
 * clock, so a workshop needs no phone. Codes are not secrets here: every sandbox device is a demo
 * device, like the demo user's keys that /_sandbox/info already gives.
 */
import { TOTP_STEP_SECONDS, totpCode } from '../auth/totp';
import type { SandboxEnv } from '../env';
import { ControlError } from './json';

export interface MfaCodeAnswer {
  serialNumber: string;
  /** The IAM user the device belongs to. */
  userArn: string;
  /** The six digits to type as TokenCode. */
  code: string;
  /** Seconds until the code changes (TOTP), or null for a device with a fixed code. */
  secondsLeft: number | null;
}

export async function currentMfaCode(env: SandboxEnv, serialNumber: string | null): Promise<MfaCodeAnswer> {
  if (!serialNumber) throw new ControlError(400, 'InvalidField', 'serialNumber is required: the MFA device whose code to show (an ARN such as arn:aws:iam::123456789012:mfa/DevAdmin, or a hardware serial).');
  for (const user of env.world.accounts.flatMap((a) => a.users)) {
    const device = user.mfaDevices.find((d) => d.serialNumber === serialNumber);
    if (!device) continue;
    const now = env.clock.nowSeconds();
    if (device.totpSeedBase32) {
      const code = await totpCode(device.totpSeedBase32, now, env.runtime.subtle);
      if (code) return { serialNumber, userArn: user.arn, code, secondsLeft: TOTP_STEP_SECONDS - (Math.floor(now) % TOTP_STEP_SECONDS) };
    }
    if (device.staticTokenCode !== undefined) return { serialNumber, userArn: user.arn, code: device.staticTokenCode, secondsLeft: null };
    throw new ControlError(400, 'InvalidField', `The MFA device ${serialNumber} has a TOTP seed that is not valid base32, so it has no code.`);
  }
  throw new ControlError(404, 'NotFound', `No MFA device ${serialNumber} in the sandbox world.`);
}
