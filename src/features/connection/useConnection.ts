/**
 * The connection the workbench calls through: the target (sandbox, AWS, custom endpoint) and the
 * source credentials. Everything lives in React state only: nothing is written to storage or the URL.
 */
import { useCallback, useMemo, useState } from 'react';
import type { SourceCredentials, Target } from '../../sts/connection';
import type { EndpointKind, PartitionId } from '../../sts/endpoints';
import { useSandbox, type SandboxState } from './useSandbox';

export type TargetKind = 'sandbox' | 'aws' | 'custom';

export interface CredentialFields {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

/** Where the keys in the form came from, for the summary line. */
export type CredentialOrigin = { kind: 'none' } | { kind: 'demo'; user: string } | { kind: 'typed' } | { kind: 'result'; label: string };

export interface AwsChoice {
  partition: PartitionId;
  region: string;
  endpointKind: EndpointKind;
}

export interface CustomChoice {
  url: string;
  region: string;
}

export interface Connection {
  kind: TargetKind;
  setKind: (kind: TargetKind) => void;
  aws: AwsChoice;
  setAws: (patch: Partial<AwsChoice>) => void;
  custom: CustomChoice;
  setCustom: (patch: Partial<CustomChoice>) => void;
  /** The keys for the current target kind (the sandbox and the others keep separate keys). */
  credentials: CredentialFields;
  credentialOrigin: CredentialOrigin;
  setCredential: (field: keyof CredentialFields, value: string) => void;
  /** Replace the keys, e.g. with credentials a call just returned ("Use as source"). */
  adoptCredentials: (creds: CredentialFields, label: string) => void;
  resetToDemoUser: () => void;
  clearCredentials: () => void;
  /** The SDK-level credentials, or null when the access key or secret is missing. */
  sourceCredentials: SourceCredentials;
  /** The target the SDK client is built for; null while the sandbox is still being found. */
  target: Target | null;
  sandbox: SandboxState;
}

const EMPTY: CredentialFields = { accessKeyId: '', secretAccessKey: '', sessionToken: '' };
type Slot = { fields: CredentialFields; origin: CredentialOrigin };
const emptySlot: Slot = { fields: EMPTY, origin: { kind: 'none' } };

export function useConnection(): Connection {
  const [kind, setKind] = useState<TargetKind>('sandbox');
  const [aws, setAwsState] = useState<AwsChoice>({ partition: 'aws', region: 'us-east-1', endpointKind: 'regional' });
  const [custom, setCustomState] = useState<CustomChoice>({ url: 'http://localhost:4566', region: 'us-east-1' });
  // The sandbox's keys are never sent to AWS by accident: each target kind has its own slot.
  const [slots, setSlots] = useState<Record<TargetKind, Slot>>({ sandbox: emptySlot, aws: emptySlot, custom: emptySlot });
  const sandbox = useSandbox(kind === 'sandbox');
  const demo = sandbox.connection?.info.demo ?? null;

  // First visit: the sandbox's demo user signs, with no set-up. Adjusted while rendering (not in an effect),
  // so no frame shows the keys missing and a "must be signed" warning that flashes and shifts the form.
  const [seenDemo, setSeenDemo] = useState<typeof demo>(null);
  if (demo !== seenDemo) {
    setSeenDemo(demo);
    if (demo) {
      setSlots((s) =>
        s.sandbox.origin.kind === 'none' && s.sandbox.fields.accessKeyId === ''
          ? { ...s, sandbox: { fields: { accessKeyId: demo.accessKeyId, secretAccessKey: demo.secretAccessKey, sessionToken: '' }, origin: { kind: 'demo', user: demo.user } } }
          : s,
      );
    }
  }

  const slot = slots[kind];
  const setSlot = useCallback((next: Slot) => setSlots((s) => ({ ...s, [kind]: next })), [kind]);

  const target = useMemo<Target | null>(() => {
    if (kind === 'aws') return { kind: 'aws', ...aws };
    if (kind === 'custom') return { kind: 'custom', ...custom };
    if (!sandbox.connection) return null;
    return sandbox.connection.mode === 'server' ? { kind: 'sandbox-server' } : { kind: 'sandbox-in-page' };
  }, [kind, aws, custom, sandbox.connection]);

  const f = slot.fields;
  const sourceCredentials = useMemo<SourceCredentials>(
    () =>
      f.accessKeyId.trim() && f.secretAccessKey.trim()
        ? { accessKeyId: f.accessKeyId.trim(), secretAccessKey: f.secretAccessKey.trim(), ...(f.sessionToken.trim() ? { sessionToken: f.sessionToken.trim() } : {}) }
        : null,
    [f],
  );

  return {
    kind,
    setKind,
    aws,
    setAws: (patch) => setAwsState((a) => ({ ...a, ...patch })),
    custom,
    setCustom: (patch) => setCustomState((c) => ({ ...c, ...patch })),
    credentials: f,
    credentialOrigin: slot.origin,
    setCredential: (field, value) => setSlot({ fields: { ...f, [field]: value }, origin: { kind: 'typed' } }),
    adoptCredentials: (creds, label) => setSlot({ fields: creds, origin: { kind: 'result', label } }),
    resetToDemoUser: () => demo && setSlot({ fields: { accessKeyId: demo.accessKeyId, secretAccessKey: demo.secretAccessKey, sessionToken: '' }, origin: { kind: 'demo', user: demo.user } }),
    clearCredentials: () => setSlot({ fields: EMPTY, origin: { kind: 'typed' } }),
    sourceCredentials,
    target,
    sandbox,
  };
}
