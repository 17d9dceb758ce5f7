import { useLingui } from '@lingui/react';
import { useEffect, useRef, useState } from 'react';
import { Button, type ButtonSize } from './Button';
import { CheckIcon, CopyIcon } from './icons';

export interface CopyButtonProps {
  /** The text to copy; read lazily so secrets are not held in extra places. */
  text: string | (() => string);
  /** Accessible name, e.g. "Copy secret access key". */
  label: string;
  size?: ButtonSize;
  /** Visible text beside the icon (true: "Copy"). Without it the button is icon-only. */
  showText?: boolean | string;
  className?: string;
}

export function CopyButton({ text, label, size = 'sm', showText = false, className }: CopyButtonProps) {
  const { i18n } = useLingui();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setState('copied');
    } catch {
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 1500);
  }

  const status = state === 'copied' ? i18n._({ id: 'copy.copied', message: 'Copied' }) : state === 'failed' ? i18n._({ id: 'copy.failed', message: 'Copy failed' }) : '';
  return (
    // With visible text the accessible name must contain it (WCAG 2.5.3), so `label` must start with it.
    <Button variant="ghost" size={size} icon={!showText} aria-label={label} title={label} onClick={copy} className={className}>
      {state === 'copied' ? <CheckIcon className="text-ok" /> : <CopyIcon />}
      {showText && <span>{status || (typeof showText === 'string' ? showText : i18n._({ id: 'export.copy', message: 'Copy' }))}</span>}
      <span className="sr-only" role="status">
        {status}
      </span>
    </Button>
  );
}
