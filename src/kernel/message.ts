/**
 * Workbench-written text produced by a pure module (src/catalog, src/inspect, src/policy, src/labs,
 * src/credentials…): not a string in one language but a message descriptor the UI translates when it renders
 * it, in whatever language the reader chose. Write one as an object literal marked for extraction:
 *
 *   const tooLong = /*i18n*\/ { id: 'catalog.roleSessionName.tooLong', message: 'At most {max} characters.', values: { max: 64 } };
 *
 * `message` is the English text in ICU MessageFormat; `npm run i18n:extract` copies it into the catalogs,
 * where French is added. No React, no current language: the module stays pure and testable in English.
 * STS's own wire texts (error codes and messages, parameter names) are never Messages: they stay strings,
 * and when a sentence quotes one it is a value named in `verbatim`.
 */
export interface Message {
  readonly id: string;
  /** The English source text, ICU MessageFormat ({name} placeholders, {n, plural, one {…} other {…}}). */
  readonly message: string;
  readonly values?: Readonly<Record<string, MessageValue>>;
  /**
   * The values that are AWS's own words or identifiers (an error message on the wire, a parameter name, an
   * ARN): the UI shows them verbatim, marked lang="en" translate="no", inside the translated sentence.
   */
  readonly verbatim?: readonly string[];
}

/**
 * A diagnostic written in English by a lower layer (the XML parser, a base64 or DER decoder) that has no
 * Message of its own yet: shown as it is, marked English, in every language.
 */
export const quotedEnglish = (detail: string): Message => /*i18n*/ ({ id: 'kernel.quotedEnglish', message: '{detail}', values: { detail }, verbatim: ['detail'] });

/**
 * A placeholder's value: a string or number, or a Message of its own (a reason inside a sentence), which is
 * rendered in the same language before it is put in place.
 */
export type MessageValue = string | number | Message | MessageList;

/**
 * Sentences or clauses listed one after another (the reasons a statement does not apply): rendered each in the
 * language being rendered and joined by that language's clause separator, LIST_SEPARATOR.
 */
export type MessageList = readonly Message[];

export const LIST_SEPARATOR: Message = /*i18n*/ { id: 'kernel.listSeparator', message: '; ' };

export const isMessageList = (v: MessageValue): v is MessageList => Array.isArray(v);

/** A sentence followed by its notes in parentheses ("… (note; note)"); the sentence alone when there are none. */
export function withNotes(why: Message, notes: MessageList): Message {
  return notes.length > 0 ? /*i18n*/ { id: 'kernel.withNotes', message: '{why} ({notes})', values: { why, notes } } : why;
}

/**
 * Teaching text of a module still being converted: a Message, or English not yet in the catalogs (the UI
 * shows such a string marked lang="en" data-i18n="pending", so the pseudo-locale run can list it).
 */
export type Words = Message | string;

/**
 * The English of Words (an error's message, logs, the sandbox's wire text built in pure code). In a build the
 * English is compiled already (scripts/vite-i18n-compile.ts turns `message` into Lingui's compiled form); where
 * the source runs as it is (tests, `npm start`'s server, the dev server) `message` is the ICU source, read here
 * into the same form. Either way it is rendered whole, plurals and selects included.
 */
export function englishOf(w: Words): string {
  if (typeof w === 'string') return w;
  const values = plainValues(w.values, englishOf);
  const compiled: unknown = w.message;
  return renderCompiled(Array.isArray(compiled) ? compiled : compileSource(w.message), values, undefined);
}

/**
 * ICU MessageFormat source → Lingui's compiled form: text, `[name]`, `[name, type]` and `[name, 'plural' |
 * 'select' | 'selectordinal', { key: […] }]`. Apostrophes quote as in ICU (`''` is one, `'{…}'` is literal).
 * A malformed source is returned as text rather than thrown.
 */
function compileSource(source: string): unknown[] {
  let i = 0;
  const parse = (inBranch: boolean): unknown[] => {
    const out: unknown[] = [];
    let text = '';
    while (i < source.length) {
      const c = source[i] as string;
      if (c === "'" && source[i + 1] === "'") {
        text += "'";
        i += 2;
      } else if (c === "'" && (source[i + 1] === '{' || source[i + 1] === '}')) {
        const end = source.indexOf("'", i + 1);
        text += source.slice(i + 1, end < 0 ? source.length : end);
        i = end < 0 ? source.length : end + 1;
      } else if (c === '}' && inBranch) {
        break;
      } else if (c === '{') {
        if (text) out.push(text);
        text = '';
        out.push(parseArgument());
      } else {
        text += c;
        i++;
      }
    }
    if (text) out.push(text);
    return out;
  };
  const parseArgument = (): unknown[] => {
    const close = /^\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}/.exec(source.slice(i));
    if (close) {
      i += close[0].length;
      return close[2] ? [close[1], close[2]] : [close[1]];
    }
    const head = /^\{\s*(\w+)\s*,\s*(plural|select|selectordinal)\s*,/.exec(source.slice(i));
    if (!head) {
      i++;
      return ['{'];
    }
    i += head[0].length;
    const branches: Record<string, unknown[]> = {};
    for (;;) {
      const key = /^\s*(=?[\w-]+)\s*\{/.exec(source.slice(i));
      if (!key) break;
      i += key[0].length;
      branches[(key[1] as string).replace(/^=/, '')] = parse(true);
      i++; // the branch's closing brace
    }
    const end = /^\s*\}/.exec(source.slice(i));
    i += end ? end[0].length : 0;
    return [head[1], head[2], branches];
  };
  return parse(false);
}

type Values = Readonly<Record<string, string | number>>;

/** The values with each nested Message rendered by `render` (in the language being rendered). */
export function plainValues(values: Message['values'], render: (m: Message) => string): Values {
  const out: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(values ?? {})) {
    out[name] = isMessageList(v) ? v.map(render).join(render(LIST_SEPARATOR)) : typeof v === 'object' ? render(v) : v;
  }
  return out;
}

/**
 * Lingui's compiled message: text, `[name]`, `[name, 'number']`, or `[name, 'plural' | 'select' |
 * 'selectordinal', { one: […], other: […], '=0': […] }]`, where `#` stands for the plural's number.
 */
function renderCompiled(tokens: readonly unknown[], values: Values, pluralValue: number | undefined): string {
  let out = '';
  for (const token of tokens) {
    if (typeof token === 'string') {
      out += pluralValue === undefined ? token : token.replace(/#/g, String(pluralValue));
      continue;
    }
    if (!Array.isArray(token) || typeof token[0] !== 'string') continue;
    const [name, format, branches] = token as [string, unknown, unknown];
    const value = values[name];
    if ((format === 'plural' || format === 'select' || format === 'selectordinal') && typeof branches === 'object' && branches !== null) {
      const options = branches as Record<string, unknown>;
      const n = Number(value);
      // An exact plural match is compiled as its number ("=0" → "0").
      const key = format === 'select' ? String(value) : `${n}` in options ? `${n}` : n === 1 && 'one' in options ? 'one' : 'other';
      const branch = options[key] ?? options.other;
      const inner = typeof branch === 'string' ? [branch] : Array.isArray(branch) ? branch : [];
      out += renderCompiled(inner, values, format === 'select' ? pluralValue : n);
      continue;
    }
    out += value === undefined ? `{${name}}` : String(value);
  }
  return out;
}
