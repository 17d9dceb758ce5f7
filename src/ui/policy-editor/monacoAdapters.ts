/**
 * The pure policy services (policy/validate, policy/language) in the shapes Monaco wants, without
 * importing Monaco: the enum values come in as arguments, so this is tested in Node and stays out
 * of any eager chunk.
 */
import type { CompletionItem } from '../../policy/language/completion';
import type { Message } from '../../kernel/message';
import type { PolicyMarker } from '../../policy/validate/marker';

/** The owner of our markers on a model (Monaco keeps markers per owner). */
export const MARKER_OWNER = 'iam-policy';

export interface SeverityValues {
  Error: number;
  Warning: number;
  Info: number;
}

export interface MarkerData {
  severity: number;
  message: string;
  code: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** The markers as Monaco's marker data, each message in the reader's language (`translate`: src/i18n/translate.ts). */
export function toMarkerData(markers: readonly PolicyMarker[], severity: SeverityValues, translate: (m: Message) => string): MarkerData[] {
  return markers.map((m) => ({
    severity: m.severity === 'error' ? severity.Error : m.severity === 'warning' ? severity.Warning : severity.Info,
    message: translate(m.message),
    code: m.code,
    source: 'IAM policy',
    startLineNumber: m.line,
    startColumn: m.column,
    endLineNumber: m.endLine,
    // An empty range would be widened by Monaco to a word that may not be the culprit: show one character.
    endColumn: m.endLine === m.line && m.endColumn <= m.column ? m.column + 1 : m.endColumn,
  }));
}

export interface KindValues {
  Keyword: number;
  Operator: number;
  Property: number;
  Function: number;
  Value: number;
  Snippet: number;
}

export function completionKind(kind: CompletionItem['kind'], k: KindValues): number {
  switch (kind) {
    case 'keyword':
      return k.Keyword;
    case 'operator':
      return k.Operator;
    case 'key':
      return k.Property;
    case 'action':
      return k.Function;
    case 'snippet':
      return k.Snippet;
    default:
      return k.Value;
  }
}

/** Line/column of an offset, as Monaco's model.getPositionAt gives it. */
export type PositionAt = (offset: number) => { lineNumber: number; column: number };

export interface SuggestRange {
  insert: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number };
  replace: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number };
}

/**
 * Monaco wants single-line ranges that contain the cursor: insert = start of the replaced text to
 * the cursor, replace = start to its end. A range that would cross a line is cut at the cursor.
 */
export function suggestRange(item: Pick<CompletionItem, 'range'>, cursorOffset: number, positionAt: PositionAt): SuggestRange {
  const cursor = positionAt(cursorOffset);
  let start = positionAt(Math.min(item.range.startOffset, cursorOffset));
  if (start.lineNumber !== cursor.lineNumber) start = cursor;
  let end = positionAt(Math.max(item.range.endOffset, cursorOffset));
  if (end.lineNumber !== cursor.lineNumber) end = cursor;
  const line = cursor.lineNumber;
  return {
    insert: { startLineNumber: line, startColumn: start.column, endLineNumber: line, endColumn: cursor.column },
    replace: { startLineNumber: line, startColumn: start.column, endLineNumber: line, endColumn: end.column },
  };
}

/** The policy's name without the editor's own suffix ("Trust policy of X (JSON editor)" → "Trust policy of X"), for the toolbar's and the marker list's names. */
export const policyName = (ariaLabel: string): string => ariaLabel.replace(/ \((JSON( editor)?|éditeur JSON)\)$/, '');
