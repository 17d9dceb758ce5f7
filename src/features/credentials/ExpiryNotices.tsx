import { useLingui } from '@lingui/react';
import { Button } from '../../ui/Button';
import { CloseIcon } from '../../ui/icons';
import { cx } from '../../ui/cx';
import { useCallback } from 'react';
import type { CredentialSet } from '../../credentials/credential-set';
import { useNow } from '../../ui/ticker';
import { useExpiryNotices, type ExpiryNotice } from './useExpiryNotices';

/** Watches the sets on the shared ticker (here, so only this small component re-renders each second). */
export function CredentialNotices({ sets, sandboxOffsetMs }: { sets: readonly CredentialSet[]; sandboxOffsetMs: number }) {
  const now = useNow();
  const nowFor = useCallback((set: CredentialSet) => now + (set.source.sandboxClock ? sandboxOffsetMs : 0), [now, sandboxOffsetMs]);
  const { notices, dismiss } = useExpiryNotices(sets, nowFor);
  return <ExpiryNotices notices={notices} onDismiss={dismiss} />;
}

/** Toasts for sets about to expire or expired; the region is polite and always present, so screen readers hear them. */
function ExpiryNotices({ notices, onDismiss }: { notices: readonly ExpiryNotice[]; onDismiss: (key: string) => void }) {
  const { i18n } = useLingui();
  return (
    <div role="status" aria-live="polite" aria-label={i18n._({ id: 'notices.region', message: 'Credential notifications' })} className="pointer-events-none fixed right-3 bottom-3 z-40 flex w-[min(360px,92vw)] flex-col gap-2">
      {notices.map((n) => (
        <div
          key={n.key}
          data-testid="expiry-notice"
          className={cx('pointer-events-auto flex items-start gap-2 rounded-md border px-3 py-2 text-xs shadow-lg', n.level === 'expired' ? 'border-danger bg-danger-soft text-danger' : 'border-warn bg-warn-soft text-warn')}
        >
          <span className="flex-1">{i18n._(n.text)}</span>
          <Button size="sm" variant="ghost" icon aria-label={i18n._({ id: 'notices.dismiss', message: 'Dismiss notification' })} onClick={() => onDismiss(n.key)}>
            <CloseIcon />
          </Button>
        </div>
      ))}
    </div>
  );
}
