/**
 * The Monaco JSON editor for session policies. Loaded with React.lazy from PolicyControl, so Monaco
 * and its workers land in their own chunks and only when someone edits a policy.
 */
import { useEffect, useRef } from 'react';
import { monaco } from './monacoSetup';

export interface MonacoJsonEditorProps {
  value: string;
  onChange: (text: string) => void;
  ariaLabel: string;
  /** Called once the editor exists, with a way to focus it (the caller decides when it is visible). */
  onReady?: (api: EditorApi) => void;
  invalid?: boolean;
}

export interface EditorApi {
  /** Focus the editor with the cursor at the end of the text. */
  focus: () => void;
}

let modelCounter = 0;

const themeName = () => (document.documentElement.classList.contains('dark') ? 'stsw-dark' : 'stsw-light');

export default function MonacoJsonEditor({ value, onChange, ariaLabel, onReady, invalid }: MonacoJsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const initial = useRef({ value, onReady, ariaLabel });

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const { value: v, onReady: ready, ariaLabel: label } = initial.current;
    const model = monaco.editor.createModel(v, 'json', monaco.Uri.parse(`inmemory://sts-workbench/${++modelCounter}.policy.json`));
    const editor = monaco.editor.create(el, {
      model,
      theme: themeName(),
      ariaLabel: label,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 12,
      lineNumbersMinChars: 3,
      lineDecorationsWidth: 6,
      glyphMargin: false,
      folding: true,
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      tabSize: 2,
      // Tab moves the focus on, as in every other field (no keyboard trap, WCAG 2.1.2); Ctrl+M toggles it.
      tabFocusMode: true,
      renderLineHighlight: 'none',
      overviewRulerLanes: 0,
      fixedOverflowWidgets: true,
      scrollbar: { alwaysConsumeMouseWheel: false, verticalScrollbarSize: 8, horizontalScrollbarSize: 8 },
      padding: { top: 4, bottom: 4 },
    });
    editorRef.current = editor;

    const sub = editor.onDidChangeModelContent(() => onChangeRef.current(editor.getValue()));
    // Grow with the content between about 6 and 22 lines.
    const fit = () => {
      const h = Math.min(380, Math.max(120, editor.getContentHeight()));
      el.style.height = `${h}px`;
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
    });
    return () => {
      observer.disconnect();
      sub.dispose();
      size.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, []);

  // Outside changes (Format, Insert example, loading a request) flow into the editor, keeping undo.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === value) return;
    editor.pushUndoStop();
    editor.executeEdits('workbench', [{ range: model.getFullModelRange(), text: value }]);
    editor.pushUndoStop();
  }, [value]);

  return (
    <div
      ref={host}
      className={`overflow-hidden rounded border ${invalid ? 'border-danger' : 'border-line-strong'}`}
      style={{ height: 120 }}
      data-testid="policy-editor"
    />
  );
}
