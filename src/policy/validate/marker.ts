/** Markers: what the validator reports, positioned the way Monaco's IMarkerData wants them. */
import { LineIndex } from '../language/json-scan';
import type { JsonNode } from '../language/json-ast';
import type { EditorPolicyKind } from '../language/kind';
import type { Message } from '../../kernel/message';
import type { MarkerCode } from './codes';

export type { EditorPolicyKind };

/** A marker's sentence: a Message, maybe with sentences of its own as values (src/policy/message-parts.ts). */
export type MarkerMessage = Message;

export interface PolicyMarker {
  severity: 'error' | 'warning' | 'info';
  /** Stable identifier of the rule: one of MARKER_CODES (validate/codes.ts). */
  code: string;
  /** The rule's sentence for this place (englishOf gives its English). */
  message: MarkerMessage;
  /** Offsets into the text; endOffset is exclusive. A value's range includes its quotes. */
  startOffset: number;
  endOffset: number;
  /** 1-based; endColumn is exclusive (the column just after the last character), as in Monaco. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Collects markers; positions are computed once at the end. */
export class MarkerSink {
  private readonly items: Omit<PolicyMarker, 'line' | 'column' | 'endLine' | 'endColumn'>[] = [];

  constructor(readonly text: string) {}

  add(severity: PolicyMarker['severity'], code: MarkerCode, message: MarkerMessage, start: number, end: number): void {
    this.items.push({ severity, code, message, startOffset: start, endOffset: Math.max(start, end) });
  }

  error(code: MarkerCode, message: MarkerMessage, at: Pick<JsonNode, 'start' | 'end'>): void {
    this.add('error', code, message, at.start, at.end);
  }

  warning(code: MarkerCode, message: MarkerMessage, at: Pick<JsonNode, 'start' | 'end'>): void {
    this.add('warning', code, message, at.start, at.end);
  }

  info(code: MarkerCode, message: MarkerMessage, at: Pick<JsonNode, 'start' | 'end'>): void {
    this.add('info', code, message, at.start, at.end);
  }

  /** The opening brace of an object: where a missing element is reported. */
  static brace(node: Pick<JsonNode, 'start'>): { start: number; end: number } {
    return { start: node.start, end: node.start + 1 };
  }

  finish(): PolicyMarker[] {
    const lines = new LineIndex(this.text);
    const rank = { error: 0, warning: 1, info: 2 };
    return this.items
      .map((m) => {
        const a = lines.position(m.startOffset);
        const b = lines.position(m.endOffset);
        return { ...m, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      })
      .sort((x, y) => x.startOffset - y.startOffset || rank[x.severity] - rank[y.severity]);
  }
}
