import type { ReactNode } from 'react';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CheckList, type CheckItem } from './CheckList';

/** What the panel shows as the answer; built from the rulebook's verdict (see verdict.ts). */
export type VerdictView =
  | { kind: 'accepted'; detail: string }
  /** code and message are STS's predicted answer; null when the failing rule has no known STS error. */
  | { kind: 'rejected'; code: string | null; message: string; causeTitle: string; cause: string; fix: string | null }
  /** headline: the one-line answer when it says more than "Cannot tell" (e.g. all but the trust policy checked). */
  | { kind: 'cannot-tell'; missing: string; headline?: string };

const HEAD = {
  accepted: { tone: 'ok', text: 'Accepted' },
  rejected: { tone: 'danger', text: 'Rejected' },
  'cannot-tell': { tone: 'warn', text: 'Cannot tell' },
} as const;

export interface VerdictPanelProps {
  /** The element id the Send area's link jumps to. */
  id: string;
  /** null while the input is being decoded or verified. */
  verdict: VerdictView | null;
  checks: readonly CheckItem[];
  /** "SAML response", "token": names what was judged. */
  what: string;
  /** Back to the form's Send button, when the shell says where it is. */
  onBack?: () => void;
  /** Extra controls under the verdict (a trust anchor to paste, say). */
  children?: ReactNode;
}

/**
 * The answer first, right under the paste box: Accepted, Rejected with STS's predicted code and
 * message, or Cannot tell with what is missing. Then the failing checks with their fixes, and the
 * complete table collapsed. The line is a live region, so a new paste's answer is announced.
 */
export function VerdictPanel({ id, verdict, checks, what, onBack, children }: VerdictPanelProps) {
  const failing = checks.filter((c) => c.status === 'fail');
  const head = verdict ? HEAD[verdict.kind] : null;
  return (
    <section id={id} tabIndex={-1} aria-label={`STS's verdict on this ${what}`} className="space-y-2 rounded border border-line bg-surface-2/40 p-2 outline-none focus-visible:ring-2 focus-visible:ring-accent" data-testid="verdict-panel">
      <div role="status" aria-live="polite" aria-atomic="true" className="text-xs leading-5" data-testid="verdict" data-verdict={verdict?.kind ?? 'pending'}>
        {!verdict || !head ? (
          <span className="text-muted">Judging…</span>
        ) : (
          <>
            <Badge tone={head.tone} className="mr-1.5 text-xs">
              {head.text}
            </Badge>
            {verdict.kind === 'accepted' && <span className="text-fg">{verdict.detail}</span>}
            {verdict.kind === 'cannot-tell' && (
              <span className="text-fg">
                {verdict.headline && (
                  <span className="font-medium" data-testid="verdict-headline">
                    {verdict.headline}.{' '}
                  </span>
                )}
                {verdict.missing}
              </span>
            )}
            {verdict.kind === 'rejected' && (
              <span className="font-mono text-fg break-words" data-testid="verdict-error">
                {verdict.code && (
                  <>
                    <span data-testid="verdict-code">{verdict.code}</span>:{' '}
                  </>
                )}
                <span data-testid="verdict-message">{verdict.message}</span>
              </span>
            )}
          </>
        )}
      </div>
      {verdict?.kind === 'rejected' && (
        <p className="text-xs leading-5 text-muted" data-testid="verdict-cause">
          <span className="font-medium text-fg">{verdict.causeTitle}: </span>
          {verdict.cause}
          {verdict.fix && (
            <>
              {' '}
              <span className="font-medium text-fg">Fix: </span>
              {verdict.fix}
            </>
          )}
        </p>
      )}
      {children}
      {failing.length > 0 && (
        <ul aria-label="Failing checks" className="space-y-1">
          {failing.map((c) => (
            <li key={c.id} className="rounded border border-danger/40 bg-danger-soft px-2 py-1 text-xs leading-5" data-testid="failing-check" data-check={c.id}>
              <div className="font-medium text-fg">{c.title}</div>
              <div className="break-words text-fg/80">{c.detail}</div>
              {c.fix && (
                <div className="break-words text-fg">
                  <span className="font-medium">Fix: </span>
                  {c.fix}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-start gap-2">
        <details className="min-w-0 flex-1" data-testid="all-checks">
          <summary className="cursor-pointer text-xs text-muted hover:text-fg">
            All {checks.length} checks STS makes{failing.length > 0 ? ` (${failing.length} failing)` : ''}
          </summary>
          <div className="mt-1.5">
            <CheckList checks={checks} label={`STS rule checks for this ${what}`} />
          </div>
        </details>
        {onBack && (
          <Button size="sm" variant="ghost" onClick={onBack}>
            Back to Send
          </Button>
        )}
      </div>
    </section>
  );
}

/** Where the verdict will be, before anything is pasted: the Send area's link lands here. */
export function VerdictPlaceholder({ id, what }: { id: string; what: string }) {
  return (
    <p id={id} tabIndex={-1} className="rounded border border-dashed border-line px-2 py-1.5 text-xs text-muted outline-none focus-visible:ring-2 focus-visible:ring-accent" data-testid="verdict-placeholder">
      Paste a {what} above: whether STS accepts it shows here.
    </p>
  );
}
