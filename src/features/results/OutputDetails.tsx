import { JsonTree } from '../../ui/JsonTree';
import { KeyValueList, type KeyValueRow } from '../../ui/KeyValueList';
import { Meter } from '../../ui/Meter';

type Obj = Record<string, unknown>;

/** Output members the card shows in their own sections; everything else lands in "details". */
export const SECTIONED = new Set([
  'Credentials',
  'AssumedRoleUser',
  'FederatedUser',
  'SessionInfo',
  'UserId',
  'Account',
  'Arn',
  'AssumedPrincipal',
  'DecodedMessage',
  'WebIdentityToken',
  'Expiration',
  'PackedPolicySize',
]);

const LABELS: Record<string, string> = {
  Subject: 'Subject',
  SubjectType: 'Subject type',
  Issuer: 'Issuer',
  Audience: 'Audience',
  NameQualifier: 'Name qualifier',
  SubjectFromWebIdentityToken: 'Subject (sub)',
  Provider: 'Provider',
  SourceIdentity: 'Source identity',
  SessionTokenSize: 'Session token size',
  SessionTokenUtilization: 'Session token utilization',
  ScopedPoliciesCount: 'Scope-down policies in chain',
  TrustedIdentityPropagationContext: 'Trusted identity propagation',
};

/** PackedPolicySize: the packed session policies and tags as a percent of STS's allowance. */
export function PackedPolicyMeter({ percent }: { percent: number }) {
  return (
    <div className="space-y-0.5">
      <div className="flex items-baseline justify-between text-xs">
        <span className="text-muted">Packed policy size</span>
        <span className="font-mono text-fg">{percent}% of the allowance</span>
      </div>
      <Meter label="Packed policy size" value={percent} valueText={`${percent} percent of the allowance`} />
      <p className="text-[11px] text-muted">Session policies and tags, compressed; the call fails with PackedPolicyTooLarge above 100%.</p>
    </div>
  );
}

/** Federation fields (SAML, web identity), source identity, token sizes and anything new the service returns. */
export function OutputDetails({ output }: { output: Obj }) {
  const rows: KeyValueRow[] = [];
  for (const [key, value] of Object.entries(output)) {
    if (SECTIONED.has(key) || value === undefined || value === null) continue;
    const label = LABELS[key] ?? key;
    if (typeof value === 'object') {
      rows.push({ key, label, value: <JsonTree value={value} label={label} openDepth={2} /> });
    } else {
      const text = key === 'SessionTokenUtilization' && typeof value === 'number' ? `${value}` : String(value);
      rows.push({ key, label, value: <span className="break-all" data-testid={`output-${key}`}>{text}</span>, mono: typeof value !== 'number' });
    }
  }
  return rows.length ? <KeyValueList rows={rows} /> : null;
}
