import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { CopyButton } from '../../ui/CopyButton';
import { KeyValueList, type KeyValueRow } from '../../ui/KeyValueList';
import { ArnBreakdown } from '../../ui/ArnBreakdown';

type Obj = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);

function idRow(i18n: I18n, key: string, label: string, value: string | undefined): KeyValueRow[] {
  return value
    ? [
        {
          key,
          label,
          value: (
            <span className="inline-flex items-center gap-1">
              <code className="font-mono text-xs break-all" translate="no">
                {value}
              </code>
              <CopyButton text={value} label={i18n._({ id: 'identity.copy', message: 'Copy {what}', values: { what: label } })} />
            </span>
          ),
        },
      ]
    : [];
}

function arnRow(key: string, label: string, arn: string | undefined): KeyValueRow[] {
  return arn ? [{ key, label, value: <ArnBreakdown arn={arn} label={label} /> }] : [];
}

/** Rows for every identity an STS answer can carry, with each ARN broken into its parts. */
export function identityRows(i18n: I18n, output: Obj): KeyValueRow[] {
  const rows: KeyValueRow[] = [];
  const aru = obj(output.AssumedRoleUser);
  if (aru)
    rows.push(
      ...idRow(i18n, 'aru-id', i18n._({ id: 'identity.assumedRoleId', message: 'Assumed role ID' }), str(aru.AssumedRoleId)),
      ...arnRow('aru-arn', i18n._({ id: 'identity.assumedRoleArn', message: 'Assumed role ARN' }), str(aru.Arn)),
    );
  const fu = obj(output.FederatedUser);
  if (fu)
    rows.push(
      ...idRow(i18n, 'fu-id', i18n._({ id: 'identity.federatedUserId', message: 'Federated user ID' }), str(fu.FederatedUserId)),
      ...arnRow('fu-arn', i18n._({ id: 'identity.federatedUserArn', message: 'Federated user ARN' }), str(fu.Arn)),
    );
  const si = obj(output.SessionInfo) ?? obj(output.ScopedSession);
  if (si)
    rows.push(
      ...idRow(i18n, 'ss-id', i18n._({ id: 'identity.scopedSessionId', message: 'Scoped session ID' }), str(si.ScopedSessionId)),
      ...arnRow('ss-arn', i18n._({ id: 'identity.scopedSessionArn', message: 'Scoped session ARN' }), str(si.Arn)),
    );
  rows.push(...idRow(i18n, 'user-id', i18n._({ id: 'identity.userId', message: 'User ID' }), str(output.UserId)));
  rows.push(...idRow(i18n, 'account', i18n._({ id: 'identity.account', message: 'Account' }), str(output.Account)));
  rows.push(...arnRow('arn', 'ARN', str(output.Arn)));
  rows.push(...arnRow('principal', i18n._({ id: 'identity.assumedPrincipal', message: 'Assumed principal' }), str(output.AssumedPrincipal)));
  return rows;
}

export function IdentityView({ output }: { output: Obj }) {
  const { i18n } = useLingui();
  const rows = identityRows(i18n, output);
  return rows.length ? <KeyValueList rows={rows} /> : null;
}
