/**
 * A Vite build plugin: compiles the English of every message descriptor in the source at build time, so
 * the page needs no English catalog and no ICU parser. `/*i18n*\/ { id, message: 'At most {max}' }`,
 * `i18n._({ id, message })` and `<Trans id message="…" />` get their `message` replaced by Lingui's compiled
 * form (["At most ", ["max"]]), which the runtime formats as it is, and their translators' `comment` is
 * dropped (it stays in the catalogs); French and the pseudo-locale come from
 * their compiled catalogs. Dev server and tests skip this: there Lingui compiles messages on the fly.
 */
import { compileMessage } from '@lingui/message-utils/compileMessage';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The /*i18n*\/ mark Lingui's extractor reads, in the trivia just before the node, or before the parentheses
 * around it (an arrow function returning a descriptor: `=> /*i18n*\/ ({ id, message })`).
 */
const hasI18nComment = (code: string, node: ts.Node): boolean =>
  /\/\*\s*\*?\s*i18n\s*\*\/\s*$/.test(code.slice(node.pos, node.getStart())) || (ts.isParenthesizedExpression(node.parent) && hasI18nComment(code, node.parent));

const isI18nCall = (node: ts.Node): boolean =>
  ts.isCallExpression(node.parent) &&
  node.parent.arguments[0] === node &&
  ts.isPropertyAccessExpression(node.parent.expression) &&
  node.parent.expression.name.text === '_' &&
  /(^|\.)i18n$/.test(node.parent.expression.expression.getText());

const isTransTag = (attribute: ts.JsxAttribute): boolean => {
  const tag = attribute.parent.parent;
  return (ts.isJsxSelfClosingElement(tag) || ts.isJsxOpeningElement(tag)) && tag.tagName.getText() === 'Trans';
};

const literalText = (e: ts.Node | undefined): string | undefined => (e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : undefined);

/** The source with each descriptor's English compiled; null when there is none in it. */
export function compileDescriptors(code: string, fileName: string): string | null {
  if (!code.includes('message')) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node) && (hasI18nComment(code, node) || isI18nCall(node))) {
      for (const p of node.properties) {
        // The translators' note stays in the catalogs; the page does not need it.
        if (ts.isPropertyAssignment(p) && p.name.getText() === 'comment') {
          edits.push({ start: p.getStart(), end: p.end + (/^\s*,/.exec(code.slice(p.end))?.[0].length ?? 0), text: '' });
          continue;
        }
        if (!ts.isPropertyAssignment(p) || p.name.getText() !== 'message') continue;
        const text = literalText(p.initializer);
        if (text !== undefined) edits.push({ start: p.initializer.getStart(), end: p.initializer.end, text: JSON.stringify(compileMessage(text)) });
      }
    }
    if (ts.isJsxAttribute(node) && node.name.getText() === 'comment' && isTransTag(node)) edits.push({ start: node.getStart(), end: node.end, text: '' });
    if (ts.isJsxAttribute(node) && node.name.getText() === 'message' && node.initializer && ts.isStringLiteral(node.initializer)) {
      const tag = node.parent.parent;
      if ((ts.isJsxSelfClosingElement(tag) || ts.isJsxOpeningElement(tag)) && tag.tagName.getText() === 'Trans') {
        edits.push({ start: node.initializer.getStart(), end: node.initializer.end, text: `{${JSON.stringify(compileMessage(node.initializer.text))}}` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return null;
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function compileI18nMessages(): Plugin {
  return {
    name: 'stsw-i18n-compile',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/i18n/locales/')) return null;
      const out = compileDescriptors(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
