/** The credential sets of this page visit, in memory (the vault, when on, saves a copy). */
import { useCallback, useState } from 'react';
import type { CredentialSet } from '../../credentials/credential-set';

export interface CredentialSets {
  sets: CredentialSet[];
  add: (set: CredentialSet) => void;
  /** Refresh: the new set takes the old one's place (and its id, so children stay linked). */
  replace: (oldId: string, next: CredentialSet) => void;
  remove: (id: string) => void;
  /** Sets restored from the vault, merged with those of this visit (by id). */
  merge: (restored: readonly CredentialSet[]) => void;
}

export function useCredentialSets(): CredentialSets {
  const [sets, setSets] = useState<CredentialSet[]>([]);
  const add = useCallback((set: CredentialSet) => setSets((ss) => (ss.some((s) => s.accessKeyId === set.accessKeyId) ? ss : [set, ...ss])), []);
  const replace = useCallback(
    (oldId: string, next: CredentialSet) => setSets((ss) => ss.map((s) => (s.id === oldId ? { ...next, id: oldId, source: { ...next.source } } : s))),
    [],
  );
  const remove = useCallback((id: string) => setSets((ss) => ss.filter((s) => s.id !== id)), []);
  const merge = useCallback(
    (restored: readonly CredentialSet[]) =>
      setSets((ss) => [...ss, ...restored.filter((r) => !ss.some((s) => s.id === r.id || s.accessKeyId === r.accessKeyId))].sort((a, b) => b.createdAt - a.createdAt)),
    [],
  );
  return { sets, add, replace, remove, merge };
}
