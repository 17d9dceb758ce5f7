import { CopyButton } from '../../ui/CopyButton';
import { KeyValueList, type KeyValueRow } from '../../ui/KeyValueList';
import { ArnBreakdown } from '../../ui/ArnBreakdown';

type Obj = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);

function idRow(key: string, label: string, value: string | undefined): KeyValueRow[] {
  return value
    ? [
        {
          key,
          label,
          value: (
            <span className="inline-flex items-center gap-1">
              <code className="font-mono text-xs break-all">{value}</code>
              <CopyButton text={value} label={`Copy ${label}`} />
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
export function identityRows(output: Obj): KeyValueRow[] {
  const rows: KeyValueRow[] = [];
  const aru = obj(output.AssumedRoleUser);
  if (aru) rows.push(...idRow('aru-id', 'Assumed role ID', str(aru.AssumedRoleId)), ...arnRow('aru-arn', 'Assumed role ARN', str(aru.Arn)));
  const fu = obj(output.FederatedUser);
  if (fu) rows.push(...idRow('fu-id', 'Federated user ID', str(fu.FederatedUserId)), ...arnRow('fu-arn', 'Federated user ARN', str(fu.Arn)));
  const si = obj(output.SessionInfo) ?? obj(output.ScopedSession);
  if (si) rows.push(...idRow('ss-id', 'Scoped session ID', str(si.ScopedSessionId)), ...arnRow('ss-arn', 'Scoped session ARN', str(si.Arn)));
  rows.push(...idRow('user-id', 'User ID', str(output.UserId)));
  rows.push(...idRow('account', 'Account', str(output.Account)));
  rows.push(...arnRow('arn', 'ARN', str(output.Arn)));
  rows.push(...arnRow('principal', 'Assumed principal', str(output.AssumedPrincipal)));
  return rows;
}

export function IdentityView({ output }: { output: Obj }) {
  const rows = identityRows(output);
  return rows.length ? <KeyValueList rows={rows} /> : null;
}
