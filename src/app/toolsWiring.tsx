/**
 * Wiring of the tools (access key inspector, authorization message report, sandbox world) and the call history
 * into the shell: hash routing (#/tools/<name>), the Tools menu, the right-hand Results / History
 * tabs, and the bridges to the forms and to sending. Features never import each other.
 */
import { Suspense, lazy, useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { getOperation } from '../catalog/operations';
import type { OperationName } from '../catalog/types';
import type { Connection } from '../features/connection/useConnection';
import type { DecodeOutcome } from '../features/inspectors/AuthorizationReport';
import { fromInput } from '../features/operations/formState';
import { callControl } from '../features/connection/sandboxApi';
import type { CredentialSet } from '../credentials/credential-set';
import { cx } from '../ui/cx';
import { DisclosureHeading } from '../ui/DisclosureHeading';
import { Spinner } from '../ui/Spinner';
import { TabList } from '../ui/Tabs';
import type { useCalls } from './useCalls';
import type { useForms } from './useForms';
import { ErrorBoundary } from '../ui/ErrorBoundary';

// The tools and the history list load when first shown: the first screen is the forms and results.
const HistoryPanel = lazy(() => import('../features/history/HistoryPanel').then((m) => ({ default: m.HistoryPanel })));
const AccessKeyInspector = lazy(() => import('../features/inspectors/AccessKeyInspector').then((m) => ({ default: m.AccessKeyInspector })));
const AuthorizationReportTool = lazy(() => import('../features/inspectors/AuthorizationReport').then((m) => ({ default: m.AuthorizationReportTool })));
const WorldExplorer = lazy(() => import('../features/world/WorldExplorer').then((m) => ({ default: m.WorldExplorer })));
const PermissionCheck = lazy(() => import('../features/permissions/PermissionCheck').then((m) => ({ default: m.PermissionCheck })));
const loading = (what: string) => (
  <div className="p-4">
    <Spinner label={`Loading ${what}`} />
  </div>
);

export const TOOLS = [
  { key: 'labs', label: 'Labs', summary: 'Guided exercises, each step checked from the calls you send' },
  { key: 'access-key', label: 'Access key inspector', summary: 'Kind and account of any access key ID, decoded offline' },
  { key: 'authorization-message', label: 'Authorization message', summary: 'Paste an access-denied error: decode and read its message' },
  { key: 'sandbox-world', label: 'Sandbox world', summary: 'Accounts, users, roles and trust policies of the sandbox' },
  { key: 'permission-check', label: 'Permission check', summary: 'What can these credentials do?' },
] as const;
export type ToolName = (typeof TOOLS)[number]['key'];

function toolFromHash(): ToolName | null {
  const m = /^#\/tools\/([\w-]+)/.exec(location.hash);
  return TOOLS.find((t) => t.key === m?.[1])?.key ?? null;
}

/** The tool on screen instead of an operation form, mirrored in the hash as #/tools/<name>. */
export function useTool(): [ToolName | null, (tool: ToolName | null) => void] {
  const [tool, setTool] = useState<ToolName | null>(toolFromHash);
  useEffect(() => {
    const onHash = () => setTool(toolFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = useCallback((t: ToolName | null) => {
    setTool(t);
    if (t) history.replaceState(null, '', `#/tools/${t}`);
  }, []);
  return [tool, open];
}

/** The Tools group under the operations menu (its own landmark, so the operations menu lists only operations). */
export function ToolsNav({ current, onSelect }: { current: ToolName | null; onSelect: (tool: ToolName) => void }) {
  const bodyId = useId();
  const [open, setOpen] = useState(true);
  return (
    <nav aria-label="Tools" className="border-t border-line px-2 py-3" data-testid="tools-nav">
      <DisclosureHeading id="nav-tools" open={open} onToggle={() => setOpen((o) => !o)} controls={bodyId}>
        Tools
      </DisclosureHeading>
      <ul id={bodyId} hidden={!open} aria-labelledby="nav-tools" className="space-y-px">
        {TOOLS.map((t) => (
          <li key={t.key}>
            <a
              href={`#/tools/${t.key}`}
              aria-current={t.key === current ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                onSelect(t.key);
              }}
              className={cx('block truncate rounded px-2 py-2 text-[13px] lg:py-1', t.key === current ? 'bg-accent-soft font-medium text-accent' : 'text-fg hover:bg-surface-2')}
            >
              {t.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type Calls = ReturnType<typeof useCalls>;
type Forms = ReturnType<typeof useForms>;

interface ToolSlotProps {
  tool: ToolName;
  connection: Connection;
  /** The credential sets of this page, for the permission check. */
  sets: readonly CredentialSet[];
  calls: Calls;
  forms: Forms;
  choose: (op: OperationName) => void;
  /** The Labs area (its state lives in the shell, so the guide above the form shares it). */
  labsArea: ReactNode;
}

/** The selected tool, with what it needs from the shell. */
export function ToolSlot({ tool, connection, sets, calls, forms, choose, labsArea }: ToolSlotProps) {
  const target = connection.target;
  // The sandbox in use answers for the sets it issued (only while calls go to it).
  const sandbox = connection.kind === 'sandbox' ? connection.sandbox.connection : null;
  const blocker =
    target === null
      ? 'the sandbox is not available yet (see Connection).'
      : connection.sourceCredentials === null
        ? 'add source credentials under Edit connection to sign it.'
        : calls.pending
          ? 'another call is still in flight.'
          : null;

  const send = (encoded: string): string | null => {
    if (target === null || blocker) return null;
    return calls.send({
      spec: getOperation('DecodeAuthorizationMessage'),
      input: { EncodedMessage: encoded },
      target,
      credentials: connection.sourceCredentials,
      inPageSandbox: connection.sandbox.connection?.inPage ?? undefined,
      sentAnyway: false,
    });
  };

  const outcomeOf = (id: string): DecodeOutcome | null => {
    const r = calls.history.find((c) => c.id === id);
    if (!r) return null;
    const o = r.outcome;
    if (o.status === 'pending') return { status: 'pending' };
    if (o.status === 'error') return { status: 'error', code: o.error.code, message: o.error.message };
    const decoded = o.output.DecodedMessage;
    return typeof decoded === 'string' ? { status: 'ok', decodedMessage: decoded } : { status: 'error', code: 'NoDecodedMessage', message: 'The answer had no DecodedMessage.' };
  };

  return (
    <Suspense fallback={loading('the tool')}>
      {tool === 'labs' ? (
        labsArea
      ) : tool === 'access-key' ? (
        <AccessKeyInspector
          onAsk={(accessKeyId) => {
            forms.load('GetAccessKeyInfo', fromInput(getOperation('GetAccessKeyInfo'), { AccessKeyId: accessKeyId }), ['AccessKeyId']);
            choose('GetAccessKeyInfo');
          }}
        />
      ) : tool === 'sandbox-world' ? (
        <WorldExplorer
          target={connection.kind}
          world={connection.sandbox.connection?.info}
          {...(connection.sandbox.connection
            ? {
                live: {
                  edits: connection.sandbox.connection.info.edits ?? {},
                  apply: (edit) => connection.sandbox.changeWorld({ edit }),
                  reset: (arn) => connection.sandbox.changeWorld({ reset: { arn } }),
                  ...(connection.sandbox.connection.editsLost ? { lost: connection.sandbox.connection.editsLost } : {}),
                },
              }
            : {})}
          sandboxStatus={connection.sandbox.status}
          sandboxError={connection.sandbox.error}
          onUse={({ operation, fields }) => {
            // Only the role's fields change: whatever else the user typed in that form stays.
            for (const [k, text] of Object.entries(fields)) forms.setField(operation, k, { kind: 'text', text });
            choose(operation);
          }}
        />
      ) : tool === 'permission-check' ? (
        <PermissionCheck
          sets={sets}
          sourceKeys={connection.credentials}
          sourceOrigin={connection.credentialOrigin}
          sandboxTarget={connection.kind === 'sandbox'}
          world={sandbox?.info}
          askSandbox={sandbox ? (request) => callControl(sandbox, 'POST /_sandbox/permission-check', request) : null}
        />
      ) : (
        <AuthorizationReportTool blocker={blocker} send={send} outcomeOf={outcomeOf} />
      )}
    </Suspense>
  );
}

/** History's "Open in form": that call's inputs back in its operation's form, and that operation on screen. */
export function useOpenFromHistory(calls: Calls, forms: Forms, choose: (op: OperationName) => void) {
  return useCallback(
    (id: string) => {
      const r = calls.history.find((c) => c.id === id);
      if (!r) return;
      forms.load(r.operation, fromInput(getOperation(r.operation), r.input), Object.keys(r.input));
      choose(r.operation);
    },
    [calls.history, forms, choose],
  );
}

type AsideTab = 'results' | 'history';

/**
 * Results | History tabs over the right-hand column. The results stay mounted while History is
 * shown (their heading names the column, and revealed secrets or open details survive the switch).
 */
export function AsideTabs({ results, calls, onOpen }: { results: ReactNode; calls: Calls; onOpen: (id: string) => void }) {
  const id = useId();
  const [tab, setTab] = useState<AsideTab>('results');
  // A new call shows its result: sending from a form (or a tool) brings the Results tab forward.
  const newest = calls.records[0]?.id;
  useEffect(() => {
    if (newest) setTab('results');
  }, [newest]);
  const tabs: Array<{ key: AsideTab; label: string }> = [
    { key: 'results', label: 'Results' },
    { key: 'history', label: calls.history.length ? `History (${calls.history.length})` : 'History' },
  ];
  return (
    <div className="flex h-full min-h-0 flex-col">
      <TabList tabs={tabs} selected={tab} onSelect={setTab} label="Results and history" tabId={(k) => `${id}-${k}`} panelId={(k) => `${id}-${k}-panel`} className="border-b border-line px-2" />
      <div role="tabpanel" id={`${id}-results-panel`} aria-labelledby={`${id}-results`} hidden={tab !== 'results'} className="min-h-0 flex-1">
        {results}
      </div>
      <div role="tabpanel" id={`${id}-history-panel`} aria-labelledby={`${id}-history`} hidden={tab !== 'history'} className="min-h-0 flex-1">
        {/* Mounted only while shown: the column's text (results(page).getByText…) stays the results'. */}
        {tab === 'history' && (
          <Suspense fallback={loading('the history')}>
            <ErrorBoundary label="The history"><HistoryPanel records={calls.history} onOpen={onOpen} onClear={calls.clearHistory} /></ErrorBoundary>
          </Suspense>
        )}
      </div>
    </div>
  );
}
