import { useLingui } from '@lingui/react';
import type { ReactNode } from 'react';
import type { Message, Words as WordsValue } from '../../kernel/message';
import { Text, Words } from '../../i18n/Text';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CheckList, type CheckItem } from './CheckList';

/** What the panel shows as the answer; built from the rulebook's verdict (see verdict.ts). */
export type VerdictView =
  | { kind: 'accepted'; detail: Message }
  /** code and message are STS's predicted answer (its own words, shown verbatim); null when the failing rule has no known STS error. */
  | { kind: 'rejected'; code: string | null; message: string; causeTitle: WordsValue; cause: WordsValue; fix: WordsValue | null }
  /**
   * headline: the one-line answer when it says more than "Cannot tell" (all but the trust policy checked),
   * with what was checked and what was not.
   */
  | { kind: 'cannot-tell'; missing: readonly WordsValue[]; headline?: Message; checked?: Message; notChecked?: WordsValue | null; note?: Message };

const HEAD = {
  accepted: { tone: 'ok', text: /*i18n*/ { id: 'verdict.accepted', message: 'Accepted' } },
  rejected: { tone: 'danger', text: /*i18n*/ { id: 'verdict.rejected', message: 'Rejected' } },
  'cannot-tell': { tone: 'warn', text: /*i18n*/ { id: 'verdict.cannotTell', message: 'Cannot tell' } },
} as const;

/** "Missing: a; b." with each item in the reader's language. */
function MissingList({ missing }: { missing: readonly WordsValue[] }) {
  const { i18n } = useLingui();
  if (missing.length === 0) return null;
  return (
    <>
      {i18n._({ id: 'verdict.missing', message: 'Missing:' })}{' '}
      {missing.map((m, i) => (
        <span key={i}>
          {i > 0 && '; '}
          <Words w={m} />
        </span>
      ))}
      .
    </>
  );
}

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
  const { i18n } = useLingui();
  const failing = checks.filter((c) => c.status === 'fail');
  const head = verdict ? HEAD[verdict.kind] : null;
  return (
    <section id={id} tabIndex={-1} aria-label={i18n._({ id: 'verdict.label', message: "STS's verdict on this {what}", values: { what } })} className="space-y-2 rounded border border-line bg-surface-2/40 p-2 outline-none focus-visible:ring-2 focus-visible:ring-accent" data-testid="verdict-panel">
      <div role="status" aria-live="polite" aria-atomic="true" className="text-xs leading-5" data-testid="verdict" data-verdict={verdict?.kind ?? 'pending'}>
        {!verdict || !head ? (
          <span className="text-muted">{i18n._({ id: 'verdict.judging', message: 'Judging…' })}</span>
        ) : (
          <>
            <Badge tone={head.tone} className="mr-1.5 text-xs">
              {i18n._(head.text)}
            </Badge>
            {verdict.kind === 'accepted' && (
              <span className="text-fg">
                <Text m={verdict.detail} />
              </span>
            )}
            {verdict.kind === 'cannot-tell' && (
              <span className="text-fg">
                {verdict.headline && (
                  <span className="font-medium" data-testid="verdict-headline">
                    <Text m={verdict.headline} />.{' '}
                  </span>
                )}
                {verdict.checked && (
                  <>
                    <Text m={verdict.checked} />{' '}
                  </>
                )}
                {verdict.notChecked && (
                  <>
                    {i18n._({ id: 'verdict.notChecked', message: 'Not checked:' })} <Words w={verdict.notChecked} />{' '}
                  </>
                )}
                <MissingList missing={verdict.missing} />
                {verdict.note && (
                  <>
                    {' '}
                    <Text m={verdict.note} />
                  </>
                )}
              </span>
            )}
            {verdict.kind === 'rejected' && (
              <span className="font-mono text-fg break-words" lang="en" translate="no" data-testid="verdict-error">
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
          <span className="font-medium text-fg">
            <Words w={verdict.causeTitle} />
            {i18n._({ id: 'verdict.colon', message: ': ' })}
          </span>
          <Words w={verdict.cause} />
          {verdict.fix && (
            <>
              {' '}
              <span className="font-medium text-fg">{i18n._({ id: 'verdict.fix', message: 'Fix:' })} </span>
              <Words w={verdict.fix} />
            </>
          )}
        </p>
      )}
      {children}
      {failing.length > 0 && (
        <ul aria-label={i18n._({ id: 'verdict.failingChecks', message: 'Failing checks' })} className="space-y-1">
          {failing.map((c) => (
            <li key={c.id} className="rounded border border-danger/40 bg-danger-soft px-2 py-1 text-xs leading-5" data-testid="failing-check" data-check={c.id}>
              <div className="font-medium text-fg">
                <Words w={c.title} />
              </div>
              <div className="break-words text-fg/80">
                <Words w={c.detail} />
              </div>
              {c.fix && (
                <div className="break-words text-fg">
                  <span className="font-medium">{i18n._({ id: 'verdict.fix', message: 'Fix:' })} </span>
                  <Words w={c.fix} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-start gap-2">
        <details className="min-w-0 flex-1" data-testid="all-checks">
          <summary className="cursor-pointer text-xs text-muted hover:text-fg">
            {failing.length > 0
              ? i18n._({ id: 'verdict.allChecksFailing', message: '{count, plural, one {The # check STS makes} other {All # checks STS makes}} ({failing} failing)', values: { count: checks.length, failing: failing.length } })
              : i18n._({ id: 'verdict.allChecks', message: '{count, plural, one {The # check STS makes} other {All # checks STS makes}}', values: { count: checks.length } })}
          </summary>
          <div className="mt-1.5">
            <CheckList checks={checks} label={i18n._({ id: 'verdict.checksLabel', message: 'STS rule checks for this {what}', values: { what } })} />
          </div>
        </details>
        {onBack && (
          <Button size="sm" variant="ghost" onClick={onBack}>
            {i18n._({ id: 'verdict.backToSend', message: 'Back to Send' })}
          </Button>
        )}
      </div>
    </section>
  );
}

/** Where the verdict will be, before anything is pasted: the Send area's link lands here. */
export function VerdictPlaceholder({ id, what }: { id: string; what: string }) {
  const { i18n } = useLingui();
  return (
    <p id={id} tabIndex={-1} className="rounded border border-dashed border-line px-2 py-1.5 text-xs text-muted outline-none focus-visible:ring-2 focus-visible:ring-accent" data-testid="verdict-placeholder">
      {i18n._({ id: 'verdict.placeholder', message: 'Paste a {what} above: whether STS accepts it shows here.', values: { what } })}
    </p>
  );
}
