import { useId, useState } from 'react';
import { Button } from '../../ui/Button';
import { ClockIcon } from '../../ui/icons';
import { useNow } from '../../ui/ticker';
import type { SandboxState } from './useSandbox';

const STEPS: ReadonlyArray<{ seconds: number; label: string }> = [
  { seconds: 60, label: '1 minute' },
  { seconds: 5 * 60, label: '5 minutes' },
  { seconds: 15 * 60, label: '15 minutes' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 12 * 3600, label: '12 hours' },
  { seconds: 36 * 3600, label: '36 hours' },
];

function formatOffset(seconds: number): string {
  if (seconds === 0) return 'real time';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `+${h ? `${h}h ` : ''}${h || m ? `${String(m).padStart(h ? 2 : 1, '0')}m` : `${s}s`}`.trim();
}

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dateFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** A one-line read-out of the sandbox clock for the connection summary. */
export function SandboxTime({ sandbox, className = '' }: { sandbox: SandboxState; className?: string }) {
  const now = useNow();
  if (!sandbox.clock) return null;
  const t = new Date(now + sandbox.offsetMs);
  return (
    <span className={`items-center gap-1 text-xs whitespace-nowrap text-muted ${className || 'inline-flex'}`} title="The sandbox clock: real time plus the offset set with Advance clock">
      <ClockIcon size={12} />
      <span>
        Sandbox time <time className="font-mono text-fg tabular-nums" dateTime={t.toISOString()}>{timeFmt.format(t)}</time>
        {sandbox.clock.offsetSeconds > 0 && <span> ({formatOffset(sandbox.clock.offsetSeconds)})</span>}
      </span>
    </span>
  );
}

/** The sandbox clock with the control that moves it forward (POST /_sandbox/clock on whichever sandbox is in use). */
export function SandboxClock({ sandbox }: { sandbox: SandboxState }) {
  const id = useId();
  const now = useNow();
  const [step, setStep] = useState(STEPS[1]!.seconds);
  if (!sandbox.clock) return <p className="text-xs text-muted">Reading the sandbox clock…</p>;
  const t = new Date(now + sandbox.offsetMs);
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
      <div className="min-w-0">
        <div className="text-xs text-muted">Sandbox time</div>
        <div className="font-mono text-sm text-fg tabular-nums" aria-live="off" data-testid="sandbox-time">
          <time dateTime={t.toISOString()}>
            {dateFmt.format(t)} {timeFmt.format(t)}
          </time>
        </div>
        <div className="text-xs text-muted">
          UTC {t.toISOString().slice(11, 19)} · offset{' '}
          <span data-testid="sandbox-clock-offset">{formatOffset(sandbox.clock.offsetSeconds)}</span>
        </div>
      </div>
      <div className="flex items-end gap-1">
        <div>
          <label htmlFor={`${id}-step`} className="block text-xs text-muted">
            Advance by
          </label>
          <select id={`${id}-step`} className="input h-7.5 w-32" value={step} onChange={(e) => setStep(Number(e.target.value))}>
            {STEPS.map((s) => (
              <option key={s.seconds} value={s.seconds}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <Button onClick={() => sandbox.advance(step)} disabled={sandbox.advancing}>
          <ClockIcon /> Advance clock
        </Button>
      </div>
      {sandbox.advanceError && (
        <p role="alert" className="w-full text-xs text-danger">
          The sandbox did not move its clock: {sandbox.advanceError}
        </p>
      )}
      <p className="w-full text-xs text-muted">
        The sandbox clock only moves forward. It decides when sandbox credentials, tokens, assertions and MFA codes expire;
        signatures are still checked against real time.
      </p>
    </div>
  );
}
