import { useMemo, useState } from 'react';
import { Labeled } from './Card';
import { MintField, MintFormFrame, useMintForm, type MintFault } from './MintFormFrame';
import { readAttributes, readList, readTags, rolesTrusting } from './mintForms';
import type { SandboxAccess } from './types';

export interface MintedSaml {
  samlResponse: string;
  principalArn: string;
  roles: Array<{ roleArn: string; principalArn: string }>;
  expiresAt: string;
}

type FaultKey = 'expired' | 'wrongRecipient' | 'wrongIssuer' | 'tamperAfterSigning' | 'missingSessionName';

const FAULTS: readonly MintFault<FaultKey>[] = [
  { key: 'expired', label: 'Expired (NotOnOrAfter a minute ago)' },
  { key: 'wrongRecipient', label: 'Wrong Recipient (not AWS sign-in)' },
  { key: 'wrongIssuer', label: 'Wrong Issuer' },
  { key: 'tamperAfterSigning', label: 'Tampered after signing' },
  { key: 'missingSessionName', label: 'No RoleSessionName attribute' },
];

/** Mints a signed SAML Response from the sandbox's built-in IdP, optionally broken on purpose. */
export function SamlMintForm({ sandbox, onMinted }: { sandbox: SandboxAccess; onMinted: (m: MintedSaml) => void }) {
  const providers = useMemo(() => sandbox.world.accounts.flatMap((a) => a.samlProviders.filter((p) => p.builtInIdp).map((p) => ({ ...p, account: a.id }))), [sandbox.world]);
  const [providerArn, setProviderArn] = useState(providers[0]?.arn ?? '');
  const provider = providers.find((p) => p.arn === providerArn);
  const candidates = useMemo(() => rolesTrusting(sandbox.world, providerArn), [sandbox.world, providerArn]);
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [subject, setSubject] = useState('sandbox-user@example.com');
  const [sessionName, setSessionName] = useState('sandbox-user');
  const [lifetime, setLifetime] = useState('300');
  const [duration, setDuration] = useState('');
  const [recipient, setRecipient] = useState('https://signin.aws.amazon.com/saml');
  const [sign, setSign] = useState<'response' | 'assertion' | 'both' | 'none'>('response');
  const [roleOrder, setRoleOrder] = useState<'role-first' | 'provider-first'>('role-first');
  const [tags, setTags] = useState('');
  const [transitive, setTransitive] = useState('');
  const [sourceIdentity, setSourceIdentity] = useState('');
  const [attributes, setAttributes] = useState('');
  const { faultState: faults, frame } = useMintForm(FAULTS);

  if (!provider) return <p className="text-xs text-muted">The sandbox world has no SAML provider that uses the built-in IdP.</p>;

  const mint = async (): Promise<string | null> => {
    const attrs = readAttributes(attributes);
    const principalTags = readTags(tags);
    if (!attrs.ok) return attrs.error;
    if (!principalTags.ok) return principalTags.error;
    const roles = candidates.filter((r) => !unchecked.has(r.arn)).map((r) => ({ roleArn: r.arn, principalArn: providerArn }));
    const lifetimeSeconds = Number(lifetime);
    if (!Number.isInteger(lifetimeSeconds) || lifetimeSeconds < 1) return 'Lifetime must be a whole number of seconds.';
    const sessionDurationSeconds = duration.trim() === '' ? undefined : Number(duration);
    if (sessionDurationSeconds !== undefined && !Number.isInteger(sessionDurationSeconds)) return 'SessionDuration must be a whole number of seconds.';
    const answer = await sandbox.control('POST /_sandbox/saml/mint', {
      account: provider.account,
      provider: provider.name,
      subject,
      roles,
      sessionName,
      lifetimeSeconds,
      ...(sessionDurationSeconds !== undefined ? { sessionDurationSeconds } : {}),
      recipient,
      sign,
      roleOrder,
      principalTags: principalTags.value,
      transitiveTagKeys: readList(transitive),
      ...(sourceIdentity !== '' ? { sourceIdentity } : {}),
      attributes: attrs.value,
      faults,
    });
    onMinted(answer);
    return null;
  };

  return (
    <MintFormFrame label="Mint a SAML response" note="The response goes to the inspector and into the form's SAML response field." {...frame(mint)}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Labeled label="SAML provider">
          {(p) => (
            <select {...p} className="input" value={providerArn} onChange={(e) => setProviderArn(e.target.value)}>
              {providers.map((x) => (
                <option key={x.arn} value={x.arn}>
                  {x.name} ({x.account})
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <MintField label="Subject (NameID)" value={subject} onChange={setSubject} mono={false} />
        <MintField label="RoleSessionName attribute" value={sessionName} onChange={setSessionName} mono={false} />
        <MintField label="Lifetime (seconds)" value={lifetime} onChange={setLifetime} inputMode="numeric" mono={false} />
        <MintField label="SessionDuration attribute (optional)" value={duration} onChange={setDuration} hint="900–43200; leave empty for none" inputMode="numeric" mono={false} />
        <MintField label="Recipient" value={recipient} onChange={setRecipient} hint="Becomes saml:aud. A Regional sign-in URL passes STS but not a trust policy that wants the global one." />
        <Labeled label="Signed">
          {(p) => (
            <select {...p} className="input" value={sign} onChange={(e) => setSign(e.target.value as typeof sign)}>
              <option value="response">The Response</option>
              <option value="assertion">The Assertion</option>
              <option value="both">Both</option>
              <option value="none">Nothing (unsigned)</option>
            </select>
          )}
        </Labeled>
        <Labeled label="Role value order">
          {(p) => (
            <select {...p} className="input" value={roleOrder} onChange={(e) => setRoleOrder(e.target.value as typeof roleOrder)}>
              <option value="role-first">role ARN, provider ARN</option>
              <option value="provider-first">provider ARN, role ARN</option>
            </select>
          )}
        </Labeled>
      </div>
      <fieldset className="space-y-1">
        <legend className="mb-1 text-[13px] font-medium text-fg">Roles in the Role attribute</legend>
        {candidates.length === 0 && <p className="text-xs text-muted">No role trusts this provider; the assertion will carry no Role attribute.</p>}
        {candidates.map((r) => (
          <label key={r.arn} className="flex items-center gap-2 text-xs">
            <input type="checkbox" checked={!unchecked.has(r.arn)} onChange={(e) => setUnchecked((s) => { const n = new Set(s); if (e.target.checked) n.delete(r.arn); else n.add(r.arn); return n; })} />
            <span className="font-mono break-all">{r.arn}</span>
          </label>
        ))}
      </fieldset>
      <details>
        <summary className="cursor-pointer text-xs text-muted hover:text-fg">Session tags, source identity and other attributes</summary>
        <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Labeled label="PrincipalTag attributes" hint="One key=value per line">
            {(p) => <textarea {...p} rows={3} className="input font-mono text-xs" value={tags} onChange={(e) => setTags(e.target.value)} />}
          </Labeled>
          <Labeled label="Other attributes" hint="One name=value per line; repeat a name for several values">
            {(p) => <textarea {...p} rows={3} className="input font-mono text-xs" value={attributes} onChange={(e) => setAttributes(e.target.value)} data-testid="saml-mint-attributes" />}
          </Labeled>
          <MintField label="TransitiveTagKeys" value={transitive} onChange={setTransitive} hint="Comma-separated tag keys" mono={false} />
          <MintField label="SourceIdentity attribute (optional)" value={sourceIdentity} onChange={setSourceIdentity} mono={false} />
        </div>
      </details>
    </MintFormFrame>
  );
}
