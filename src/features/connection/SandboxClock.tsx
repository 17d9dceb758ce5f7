import { Text } from '../../i18n/Text';
import { useLingui } from '@lingui/react';
import { useId, useState } from 'react';
import { formatDateTime, formatSpan } from '../../i18n/format';
import { formatOffset } from './SandboxTime';
import { Button } from '../../ui/Button';
import { ClockIcon } from '../../ui/icons';
import { useNow } from '../../ui/ticker';
import type { SandboxState } from './useSandbox';

/** The steps Advance clock offers, in seconds (labelled through Intl in the reader's language). */
const STEPS: readonly number[] = [60, 5 * 60, 15 * 60, 3600, 12 * 3600, 36 * 3600];

function Offset({ seconds }: { seconds: number }) {
  const { i18n } = useLingui();
  return <>{seconds === 0 ? i18n._({ id: 'clock.realTime', message: 'real time' }) : formatOffset(seconds)}</>;
}

/** The sandbox clock with the control that moves it forward (POST /_sandbox/clock on whichever sandbox is in use). */
export function SandboxClock({ sandbox }: { sandbox: SandboxState }) {
  const { i18n } = useLingui();
  const id = useId();
  const now = useNow();
  const [step, setStep] = useState(STEPS[1]!);
  if (!sandbox.clock) return <p className="text-xs text-muted">{i18n._({ id: 'clock.reading', message: 'Reading the sandbox clock…' })}</p>;
  const t = new Date(now + sandbox.offsetMs);
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
      <div className="min-w-0">
        <div className="text-xs text-muted">{i18n._({ id: 'clock.sandboxTime', message: 'Sandbox time' })}</div>
        <div className="font-mono text-sm text-fg tabular-nums" aria-live="off" data-testid="sandbox-time">
          <time dateTime={t.toISOString()}>{formatDateTime(i18n.locale, t)}</time>
        </div>
        <div className="text-xs text-muted">
          <abbr translate="no">UTC</abbr> {t.toISOString().slice(11, 19)} · {i18n._({ id: 'clock.offset', message: 'offset' })}{' '}
          <span data-testid="sandbox-clock-offset">
            <Offset seconds={sandbox.clock.offsetSeconds} />
          </span>
        </div>
      </div>
      <div className="flex items-end gap-1">
        <div>
          <label htmlFor={`${id}-step`} className="block text-xs text-muted">
            {i18n._({ id: 'clock.advanceBy', message: 'Advance by' })}
          </label>
          <select id={`${id}-step`} className="input h-7.5 w-32" value={step} onChange={(e) => setStep(Number(e.target.value))}>
            {STEPS.map((seconds) => (
              <option key={seconds} value={seconds}>
                {formatSpan(i18n.locale, seconds)}
              </option>
            ))}
          </select>
        </div>
        <Button onClick={() => sandbox.advance(step)} disabled={sandbox.advancing}>
          <ClockIcon /> {i18n._({ id: 'clock.advance', message: 'Advance clock' })}
        </Button>
      </div>
      {sandbox.advanceError && (
        <p role="alert" className="w-full text-xs text-danger">
          {i18n._({ id: 'clock.advanceFailed', message: 'The sandbox did not move its clock:' })} <Text m={sandbox.advanceError} />
        </p>
      )}
      <p className="w-full text-xs text-muted">
        {i18n._({ id: 'clock.explain', message: 'The sandbox clock only moves forward. It decides when sandbox credentials, tokens, assertions and MFA codes expire; signatures are still checked against real time.' })}
      </p>
    </div>
  );
}
