/**
 * Completion, hover and formatting for policy models, from the pure services in policy/language.
 * Registered once for the JSON language; each provider looks up the model's policy kind (session,
 * trust, …) and leaves models it does not know alone.
 */
import type * as Monaco from 'monaco-editor/editor';
import { completionsAt, hoverAt } from '../../policy/language/completion';
import { formatPolicy } from '../../policy/language/format';
import type { EditorPolicyKind } from '../../policy/language/kind';
import { completionKind, suggestRange } from './monacoAdapters';

type MonacoApi = typeof Monaco;

const kinds = new Map<string, EditorPolicyKind>();

/** Tell the providers what a model holds; forget it when the model goes. */
export function setModelKind(uri: string, kind: EditorPolicyKind): void {
  kinds.set(uri, kind);
}

export function forgetModel(uri: string): void {
  kinds.delete(uri);
}

let registered = false;

export function registerPolicyLanguage(monaco: MonacoApi): void {
  if (registered) return;
  registered = true;
  const { languages } = monaco;
  const kindOf = (model: Monaco.editor.ITextModel): EditorPolicyKind | undefined => kinds.get(model.uri.toString());

  languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"', ':'],
    provideCompletionItems(model, position) {
      const kind = kindOf(model);
      if (!kind) return { suggestions: [] };
      const offset = model.getOffsetAt(position);
      const items = completionsAt(model.getValue(), offset, kind);
      const positionAt = (o: number) => model.getPositionAt(o);
      return {
        suggestions: items.map((i) => ({
          label: i.label,
          kind: completionKind(i.kind, languages.CompletionItemKind),
          detail: i.detail,
          documentation: i.documentation,
          insertText: i.insertText,
          ...(i.insertTextRules === 'snippet' ? { insertTextRules: languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
          filterText: i.filterText,
          sortText: i.sortText,
          range: suggestRange(i, offset, positionAt),
        })),
      };
    },
  });

  languages.registerHoverProvider('json', {
    provideHover(model, position) {
      const kind = kindOf(model);
      if (!kind) return null;
      const hover = hoverAt(model.getValue(), model.getOffsetAt(position), kind);
      if (!hover) return null;
      const r = hover.range;
      return { contents: [{ value: hover.contents }], range: new monaco.Range(r.line, r.column, r.endLine, r.endColumn) };
    },
  });

  // Shift+Alt+F (and the Format button's twin): whitespace only, nothing else changes.
  languages.registerDocumentFormattingEditProvider('json', {
    provideDocumentFormattingEdits(model) {
      if (!kindOf(model)) return [];
      const formatted = formatPolicy(model.getValue());
      return formatted.ok && formatted.value !== model.getValue() ? [{ range: model.getFullModelRange(), text: formatted.value }] : [];
    },
  });
}
