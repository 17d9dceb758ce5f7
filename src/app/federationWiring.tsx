/**
 * Wiring of the federation feature into the shell: the operation form's fields, the sandbox's
 * controls, the clock, Monaco for the trust policy, and DecodeAuthorizationMessage for the trace
 * under a denied call. Features never import each other, so the shell passes these in.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { OperationName } from '../catalog/types';
import { sandboxCall, type SandboxConnection } from '../features/connection/sandboxApi';
import type { Connection } from '../features/connection/useConnection';
import type {
  FederationClock,
  FormBridge,
  JudgedInput,
  VerdictAnchor,
  PolicyEditorRenderer,
  SandboxAccess,
} from '../features/federation/FederationPanel';
import type { CallRecord, KnownCause } from '../features/results/types';
import { encodedMessageInError } from '../inspect/authz';
import { causeTitleOf } from '../inspect/verdict/causes';
import { currentOrigin } from '../sts/connection';
import { LazyPolicyEditor as PolicyEditor } from '../ui/policy-editor/LazyPolicyEditor';
import { loadStsClient } from './useCalls';
import type { useForms } from './useForms';

// The inspectors bring XML-signature and X.509 code: they load with the first federation panel, not the first screen.
const federation = () => import('../features/federation/FederationPanel');
const FederationPanel = lazy(() => federation().then((m) => ({ default: m.FederationPanel })));
const DeniedCallTrace = lazy(() => federation().then((m) => ({ default: m.DeniedCallTrace })));
const loadingPanel = <p className="px-1 py-2 text-[13px] text-muted">Loading the federation tools…</p>;

const FEDERATION_OPERATIONS = ['AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity'] as const;
type FederationOp = (typeof FEDERATION_OPERATIONS)[number];
export const isFederationOp = (name: OperationName): name is FederationOp => (FEDERATION_OPERATIONS as readonly string[]).includes(name);
/** The element the Send area's "Verdict" link jumps to. */
export const verdictElementId = (op: OperationName) => `verdict-${op}`;

// The shared policy editor in trust mode (Principal required, sts actions only); it loads Monaco itself.
const renderPolicyEditor: PolicyEditorRenderer = (p) => <PolicyEditor value={p.value} onChange={p.onChange} ariaLabel={p.ariaLabel} kind="trust" startRich allowPlain={false} />;

/** A /_sandbox/ control that answers text (the SAML metadata), from either sandbox. */
async function sandboxText(conn: SandboxConnection, path: string): Promise<string> {
  if (conn.inPage) {
    const res = await conn.inPage.handle({ method: 'GET', url: path, headers: { host: location.host }, body: new Uint8Array() });
    if (res.status >= 400) throw new Error(`The sandbox answered HTTP ${res.status} for ${path}.`);
    return res.body;
  }
  const res = await fetch(path, { cache: 'no-store' });
  if (!res.ok) throw new Error(`The sandbox answered HTTP ${res.status} for ${path}.`);
  return res.text();
}

function useSandboxAccess(connection: Connection): SandboxAccess | null {
  const conn = connection.kind === 'sandbox' ? connection.sandbox.connection : undefined;
  return useMemo(
    () =>
      conn
        ? {
            world: conn.info,
            call: <T,>(method: 'GET' | 'POST', path: string, body?: unknown) => sandboxCall<T>(conn, method, path, body),
            text: (path: string) => sandboxText(conn, path),
          }
        : null,
    [conn],
  );
}

type Forms = ReturnType<typeof useForms>;

function formBridge(forms: Forms, op: FederationOp): FormBridge {
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(forms.stateOf(op).values)) {
    if (v.kind === 'text') values[k] = v.text;
    else if (v.kind === 'list') lists[k] = v.items;
  }
  return {
    values,
    lists,
    fill: (fields) => {
      for (const [k, text] of Object.entries(fields)) forms.setField(op, k, { kind: 'text', text });
    },
  };
}

/**
 * The federation panels for the current operation. A panel stays mounted (hidden) once opened,
 * so an inspected assertion survives a visit to another operation.
 */
/** The parameter that carries what the inspector judged. */
const JUDGED_PARAM: Record<FederationOp, string> = { AssumeRoleWithSAML: 'SAMLAssertion', AssumeRoleWithWebIdentity: 'WebIdentityToken' };

/**
 * The inspectors' latest rejection per operation, and the cause for an error card: known when the
 * call sent exactly the input the inspector rejected and STS answered the code it predicted.
 */
export function useFederationCauses() {
  const [judged, setJudged] = useState<Partial<Record<FederationOp, JudgedInput>>>({});
  const onRejected = useCallback((op: FederationOp, j: JudgedInput) => setJudged((m) => (m[op] && JSON.stringify(m[op]) === JSON.stringify(j) ? m : { ...m, [op]: j })), []);
  const errorCause = useCallback(
    (record: CallRecord): KnownCause | null => {
      if (record.outcome.status !== 'error' || !isFederationOp(record.operation)) return null;
      const j = judged[record.operation];
      const sent = record.input[JUDGED_PARAM[record.operation]];
      if (!j || typeof sent !== 'string' || sent.trim() !== j.input.trim() || j.code !== record.outcome.error.code) {
        // Not judged here: the sandbox's own cause id (x-sandbox-cause), worded for this protocol.
        const title = causeTitleOf(record.operation === 'AssumeRoleWithSAML' ? 'saml' : 'oidc', record.outcome.error.sandboxCause);
        return title ? { title, detail: record.outcome.error.explanation.meaning, fix: null, source: 'sandbox' } : null;
      }
      return { title: j.causeTitle, detail: j.cause, fix: j.fix };
    },
    [judged],
  );
  return { onRejected, errorCause };
}

export function FederationSlot({ current, connection, forms, onBackToSend, onRejected }: { current: OperationName; connection: Connection; forms: Forms; onBackToSend: () => void; onRejected: (op: FederationOp, j: JudgedInput) => void }) {
  const [opened, setOpened] = useState<ReadonlySet<FederationOp>>(new Set());
  if (isFederationOp(current) && !opened.has(current)) setOpened(new Set([...opened, current]));
  const sandbox = useSandboxAccess(connection);
  // Stable anchors: the panels re-run their effects only when the verdict changes, not on every render here.
  const latest = useRef({ onBackToSend, onRejected });
  useEffect(() => {
    latest.current = { onBackToSend, onRejected };
  });
  const anchors = useMemo(
    () =>
      Object.fromEntries(
        FEDERATION_OPERATIONS.map((op) => [op, { id: verdictElementId(op), onBack: () => latest.current.onBackToSend(), onRejected: (j: JudgedInput) => latest.current.onRejected(op, j) }]),
      ) as Record<FederationOp, VerdictAnchor>,
    [],
  );
  const clock: FederationClock =
    connection.kind === 'sandbox' ? { offsetMs: connection.sandbox.offsetMs, name: 'the sandbox clock', sameAsSts: true } : { offsetMs: 0, name: 'this browser\'s clock', sameAsSts: false };
  return (
    <>
      {FEDERATION_OPERATIONS.filter((op) => opened.has(op)).map((op) => (
        <div key={op} hidden={current !== op}>
          <Suspense fallback={loadingPanel}>
            <FederationPanel operation={op} form={formBridge(forms, op)} sandbox={sandbox} clock={clock} renderPolicyEditor={renderPolicyEditor} verdictAnchor={anchors[op]} />
          </Suspense>
        </div>
      ))}
    </>
  );
}

/** DecodeAuthorizationMessage through the same STS client the results use, for sandbox denials. */
export function useDeniedCallTrace(connection: Connection): (record: CallRecord) => ReactNode {
  const { target, sourceCredentials } = connection;
  const inPage = connection.sandbox.connection?.inPage ?? null;
  const decode = useCallback(
    async (encoded: string): Promise<string> => {
      if (!target || (target.kind !== 'sandbox-server' && target.kind !== 'sandbox-in-page')) {
        throw new Error('Calls no longer go to the sandbox: switch the connection back to it to decode this message.');
      }
      const { createStsClient, sendOperation } = await loadStsClient();
      const client = createStsClient(target, sourceCredentials, { origin: currentOrigin(), ...(inPage ? { inPageSandbox: inPage } : {}) });
      try {
        const res = await sendOperation(client, 'DecodeAuthorizationMessage', { EncodedMessage: encoded });
        return String((res.output as { DecodedMessage?: string }).DecodedMessage ?? '');
      } finally {
        client.destroy();
      }
    },
    [target, sourceCredentials, inPage],
  );
  return useCallback(
    (record: CallRecord) => {
      if (record.outcome.status !== 'error' || !record.sandboxClock || record.operation === 'DecodeAuthorizationMessage') return null;
      // The sandbox's own denials explain themselves in a sandbox-only header; a message pasted from
      // elsewhere (the EC2-style practice denial) may carry AWS's "Encoded authorization failure message".
      const { error } = record.outcome;
      const encoded = error.sandboxAuthorizationMessage ?? encodedMessageInError(error.message);
      return encoded ? (
        <Suspense fallback={null}>
          <DeniedCallTrace encoded={encoded} decode={decode} fromHeader={error.sandboxAuthorizationMessage !== undefined} />
        </Suspense>
      ) : null;
    },
    [decode],
  );
}
