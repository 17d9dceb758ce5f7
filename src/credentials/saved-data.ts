/**
 * What the vault holds: the credential sets and the call history records, nothing else. History
 * records are kept in the shape src/app/useCalls.ts gives them (opaque here).
 */
import type { CredentialSet } from './credential-set';

export interface SavedData {
  version: 1;
  sets: CredentialSet[];
  history: unknown[];
  /** The in-page sandbox's secrets and clock when it issued sets (opaque here; the sandbox reads it). */
  inPageSandbox?: unknown;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isSet(v: unknown): v is CredentialSet {
  return isObj(v) && typeof v.id === 'string' && typeof v.accessKeyId === 'string' && typeof v.secretAccessKey === 'string' && isObj(v.identity) && isObj(v.source);
}

/** Reads decrypted data back; anything not recognisable is dropped, never half-used. */
export function readSavedData(data: unknown): SavedData {
  if (!isObj(data) || data.version !== 1) return { version: 1, sets: [], history: [] };
  return {
    version: 1,
    sets: Array.isArray(data.sets) ? data.sets.filter(isSet) : [],
    history: Array.isArray(data.history) ? data.history.filter(isObj) : [],
    ...(data.inPageSandbox !== undefined ? { inPageSandbox: data.inPageSandbox } : {}),
  };
}

export function savedData(sets: readonly CredentialSet[], history: readonly unknown[], inPageSandbox?: unknown): SavedData {
  return { version: 1, sets: [...sets], history: [...history], ...(inPageSandbox !== undefined ? { inPageSandbox } : {}) };
}
