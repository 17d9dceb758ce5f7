import { describeAccessKeyId } from '../../inspect/access-key';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { KeyValueList } from '../../ui/KeyValueList';
import { SecretValue } from '../../ui/SecretValue';
import { Expiration } from '../../ui/Expiration';
import type { ReturnedCredentials } from './types';

export interface CredentialsShape {
  AccessKeyId?: string;
  SecretAccessKey?: string;
  SessionToken?: string;
  Expiration?: Date | string;
}

/** Shell lines that export the credentials, for pasting into a terminal. */
function envExports(c: CredentialsShape): string {
  return [
    `export AWS_ACCESS_KEY_ID=${c.AccessKeyId ?? ''}`,
    `export AWS_SECRET_ACCESS_KEY=${c.SecretAccessKey ?? ''}`,
    ...(c.SessionToken ? [`export AWS_SESSION_TOKEN=${c.SessionToken}`] : []),
  ].join('\n');
}

/** Issued credentials: key kind and account, masked secrets, live expiry. */
export function CredentialsView({ credentials, offsetMs, onUse }: {
  credentials: CredentialsShape;
  offsetMs: number;
  onUse?: (creds: ReturnedCredentials) => void;
}) {
  const c = credentials;
  const key = c.AccessKeyId ? describeAccessKeyId(c.AccessKeyId) : null;
  const exp = c.Expiration ? new Date(c.Expiration) : null;
  const rows = [
    {
      key: 'akid',
      label: 'Access key ID',
      value: (
        <div className="flex flex-wrap items-center gap-1.5">
          <code className="font-mono text-xs text-fg">{c.AccessKeyId}</code>
          <CopyButton text={c.AccessKeyId ?? ''} label="Copy access key ID" />
          {key && (
            <>
              <Badge tone={key.temporary ? 'accent' : key.longTerm ? 'warn' : 'neutral'} title={key.kind}>
                {key.prefix} · {key.temporary ? 'temporary' : key.longTerm ? 'long-term' : key.kind}
              </Badge>
              {key.account && (
                <span className="text-xs text-muted">
                  encodes account <span className="font-mono text-fg">{key.account}</span>
                </span>
              )}
            </>
          )}
        </div>
      ),
    },
    { key: 'secret', label: 'Secret access key', value: c.SecretAccessKey ? <SecretValue value={c.SecretAccessKey} label="secret access key" /> : '—' },
    {
      key: 'token',
      label: 'Session token',
      value: c.SessionToken ? (
        <div>
          <SecretValue value={c.SessionToken} label="session token" />
          <span className="text-xs text-muted">{c.SessionToken.length.toLocaleString('en-US')} characters</span>
        </div>
      ) : (
        '—'
      ),
    },
    { key: 'exp', label: 'Expiration', value: exp && !Number.isNaN(exp.getTime()) ? <Expiration at={exp} offsetMs={offsetMs} /> : '—' },
  ];
  return (
    <div className="space-y-2">
      <KeyValueList rows={rows} />
      <div className="flex flex-wrap gap-1">
        {onUse && c.AccessKeyId && c.SecretAccessKey && (
          <Button
            size="sm"
            onClick={() => onUse({ accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken ?? '' })}
            title="Sign the next calls with these credentials (kept in memory only)"
          >
            Use as source credentials
          </Button>
        )}
        <CopyButton text={() => envExports(c)} label="Copy as env vars (shell export lines)" showText="Copy as env vars" />
      </div>
    </div>
  );
}
