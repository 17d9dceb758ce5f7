import type { AwsRolePairs } from '../../inspect/saml/aws-attributes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';

/** Every Role pair of the assertion (either order), each with a button that fills the form. */
export function RolePairs({ roles, current, onUse }: { roles: AwsRolePairs; current: { roleArn: string; principalArn: string }; onUse: (pair: { roleArn: string; principalArn: string }) => void }) {
  if (roles.pairs.length === 0 && roles.invalid.length === 0) {
    return <p className="text-xs text-danger">No https://aws.amazon.com/SAML/Attributes/Role attribute: STS has no role to give.</p>;
  }
  return (
    <div className="space-y-1.5">
      <ul className="space-y-1.5" aria-label="Role pairs">
        {roles.pairs.map((p) => {
          const inForm = p.roleArn === current.roleArn && p.principalArn === current.principalArn;
          return (
            <li key={p.raw} className="flex flex-wrap items-center gap-2 rounded border border-line px-2 py-1.5" data-testid="role-pair">
              <div className="min-w-0 flex-1 font-mono text-xs leading-5 break-all">
                <div>
                  <span className="font-sans text-muted">Role </span>
                  {p.roleArn}
                </div>
                <div>
                  <span className="font-sans text-muted">Provider </span>
                  {p.principalArn}
                </div>
              </div>
              <Badge tone="neutral" title="The order the IdP wrote them in; STS accepts both">
                {p.order === 'role-first' ? 'role first' : 'provider first'}
              </Badge>
              {inForm ? (
                <Badge tone="ok">in the form</Badge>
              ) : (
                <Button size="sm" onClick={() => onUse(p)} aria-label={`Use this pair: ${p.roleArn.split('/').pop() ?? p.roleArn}`}>
                  Use this pair
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {roles.invalid.map((v) => (
        <p key={v.raw} className="text-xs break-words text-danger">
          Unusable Role value <code className="font-mono">{v.raw}</code>: {v.reason}.
        </p>
      ))}
    </div>
  );
}
