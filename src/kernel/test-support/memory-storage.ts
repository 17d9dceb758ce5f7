/** A Storage stand-in for tests of what is kept in browser storage (theme, presenter mode, the attendee ticket, lab state); `map` shows what was written. */
export function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}
