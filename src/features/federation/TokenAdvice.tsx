import { useMemo, useState } from 'react';
import { generateTrustPolicy, idpConventions } from '../../inspect/jwt/sts-checks';
import type { JsonObject } from '../../inspect/jwt/types';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { KeyValueList } from '../../ui/KeyValueList';
import { Labeled, SubHeading } from './Card';

/** The IdP's conventions, and a trust policy generated for the token (with its warnings). */
export function TokenAdvice({ claims, defaultAccount, onCheckPolicy }: { claims: JsonObject; defaultAccount: string; onCheckPolicy: (text: string) => void }) {
  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  const convention = iss ? idpConventions(iss) : null;
  const [account, setAccount] = useState<string | null>(null);
  const [sub, setSub] = useState<string | null>(null);
  const accountId = account ?? defaultAccount;
  const generated = useMemo(() => generateTrustPolicy({ claims }, { accountId, ...(sub !== null ? { sub } : {}) }), [claims, accountId, sub]);
  const text = JSON.stringify(generated.policy, null, 2);
  return (
    <div className="space-y-3">
      <div className="space-y-1" data-testid="idp-convention">
        <SubHeading>Identity provider</SubHeading>
        {convention ? (
          <div className="space-y-1 text-xs">
            <p>
              <Badge tone="accent" className="mr-1.5">{convention.name}</Badge>
              {convention.explanation}
            </p>
            <KeyValueList
              className="text-xs"
              rows={[
                { key: 'fed', label: 'Principal.Federated', value: convention.federatedPrincipal, mono: true },
                { key: 'aud', label: 'Typical aud', value: convention.typicalAudience },
                { key: 'sub', label: 'sub looks like', value: convention.subjectFormat, mono: true },
              ]}
            />
            <ul className="list-disc space-y-0.5 pl-5 text-muted">
              {convention.tips.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-xs text-muted">Not one of the issuers with known conventions (GitHub Actions, EKS, Cognito, Google, GitLab): a generic OIDC provider.</p>
        )}
      </div>
      <div className="space-y-1.5" data-testid="generated-policy">
        <SubHeading>A trust policy for this token</SubHeading>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <Labeled label="Role account ID">
            {(p) => <input {...p} className="input font-mono text-xs" value={accountId} onChange={(e) => setAccount(e.target.value)} />}
          </Labeled>
          <Labeled label="Required sub" hint="Defaults to the token's sub; * or ? make it StringLike">
            {(p) => <input {...p} className="input font-mono text-xs" value={sub ?? (typeof claims.sub === 'string' ? claims.sub : '')} onChange={(e) => setSub(e.target.value)} />}
          </Labeled>
        </div>
        {generated.warnings.map((w) => (
          <p key={w} className="text-xs text-warn" data-testid="policy-warning">
            Warning: {w}
          </p>
        ))}
        <div className="relative">
          <pre tabIndex={0} aria-label="Generated trust policy" className="max-h-72 overflow-auto rounded border border-line bg-code p-2 pr-9 font-mono text-[11px] leading-4 text-fg">
            {text}
          </pre>
          <CopyButton text={text} label="Copy the generated trust policy" className="absolute top-1 right-1" />
        </div>
        <Button size="sm" onClick={() => onCheckPolicy(text)}>
          Check this policy against the token
        </Button>
      </div>
    </div>
  );
}
