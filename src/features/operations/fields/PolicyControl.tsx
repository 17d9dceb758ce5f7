import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ParamSpec } from '../../../catalog/types';
import { Button } from '../../../ui/Button';
import type { FieldControlProps } from '../../../ui/Field';
import type { EditorApi } from './MonacoJsonEditor';
import { EXAMPLE_SESSION_POLICY } from './policySchema';

const MonacoJsonEditor = lazy(() => import('./MonacoJsonEditor'));

// Once someone has asked for the editor, later policy fields open in it directly.
let editorWanted = false;

/** Pretty-prints JSON; leaves text that is not JSON untouched (the validator and the server will say why). */
function formatJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/**
 * The session policy: a plain textarea first; Monaco loads when the field is focused (on demand) and
 * takes over once ready. "Plain text" switches back for anyone who prefers a native control.
 */
export function PolicyControl({ param, control, value, onChange }: {
  param: ParamSpec;
  control: FieldControlProps;
  value: string;
  onChange: (text: string) => void;
}) {
  const [wanted, setWanted] = useState(editorWanted);
  const [ready, setReady] = useState(false);
  const [plain, setPlain] = useState(false);
  const useEditor = wanted && !plain;
  const api = useRef<EditorApi | null>(null);
  const focusWhenShown = useRef(false);

  // The editor replaces the textarea the user was typing in: hand the focus over once it is visible.
  useEffect(() => {
    if (ready && focusWhenShown.current) {
      focusWhenShown.current = false;
      api.current?.focus();
    }
  }, [ready]);

  const request = () => {
    if (plain) return;
    editorWanted = true;
    setWanted(true);
  };

  return (
    <div className="space-y-1">
      {(!useEditor || !ready) && (
        <textarea
          {...control}
          autoComplete="off"
          spellCheck={false}
          rows={6}
          className="input resize-y font-mono text-xs"
          placeholder='{ "Version": "2012-10-17", "Statement": [ … ] }'
          value={value}
          onFocus={request}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {useEditor && (
        <div hidden={!ready}>
          <Suspense fallback={null}>
            <MonacoJsonEditor
              value={value}
              onChange={onChange}
              ariaLabel={`${param.label} (JSON editor)`}
              onReady={(editorApi) => {
                api.current = editorApi;
                focusWhenShown.current = document.activeElement?.id === control.id;
                setReady(true);
              }}
              invalid={control['aria-invalid'] === true}
            />
          </Suspense>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-1">
        <Button size="sm" variant="ghost" onClick={() => onChange(formatJson(value))} disabled={value.trim() === ''}>
          Format JSON
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onChange(EXAMPLE_SESSION_POLICY)} disabled={value.trim() !== ''}>
          Insert example
        </Button>
        <Button size="sm" variant="ghost" aria-pressed={plain} onClick={() => setPlain((p) => !p)}>
          Plain text editor
        </Button>
        {useEditor && !ready && <span className="text-xs text-muted" role="status">Loading editor…</span>}
        <span className="ml-auto font-mono text-xs text-muted" aria-label={`${value.length} characters`}>
          {value.length.toLocaleString('en-US')} chars
        </span>
      </div>
    </div>
  );
}
