/**
 * The Monaco policy editor: markers from validatePolicy (debounced), completion and hover from the
 * policy language services, format on paste, and a diff view against another text. Loaded with
 * React.lazy from PolicyEditor, so Monaco and its workers land in their own chunks, on demand.
 */
import { translate } from '../../i18n/translate';
import { useLingui } from '@lingui/react';
import { useEffect, useRef, useState } from 'react';
import type { EditorPolicyKind } from '../../policy/language/kind';
import { formatPolicy } from '../../policy/language/format';
import { validatePolicy, type PolicyMarker } from '../../policy/validate/validate-policy';
import { MarkerList } from './MarkerList';
import { forgetModel, setModelKind } from './languageProviders';
import { MARKER_OWNER, policyName, toMarkerData } from './monacoAdapters';
import { monaco } from './monacoSetup';

export interface EditorApi {
  /** Focus the editor with the cursor at the end of the text. */
  focus: () => void;
  /** Focus the editor with the cursor at a 1-based line and column. */
  reveal: (line: number, column: number) => void;
}

export interface PolicyMonacoProps {
  value: string;
  onChange: (text: string) => void;
  ariaLabel: string;
  kind: EditorPolicyKind;
  /** Called once the editor exists (the caller decides when it is visible). */
  onReady?: (api: EditorApi) => void;
  invalid?: boolean;
  /** When a string: show the diff from it to the current text instead of the plain editor. */
  compareWith?: string | null;
}

const VALIDATE_DELAY_MS = 150;
let modelCounter = 0;

const themeName = () => (document.documentElement.classList.contains('dark') ? 'stsw-dark' : 'stsw-light');

const BASE_OPTIONS: monaco.editor.IEditorOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 12,
  lineNumbersMinChars: 3,
  lineDecorationsWidth: 6,
  glyphMargin: false,
  folding: true,
  scrollBeyondLastLine: false,
  wordWrap: 'on',
  // Tab moves the focus on, as in every other field (no keyboard trap, WCAG 2.1.2); Ctrl+M toggles it.
  tabFocusMode: true,
  renderLineHighlight: 'none',
  overviewRulerLanes: 0,
  fixedOverflowWidgets: true,
  scrollbar: { alwaysConsumeMouseWheel: false, verticalScrollbarSize: 8, horizontalScrollbarSize: 8 },
  padding: { top: 4, bottom: 4 },
  // A completion replaces the whole string under the cursor, closing quote included (it is often
  // auto-inserted): Monaco's default would insert before it and leave a stray quote.
  suggest: { insertMode: 'replace' },
};

export default function PolicyMonaco({ value, onChange, ariaLabel, kind, onReady, invalid, compareWith = null }: PolicyMonacoProps) {
  const host = useRef<HTMLDivElement>(null);
  const diffHost = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const diffRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // Texts this editor sent up whose echo (the value prop coming back) has not arrived yet, oldest first.
  // An echo is not an outside change: applying a stale one would undo the keys typed since (lost keys).
  const unechoed = useRef<string[]>([]);
  const { i18n } = useLingui();
  const initial = useRef({ value, onReady, ariaLabel, kind });
  const [markers, setMarkers] = useState<PolicyMarker[]>([]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const { value: v, onReady: ready, ariaLabel: label, kind: policyKind } = initial.current;
    const uri = monaco.Uri.parse(`inmemory://sts-workbench/${++modelCounter}.policy.json`);
    setModelKind(uri.toString(), policyKind);
    const model = monaco.editor.createModel(v, 'json', uri);
    const editor = monaco.editor.create(el, { ...BASE_OPTIONS, model, theme: themeName(), ariaLabel: label, tabSize: 2 });
    editorRef.current = editor;

    // The markers go to Monaco from the effect below, in the reader's language.
    const validate = () => setMarkers(validatePolicy(model.getValue(), policyKind));
    validate();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = editor.onDidChangeModelContent(() => {
      const text = editor.getValue();
      unechoed.current.push(text);
      onChangeRef.current(text);
      clearTimeout(timer);
      timer = setTimeout(validate, VALIDATE_DELAY_MS);
    });

    // Format on paste: once the whole text is a valid policy, lay it out (one undo step).
    const paste = editor.onDidPaste(() => {
      const formatted = formatPolicy(model.getValue());
      if (!formatted.ok || formatted.value === model.getValue()) return;
      editor.pushUndoStop();
      editor.executeEdits('format-on-paste', [{ range: model.getFullModelRange(), text: formatted.value }]);
      editor.pushUndoStop();
    });

    // Grow with the content between about 6 and 22 lines.
    const fit = () => {
      el.style.height = `${Math.min(380, Math.max(120, editor.getContentHeight()))}px`;
    };
    const size = editor.onDidContentSizeChange(fit);
    fit();

    // Follow the workbench theme (the app toggles `.dark` on <html>).
    const observer = new MutationObserver(() => monaco.editor.setTheme(themeName()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });

    ready?.({
      focus: () => {
        editor.focus();
        editor.setPosition(model.getFullModelRange().getEndPosition());
      },
      reveal: (line, column) => {
        editor.focus();
        editor.setPosition({ lineNumber: line, column });
        editor.revealPositionInCenterIfOutsideViewport({ lineNumber: line, column });
      },
    });
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      sub.dispose();
      paste.dispose();
      size.dispose();
      editor.dispose();
      forgetModel(uri.toString());
      model.dispose();
      editorRef.current = null;
    };
  }, []);

  // The markers in Monaco (squiggles, hovers), translated again when the reader changes the language.
  const locale = i18n.locale;
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.isDisposed()) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkerData(markers, monaco.MarkerSeverity, (m) => translate(i18n, m)));
  }, [markers, i18n, locale]);

  // Outside changes (Format, Minify, a template, loading a request) flow into the editor, keeping undo.
  useEffect(() => {
    const echo = unechoed.current.indexOf(value);
    if (echo !== -1) {
      unechoed.current.splice(0, echo + 1);
      return;
    }
    unechoed.current = [];
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === value) return;
    editor.pushUndoStop();
    editor.executeEdits('workbench', [{ range: model.getFullModelRange(), text: value }]);
    editor.pushUndoStop();
  }, [value]);

  // The diff view: the last sent text on the left (read-only), this very model on the right (editable).
  const comparing = compareWith !== null;
  useEffect(() => {
    const el = diffHost.current;
    const model = editorRef.current?.getModel();
    if (compareWith === null || !el || !model) return;
    const original = monaco.editor.createModel(compareWith, 'json');
    const diff = monaco.editor.createDiffEditor(el, {
      ...BASE_OPTIONS,
      theme: themeName(),
      originalEditable: false,
      renderSideBySide: false,
      ariaLabel: i18n._({ id: 'policyDiff.name', message: '{name}, compared with the last sent version', values: { name: initial.current.ariaLabel } }),
      originalAriaLabel: i18n._({ id: 'policyDiff.original', message: 'The policy as last sent' }),
      modifiedAriaLabel: i18n._({ id: 'policyDiff.modified', message: '{name}, as it is now', values: { name: initial.current.ariaLabel } }),
    });
    // The view model is ours, so closing can cancel its diff computation at once. Left to the widget, it is
    // released a tick later; a worker answer arriving in between, for the already-disposed original model, is
    // null and Monaco throws "no diff result available" as an uncaught error.
    const viewModel = diff.createViewModel({ original, modified: model });
    diff.setModel(viewModel);
    diffRef.current = diff;
    return () => {
      diffRef.current = null;
      viewModel.dispose();
      diff.setModel(null);
      diff.dispose();
      original.dispose();
    };
  }, [compareWith, i18n]);

  return (
    <div>
      <div
        ref={host}
        hidden={comparing}
        className={`overflow-hidden rounded border ${invalid ? 'border-danger' : 'border-line-strong'}`}
        style={{ height: 120 }}
        // The policy is code, shown as written: not for page translators (nor for the pseudo-locale's check).
        translate="no"
        data-testid="policy-editor"
      />
      {comparing && (
        <div
          ref={diffHost}
          className="overflow-hidden rounded border border-line-strong"
          style={{ height: 320 }}
          data-testid="policy-diff"
          translate="no"
          role="group"
          aria-label={i18n._({ id: 'policyDiff.changes', message: 'Changes since the last send' })}
        />
      )}
      <MarkerList
        markers={markers}
        label={i18n._({ id: 'policyEditor.problems', message: 'Problems in {name}', values: { name: policyName(ariaLabel) } })}
        onSelect={(m) => {
          // While comparing, the visible editor is the diff's right-hand side (the same model).
          const editor = diffRef.current?.getModifiedEditor() ?? editorRef.current;
          if (!editor) return;
          editor.focus();
          editor.setSelection(new monaco.Selection(m.line, m.column, m.endLine, m.endColumn));
          editor.revealRangeInCenterIfOutsideViewport(new monaco.Range(m.line, m.column, m.endLine, m.endColumn));
        }}
      />
    </div>
  );
}
