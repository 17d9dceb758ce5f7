import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { CommandPalette } from './CommandPalette';
import { SandboxMfaCode } from './lazyParts';
import { getOperation } from '../catalog/operations';
import type { OperationName } from '../catalog/types';
import { validateInput } from '../catalog/validate';
import { CommandPreview } from '../features/command-preview/CommandPreview';
import { ConnectionPanel } from '../features/connection/ConnectionPanel';
import { sandboxSuggestions } from '../features/connection/suggestions';
import { useConnection } from '../features/connection/useConnection';
import { focusField } from '../features/operations/focusField';
import { fromInput, toInput } from '../features/operations/formState';
import { missingRequired, visibleIssues } from '../features/operations/visibleIssues';
import { usePolicyErrorCount } from '../features/operations/usePolicyErrors';
import { OperationForm } from '../features/operations/OperationForm';
import { OperationHeader } from '../features/operations/OperationHeader';
import { SendBar } from '../features/operations/SendBar';
import { ResultsPanel } from '../features/results/ResultsPanel';
import { currentOrigin, isUnsignedOperation } from '../sts/connection';
import { ExampleButton } from './ExampleButton';
import { installCspWatch } from './cspWatch';
import { MENU_ORDER } from './groups';
import { Header } from './Header';
import { OperationNav } from './OperationNav';
import { previewTarget } from './previewTarget';
import { loadStsClient, useCalls } from './useCalls';
import { useCurrentOperation } from './useCurrentOperation';
import { useForms } from './useForms';
import { useShortcuts } from './useShortcuts';
import { useTheme } from './useTheme';
import { usePresenter } from './usePresenter';
import { useMenu } from './useMenu';
import { cx } from '../ui/cx';
import { useCredentialsWiring } from './credentialsWiring';
import { FederationSlot, isFederationOp, useDeniedCallTrace, useFederationCauses, verdictElementId } from './federationWiring';
import { useRoleArnHint } from './roleArnHint';
import { policySizeIssue, useSentPolicies } from './policyWiring';
import { useLabsWiring } from './labsWiring';
import { AsideTabs, ToolSlot, ToolsNav, useOpenFromHistory, useTool } from './toolsWiring';
import { ErrorBoundary } from '../ui/ErrorBoundary';

/** The shell: wires the connection, the form, the preview and the results together. */
export function Workbench() {
  const ids = { op: useId(), results: useId() };
  const theme = useTheme();
  const presenter = usePresenter();
  const menu = useMenu();
  const connection = useConnection();
  const [opName, selectOp] = useCurrentOperation();
  const [tool, openTool] = useTool();
  const spec = getOperation(opName);
  const forms = useForms();
  const form = forms.stateOf(opName);
  const values = form.values;
  const input = useMemo(() => toInput(spec, values), [spec, values]);
  const issues = useMemo(() => validateInput(spec, input), [spec, input]);
  const shownIssues = useMemo(() => visibleIssues(issues, input, form.touched, form.attempted), [issues, input, form.touched, form.attempted]);
  const missing = missingRequired(spec, input);
  // "Ready" only when the policy has no errors either (those the policy editor marks).
  const policyErrors = usePolicyErrorCount(spec.params.some((p) => p.widget === 'policy') && typeof input.Policy === 'string' ? input.Policy : undefined) ?? 0;
  const problemCount = issues.length + policyErrors;
  const issueText =
    policySizeIssue(spec, input) ??
    (issues.length === 0 && policyErrors > 0
      ? `The session policy has ${policyErrors} ${policyErrors === 1 ? 'error' : 'errors'} (marked in the policy editor); STS would refuse it.`
      : issues.length > 0 && shownIssues.length === 0 && missing.length > 0
        ? `Required: ${missing.join(', ')}.`
        : undefined);
  const calls = useCalls();
  const credentialSets = useCredentialsWiring(connection, calls);
  const trackCall = credentialSets.track;
  const sentPolicies = useSentPolicies(calls.records);
  const deniedTrace = useDeniedCallTrace(connection);
  const federationCauses = useFederationCauses();
  const roleHint = useRoleArnHint(connection, (op, arn) => forms.setField(op, 'RoleArn', { kind: 'text', text: arn }));
  const [paletteOpen, setPaletteOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  useEffect(installCspWatch, []);

  const unsigned = isUnsignedOperation(spec.name);
  const target = connection.target;
  const blocker =
    target === null
      ? connection.sandbox.status === 'error'
        ? 'The sandbox is not available (see Connection).'
        : 'Starting the sandbox…'
      : !unsigned && connection.sourceCredentials === null
        ? 'Add source credentials under Edit connection to sign this call.'
        : null;

  const send = useCallback(
    (anyway: boolean) => {
      if (calls.pending || blocker !== null || target === null) return;
      if (problemCount > 0 && !anyway) {
        // Ctrl+Enter on invalid input: show every message and take the user to the first problem.
        forms.markAttempted(spec.name);
        focusField(formRef.current, issues[0]?.param ?? 'Policy');
        return;
      }
      const id = calls.send({
        spec,
        input,
        target,
        credentials: unsigned ? null : connection.sourceCredentials,
        inPageSandbox: connection.sandbox.connection?.inPage ?? undefined,
        sentAnyway: problemCount > 0,
      });
      trackCall(id, spec.name);
    },
    [calls, blocker, target, issues, problemCount, spec, input, unsigned, connection.sourceCredentials, connection.sandbox.connection, forms, trackCall],
  );

  const choose = useCallback(
    (name: OperationName) => {
      selectOp(name);
      openTool(null);
      // The wide layout scrolls in <main>; the narrow one scrolls the page.
      document.getElementById('main')?.scrollTo({ top: 0 });
      window.scrollTo({ top: 0 });
    },
    [selectOp, openTool],
  );
  // From the palette, the keyboard lands in the chosen form (its first field, else Send), not on <body>.
  const [focusRequest, setFocusRequest] = useState(0);
  const chooseFromPalette = useCallback(
    (name: OperationName) => {
      choose(name);
      setFocusRequest((n) => n + 1);
    },
    [choose],
  );
  // From the narrow screens' menu: the menu closes and the keyboard lands in the chosen form or tool.
  const closeMenu = menu.close;
  const chooseFromMenu = useCallback(
    (name: OperationName) => {
      closeMenu(false);
      chooseFromPalette(name);
    },
    [closeMenu, chooseFromPalette],
  );
  const openToolFromMenu = useCallback(
    (t: Parameters<typeof openTool>[0]) => {
      const fromMenu = menu.open;
      openTool(t);
      if (!fromMenu) return;
      closeMenu(false);
      window.scrollTo({ top: 0 });
      setTimeout(() => document.getElementById('main')?.focus({ preventScroll: true }), 0);
    },
    [openTool, menu.open, closeMenu],
  );
  const openPalette = useCallback(() => {
    closeMenu(false);
    setPaletteOpen(true);
  }, [closeMenu]);
  useEffect(() => {
    if (focusRequest === 0) return;
    // After the palette's dialog has closed and handed the focus back to where it was.
    const t = setTimeout(() => focusField(formRef.current) || sendRef.current?.focus(), 0);
    return () => clearTimeout(t);
  }, [focusRequest]);
  const openFromHistory = useOpenFromHistory(calls, forms, choose);
  const labs = useLabsWiring(connection, calls, forms, choose, useCallback(() => openTool('labs'), [openTool]));
  useShortcuts({
    send: () => !paletteOpen && tool === null && send(false),
    openPalette,
    selectIndex: (i) => {
      const op = MENU_ORDER[i];
      if (op && !paletteOpen) choose(op.name);
    },
  });

  const mfaSerial = values.SerialNumber?.kind === 'text' ? values.SerialNumber.text.trim() : '';
  const sandboxConnection = connection.kind === 'sandbox' ? connection.sandbox.connection : undefined;
  const mfaAddon =
    sandboxConnection && mfaSerial && spec.params.some((p) => p.name === 'TokenCode') ? (
      <Suspense fallback={null}>
        <SandboxMfaCode
          connection={sandboxConnection}
          serialNumber={mfaSerial}
          clockOffsetSeconds={connection.sandbox.clock?.offsetSeconds ?? 0}
          onFill={(code) => forms.setField(opName, 'TokenCode', { kind: 'text', text: code })}
        />
      </Suspense>
    ) : null;
  const suggestions = useMemo(() => (connection.kind === 'sandbox' ? sandboxSuggestions(connection.sandbox.connection?.info) : {}), [connection.kind, connection.sandbox.connection]);
  const preview = previewTarget(target, currentOrigin());

  return (
    // Narrow screens: one page scroll under a sticky header. Wide (lg): the shell fills the window and never
    // scrolls; the sidebar, the form and the results each scroll in their own column.
    <div className="flex min-h-full flex-col lg:h-full">
      <a href="#main" className="sr-only z-50 rounded bg-accent px-3 py-1 text-accent-fg focus:not-sr-only focus:absolute focus:top-1 focus:left-1">
        Skip to the form
      </a>
      <Header theme={theme} presenter={presenter} menu={menu} onOpenPalette={openPalette} />
      <div className="grid flex-1 grid-cols-1 lg:min-h-0 lg:grid-cols-[208px_minmax(0,1fr)_minmax(340px,0.85fr)] lg:grid-rows-[minmax(0,1fr)] xl:grid-cols-[244px_minmax(0,1fr)_minmax(360px,0.85fr)]">
        <div
          id={menu.controls}
          ref={menu.panelRef}
          data-testid="sidebar"
          {...(menu.open ? { role: 'dialog', 'aria-modal': true, 'aria-label': 'Menu' } : {})}
          className={cx(
            'scroll-visible min-h-0 flex-col overflow-y-auto overscroll-contain border-line bg-surface lg:relative lg:flex lg:border-r',
            menu.open ? 'fixed inset-x-0 top-11 bottom-0 z-40 flex border-b shadow-lg lg:relative lg:shadow-none' : 'hidden',
          )}
        >
          <ErrorBoundary label="The operation menu"><OperationNav current={tool === null ? opName : null} onSelect={menu.open ? chooseFromMenu : choose} /></ErrorBoundary>
          <ErrorBoundary label="The tools menu"><ToolsNav current={tool} onSelect={openToolFromMenu} /></ErrorBoundary>
          <ErrorBoundary label="The credential sets">{credentialSets.sidebar}</ErrorBoundary>
        </div>
        <main id="main" className="min-w-0 lg:relative lg:min-h-0 lg:overflow-y-auto" tabIndex={-1} inert={menu.open}>
          <div className="mx-auto max-w-3xl space-y-3 p-4">
            <ErrorBoundary label="The connection panel"><ConnectionPanel connection={connection} spec={spec} folded={calls.history.length > 0} /></ErrorBoundary>
            {tool !== null ? (
              <ErrorBoundary resetKey={tool} label="The tool"><ToolSlot tool={tool} connection={connection} sets={credentialSets.sets} calls={calls} forms={forms} choose={choose} labsArea={labs.area} /></ErrorBoundary>
            ) : (
            <>
            {labs.guide && <ErrorBoundary label="The lab guide">{labs.guide}</ErrorBoundary>}
            <ErrorBoundary label="The credential chain">{credentialSets.banner(spec.name, input)}</ErrorBoundary>
            <section aria-labelledby={ids.op} className="rounded-md border border-line bg-surface" data-testid="operation-form">
              <div className="space-y-4 p-4">
                <OperationHeader
                  spec={spec}
                  headingId={ids.op}
                  actions={
                    connection.kind === 'sandbox' ? (
                      <ExampleButton
                        key={spec.name}
                        spec={spec}
                        sandbox={connection.sandbox.connection}
                        onLoad={(example) => forms.load(spec.name, fromInput(spec, example), Object.keys(example))}
                      />
                    ) : undefined
                  }
                />
                <form
                  ref={formRef}
                  aria-labelledby={ids.op}
                  noValidate
                  onSubmit={(e) => {
                    e.preventDefault();
                    send(false);
                  }}
                >
                  <ErrorBoundary resetKey={spec.name} label="The form">
                  <OperationForm
                    key={spec.name}
                    spec={spec}
                    values={values}
                    onChange={(param, v) => forms.setField(opName, param, v)}
                    issues={shownIssues}
                    suggestions={suggestions}
                    policySent={sentPolicies.get(opName)}
                    addons={mfaAddon ? { TokenCode: mfaAddon } : undefined}
                  />
                  </ErrorBoundary>
                </form>
              </div>
              <div className="sticky bottom-0 rounded-b-md border-t border-line bg-surface px-4 py-2">
                <SendBar
                  sendRef={sendRef}
                  operation={spec.name}
                  issueCount={problemCount}
                  issueText={issueText}
                  onReset={() => forms.reset(spec.name)}
                  onPrepare={() => void loadStsClient()}
                  pending={calls.pending}
                  blocker={blocker}
                  onSend={() => send(false)}
                  onSendAnyway={() => send(true)}
                  onCancel={calls.cancel}
                  {...(isFederationOp(opName) ? { jumpTo: { label: 'Verdict ↓', elementId: verdictElementId(opName) } } : {})}
                />
              </div>
            </section>
            <ErrorBoundary resetKey={spec.name} label="The command preview"><CommandPreview spec={spec} input={input} {...preview} /></ErrorBoundary>
            <ErrorBoundary resetKey={opName} label="The federation panel"><FederationSlot current={opName} connection={connection} forms={forms} onBackToSend={() => (sendRef.current && !sendRef.current.disabled ? sendRef.current.focus() : focusField(formRef.current, issues[0]?.param))} onRejected={federationCauses.onRejected} /></ErrorBoundary>
            </>
            )}
          </div>
        </main>
        <aside aria-labelledby={ids.results} className="min-w-0 lg:relative border-t border-line bg-bg lg:min-h-0 lg:border-t-0 lg:border-l" inert={menu.open}>
          <AsideTabs calls={calls} onOpen={openFromHistory} results={<ErrorBoundary label="The results list"><ResultsPanel
            headingId={ids.results}
            records={calls.records}
            sandboxOffsetMs={connection.sandbox.offsetMs}
            onUseCredentials={(creds, label) => connection.adoptCredentials(creds, label)}
            onDismiss={calls.dismiss}
            onClear={calls.clear}
            errorCause={federationCauses.errorCause}
            errorExtra={(record) => (
              <>
                {roleHint(record)}
                {deniedTrace(record)}
              </>
            )}
            onDecode={(encoded) => {
              forms.setField('DecodeAuthorizationMessage', 'EncodedMessage', { kind: 'text', text: encoded });
              choose('DecodeAuthorizationMessage');
            }}
          /></ErrorBoundary>} />
        </aside>
      </div>
      <div role="status" aria-live="polite" className="sr-only">
        {calls.announcement}
      </div>
      <ErrorBoundary label="The credential dialogs">{credentialSets.overlays}</ErrorBoundary>
      {/* In the first screen on purpose: a lazily mounted palette lost the keys typed right after Ctrl-K. */}
      <ErrorBoundary label="The command palette"><CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} onSelect={chooseFromPalette} onSelectTool={openTool} /></ErrorBoundary>
    </div>
  );
}
