/**
 * The vault's one record in IndexedDB. Nothing is opened (so no database is created) until the
 * user turns persistence on, or a database from an earlier visit exists.
 */
import type { SealedBlob, VaultStore } from '../../credentials/vault';

const DB = 'sts-workbench-vault';
const STORE = 'vault';
const KEY = 'sealed';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

/** Whether a vault database exists, without creating one. */
async function vaultDatabaseExists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
  return (await indexedDB.databases()).some((d) => d.name === DB);
}

async function withStore<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await request(fn(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

export const indexedDbStore: VaultStore = {
  async get() {
    if (!(await vaultDatabaseExists())) return undefined;
    return (await withStore('readonly', (s) => s.get(KEY) as IDBRequest<SealedBlob | undefined>)) ?? undefined;
  },
  async put(blob) {
    await withStore('readwrite', (s) => s.put(blob, KEY));
  },
  async clear() {
    if (!(await vaultDatabaseExists())) return;
    await request(indexedDB.deleteDatabase(DB));
  },
};
