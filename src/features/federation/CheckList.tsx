import { useLingui } from '@lingui/react';
import type { Words as WordsValue } from '../../kernel/message';
import { Verbatim } from '../../i18n/Verbatim';
import { Words } from '../../i18n/Text';
import { Badge } from '../../ui/Badge';

export interface CheckItem {
  id: string;
  status: 'pass' | 'fail' | 'warn' | 'unknown';
  title: WordsValue;
  detail: WordsValue;
  stsError?: { code: string; message: string };
  /** What to change so the check passes, when the rule knows. */
  fix?: WordsValue;
}

const TONE = { pass: 'ok', fail: 'danger', warn: 'warn', unknown: 'neutral' } as const;
const LABEL = {
  pass: /*i18n*/ { id: 'checks.status.pass', message: 'Pass' },
  fail: /*i18n*/ { id: 'checks.status.fail', message: 'Fail' },
  warn: /*i18n*/ { id: 'checks.status.warn', message: 'Warning' },
  unknown: /*i18n*/ { id: 'checks.status.unknown', message: 'Unknown' },
} as const;

/** STS's rules, one line each: pass / fail / warning / unknown, the reason, and what STS would answer. */
export function CheckList({ checks, label }: { checks: readonly CheckItem[]; label: string }) {
  const { i18n } = useLingui();
  // The verdict above says whether STS accepts; this table only lists the rules.
  return (
    <div className="space-y-1.5">
      <ul aria-label={label} className="divide-y divide-line rounded border border-line">
        {checks.map((c) => (
          <li key={c.id} className="flex gap-2 px-2 py-1.5" data-testid="check" data-check={c.id} data-status={c.status}>
            <Badge tone={TONE[c.status]} className="mt-0.5 w-16 shrink-0 justify-center self-start">
              {i18n._(LABEL[c.status])}
            </Badge>
            <div className="min-w-0 text-xs leading-5">
              <div className="font-medium text-fg">
                <Words w={c.title} />
              </div>
              <div className="break-words text-muted">
                <Words w={c.detail} />
              </div>
              {c.stsError && (
                <div className="mt-0.5 font-mono text-[11px] break-words text-danger">
                  <Verbatim>{`STS: ${c.stsError.code}: ${c.stsError.message}`}</Verbatim>
                </div>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
