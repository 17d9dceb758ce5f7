import { useLingui } from '@lingui/react';
import type { AwsRolePairs } from '../../inspect/saml/aws-attributes';
import { Text } from '../../i18n/Text';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';

/** Every Role pair of the assertion (either order), each with a button that fills the form. */
export function RolePairs({ roles, current, onUse }: { roles: AwsRolePairs; current: { roleArn: string; principalArn: string }; onUse: (pair: { roleArn: string; principalArn: string }) => void }) {
  const { i18n } = useLingui();
  if (roles.pairs.length === 0 && roles.invalid.length === 0) {
    return (
      <p className="text-xs text-danger">
        <Text m={/*i18n*/ { id: 'saml.rolePairs.none', message: 'No {attribute} attribute: STS has no role to give.', values: { attribute: 'https://aws.amazon.com/SAML/Attributes/Role' }, verbatim: ['attribute'] }} />
      </p>
    );
  }
  return (
    <div className="space-y-1.5">
      <ul className="space-y-1.5" aria-label={i18n._({ id: 'saml.inspector.rolePairs', message: 'Role pairs' })}>
        {roles.pairs.map((p) => {
          const inForm = p.roleArn === current.roleArn && p.principalArn === current.principalArn;
          return (
            <li key={p.raw} className="flex flex-wrap items-center gap-2 rounded border border-line px-2 py-1.5" data-testid="role-pair">
              <div className="min-w-0 flex-1 font-mono text-xs leading-5 break-all">
                <div>
                  <span className="font-sans text-muted">{i18n._({ id: 'saml.rolePairs.role', message: 'Role' })} </span>
                  <span translate="no">{p.roleArn}</span>
                </div>
                <div>
                  <span className="font-sans text-muted">{i18n._({ id: 'saml.rolePairs.provider', message: 'Provider' })} </span>
                  <span translate="no">{p.principalArn}</span>
                </div>
              </div>
              <Badge tone="neutral" title={i18n._({ id: 'saml.rolePairs.orderTitle', message: 'The order the IdP wrote them in; STS accepts both' })}>
                {p.order === 'role-first' ? i18n._({ id: 'saml.rolePairs.roleFirst', message: 'role first' }) : i18n._({ id: 'saml.rolePairs.providerFirst', message: 'provider first' })}
              </Badge>
              {inForm ? (
                <Badge tone="ok">{i18n._({ id: 'saml.rolePairs.inForm', message: 'in the form' })}</Badge>
              ) : (
                <Button size="sm" onClick={() => onUse(p)} aria-label={i18n._({ id: 'saml.rolePairs.useNamed', message: 'Use this pair: {role}', values: { role: p.roleArn.split('/').pop() ?? p.roleArn } })}>
                  {i18n._({ id: 'saml.rolePairs.use', message: 'Use this pair' })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {roles.invalid.map((v) => (
        <p key={v.raw} className="text-xs break-words text-danger">
          <Text m={/*i18n*/ { id: 'saml.rolePairs.unusable', message: 'Unusable Role value {value}: {reason}.', values: { value: v.raw, reason: v.reason }, verbatim: ['value'] }} verbatimClassName="font-mono" />
        </p>
      ))}
    </div>
  );
}
