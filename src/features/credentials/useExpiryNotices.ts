/**
 * Expiry notices: one message when a set comes within five minutes of expiry and one when it has
 * expired, once per set per state (a refreshed set starts over).
 */
import { useEffect, useRef, useState } from 'react';
import { expiryStatus, type CredentialSet, type ExpiryStatus } from '../../credentials/credential-set';
import type { Message } from '../../kernel/message';

export interface ExpiryNotice {
  key: string;
  setId: string;
  level: 'expiring' | 'expired';
  text: Message;
}

export function useExpiryNotices(sets: readonly CredentialSet[], nowFor: (set: CredentialSet) => number): { notices: ExpiryNotice[]; dismiss: (key: string) => void } {
  const announced = useRef(new Map<string, ExpiryStatus>());
  const [notices, setNotices] = useState<ExpiryNotice[]>([]);

  // Runs on every tick (nowFor changes with the shared ticker); compares with what was announced.
  useEffect(() => {
    const fresh: ExpiryNotice[] = [];
    for (const set of sets) {
      if (set.invalidReason) continue; // it says why it does not work; expiry is beside the point
      const status = expiryStatus(set, nowFor(set));
      // Keyed by id and expiration: a refresh gives a new expiration, so its notices come again.
      const id = `${set.id}@${set.expiration ?? ''}`;
      const before = announced.current.get(id);
      if (status === before || status === 'valid') {
        if (before === undefined) announced.current.set(id, status);
        continue;
      }
      announced.current.set(id, status);
      fresh.push({
        key: `${id}:${status}`,
        setId: set.id,
        level: status,
        text:
          status === 'expired'
            ? /*i18n*/ { id: 'notices.expired', message: 'Credential set {name} has expired.', values: { name: set.name } }
            : /*i18n*/ { id: 'notices.expiring', message: 'Credential set {name} expires in less than 5 minutes.', values: { name: set.name } },
      });
    }
    if (fresh.length > 0) setNotices((ns) => [...ns.filter((n) => !fresh.some((f) => f.setId === n.setId)), ...fresh]);
  }, [sets, nowFor]);

  return { notices, dismiss: (key) => setNotices((ns) => ns.filter((n) => n.key !== key)) };
}
