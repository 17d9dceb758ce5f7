/**
 * The federation panels under the form of AssumeRoleWithSAML and AssumeRoleWithWebIdentity, and the
 * trace under a denied sandbox call. The inspectors bring XML-signature and X.509 code: they load with
 * the first federation panel, not the first screen. The shell passes in the form, the sandbox and the clock.
 */
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import type { OperationName } from '../../catalog/types';
import { LazyPolicyEditor as PolicyEditor } from '../../ui/policy-editor/LazyPolicyEditor';
import type { DeniedCallTraceProps } from './DeniedCallTrace';
import { FEDERATION_OPERATIONS, FederationLoading, isFederationOp, verdictElementId } from './federationOps';
import type { FederationClock, FederationOperation, FormBridge, JudgedInput, PolicyEditorRenderer, SandboxAccess, VerdictAnchor } from './types';

const federation = () => import('./FederationPanel');
const FederationPanel = lazy(() => federation().then((m) => ({ default: m.FederationPanel })));
const DeniedCallTrace = lazy(() => federation().then((m) => ({ default: m.DeniedCallTrace })));
const loadingPanel = <FederationLoading />;

// The shared policy editor in trust mode (Principal required, sts actions only); it loads Monaco itself.
const renderPolicyEditor: PolicyEditorRenderer = (p) => <PolicyEditor value={p.value} onChange={p.onChange} ariaLabel={p.ariaLabel} kind="trust" startRich allowPlain={false} />;

export interface FederationSlotProps {
  current: OperationName;
  form: (op: FederationOperation) => FormBridge;
  sandbox: SandboxAccess | null;
  clock: FederationClock;
  onBackToSend: () => void;
  onRejected: (op: FederationOperation, judged: JudgedInput) => void;
}

/** A panel stays mounted (hidden) once opened, so an inspected assertion survives a visit to another operation. */
export function FederationSlot({ current, form, sandbox, clock, onBackToSend, onRejected }: FederationSlotProps) {
  const [opened, setOpened] = useState<ReadonlySet<FederationOperation>>(new Set());
  if (isFederationOp(current) && !opened.has(current)) setOpened(new Set([...opened, current]));
  // Stable anchors: the panels re-run their effects only when the verdict changes, not on every render here.
  const latest = useRef({ onBackToSend, onRejected });
  useEffect(() => {
    latest.current = { onBackToSend, onRejected };
  });
  const anchors = useMemo(
    () =>
      Object.fromEntries(
        FEDERATION_OPERATIONS.map((op) => [op, { id: verdictElementId(op), onBack: () => latest.current.onBackToSend(), onRejected: (j: JudgedInput) => latest.current.onRejected(op, j) }]),
      ) as Record<FederationOperation, VerdictAnchor>,
    [],
  );
  return (
    <>
      {FEDERATION_OPERATIONS.filter((op) => opened.has(op)).map((op) => (
        <div key={op} hidden={current !== op}>
          <Suspense fallback={loadingPanel}>
            <FederationPanel operation={op} form={form(op)} sandbox={sandbox} clock={clock} renderPolicyEditor={renderPolicyEditor} verdictAnchor={anchors[op]} />
          </Suspense>
        </div>
      ))}
    </>
  );
}

/** The decoded trace under a denied sandbox call, loaded with the federation code. */
export function DeniedCallTraceSlot(props: DeniedCallTraceProps) {
  return (
    <Suspense fallback={null}>
      <DeniedCallTrace {...props} />
    </Suspense>
  );
}
