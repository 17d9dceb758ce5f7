import { Meter } from '../Meter';
import { cx } from '../cx';
import { packedNote, sizeReport } from './sizeReport';

/** Live plaintext size of the session policies against STS's 2,048 characters, and the last packed size. */
export function SizeMeter({ text, arns, packedPercent }: { text: string; arns: readonly string[]; packedPercent?: number }) {
  const r = sizeReport(text, arns);
  return (
    <div className="space-y-0.5" data-testid="policy-size">
      <div className="flex items-baseline justify-between gap-2 text-xs">
        <span className="text-muted">Session policy size</span>
        <span className={cx('font-mono', r.over ? 'font-semibold text-danger' : 'text-fg')} data-testid="policy-size-value">
          {r.valueText}
        </span>
      </div>
      <Meter label="Session policy size" value={r.plaintext} max={r.limit} valueText={r.valueText} warnAt={Math.round(r.limit * 0.85)} dangerAt={r.limit + 1} />
      <p className={cx('text-[11px]', r.over ? 'text-danger' : 'text-muted')}>{r.detail}</p>
      {packedPercent !== undefined && (
        <p className="text-[11px] text-muted" data-testid="packed-policy-size">
          <span className="font-mono text-fg">Packed: {packedPercent}%</span> · {packedNote(packedPercent)}
        </p>
      )}
    </div>
  );
}
