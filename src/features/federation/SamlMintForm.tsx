import { useId, useMemo, useState } from 'react';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { ErrorNote, Labeled } from './Card';
import { readAttributes, readList, readTags, rolesTrusting } from './mintForms';
import type { SandboxAccess } from './types';

export interface MintedSaml {
  samlResponse: string;
  principalArn: string;
  roles: Array<{ roleArn: string; principalArn: string }>;
  expiresAt: string;
}

const FAULTS = [
  { key: 'expired', label: 'Expired (NotOnOrAfter a minute ago)' },
  { key: 'wrongRecipient', label: 'Wrong Recipient (not AWS sign-in)' },
  { key: 'wrongIssuer', label: 'Wrong Issuer' },
  { key: 'tamperAfterSigning', label: 'Tampered after signing' },
  { key: 'missingSessionName', label: 'No RoleSessionName attribute' },
] as const;

type FaultKey = (typeof FAULTS)[number]['key'];

/** Mints a signed SAML Response from the sandbox's built-in IdP, optionally broken on purpose. */
export function SamlMintForm({ sandbox, onMinted }: { sandbox: SandboxAccess; onMinted: (m: MintedSaml) => void }) {
  const id = useId();
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
  const [faults, setFaults] = useState<Record<FaultKey, boolean>>({ expired: false, wrongRecipient: false, wrongIssuer: false, tamperAfterSigning: false, missingSessionName: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!provider) return <p className="text-xs text-muted">The sandbox world has no SAML provider that uses the built-in IdP.</p>;

  const mint = async () => {
    setError(null);
    const attrs = readAttributes(attributes);
    const principalTags = readTags(tags);
    if (!attrs.ok) return setError(attrs.error);
    if (!principalTags.ok) return setError(principalTags.error);
    const roles = candidates.filter((r) => !unchecked.has(r.arn)).map((r) => ({ roleArn: r.arn, principalArn: providerArn }));
    const lifetimeSeconds = Number(lifetime);
    if (!Number.isInteger(lifetimeSeconds) || lifetimeSeconds < 1) return setError('Lifetime must be a whole number of seconds.');
    const sessionDurationSeconds = duration.trim() === '' ? undefined : Number(duration);
    if (sessionDurationSeconds !== undefined && !Number.isInteger(sessionDurationSeconds)) return setError('SessionDuration must be a whole number of seconds.');
    setBusy(true);
    try {
      const answer = await sandbox.call<MintedSaml>('POST', '/_sandbox/saml/mint', {
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
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const input = (label: string, value: string, set: (v: string) => void, opts: { hint?: string; mono?: boolean; inputMode?: 'numeric' } = {}) => (
    <Labeled label={label} {...(opts.hint ? { hint: opts.hint } : {})}>
      {(p) => <input {...p} className={`input ${opts.mono ? 'font-mono text-xs' : ''}`} value={value} onChange={(e) => set(e.target.value)} {...(opts.inputMode ? { inputMode: opts.inputMode } : {})} />}
    </Labeled>
  );

  return (
    <form
      className="space-y-3"
      aria-label="Mint a SAML response"
      onSubmit={(e) => {
        e.preventDefault();
        void mint();
      }}
    >
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
        {input('Subject (NameID)', subject, setSubject)}
        {input('RoleSessionName attribute', sessionName, setSessionName)}
        {input('Lifetime (seconds)', lifetime, setLifetime, { inputMode: 'numeric' })}
        {input('SessionDuration attribute (optional)', duration, setDuration, { inputMode: 'numeric', hint: '900–43200; leave empty for none' })}
        {input('Recipient', recipient, setRecipient, { mono: true, hint: 'Becomes saml:aud. A Regional sign-in URL passes STS but not a trust policy that wants the global one.' })}
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
          {input('TransitiveTagKeys', transitive, setTransitive, { hint: 'Comma-separated tag keys' })}
          {input('SourceIdentity attribute (optional)', sourceIdentity, setSourceIdentity)}
        </div>
      </details>
      <fieldset>
        <legend className="mb-1 text-[13px] font-medium text-fg">Deliberate faults</legend>
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
          {FAULTS.map((f) => (
            <label key={f.key} className="flex items-center gap-2 text-xs" htmlFor={`${id}-${f.key}`}>
              <input id={`${id}-${f.key}`} type="checkbox" checked={faults[f.key]} onChange={(e) => setFaults((s) => ({ ...s, [f.key]: e.target.checked }))} />
              {f.label}
            </label>
          ))}
        </div>
      </fieldset>
      {error && <ErrorNote>{error}</ErrorNote>}
      <Button type="submit" variant="primary" disabled={busy}>
        {busy && <Spinner />}
        Mint and inspect
      </Button>
      <p className="text-[11px] text-muted">The response goes to the inspector and into the form's SAML response field.</p>
    </form>
  );
}
