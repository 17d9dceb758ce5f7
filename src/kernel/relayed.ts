/**
 * Workbench text that another process wrote and sent over the network: the sandbox's policy trace (in its
 * authorization messages) and its permission-check answer. The sender writes the English, as a reader of its
 * JSON (the AWS CLI, boto3) sees it, and beside it the Message it came from in wire form: its id, its values
 * and which of them are verbatim, but not its English source (the receiver has its own catalogs). The
 * workbench shows the Message in the reader's language when its catalog knows every id in it, and the English
 * otherwise (a sandbox of another version, a language without the text).
 */
import { englishOf, isMessageList, type Message, type MessageValue } from './message';

/** A Message without its source text: what travels. */
export interface WireMessage {
  readonly id: string;
  readonly values?: Readonly<Record<string, WireValue>>;
  readonly verbatim?: readonly string[];
}

type WireValue = string | number | WireMessage | readonly WireMessage[];

/** Text relayed from another process: its English and, when sent, the Message it renders. */
export interface RelayedText {
  readonly english: string;
  readonly message: WireMessage | null;
}

const valueToWire = (v: MessageValue): WireValue => (isMessageList(v) ? v.map(toWire) : typeof v === 'object' ? toWire(v) : v);

export function toWire(m: Message): WireMessage {
  const values: Record<string, WireValue> = {};
  for (const [name, v] of Object.entries(m.values ?? {})) values[name] = valueToWire(v);
  return { id: m.id, ...(m.values ? { values } : {}), ...(m.verbatim ? { verbatim: [...m.verbatim] } : {}) };
}

/** A Message as it is relayed: its English and its wire form. */
export function relay(m: Message): RelayedText {
  return { english: englishOf(m), message: toWire(m) };
}

const ID = /^[A-Za-z0-9_.-]{1,120}$/;
/** Nested Messages go a few levels deep (a condition's reason inside a statement's); more is not ours. */
const MAX_DEPTH = 8;
const MAX_VALUES = 32;
/** A list value (a statement's reasons): one per condition, principal, action and resource at most, in practice. */
const MAX_LIST = 64;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a wire Message that came over the network: null for anything not of its shape (an id that is not a
 * catalog id, values that are not strings, numbers or wire Messages, nesting deeper than a few levels).
 */
export function readWireMessage(v: unknown, depth = 0): WireMessage | null {
  if (!isObject(v) || typeof v.id !== 'string' || !ID.test(v.id) || depth > MAX_DEPTH) return null;
  const out: { id: string; values?: Record<string, WireValue>; verbatim?: string[] } = { id: v.id };
  if (v.values !== undefined) {
    if (!isObject(v.values)) return null;
    const entries = Object.entries(v.values);
    if (entries.length > MAX_VALUES) return null;
    const values: Record<string, WireValue> = {};
    for (const [name, value] of entries) {
      if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) values[name] = value;
      else if (Array.isArray(value)) {
        if (value.length > MAX_LIST) return null;
        const items = value.map((item) => readWireMessage(item, depth + 1));
        if (items.some((item) => item === null)) return null;
        values[name] = items as WireMessage[];
      } else {
        const inner = readWireMessage(value, depth + 1);
        if (!inner) return null;
        values[name] = inner;
      }
    }
    out.values = values;
  }
  if (v.verbatim !== undefined) {
    if (!Array.isArray(v.verbatim) || !v.verbatim.every((x) => typeof x === 'string')) return null;
    out.verbatim = v.verbatim as string[];
  }
  return out;
}

/** Relayed text read from JSON: the English string, and the wire Message when it is well formed. */
export function readRelayed(english: unknown, message: unknown): RelayedText {
  return { english: typeof english === 'string' ? english : '', message: readWireMessage(message) };
}

/** Every id a wire Message uses, nested ones included: the catalog must know them all to translate it. */
export function wireIds(m: WireMessage): string[] {
  const ids = [m.id];
  for (const v of Object.values(m.values ?? {})) {
    if (Array.isArray(v)) for (const item of v as readonly WireMessage[]) ids.push(...wireIds(item));
    else if (typeof v === 'object') ids.push(...wireIds(v as WireMessage));
  }
  return ids;
}

/**
 * The wire Message as a Message whose English is not known here: rendered only through a catalog that has
 * every id (see wireIds), never through englishOf.
 */
export function fromWire(m: WireMessage): Message {
  const values: Record<string, MessageValue> = {};
  for (const [name, v] of Object.entries(m.values ?? {})) {
    values[name] = Array.isArray(v) ? (v as readonly WireMessage[]).map(fromWire) : typeof v === 'object' ? fromWire(v as WireMessage) : (v as string | number);
  }
  return { id: m.id, message: '', ...(m.values ? { values } : {}), ...(m.verbatim ? { verbatim: m.verbatim } : {}) };
}

/** A Message relayed with one value that is itself relayed text (a sentence quoting an answer already relayed). */
export function relayWith(m: Message, name: string, inner: RelayedText): RelayedText {
  const english = englishOf({ ...m, values: { ...m.values, [name]: inner.english } });
  const wire = toWire(m);
  return { english, message: inner.message && { ...wire, values: { ...wire.values, [name]: inner.message } } };
}
