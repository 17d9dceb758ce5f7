import { Badge } from '../../ui/Badge';

export interface CheckItem {
  id: string;
  status: 'pass' | 'fail' | 'warn' | 'unknown';
  title: string;
  detail: string;
  stsError?: { code: string; message: string };
  /** What to change so the check passes, when the rule knows. */
  fix?: string;
}

const TONE = { pass: 'ok', fail: 'danger', warn: 'warn', unknown: 'neutral' } as const;
const LABEL = { pass: 'Pass', fail: 'Fail', warn: 'Warning', unknown: 'Unknown' } as const;

/** STS's rules, one line each: pass / fail / warning / unknown, the reason, and what STS would answer. */
export function CheckList({ checks, label }: { checks: readonly CheckItem[]; label: string }) {
  // The verdict above says whether STS accepts; this table only lists the rules.
  return (
    <div className="space-y-1.5">
      <ul aria-label={label} className="divide-y divide-line rounded border border-line">
        {checks.map((c) => (
          <li key={c.id} className="flex gap-2 px-2 py-1.5" data-testid="check" data-check={c.id} data-status={c.status}>
            <Badge tone={TONE[c.status]} className="mt-0.5 w-16 shrink-0 justify-center self-start">
              {LABEL[c.status]}
            </Badge>
            <div className="min-w-0 text-xs leading-5">
              <div className="font-medium text-fg">{c.title}</div>
              <div className="break-words text-muted">{c.detail}</div>
              {c.stsError && (
                <div className="mt-0.5 font-mono text-[11px] break-words text-danger">
                  STS: {c.stsError.code}: {c.stsError.message}
                </div>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
