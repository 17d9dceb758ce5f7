import { useLingui } from '@lingui/react';
import { useMemo, useState } from 'react';
import { generateTrustPolicy, idpConventions } from '../../inspect/jwt/sts-checks';
import type { JsonObject } from '../../inspect/jwt/types';
import { Text } from '../../i18n/Text';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { KeyValueList } from '../../ui/KeyValueList';
import { Labeled, SubHeading } from './Card';

/** The IdP's conventions, and a trust policy generated for the token (with its warnings). */
export function TokenAdvice({ claims, defaultAccount, onCheckPolicy }: { claims: JsonObject; defaultAccount: string; onCheckPolicy: (text: string) => void }) {
  const { i18n } = useLingui();
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
        <SubHeading>{i18n._({ id: 'tokenAdvice.idp', message: 'Identity provider' })}</SubHeading>
        {convention ? (
          <div className="space-y-1 text-xs">
            <p>
              <Badge tone="accent" className="mr-1.5">
                <Text m={convention.name} />
              </Badge>
              <Text m={convention.explanation} />
            </p>
            <KeyValueList
              className="text-xs"
              rows={[
                { key: 'fed', label: <span translate="no">Principal.Federated</span>, value: convention.federatedPrincipal, mono: true },
                { key: 'aud', label: <Text m={/*i18n*/ { id: 'tokenAdvice.typicalAud', message: 'Typical {claim}', values: { claim: 'aud' }, verbatim: ['claim'] }} />, value: <Text m={convention.typicalAudience} /> },
                { key: 'sub', label: <Text m={/*i18n*/ { id: 'tokenAdvice.subLooksLike', message: '{claim} looks like', values: { claim: 'sub' }, verbatim: ['claim'] }} />, value: <Text m={convention.subjectFormat} verbatimClassName="font-mono" /> },
              ]}
            />
            <ul className="list-disc space-y-0.5 pl-5 text-muted">
              {convention.tips.map((t) => (
                <li key={t.id}>
                  <Text m={t} />
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-xs text-muted">
            <Text m={/*i18n*/ { id: 'tokenAdvice.generic', message: 'Not one of the issuers with known conventions ({known}): a generic OIDC provider.', values: { known: 'GitHub Actions, EKS, Cognito, Google, GitLab' }, verbatim: ['known'] }} />
          </p>
        )}
      </div>
      <div className="space-y-1.5" data-testid="generated-policy">
        <SubHeading>{i18n._({ id: 'tokenAdvice.policyHeading', message: 'A trust policy for this token' })}</SubHeading>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <Labeled label={i18n._({ id: 'tokenAdvice.account', message: 'Role account ID' })}>
            {(p) => <input {...p} className="input font-mono text-xs" value={accountId} onChange={(e) => setAccount(e.target.value)} />}
          </Labeled>
          <Labeled
            label={i18n._({ id: 'tokenAdvice.requiredSub', message: 'Required sub' })}
            hint={<Text m={/*i18n*/ { id: 'tokenAdvice.requiredSubHint', message: 'Defaults to the token’s sub; {star} or {question} make it {operator}', values: { star: '*', question: '?', operator: 'StringLike' }, verbatim: ['operator'] }} />}
          >
            {(p) => <input {...p} className="input font-mono text-xs" value={sub ?? (typeof claims.sub === 'string' ? claims.sub : '')} onChange={(e) => setSub(e.target.value)} />}
          </Labeled>
        </div>
        {generated.warnings.map((w) => (
          <p key={w.id} className="text-xs text-warn" data-testid="policy-warning">
            {i18n._({ id: 'tokenAdvice.warning', message: 'Warning:' })} <Text m={w} />
          </p>
        ))}
        <div className="relative">
          <pre tabIndex={0} aria-label={i18n._({ id: 'tokenAdvice.generatedLabel', message: 'Generated trust policy' })} translate="no" className="max-h-72 overflow-auto rounded border border-line bg-code p-2 pr-9 font-mono text-[11px] leading-4 text-fg">
            {text}
          </pre>
          <CopyButton text={text} label={i18n._({ id: 'tokenAdvice.copy', message: 'Copy the generated trust policy' })} className="absolute top-1 right-1" />
        </div>
        <Button size="sm" onClick={() => onCheckPolicy(text)}>
          {i18n._({ id: 'tokenAdvice.check', message: 'Check this policy against the token' })}
        </Button>
      </div>
    </div>
  );
}
