/**
 * The policy editor's validator: JSON syntax, the IAM policy grammar, kind-specific rules (trust,
 * identity, session, resource policies) and warnings in the spirit of IAM Access Analyzer, each
 * as a marker with a stable code and the range of the key or value at fault. One linear pass over
 * the text and the tree: it runs on every keystroke.
 */
import { parseJsonAst, type JsonObject, type JsonString } from '../language/json-ast';
import { EDITOR_POLICY_KINDS } from '../language/kind';
import { MarkerSink, type EditorPolicyKind, type PolicyMarker } from './marker';
import { found, unknownElement, valueOf, type Ctx } from './nodes';
import { checkStatement } from './statement';

export type { EditorPolicyKind, PolicyMarker };

const TOP_KEYS = ['Version', 'Id', 'Statement'];

export function validatePolicy(text: string, kind: EditorPolicyKind): PolicyMarker[] {
  const out = new MarkerSink(typeof text === 'string' ? text : '');
  if (typeof text !== 'string') {
    out.add('error', 'json-syntax', /*i18n*/ { id: 'policy.marker.notText', message: 'The policy must be text' }, 0, 0);
    return out.finish();
  }
  // A session policy is optional: an empty field means none is sent, which is no problem at all.
  if (kind === 'session' && text.trim() === '') return out.finish();
  const parsed = parseJsonAst(text);
  for (const e of parsed.errors) out.add(e.severity, e.code, e.message, e.start, e.end);
  // After an unrecoverable syntax error the tree is cut short: grammar markers would be noise.
  if (!parsed.complete || !parsed.root) return out.finish();
  const root = parsed.root;
  if (root.type !== 'object') {
    const example = '{"Version": "2012-10-17", "Statement": [...]}';
    out.error('policy-not-object', found(/*i18n*/ { id: 'policy.marker.notObject', message: 'A policy must be a JSON object such as {example}, found {found}', values: { example }, verbatim: ['example'] }, root), root);
    return out.finish();
  }
  const version = valueOf(root, 'Version');
  const ctx: Ctx = { kind: EDITOR_POLICY_KINDS.includes(kind) ? kind : 'identity', out, variables: version?.type === 'string' && version.value === '2012-10-17' };
  checkDocument(root, ctx);
  return out.finish();
}

function checkDocument(root: JsonObject, ctx: Ctx): void {
  const { out } = ctx;
  for (const p of root.properties) if (!TOP_KEYS.includes(p.key.value)) out.error('unknown-element', unknownElement(p.key.value, TOP_KEYS, 'policy'), p.key);

  const version = valueOf(root, 'Version');
  if (!version) {
    out.warning(
      'version-missing',
      /*i18n*/ { id: 'policy.marker.versionMissing', message: 'No Version: add "Version": "2012-10-17". Without it the 2008-10-17 language applies and policy variables such as {variable} are plain text', values: { variable: '${aws:username}' }, verbatim: ['variable'] },
      MarkerSink.brace(root),
    );
  } else if (version.type === 'string' && version.value === '2008-10-17') {
    out.warning('version-old', /*i18n*/ { id: 'policy.marker.versionOld', message: 'Version "2008-10-17" is the old policy language: policy variables such as {variable} are plain text. Use "2012-10-17"', values: { variable: '${aws:username}' }, verbatim: ['variable'] }, version);
  } else if (version.type !== 'string' || version.value !== '2012-10-17') {
    out.error('version-invalid', found(/*i18n*/ { id: 'policy.marker.versionInvalid', message: 'Version must be "2012-10-17" (or the old "2008-10-17"), found {found}; it is a fixed date, not today\'s date' }, version), version);
  }

  const id = valueOf(root, 'Id');
  if (id && id.type !== 'string') out.error('id-type', found(/*i18n*/ { id: 'policy.marker.idType', message: 'Id must be a string, found {found}' }, id), id);

  const statement = valueOf(root, 'Statement');
  if (!statement) {
    out.error('statement-missing', /*i18n*/ { id: 'policy.marker.statementMissing', message: 'The policy has no Statement' }, MarkerSink.brace(root));
    return;
  }
  if (statement.type === 'object') {
    checkStatement(statement, ctx);
    return;
  }
  if (statement.type !== 'array') {
    out.error('statement-type', found(/*i18n*/ { id: 'policy.marker.statementType', message: 'Statement must be an object or a list of objects, found {found}' }, statement), statement);
    return;
  }
  if (statement.items.length === 0) out.warning('statement-empty', /*i18n*/ { id: 'policy.marker.statementEmpty', message: 'Statement is an empty list: this policy allows and denies nothing' }, statement);
  const sids = new Map<string, JsonString>();
  for (const item of statement.items) {
    if (item.type !== 'object') {
      out.error('statement-not-object', found(/*i18n*/ { id: 'policy.marker.statementNotObject', message: 'Each statement must be an object, found {found}' }, item), item);
      continue;
    }
    checkStatement(item, ctx);
    const sid = valueOf(item, 'Sid');
    if (sid?.type !== 'string' || sid.value === '') continue;
    if (sids.has(sid.value)) out.error('sid-duplicate', /*i18n*/ { id: 'policy.marker.sidDuplicate', message: 'Duplicate Sid "{sid}": statement IDs must be unique within a policy', values: { sid: sid.value }, verbatim: ['sid'] }, sid);
    else sids.set(sid.value, sid);
  }
}
