import { useLingui } from '@lingui/react';
import { useState } from 'react';
import { Button } from './Button';
import { CopyButton } from './CopyButton';
import { cx } from './cx';
import { EyeIcon, EyeOffIcon } from './icons';

/** Shows a secret masked, with reveal and copy. The value is never put in a title or attribute. */
export function SecretValue({ value, label, className }: { value: string; label: string; className?: string }) {
  const { i18n } = useLingui();
  const [revealed, setRevealed] = useState(false);
  const toggleText = revealed ? i18n._({ id: 'secret.hide', message: 'Hide {what}', values: { what: label } }) : i18n._({ id: 'secret.reveal', message: 'Reveal {what}', values: { what: label } });
  const masked = '•'.repeat(Math.min(24, Math.max(8, value.length)));
  return (
    <div className={cx('flex min-w-0 items-start gap-1', className)}>
      <code
        tabIndex={revealed ? 0 : undefined}
        className={cx(
          'min-w-0 flex-1 rounded bg-code px-1.5 py-0.5 font-mono text-xs leading-5',
          revealed ? 'max-h-24 overflow-y-auto break-all' : 'truncate tracking-wider text-muted',
        )}
        aria-label={revealed ? undefined : i18n._({ id: 'secret.hidden', message: '{what} (hidden)', values: { what: label } })}
      >
        {revealed ? <span translate="no">{value}</span> : masked}
      </code>
      <Button
        variant="ghost"
        size="sm"
        icon
        aria-pressed={revealed}
        aria-label={toggleText}
        title={toggleText}
        onClick={() => setRevealed((r) => !r)}
      >
        {revealed ? <EyeOffIcon /> : <EyeIcon />}
      </Button>
      <CopyButton text={() => value} label={i18n._({ id: 'identity.copy', message: 'Copy {what}', values: { what: label } })} />
    </div>
  );
}
