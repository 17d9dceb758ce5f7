import { cx } from './cx';

/** A horizontal meter (e.g. PackedPolicySize, a percent of the allowance). */
export function Meter({ label, value, max = 100, valueText, warnAt = 80, dangerAt = 100 }: {
  label: string;
  value: number;
  max?: number;
  valueText: string;
  warnAt?: number;
  dangerAt?: number;
}) {
  const pct = Math.max(0, Math.min(100, (value / max) * 100));
  const tone = value >= dangerAt ? 'bg-danger' : value >= warnAt ? 'bg-warn' : 'bg-ok';
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
      className="h-1.5 w-full overflow-hidden rounded-full bg-surface-2 ring-1 ring-line ring-inset"
    >
      <div className={cx('h-full rounded-full', tone)} style={{ width: `${pct}%` }} />
    </div>
  );
}
