/**
 * The key-parity check behind src/i18n/catalogs.test.ts: every message exists in every language, is
 * translated, and uses the same ICU placeholders as the English source (a French message that drops or
 * renames {duration} would show a hole or a raw name). Reads the JSON catalogs for keys and translations,
 * and the compiled ones for placeholders (Lingui has already parsed the ICU there).
 */
type JsonCatalog = Record<string, { translation?: string }>;
type CompiledCatalog = Record<string, unknown>;

/** The names of a compiled message's arguments ({name}, plural/select arguments and what their branches use), sorted. */
export function placeholdersOf(message: unknown): string[] {
  const names = new Set<string>();
  const walk = (m: unknown) => {
    if (!Array.isArray(m)) return;
    for (const token of m) {
      if (!Array.isArray(token)) continue;
      const [name, , format] = token as [string, string?, unknown?];
      names.add(name);
      if (format && typeof format === 'object') for (const branch of Object.values(format)) walk(branch);
    }
  };
  walk(message);
  return [...names].sort();
}

/** Every problem found, as one readable line each; empty when the catalogs agree. */
export function catalogProblems(json: { en: JsonCatalog; fr: JsonCatalog }, compiled: { en: CompiledCatalog; fr: CompiledCatalog }): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(json.en)) if (!(id in json.fr)) problems.push(`fr lacks "${id}"`);
  for (const id of Object.keys(json.fr)) if (!(id in json.en)) problems.push(`en lacks "${id}"`);
  for (const [id, entry] of Object.entries(json.fr)) {
    if (!(id in json.en)) continue;
    if (!entry.translation) {
      problems.push(`fr has no translation for "${id}"`);
      continue;
    }
    const fr = placeholdersOf(compiled.fr[id]);
    const en = placeholdersOf(compiled.en[id]);
    if (fr.join() !== en.join()) problems.push(`fr "${id}" has placeholders ${fr.map((n) => `{${n}}`).join(' ') || 'none'}, English has ${en.map((n) => `{${n}}`).join(' ') || 'none'}`);
  }
  return problems;
}
