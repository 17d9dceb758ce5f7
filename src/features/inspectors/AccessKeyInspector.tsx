import { useId, useMemo, useState } from 'react';
import { decodeAccountOffline, describeAccessKeyId, ID_PREFIXES } from '../../inspect/access-key';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { KeyValueList } from '../../ui/KeyValueList';
import { ToolCard } from '../../ui/ToolCard';

/**
 * Paste any access key ID (or IAM unique ID): what its prefix means, and the account it encodes,
 * decoded here without a call (reference §3.3, §11). GetAccessKeyInfo gives STS's answer to compare.
 */
export function AccessKeyInspector({ onAsk }: { onAsk: (accessKeyId: string) => void }) {
  const inputId = useId();
  const [text, setText] = useState('');
  const id = text.trim();
  const described = useMemo(() => describeAccessKeyId(id), [id]);
  const decoding = useMemo(() => decodeAccountOffline(id), [id]);
  const known = ID_PREFIXES.some((p) => p.prefix === described.prefix);

  return (
    <ToolCard title="Access key inspector" summary="What an access key ID says about itself: its kind from the four-letter prefix, and the AWS account it belongs to, decoded offline." testId="access-key-inspector">
      <div>
        <label htmlFor={inputId} className="mb-1 block text-[13px] font-medium text-fg">
          Access key ID
        </label>
        <input
          id={inputId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          placeholder="AKIA… or ASIA…"
          aria-describedby={`${inputId}-hint`}
          className="h-7.5 w-full rounded border border-line-strong bg-surface px-2 font-mono text-[13px] text-fg"
        />
        <p id={`${inputId}-hint`} className="mt-0.5 text-[11px] text-muted">
          Only the ID: never paste the secret access key. Nothing here is sent anywhere unless you ask GetAccessKeyInfo.
        </p>
      </div>

      {id !== '' && (
        <div className="space-y-3" data-testid="access-key-report">
          <div className="flex flex-wrap items-center gap-1.5">
            {described.wellFormed ? <Badge tone="ok">Well-formed access key ID</Badge> : <Badge tone="danger">Not a well-formed access key ID</Badge>}
            {described.temporary && <Badge tone="accent">Temporary (STS)</Badge>}
            {described.longTerm && <Badge tone="neutral">Long-term</Badge>}
          </div>
          {described.problems.length > 0 && (
            <ul role="alert" className="list-disc space-y-0.5 rounded border border-danger/40 bg-danger-soft py-1.5 pr-2 pl-6 text-xs text-fg" data-testid="access-key-problems">
              {described.problems.map((p) => (
                <li key={p}>{p}.</li>
              ))}
            </ul>
          )}
          <KeyValueList
            rows={[
              { key: 'prefix', label: 'Prefix', value: described.prefix || '—', mono: true },
              { key: 'kind', label: 'Kind', value: <span data-testid="access-key-kind">{known ? described.kind : `Unknown prefix '${described.prefix}'`}</span> },
              {
                key: 'account',
                label: 'Account',
                value: (
                  <div className="space-y-0.5">
                    <div className="font-mono text-[13px]" data-testid="access-key-account">
                      {decoding.account ?? 'Not decoded'}
                    </div>
                    <p className="text-xs text-muted">{decoding.explanation}</p>
                  </div>
                ),
              },
            ]}
          />
          <div className="flex flex-wrap items-center gap-2">
            <Button size="sm" onClick={() => onAsk(id)}>
              Ask GetAccessKeyInfo
            </Button>
            <span className="text-xs text-muted">Opens GetAccessKeyInfo with this ID, to compare with STS’s answer.</span>
          </div>
        </div>
      )}

      <details>
        <summary className="cursor-pointer text-xs text-muted hover:text-fg">Every AWS ID prefix</summary>
        <table className="mt-1 w-full border-collapse text-xs" aria-label="AWS ID prefixes">
          <tbody>
            {ID_PREFIXES.map((p) => (
              <tr key={p.prefix} className="border-t border-line">
                <th scope="row" className="py-0.5 pr-3 text-left font-mono font-normal text-fg">
                  {p.prefix}
                </th>
                <td className="py-0.5 text-fg">
                  {p.label}
                  {p.accessKey && <span className="ml-1 text-muted">(access key)</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </ToolCard>
  );
}
