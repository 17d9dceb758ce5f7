/**
 * Monaco, loaded on demand: only the editor core, a handful of editing features and JSON.
 * Workers are bundled by Vite (no CDN); CSP allows them through worker-src 'self' blob:.
 * This module is imported only by MonacoJsonEditor, which is itself lazily imported.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/suggest/register';
// Ctrl+M: Tab moves focus out of the editor instead of indenting (keyboard users).
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
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

// Editor colours that sit on the workbench's own surfaces (styles.css --surface).
monaco.editor.defineTheme('stsw-light', { base: 'vs', inherit: true, rules: [], colors: { 'editor.background': '#ffffff' } });
monaco.editor.defineTheme('stsw-dark', { base: 'vs-dark', inherit: true, rules: [], colors: { 'editor.background': '#151b23' } });

export { monaco };
