/**
 * Everything a page can leave behind in the browser, as text to search for secrets: Web Storage,
 * every IndexedDB database (every store, every record), Cache Storage, cookies and the URL.
 */
import type { Page } from '@playwright/test';

export interface BrowserTraces {
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  /** database name → store name → records (as JSON text). */
  indexedDB: Record<string, Record<string, string[]>>;
  cacheStorage: Record<string, string[]>;
  cookies: string[];
  url: string;
}

export async function collectTraces(page: Page): Promise<BrowserTraces> {
  const inPage = await page.evaluate(async () => {
    const dump = (s: Storage): Record<string, string> => {
      const out: Record<string, string> = {};
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k !== null) out[k] = s.getItem(k) ?? '';
      }
      return out;
    };
    const idb: Record<string, Record<string, string[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores: Record<string, string[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(name, 'readonly');
        const store = tx.objectStore(name);
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map((req) => new Promise<unknown[]>((resolve, reject) => {
            req.onsuccess = () => resolve(req.result as unknown[]);
            req.onerror = () => reject(req.error);
          })),
        );
        stores[name] = [...(keys ?? []), ...(values ?? [])].map((v) => JSON.stringify(v) ?? String(v));
      }
      db.close();
      idb[info.name] = stores;
    }
    const caches: Record<string, string[]> = {};
    if ('caches' in globalThis) {
      for (const name of await globalThis.caches.keys()) {
        const cache = await globalThis.caches.open(name);
        caches[name] = await Promise.all((await cache.keys()).map(async (req) => `${req.url}\n${await (await cache.match(req))?.text()}`));
      }
    }
    return { localStorage: dump(localStorage), sessionStorage: dump(sessionStorage), indexedDB: idb, cacheStorage: caches, url: location.href };
  });
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`);
  return { ...inPage, cookies };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The places (e.g. `localStorage["x"]`) where `secret` appears. */
export function whereFound(traces: BrowserTraces, secret: string): string[] {
  const found: string[] = [];
  const check = (where: string, text: string) => {
    // Stored text may be JSON-escaped ("/" → "\/", "+" as is): look for both spellings.
    if (text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1))) found.push(where);
  };
  for (const [k, v] of Object.entries(traces.localStorage)) check(`localStorage[${k}]`, `${k}=${v}`);
  for (const [k, v] of Object.entries(traces.sessionStorage)) check(`sessionStorage[${k}]`, `${k}=${v}`);
  for (const [db, stores] of Object.entries(traces.indexedDB)) {
    for (const [store, records] of Object.entries(stores)) records.forEach((r, i) => check(`indexedDB ${db}/${store}#${i}`, r));
  }
  for (const [name, entries] of Object.entries(traces.cacheStorage)) entries.forEach((e, i) => check(`caches ${name}#${i}`, e));
  traces.cookies.forEach((c, i) => check(`cookie #${i}`, `${c}\n${decoded(c)}`));
  check('URL', traces.url);
  check('URL (decoded)', decoded(traces.url));
  return found;
}
