/**
 * Monaco, loaded on demand: only the editor core, a handful of editing features, the diff editor
 * and JSON. Workers are bundled by Vite (no CDN); CSP allows them through worker-src 'self' blob:.
 * Imported only from the lazily loaded PolicyMonaco, so none of this reaches the entry chunk.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// Ctrl+M: Tab moves focus out of the editor instead of indenting (keyboard users).
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
// The JSON mode, loaded when the first JSON model appears, imports Monaco's worker helper, and with it
// every editor contribution (code lens, drop-into-editor, …) and the services they register. Arriving
// after the first editor had already created Monaco's services, those contributions failed in every
// later editor and in the diff editor ("depends on UNKNOWN service ICodeLensCache",
// "treeViewsDndService"). Loaded here, before any editor exists, the services are all there.
import 'monaco-editor/internal/common/workers';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { registerPolicyLanguage } from './languageProviders';
import { IAM_POLICY_SCHEMA } from './policySchema';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  enableSchemaRequest: false,
  schemaValidation: 'warning',
  schemas: [{ uri: 'inmemory://sts-workbench/iam-policy.schema.json', fileMatch: ['*.policy.json'], schema: IAM_POLICY_SCHEMA }],
});
// The JSON service keeps tokens, folding, selection ranges and outline. Markers, completion, hover
// and formatting come from the policy services (languageProviders.ts) instead: they know the
// grammar in depth, and two sources would show every problem twice.
jsonDefaults.setModeConfiguration({
  documentFormattingEdits: false,
  documentRangeFormattingEdits: false,
  completionItems: false,
  hovers: false,
  documentSymbols: true,
  tokens: true,
  colors: false,
  foldingRanges: true,
  diagnostics: false,
  selectionRanges: true,
});

registerPolicyLanguage(monaco);

// Editor colours that sit on the workbench's own surfaces (styles.css --surface).
monaco.editor.defineTheme('stsw-light', { base: 'vs', inherit: true, rules: [], colors: { 'editor.background': '#ffffff' } });
monaco.editor.defineTheme('stsw-dark', { base: 'vs-dark', inherit: true, rules: [], colors: { 'editor.background': '#151b23' } });

export { monaco };
