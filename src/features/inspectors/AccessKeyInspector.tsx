import { useLingui } from '@lingui/react';
import { useId, useMemo, useState } from 'react';
import { Text } from '../../i18n/Text';
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
  const { i18n } = useLingui();
  const inputId = useId();
  const [text, setText] = useState('');
  const id = text.trim();
  const described = useMemo(() => describeAccessKeyId(id), [id]);
  const decoding = useMemo(() => decodeAccountOffline(id), [id]);
  const known = ID_PREFIXES.some((p) => p.prefix === described.prefix);

  return (
    <ToolCard
      title={i18n._({ id: 'tools.accessKey', message: 'Access key inspector' })}
      summary={i18n._({ id: 'accessKey.summary', message: 'What an access key ID says about itself: its kind from the four-letter prefix, and the AWS account it belongs to, decoded offline.' })}
      testId="access-key-inspector"
    >
      <div>
        <label htmlFor={inputId} className="mb-1 block text-[13px] font-medium text-fg">
          {i18n._({ id: 'creds.accessKeyId', message: 'Access key ID' })}
        </label>
        <input
          id={inputId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          placeholder={i18n._({ id: 'keys.placeholder.id', message: 'AKIA… or ASIA…' })}
          aria-describedby={`${inputId}-hint`}
          className="h-7.5 w-full rounded border border-line-strong bg-surface px-2 font-mono text-[13px] text-fg"
        />
        <p id={`${inputId}-hint`} className="mt-0.5 text-[11px] text-muted">
          {i18n._({ id: 'accessKey.hint', message: 'Only the ID: never paste the secret access key. Nothing here is sent anywhere unless you ask GetAccessKeyInfo.' })}
        </p>
      </div>

      {id !== '' && (
        <div className="space-y-3" data-testid="access-key-report">
          <div className="flex flex-wrap items-center gap-1.5">
            {described.wellFormed ? (
              <Badge tone="ok">{i18n._({ id: 'accessKey.wellFormed', message: 'Well-formed access key ID' })}</Badge>
            ) : (
              <Badge tone="danger">{i18n._({ id: 'accessKey.notWellFormed', message: 'Not a well-formed access key ID' })}</Badge>
            )}
            {described.temporary && <Badge tone="accent">{i18n._({ id: 'accessKey.temporaryBadge', message: 'Temporary (STS)' })}</Badge>}
            {described.longTerm && <Badge tone="neutral">{i18n._({ id: 'accessKey.longTermBadge', message: 'Long-term' })}</Badge>}
          </div>
          {described.problems.length > 0 && (
            <ul role="alert" className="list-disc space-y-0.5 rounded border border-danger/40 bg-danger-soft py-1.5 pr-2 pl-6 text-xs text-fg" data-testid="access-key-problems">
              {described.problems.map((p) => (
                <li key={p.id}>
                  <Text m={p} />.
                </li>
              ))}
            </ul>
          )}
          <KeyValueList
            rows={[
              { key: 'prefix', label: i18n._({ id: 'accessKey.prefix', message: 'Prefix' }), value: <span translate="no">{described.prefix || '—'}</span>, mono: true },
              {
                key: 'kind',
                label: i18n._({ id: 'accessKey.kind', message: 'Kind' }),
                value: (
                  <span data-testid="access-key-kind">
                    {known ? i18n._(described.kind) : <Text m={/*i18n*/ { id: 'accessKey.unknownPrefixNamed', message: 'Unknown prefix “{prefix}”', values: { prefix: described.prefix }, verbatim: ['prefix'] }} />}
                  </span>
                ),
              },
              {
                key: 'account',
                label: i18n._({ id: 'accessKey.account', message: 'Account' }),
                value: (
                  <div className="space-y-0.5">
                    <div className="font-mono text-[13px]" data-testid="access-key-account">
                      {decoding.account ?? i18n._({ id: 'accessKey.notDecoded', message: 'Not decoded' })}
                    </div>
                    <p className="text-xs text-muted">
                      <Text m={decoding.explanation} />
                    </p>
                  </div>
                ),
              },
            ]}
          />
          <div className="flex flex-wrap items-center gap-2">
            <Button size="sm" onClick={() => onAsk(id)}>
              <Text m={/*i18n*/ { id: 'accessKey.ask', message: 'Ask {operation}', values: { operation: 'GetAccessKeyInfo' }, verbatim: ['operation'] }} />
            </Button>
            <span className="text-xs text-muted">
              <Text m={/*i18n*/ { id: 'accessKey.askNote', message: 'Opens {operation} with this ID, to compare with STS’s answer.', values: { operation: 'GetAccessKeyInfo' }, verbatim: ['operation'] }} />
            </span>
          </div>
        </div>
      )}

      <details>
        <summary className="cursor-pointer text-xs text-muted hover:text-fg">{i18n._({ id: 'accessKey.everyPrefix', message: 'Every AWS ID prefix' })}</summary>
        <table className="mt-1 w-full border-collapse text-xs" aria-label={i18n._({ id: 'accessKey.prefixes', message: 'AWS ID prefixes' })}>
          <tbody>
            {ID_PREFIXES.map((p) => (
              <tr key={p.prefix} className="border-t border-line">
                <th scope="row" className="py-0.5 pr-3 text-left font-mono font-normal text-fg" translate="no">
                  {p.prefix}
                </th>
                <td className="py-0.5 text-fg">
                  {i18n._(p.label)}
                  {p.accessKey && <span className="ml-1 text-muted">{i18n._({ id: 'accessKey.isAccessKey', message: '(access key)' })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </ToolCard>
  );
}
