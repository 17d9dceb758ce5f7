import { Badge } from '../../ui/Badge';
import { JsonTree } from '../../ui/JsonTree';
import { KeyValueList } from '../../ui/KeyValueList';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const items = (v: unknown): unknown[] => {
  const o = obj(v);
  return Array.isArray(o?.items) ? o.items : Array.isArray(v) ? v : [];
};
const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v));

/** A decoded authorization message, readable: the verdict, who/what/where, then the whole document as a tree. */
export function DecodedMessageView({ message }: { message: string }) {
  let doc: unknown;
  try {
    doc = JSON.parse(message);
  } catch {
    return (
      <div className="space-y-1">
        <p className="text-xs text-warn">The decoded message is not JSON; shown as received.</p>
        <pre tabIndex={0} className="max-h-60 overflow-auto rounded bg-code p-2 font-mono text-xs whitespace-pre-wrap">{message}</pre>
      </div>
    );
  }
  const d = obj(doc) ?? {};
  const allowed = d.allowed === true || d.allowed === 'true';
  const explicitDeny = d.explicitDeny === true || d.explicitDeny === 'true';
  const ctx = obj(d.context) ?? {};
  const principal = obj(ctx.principal) ?? {};
  const conditions = items(ctx.conditions);
  const matched = items(d.matchedStatements);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-1.5" data-testid="authorization-verdict">
        <Badge tone={allowed ? 'ok' : 'danger'}>{allowed ? 'Allowed' : 'Denied'}</Badge>
        {!allowed && <Badge tone={explicitDeny ? 'danger' : 'warn'}>{explicitDeny ? 'Explicit deny' : 'Implicit deny (no statement allowed it)'}</Badge>}
        {matched.length > 0 && <Badge tone="neutral">{matched.length} matched statement{matched.length === 1 ? '' : 's'}</Badge>}
      </div>
      <KeyValueList
        rows={[
          { key: 'action', label: 'Action', value: text(ctx.action) || '—', mono: true },
          { key: 'resource', label: 'Resource', value: text(ctx.resource) || '—', mono: true },
          { key: 'principal', label: 'Principal', value: text(principal.arn) || text(principal.id) || '—', mono: true },
          {
            key: 'conditions',
            label: 'Context',
            value: conditions.length
              ? conditions.map((c, i) => {
                  const o = obj(c) ?? {};
                  const vals = items(o.values).map((v) => text(obj(v)?.value ?? v));
                  return (
                    <div key={i} className="font-mono text-xs">
                      {text(o.key)} = {vals.join(', ')}
                    </div>
                  );
                })
              : '—',
          },
        ]}
      />
      <details>
        <summary className="cursor-pointer text-xs text-muted hover:text-fg">The whole decoded document</summary>
        <div tabIndex={0} role="region" aria-label="Decoded document" className="mt-1 max-h-80 overflow-auto rounded border border-line bg-code p-2">
          <JsonTree value={doc} label="Decoded authorization message" />
        </div>
      </details>
    </div>
  );
}
