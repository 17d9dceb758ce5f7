import { useLingui } from '@lingui/react';
import type { KeysEndpoint } from '../../credentials/credential-set';
import { Verbatim } from '../../i18n/Verbatim';
import { bashExports } from '../../credentials/exports';
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

/** Issued credentials: key kind and account, masked secrets, live expiry. */
export function CredentialsView({ credentials, offsetMs, endpoint, onUse }: {
  credentials: CredentialsShape;
  offsetMs: number;
  /** Where the keys work: the shell lines point every AWS tool there. */
  endpoint?: KeysEndpoint;
  onUse?: (creds: ReturnedCredentials) => void;
}) {
  const { i18n } = useLingui();
  const c = credentials;
  const key = c.AccessKeyId ? describeAccessKeyId(c.AccessKeyId) : null;
  const exp = c.Expiration ? new Date(c.Expiration) : null;
  const shellLines = () =>
    bashExports(
      { accessKeyId: c.AccessKeyId ?? '', secretAccessKey: c.SecretAccessKey ?? '', ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}), ...(exp && !Number.isNaN(exp.getTime()) ? { expiration: exp.getTime() } : {}) },
      { endpoint },
    );
  const rows = [
    {
      key: 'akid',
      label: i18n._({ id: 'creds.accessKeyId', message: 'Access key ID' }),
      value: (
        <div className="flex flex-wrap items-center gap-1.5">
          <code className="font-mono text-xs text-fg" translate="no">
            {c.AccessKeyId}
          </code>
          <CopyButton text={c.AccessKeyId ?? ''} label={i18n._({ id: 'creds.copyAccessKeyId', message: 'Copy access key ID' })} />
          {key && (
            <>
              <Badge tone={key.temporary ? 'accent' : key.longTerm ? 'warn' : 'neutral'} title={i18n._(key.kind)}>
                <Verbatim>{key.prefix}</Verbatim> ·{' '}
                {key.temporary ? i18n._({ id: 'creds.temporary', message: 'temporary' }) : key.longTerm ? i18n._({ id: 'creds.longTerm', message: 'long-term' }) : i18n._(key.kind)}
              </Badge>
              {key.account && (
                <span className="text-xs text-muted">
                  {i18n._({ id: 'creds.encodesAccount', message: 'encodes account' })}{' '}
                  <span className="font-mono text-fg" translate="no">
                    {key.account}
                  </span>
                </span>
              )}
            </>
          )}
        </div>
      ),
    },
    {
      key: 'secret',
      label: i18n._({ id: 'creds.secretAccessKey', message: 'Secret access key' }),
      value: c.SecretAccessKey ? <SecretValue value={c.SecretAccessKey} label={i18n._({ id: 'creds.secretAccessKeyName', message: 'secret access key' })} /> : '—',
    },
    {
      key: 'token',
      label: i18n._({ id: 'creds.sessionToken', message: 'Session token' }),
      value: c.SessionToken ? (
        <div>
          <SecretValue value={c.SessionToken} label={i18n._({ id: 'creds.sessionTokenName', message: 'session token' })} />
          <span className="text-xs text-muted">
            {i18n._({ id: 'creds.characters', message: '{count, plural, one {# character} other {# characters}}', values: { count: c.SessionToken.length } })}
          </span>
        </div>
      ) : (
        '—'
      ),
    },
    { key: 'exp', label: i18n._({ id: 'creds.expiration', message: 'Expiration' }), value: exp && !Number.isNaN(exp.getTime()) ? <Expiration at={exp} offsetMs={offsetMs} /> : '—' },
  ];
  return (
    <div className="space-y-2">
      <KeyValueList rows={rows} />
      <div className="flex flex-wrap gap-1">
        {onUse && c.AccessKeyId && c.SecretAccessKey && (
          <Button
            size="sm"
            onClick={() => onUse({ accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken ?? '' })}
            title={i18n._({ id: 'creds.useAsSourceTitle', message: 'Sign the next calls with these credentials (kept in memory only)' })}
          >
            {i18n._({ id: 'sets.useAsSource', message: 'Use as source' })}
          </Button>
        )}
        <CopyButton
          text={shellLines}
          label={i18n._({ id: 'creds.copyEnvLabel', message: 'Copy as env vars (shell export lines)' })}
          showText={i18n._({ id: 'creds.copyEnv', message: 'Copy as env vars' })}
        />
      </div>
    </div>
  );
}
