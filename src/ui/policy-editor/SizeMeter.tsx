import { useLingui } from '@lingui/react';
import { formatPercent } from '../../i18n/format';
import { Text } from '../../i18n/Text';
import { Meter } from '../Meter';
import { cx } from '../cx';
import { packedNote, sizeReport } from './sizeReport';

/** Live plaintext size of the session policies against STS's 2,048 characters, and the last packed size. */
export function SizeMeter({ text, arns, packedPercent }: { text: string; arns: readonly string[]; packedPercent?: number }) {
  const { i18n } = useLingui();
  const r = sizeReport(text, arns);
  const name = i18n._({ id: 'policySize.name', message: 'Session policy size' });
  const valueText = i18n._(r.valueText);
  return (
    <div className="space-y-0.5" data-testid="policy-size">
      <div className="flex items-baseline justify-between gap-2 text-xs">
        <span className="text-muted">{name}</span>
        <span className={cx('font-mono', r.over ? 'font-semibold text-danger' : 'text-fg')} data-testid="policy-size-value">
          {valueText}
        </span>
      </div>
      <Meter label={name} value={r.plaintext} max={r.limit} valueText={valueText} warnAt={Math.round(r.limit * 0.85)} dangerAt={r.limit + 1} />
      <p className={cx('text-[11px]', r.over ? 'text-danger' : 'text-muted')}>
        <Text m={r.detail} />
      </p>
      {packedPercent !== undefined && (
        <p className="text-[11px] text-muted" data-testid="packed-policy-size">
          <span className="font-mono text-fg">{i18n._({ id: 'policySize.packed', message: 'Packed: {percent}', values: { percent: formatPercent(i18n.locale, packedPercent / 100) } })}</span> · <Text m={packedNote(packedPercent)} />
        </p>
      )}
    </div>
  );
}
