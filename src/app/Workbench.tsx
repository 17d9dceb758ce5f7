import { Text } from '../i18n/Text';
import { useLingui } from '@lingui/react';
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { loadedOperation, whenOperationLoaded } from '../catalog/load';
import { isUnsignedOperation } from '../catalog/directory';
import type { OperationName } from '../catalog/types';
import { CommandPreview } from '../features/command-preview/CommandPreview';
import { previewTarget } from '../features/command-preview/previewTarget';
import { ConnectionPanel } from '../features/connection/ConnectionPanel';
import { ExampleButton } from '../features/connection/ExampleButton';
import { SandboxMfaCodeSlot } from '../features/connection/SandboxMfaCodeSlot';
import { TokenCodeAddon } from '../features/connection/TokenCodeAddon';
import { sandboxCall } from '../features/connection/sandboxApi';
import { sandboxSuggestions } from '../features/connection/suggestions';
import { useConnection } from '../features/connection/useConnection';
import { CredentialChain, CredentialOverlays, CredentialsSidebar } from '../features/credentials/CredentialsArea';
import { FederationLoading, isFederationOp, verdictElementId } from '../features/federation/federationOps';
import type { FederationSlotProps } from '../features/federation/FederationSlot';
import { AsideTabs } from '../features/history/AsideTabs';
import { LabGuideSlot, LabsAreaSlot } from '../features/labs/LabsSlots';
import { useLabsFlow } from '../features/labs/useLabsFlow';
import { focusField } from '../features/operations/focusField';
import { OperationPanel } from '../features/operations/OperationPanel';
import { useFocusRequest } from '../features/operations/useFocusRequest';
import { useFormReadiness } from '../features/operations/useFormReadiness';
import { sendBlocker } from '../features/operations/sendReadiness';
import { ResultsPanel } from '../features/results/ResultsPanel';
import { COMMANDS, NAV_SECTIONS, type Command } from '../state/commands';
import { fromInput } from '../state/formState';
import { currentOrigin, SANDBOX_SERVER_TARGET } from '../sts/connection';
import { installCspWatch } from '../sts/cspWatch';
import { LazyCommandPalette as CommandPalette } from '../ui/LazyCommandPalette';
import { cx } from '../ui/cx';
import { lazyOnUse } from '../ui/lazyPart';
import type { CallErrorExtrasProps } from './CallErrorExtras';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { NavMenu } from '../ui/NavMenu';
import { useCredentialsFlow } from '../features/credentials/useCredentialsFlow';
import { useFederationWiring } from './federationWiring';
import { Header } from '../features/shell/Header';
import { ToolLoading } from './ToolLoading';
import type { ToolSlotProps } from './toolsWiring';
import { loadStsClient, useCalls, useSentPolicies } from './useCalls';
import { useCommands, type CommandSource } from './useCommands';
import { useForms } from '../features/operations/useForms';
import { useMenu } from '../features/shell/useMenu';
import { usePresenter } from '../features/shell/usePresenter';
import { useRoute } from '../features/shell/useRoute';
import { OperationLoadProblem } from '../features/shell/OperationLoadProblem';
import { useTheme } from '../features/shell/useTheme';

const CallErrorExtras = lazyOnUse<CallErrorExtrasProps>(() => import('./CallErrorExtras').then((m) => m.CallErrorExtras));

// The tools' wiring comes with the first tool opened, not with the first screen.
const ToolSlot = lazyOnUse<ToolSlotProps>(() => import('./toolsWiring').then((m) => m.ToolSlot));

// The federation panels' slot comes with the first federation operation shown, not with the first screen.
const FederationSlot = lazyOnUse<FederationSlotProps>(() => import('../features/federation/FederationSlot').then((m) => m.FederationSlot));

const PALETTE = COMMANDS.find((c) => c.run.kind === 'open-palette')!;

/** The shell: composes the connection, the form, the preview and the results; the state and the rules live in src/state and the features. */
export function Workbench() {
  const ids = { op: useId(), results: useId() };
  const { i18n } = useLingui();
  const theme = useTheme();
  const presenter = usePresenter();
  const menu = useMenu();
  const connection = useConnection();
  const { operation: opName, selectOperation, tool, openTool } = useRoute();
  const spec = loadedOperation(opName);
  const forms = useForms();
  const form = forms.stateOf(opName);
  const values = form.values;
  const { input, issues, shownIssues, problemCount, issueText, checking } = useFormReadiness(spec, form);
  const calls = useCalls();
  const credentials = useCredentialsFlow(connection, calls);
  const sentPolicies = useSentPolicies(calls.records);
  const federation = useFederationWiring(connection, forms);
  // Mounted with the first federation operation shown, then kept: an inspected assertion survives a visit elsewhere.
  const [federationUsed, setFederationUsed] = useState(false);
  if (isFederationOp(opName) && !federationUsed) setFederationUsed(true);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  useEffect(installCspWatch, []);

  const unsigned = isUnsignedOperation(spec.name);
  // While the sandbox is being found, the preview is drawn for the server's sandbox, invisibly: its place is kept.
  const sandboxPending = connection.kind === 'sandbox' && connection.sandbox.status === 'pending';
  const target = connection.target;
  const blocker = sendBlocker(target !== null, connection.sandbox.status === 'error', !unsigned, connection.sourceCredentials !== null);
  const { track } = credentials;
  const send = useCallback(
    (anyway: boolean) => {
      if (calls.pending || blocker !== null || target === null) return;
      if (problemCount > 0 && !anyway) {
        // Ctrl+Enter on invalid input: show every message and take the user to the first problem.
        forms.markAttempted(spec.name);
        focusField(formRef.current, issues[0]?.param ?? 'Policy');
        return;
      }
      const credentials = unsigned ? null : connection.sourceCredentials;
      const id = calls.send({ operation: spec.name, input, target, credentials, inPageSandbox: connection.sandbox.connection?.inPage ?? undefined, sentAnyway: problemCount > 0 });
      track(id, spec.name);
    },
    [calls, blocker, target, issues, problemCount, spec, input, unsigned, connection.sourceCredentials, connection.sandbox.connection, forms, track],
  );

  const choose = useCallback(
    (name: OperationName) =>
      // Whatever is on screen stays until the chosen operation's spec is there (at once once the page has prefetched them).
      whenOperationLoaded(name, () => {
        selectOperation(name);
        openTool(null);
        // The wide layout scrolls in <main>; the narrow one scrolls the page.
        mainRef.current?.scrollTo({ top: 0 });
        window.scrollTo({ top: 0 });
      }),
    [selectOperation, openTool],
  );
  /** A form filled from elsewhere (history, a tool, a lab's "Show me"), then on screen. */
  const loadAndChoose = useCallback(
    (name: OperationName, filled: Record<string, unknown>) => {
      whenOperationLoaded(name, (spec) => {
        forms.load(name, fromInput(spec, filled as never), Object.keys(filled));
        choose(name);
      });
    },
    [forms, choose],
  );
  const requestFocus = useFocusRequest({ form: formRef, send: sendRef, main: mainRef });
  const fromMenu = (from: CommandSource) => {
    if (from === 'menu') menu.close(false);
  };
  const sandboxConn = connection.kind === 'sandbox' ? connection.sandbox.connection : undefined;
  // A lab step's Show me for the permission check: the question it fills (n remounts the tool with it).
  const [permissionQuestion, setPermissionQuestion] = useState<{ action: string; resource: string; n: number } | null>(null);
  const labs = useLabsFlow({
    connection,
    control: useMemo(() => (sandboxConn ? (method: 'GET' | 'POST', path: string, body?: unknown) => sandboxCall(sandboxConn, method, path, body) : null), [sandboxConn]),
    history: calls.history,
    loadForm: forms.load,
    choose,
    showArea: useCallback(() => openTool('labs'), [openTool]),
    openPermissionCheck: useCallback((q: { action: string; resource: string }) => {
      setPermissionQuestion((p) => ({ ...q, n: (p?.n ?? 0) + 1 }));
      openTool('permission-check');
    }, [openTool]),
  });
  const runCommand = useCommands(
    {
      operation: ({ operation }, from) => {
        fromMenu(from);
        // The focus goes to the chosen form, so only once its spec is there and it is drawn.
        whenOperationLoaded(operation, () => {
          choose(operation);
          if (from === 'palette' || from === 'menu') requestFocus('form');
        });
      },
      tool: ({ tool }, from) => {
        openTool(tool);
        if (from !== 'menu') return;
        fromMenu(from);
        window.scrollTo({ top: 0 });
        requestFocus('main');
      },
      lab: ({ labId }, from) => {
        fromMenu(from);
        labs.open(labId);
        if (from === 'menu') requestFocus('main');
      },
      send: () => send(false),
      'open-palette': () => {
        menu.close(false);
        setPaletteOpen(true);
      },
    },
    { paletteOpen, formShown: tool === null },
  );
  const runFromNav = (c: Command) => runCommand(c, menu.open ? 'menu' : 'nav');
  const currentCommand = tool !== null ? `tool:${tool}` : `operation:${opName}`;

  const suggestions = useMemo(() => (connection.kind === 'sandbox' ? sandboxSuggestions(connection.sandbox.connection?.info) : {}), [connection.kind, connection.sandbox.connection]);
  const world = sandboxConn?.info;

  return (
    // Narrow screens: one page scroll under a sticky header. Wide (lg): the shell fills the window and never
    // scrolls; the sidebar, the form and the results each scroll in their own column.
    <div className="flex min-h-full flex-col lg:h-full">
      <a href="#main" className="sr-only z-50 rounded bg-accent px-3 py-1 text-accent-fg focus:not-sr-only focus:absolute focus:top-1 focus:left-1">
        {i18n._({ id: 'shell.skipToForm', message: 'Skip to the form' })}
      </a>
      <Header theme={theme} presenter={presenter} menu={menu} onOpenPalette={() => runCommand(PALETTE, 'nav')} />
      <div className="grid flex-1 grid-cols-1 lg:min-h-0 lg:grid-cols-[208px_minmax(0,1fr)_minmax(340px,0.85fr)] lg:grid-rows-[minmax(0,1fr)] xl:grid-cols-[244px_minmax(0,1fr)_minmax(360px,0.85fr)]">
        <div
          id={menu.controls}
          ref={menu.panelRef}
          data-testid="sidebar"
          {...(menu.open ? { role: 'dialog', 'aria-modal': true, 'aria-label': i18n._({ id: 'shell.menu', message: 'Menu' }) } : {})}
          className={cx(
            'scroll-visible min-h-0 flex-col overflow-y-auto overscroll-contain border-line bg-surface lg:relative lg:flex lg:border-r',
            menu.open ? 'fixed inset-x-0 top-11 bottom-0 z-40 flex border-b shadow-lg lg:relative lg:shadow-none' : 'hidden',
          )}
        >
          {NAV_SECTIONS.map((section, i) => (
            <ErrorBoundary key={section.area} label={i18n._({ id: 'area.navMenu', message: 'The {area} menu', values: { area: i18n._(section.label) } })}><NavMenu section={section} currentId={currentCommand} onRun={runFromNav} first={i === 0} /></ErrorBoundary>
          ))}
          <ErrorBoundary label={i18n._({ id: 'area.sets', message: 'The credential sets' })}><CredentialsSidebar model={credentials} /></ErrorBoundary>
        </div>
        <main ref={mainRef} id="main" className="min-w-0 lg:relative lg:min-h-0 lg:overflow-y-auto" tabIndex={-1} inert={menu.open}>
          <div className="mx-auto max-w-3xl space-y-3 p-4">
            <OperationLoadProblem onRetry={choose} />
            <ErrorBoundary label={i18n._({ id: 'area.connection', message: 'The connection panel' })}><ConnectionPanel connection={connection} spec={spec} folded={calls.history.length > 0} /></ErrorBoundary>
            {tool !== null ? (
              <>
              {/* A lab step done in the permission check keeps its guide in view. */}
              {tool === 'permission-check' && <ErrorBoundary label={i18n._({ id: 'area.labGuide', message: 'The lab guide' })}><LabGuideSlot {...labs.props} /></ErrorBoundary>}
              <ErrorBoundary resetKey={tool} label={i18n._({ id: 'area.tool', message: 'The tool' })}><Suspense fallback={<ToolLoading />}><ToolSlot tool={tool} connection={connection} sets={credentials.sets} calls={calls} forms={forms} choose={choose} labsArea={<LabsAreaSlot {...labs.props} />} permission={{ question: permissionQuestion, record: labs.permission.record }} /></Suspense></ErrorBoundary>
              </>
            ) : (
            <>
            <ErrorBoundary label={i18n._({ id: 'area.labGuide', message: 'The lab guide' })}><LabGuideSlot {...labs.props} /></ErrorBoundary>
            <ErrorBoundary label={i18n._({ id: 'area.chain', message: 'The credential chain' })}><CredentialChain sets={credentials.sets} source={credentials.source} operation={spec.name} input={input} /></ErrorBoundary>
            <OperationPanel
              spec={spec}
              headingId={ids.op}
              actions={connection.kind === 'sandbox' ? <ExampleButton key={spec.name} spec={spec} sandbox={connection.sandbox.connection} onLoad={(example) => forms.load(spec.name, fromInput(spec, example), Object.keys(example))} /> : undefined}
              formRef={formRef}
              formLabel={i18n._({ id: 'area.form', message: 'The form' })}
              form={{
                values,
                onChange: (param, v) => forms.setField(opName, param, v),
                issues: shownIssues,
                suggestions,
                policySent: sentPolicies.get(opName),
                addons: { TokenCode: <TokenCodeAddon connection={connection} spec={spec} values={values} onFill={(code) => forms.setField(opName, 'TokenCode', { kind: 'text', text: code })} /> },
              }}
              onSubmit={() => send(false)}
              sendBar={{
                sendRef,
                issueCount: problemCount,
                issueText,
                checking,
                onReset: () => forms.reset(spec.name),
                onPrepare: () => void loadStsClient(),
                pending: calls.pending,
                blocker,
                onSend: () => send(false),
                onSendAnyway: () => send(true),
                onCancel: calls.cancel,
                ...(isFederationOp(opName) ? { jumpTo: { label: i18n._({ id: 'federation.jumpToVerdict', message: 'Verdict ↓' }), elementId: verdictElementId(opName) } } : {}),
              }}
            />
            <ErrorBoundary resetKey={spec.name} label={i18n._({ id: 'area.commandPreview', message: 'The command preview' })}><CommandPreview spec={spec} input={input} {...previewTarget(target ?? (sandboxPending ? SANDBOX_SERVER_TARGET : null), currentOrigin())} placeholder={!target && sandboxPending} /></ErrorBoundary>
            {federationUsed && (
              <ErrorBoundary resetKey={opName} label={i18n._({ id: 'area.federation', message: 'The federation panel' })}>
                <Suspense fallback={isFederationOp(opName) ? <FederationLoading /> : null}>
                  <FederationSlot current={opName} {...federation.slot} onBackToSend={() => (sendRef.current && !sendRef.current.disabled ? sendRef.current.focus() : focusField(formRef.current, issues[0]?.param))} />
                </Suspense>
              </ErrorBoundary>
            )}
            </>
            )}
          </div>
        </main>
        <aside aria-labelledby={ids.results} className="min-w-0 lg:relative border-t border-line bg-bg lg:min-h-0 lg:border-t-0 lg:border-l" inert={menu.open}>
          <AsideTabs newestId={calls.records[0]?.id} history={calls.history} onClear={calls.clearHistory} onOpen={(id) => { const r = calls.history.find((c) => c.id === id); if (r) loadAndChoose(r.operation, r.input); }} results={<ErrorBoundary label={i18n._({ id: 'area.results', message: 'The results list' })}><ResultsPanel
            headingId={ids.results}
            records={calls.records}
            sandboxOffsetMs={connection.sandbox.offsetMs}
            onUseCredentials={(creds, label) => connection.adoptCredentials(creds, label)}
            onDismiss={calls.dismiss}
            onClear={calls.clear}
            judged={federation.judged}
            errorExtra={(record) => (
              // Its own boundary: the card itself never waits for this code.
              <Suspense fallback={null}>
                <CallErrorExtras record={record} world={world} decode={federation.decode} onUseRoleArn={(arn) => forms.setField(record.operation, 'RoleArn', { kind: 'text', text: arn })} />
              </Suspense>
            )}
            onDecode={(encoded) => {
              forms.setField('DecodeAuthorizationMessage', 'EncodedMessage', { kind: 'text', text: encoded });
              choose('DecodeAuthorizationMessage');
            }}
          /></ErrorBoundary>} />
        </aside>
      </div>
      <div role="status" aria-live="polite" className="sr-only">
        {calls.announcement && <Text m={calls.announcement} />}
      </div>
      <ErrorBoundary label={i18n._({ id: 'area.credentialDialogs', message: 'The credential dialogs' })}>
        <CredentialOverlays model={credentials} codeHint={connection.sandbox.connection ? (serial, fill) => <SandboxMfaCodeSlot sandbox={connection.sandbox} serialNumber={serial} onFill={fill} /> : undefined} />
      </ErrorBoundary>
      <ErrorBoundary label={i18n._({ id: 'area.palette', message: 'The command palette' })}><CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} onRun={(c) => runCommand(c, 'palette')} /></ErrorBoundary>
    </div>
  );
}
