/**
 * The policy editor shared by the operation forms (session policies) and the trust-policy check:
 * a toolbar (templates, Format, Minify, Compare with last sent), a plain textarea that hands over
 * to Monaco on first focus (Monaco is lazy: it never reaches the entry chunk), and for session
 * policies the 2,048-character meter. Everything that needs Monaco lives in PolicyMonaco.
 */
import { useLingui } from '@lingui/react';
import { lazy, Suspense, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { formatNumber } from '../../i18n/format';
import { Text } from '../../i18n/Text';
import type { Message } from '../../kernel/message';
import { formatPolicy, minifyPolicy } from '../../policy/language/format';
import type { EditorPolicyKind } from '../../policy/language/kind';
import { templatesFor } from '../../policy/language/templates';
import { Button } from '../Button';
import type { FieldControlProps } from '../Field';
import type { EditorApi } from './PolicyMonaco';
import { policyName } from './monacoAdapters';
import { SizeMeter } from './SizeMeter';
import { ErrorBoundary } from '../ErrorBoundary';

const PolicyMonaco = lazy(() => import('./PolicyMonaco'));

// Once someone has asked for the editor, later policy fields open in it directly.
let editorWanted = false;

export interface PolicyEditorProps {
  value: string;
  onChange: (text: string) => void;
  kind: EditorPolicyKind;
  /** The accessible name of the Monaco editor, e.g. "Inline session policy (JSON editor)", in the reader's language. */
  ariaLabel: string;
  /** Label, description and invalid state of the surrounding Field, for the textarea. */
  control?: FieldControlProps;
  /** Session policies: the policy ARNs that count toward 2,048 characters, and the last call's PackedPolicySize. */
  sizeMeter?: { arns: readonly string[]; packedPercent?: number };
  /** The text last sent (this page visit); enables "Compare with last sent". */
  lastSent?: string;
  /** Open in Monaco at once (the user already asked for the rich editor). */
  startRich?: boolean;
  textareaTestId?: string;
  /** Offer the "Plain text editor" switch (off where the host has its own). */
  allowPlain?: boolean;
}

export function PolicyEditor({ value, onChange, kind, ariaLabel, control, sizeMeter, lastSent, startRich = false, textareaTestId, allowPlain = true }: PolicyEditorProps) {
  const [wanted, setWanted] = useState(editorWanted || startRich);
  const [ready, setReady] = useState(false);
  const [plain, setPlain] = useState(false);
  const [comparing, setComparing] = useState(false);
  const { i18n } = useLingui();
  const [notice, setNotice] = useState<{ action: Message; error: Message } | null>(null);
  const useEditor = wanted && !plain;
  const api = useRef<EditorApi | null>(null);
  const focusWhenShown = useRef(startRich);
  const templates = templatesFor(kind);

  // The editor replaces the textarea the user was typing in: hand the focus over once it is visible.
  useEffect(() => {
    if (ready && focusWhenShown.current) {
      focusWhenShown.current = false;
      api.current?.focus();
    }
  }, [ready]);
  useEffect(() => setNotice(null), [value]);

  const request = () => {
    if (plain) return;
    editorWanted = true;
    setWanted(true);
  };

  const rewrite = (how: typeof formatPolicy, action: Message) => {
    const out = how(value);
    if (out.ok) onChange(out.value);
    else setNotice({ action, error: out.error });
  };

  const chooseTemplate = (e: ChangeEvent<HTMLSelectElement>) => {
    const t = templates.find((x) => x.id === e.target.value);
    e.target.value = '';
    if (t) onChange(t.text);
  };

  const canCompare = lastSent !== undefined;
  const showDiff = comparing && canCompare && useEditor;

  return (
    <div className="space-y-1" data-testid="policy-editor-area" data-policy-editor>
      <div className="flex flex-wrap items-center gap-1" role="group" aria-label={i18n._({ id: 'policyEditor.toolbar', message: 'Tools for {name}', values: { name: policyName(ariaLabel) } })}>
        <select className="input h-6 py-0 text-xs" style={{ width: 'auto' }} aria-label={i18n._({ id: 'policyEditor.insertTemplate', message: 'Insert a template' })} defaultValue="" onChange={chooseTemplate}>
          <option value="" disabled>
            {i18n._({ id: 'policyEditor.templates', message: 'Templates…' })}
          </option>
          {templates.map((t) => (
            <option key={t.id} value={t.id} title={i18n._(t.description)}>
              {i18n._(t.label)}
            </option>
          ))}
        </select>
        <Button size="sm" variant="ghost" onClick={() => rewrite(formatPolicy, /*i18n*/ { id: 'policyEditor.cannotFormat', message: 'Cannot format:' })} disabled={value.trim() === ''}>
          {i18n._({ id: 'policyEditor.format', message: 'Format' })}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => rewrite(minifyPolicy, /*i18n*/ { id: 'policyEditor.cannotMinify', message: 'Cannot minify:' })} disabled={value.trim() === ''}>
          {i18n._({ id: 'policyEditor.minify', message: 'Minify' })}
        </Button>
        {canCompare && (
          <Button
            size="sm"
            variant="ghost"
            aria-pressed={showDiff}
            onClick={() => {
              request();
              setComparing((c) => !(c && useEditor));
            }}
          >
            {i18n._({ id: 'policyEditor.compare', message: 'Compare with last sent' })}
          </Button>
        )}
        {allowPlain && (
          <Button size="sm" variant="ghost" aria-pressed={plain} onClick={() => setPlain((p) => !p)}>
            {i18n._({ id: 'policyEditor.plain', message: 'Plain text editor' })}
          </Button>
        )}
        {useEditor && !ready && (
          <span className="text-xs text-muted" role="status">
            {i18n._({ id: 'policyEditor.loading', message: 'Loading editor…' })}
          </span>
        )}
        {!sizeMeter && (
          <span className="ml-auto font-mono text-xs text-muted" aria-label={i18n._({ id: 'policyEditor.characters', message: '{count, plural, one {# character} other {# characters}}', values: { count: value.length } })}>
            {i18n._({ id: 'policyEditor.chars', message: '{count} chars', values: { count: formatNumber(i18n.locale, value.length) } })}
          </span>
        )}
      </div>
      {notice && (
        <p className="text-xs text-danger" role="alert">
          {i18n._(notice.action)} <Text m={notice.error} />
        </p>
      )}
      {(!useEditor || !ready) && (
        <textarea
          {...control}
          autoComplete="off"
          spellCheck={false}
          rows={kind === 'trust' ? 10 : 6}
          className="input resize-y font-mono text-xs"
          placeholder='{ "Version": "2012-10-17", "Statement": [ … ] }'
          value={value}
          onFocus={request}
          onChange={(e) => onChange(e.target.value)}
          data-testid={textareaTestId}
        />
      )}
      {useEditor && (
        <ErrorBoundary label={i18n._({ id: 'policyEditor.boundary', message: 'The policy editor' })}>
        <div hidden={!ready}>
          <Suspense fallback={null}>
            <PolicyMonaco
              value={value}
              onChange={onChange}
              ariaLabel={ariaLabel}
              kind={kind}
              compareWith={showDiff ? (lastSent ?? null) : null}
              onReady={(editorApi) => {
                api.current = editorApi;
                if (control && document.activeElement?.id === control.id) focusWhenShown.current = true;
                setReady(true);
              }}
              invalid={control?.['aria-invalid'] === true}
            />
          </Suspense>
        </div>
        </ErrorBoundary>
      )}
      {showDiff && lastSent === value && <p className="text-xs text-muted">{i18n._({ id: 'policyEditor.noChanges', message: 'No changes since the last send.' })}</p>}
      {sizeMeter && <SizeMeter text={value} arns={sizeMeter.arns} packedPercent={sizeMeter.packedPercent} />}
    </div>
  );
}
