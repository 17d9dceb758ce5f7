import { englishOf, type Message } from '../../kernel/message';

const isMessage = (v: object): v is Message => 'id' in v && 'message' in v && typeof (v as { id: unknown }).id === 'string';
const isRelayed = (v: object): v is { english: string } => 'english' in v && 'message' in v && typeof (v as { english: unknown }).english === 'string';

export type English<T> = T extends Message ? string : T extends { english: string; message: unknown } ? string : T extends readonly (infer U)[] ? English<U>[] : T extends object ? { [K in keyof T]: English<T[K]> } : T;

/** A result with every Message and relayed text in it read as its English: what the tests assert on. */
export function english<T>(value: T): English<T> {
  if (Array.isArray(value)) return value.map(english) as English<T>;
  if (typeof value !== 'object' || value === null) return value as English<T>;
  if (isMessage(value)) return englishOf(value) as English<T>;
  if (isRelayed(value)) return value.english as English<T>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = english(v);
  return out as English<T>;
}
