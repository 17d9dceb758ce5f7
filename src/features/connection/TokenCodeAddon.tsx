import type { OperationSpec } from '../../catalog/types';
import type { FormValues } from '../../state/formState';
import { SandboxMfaCodeSlot } from './SandboxMfaCodeSlot';
import type { Connection } from './useConnection';

/**
 * Under TokenCode, when the sandbox holds the MFA device named in SerialNumber: its current code and a
 * button that types it in. Nothing for AWS, for a form without TokenCode, or before a serial is given.
 */
export function TokenCodeAddon({ connection, spec, values, onFill }: { connection: Connection; spec: OperationSpec; values: FormValues; onFill: (code: string) => void }) {
  const serial = values.SerialNumber?.kind === 'text' ? values.SerialNumber.text.trim() : '';
  if (connection.kind !== 'sandbox' || !serial || !spec.params.some((p) => p.name === 'TokenCode')) return null;
  return <SandboxMfaCodeSlot sandbox={connection.sandbox} serialNumber={serial} onFill={onFill} />;
}
