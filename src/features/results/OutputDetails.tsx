import { useLingui } from '@lingui/react';
import { Text } from '../../i18n/Text';
import { formatPercent } from '../../i18n/format';
import type { Message } from '../../kernel/message';
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

const LABELS: Record<string, Message> = {
  Subject: /*i18n*/ { id: 'output.Subject', message: 'Subject' },
  SubjectType: /*i18n*/ { id: 'output.SubjectType', message: 'Subject type' },
  Issuer: /*i18n*/ { id: 'output.Issuer', message: 'Issuer' },
  Audience: /*i18n*/ { id: 'output.Audience', message: 'Audience' },
  NameQualifier: /*i18n*/ { id: 'output.NameQualifier', message: 'Name qualifier' },
  SubjectFromWebIdentityToken: /*i18n*/ { id: 'output.SubjectFromWebIdentityToken', message: 'Subject (sub)' },
  Provider: /*i18n*/ { id: 'output.Provider', message: 'Provider' },
  SourceIdentity: /*i18n*/ { id: 'output.SourceIdentity', message: 'Source identity' },
  SessionTokenSize: /*i18n*/ { id: 'output.SessionTokenSize', message: 'Session token size' },
  SessionTokenUtilization: /*i18n*/ { id: 'output.SessionTokenUtilization', message: 'Session token utilization' },
  ScopedPoliciesCount: /*i18n*/ { id: 'output.ScopedPoliciesCount', message: 'Scope-down policies in chain' },
  TrustedIdentityPropagationContext: /*i18n*/ { id: 'output.TrustedIdentityPropagationContext', message: 'Trusted identity propagation' },
};

/** PackedPolicySize: the packed session policies and tags as a percent of STS's allowance. */
export function PackedPolicyMeter({ percent }: { percent: number }) {
  const { i18n } = useLingui();
  const pct = formatPercent(i18n.locale, percent / 100);
  return (
    <div className="space-y-0.5">
      <div className="flex items-baseline justify-between text-xs">
        <span className="text-muted">{i18n._({ id: 'output.packedSize', message: 'Packed policy size' })}</span>
        <span className="font-mono text-fg">{i18n._({ id: 'output.packedPercent', message: '{pct} of the allowance', values: { pct } })}</span>
      </div>
      <Meter label={i18n._({ id: 'output.packedSize', message: 'Packed policy size' })} value={percent} valueText={i18n._({ id: 'output.packedPercent', message: '{pct} of the allowance', values: { pct } })} />
      <p className="text-[11px] text-muted">
        <Text m={/*i18n*/ { id: 'output.packedHelp', message: 'Session policies and tags, compressed; the call fails with {code} above 100%.', values: { code: 'PackedPolicyTooLarge' }, verbatim: ['code'] }} />
      </p>
    </div>
  );
}

/** Federation fields (SAML, web identity), source identity, token sizes and anything new the service returns. */
export function OutputDetails({ output }: { output: Obj }) {
  const { i18n } = useLingui();
  const rows: KeyValueRow[] = [];
  for (const [key, value] of Object.entries(output)) {
    if (SECTIONED.has(key) || value === undefined || value === null) continue;
    const known = LABELS[key];
    // A member the workbench does not know yet keeps AWS's own name.
    const label = known ? i18n._(known) : key;
    if (typeof value === 'object') {
      rows.push({ key, label, value: <JsonTree value={value} label={label} openDepth={2} /> });
    } else {
      const text = key === 'SessionTokenUtilization' && typeof value === 'number' ? `${value}` : String(value);
      rows.push({ key, label, value: <span className="break-all" data-testid={`output-${key}`} translate="no">
            {text}
          </span>, mono: typeof value !== 'number' });
    }
  }
  return rows.length ? <KeyValueList rows={rows} /> : null;
}
