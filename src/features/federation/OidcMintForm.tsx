import { useMemo, useState } from 'react';
import { withoutSignature } from '../../inspect/jwt/unsigned';
import { Labeled } from './Card';
import { MintField, MintFormFrame, useMintForm, type MintFault } from './MintFormFrame';
import { readClaims, readList, readTags, rolesTrusting } from './mintForms';
import type { SandboxAccess } from './types';

export interface MintedToken {
  token: string;
  roleArn: string;
  roleSessionName: string;
}

type FaultKey = 'expired' | 'wrongAudience' | 'wrongIssuer' | 'badSignature' | 'unknownKid' | 'nonIntegerExp' | 'unsigned';

const FAULTS: readonly MintFault<FaultKey>[] = [
  { key: 'expired', label: 'Expired (exp a minute ago)' },
  { key: 'wrongAudience', label: 'Wrong audience' },
  { key: 'wrongIssuer', label: 'Wrong issuer' },
  { key: 'badSignature', label: 'Tampered (signature broken)' },
  { key: 'unknownKid', label: 'kid not in the JWKS' },
  { key: 'nonIntegerExp', label: 'Fractional exp' },
  { key: 'unsigned', label: 'Unsigned (alg "none")' },
];

/** Mints an ID token from the sandbox's built-in OIDC IdP, optionally broken on purpose. */
export function OidcMintForm({ sandbox, onMinted }: { sandbox: SandboxAccess; onMinted: (m: MintedToken) => void }) {
  const providers = useMemo(() => sandbox.world.accounts.flatMap((a) => a.oidcProviders.filter((p) => p.builtInIdp)), [sandbox.world]);
  const [issuer, setIssuer] = useState(providers[0]?.url ?? '');
  const provider = providers.find((p) => p.url === issuer);
  const roles = useMemo(() => (provider ? rolesTrusting(sandbox.world, provider.arn) : []), [sandbox.world, provider]);
  const [roleArn, setRoleArn] = useState<string | null>(null);
  const role = roleArn ?? roles[0]?.arn ?? '';
  const [sub, setSub] = useState<string | null>(null);
  const [aud, setAud] = useState<string | null>(null);
  const [sessionName, setSessionName] = useState('web-identity-session');
  const [lifetime, setLifetime] = useState('3600');
  const [claims, setClaims] = useState('');
  const [tags, setTags] = useState('');
  const [transitive, setTransitive] = useState('');
  const [sourceIdentity, setSourceIdentity] = useState('');
  const { faultState: faults, frame } = useMintForm(FAULTS);

  if (!provider) return <p className="text-xs text-muted">The sandbox world has no OIDC provider that uses the built-in IdP.</p>;
  const github = provider.url === 'https://token.actions.githubusercontent.com';
  const subValue = sub ?? (github ? 'repo:example-org/example-repo:ref:refs/heads/main' : 'sandbox-user');
  const audValue = aud ?? provider.clientIds?.[0] ?? 'sts.amazonaws.com';

  const mint = async (): Promise<string | null> => {
    const extra = readClaims(claims);
    const principalTags = readTags(tags);
    if (!extra.ok) return extra.error;
    if (!principalTags.ok) return principalTags.error;
    const lifetimeSeconds = Number(lifetime);
    if (!Number.isInteger(lifetimeSeconds) || lifetimeSeconds < 1) return 'Lifetime must be a whole number of seconds.';
    const { unsigned, ...serverFaults } = faults;
    const answer = await sandbox.control('POST /_sandbox/oidc/mint', {
      issuer,
      sub: subValue,
      aud: readList(audValue),
      claims: extra.value,
      lifetimeSeconds,
      principalTags: principalTags.value,
      transitiveTagKeys: readList(transitive),
      ...(sourceIdentity !== '' ? { sourceIdentity } : {}),
      faults: serverFaults,
    });
    const token = unsigned ? withoutSignature(answer.token) ?? answer.token : answer.token;
    onMinted({ token, roleArn: role, roleSessionName: sessionName });
    return null;
  };

  return (
    <MintFormFrame label="Mint an OIDC token" note="The token goes to the inspector and into the form, with the role and session name." {...frame(mint)}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Labeled label="Issuer">
          {(p) => (
            <select {...p} className="input" value={issuer} onChange={(e) => { setIssuer(e.target.value); setRoleArn(null); setSub(null); setAud(null); }}>
              {providers.map((x) => (
                <option key={x.url} value={x.url}>
                  {x.url}
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <Labeled label="Role to assume">
          {(p) => (
            <select {...p} className="input" value={role} onChange={(e) => setRoleArn(e.target.value)}>
              {roles.length === 0 && <option value="">(no role trusts this issuer)</option>}
              {roles.map((r) => (
                <option key={r.arn} value={r.arn}>
                  {r.name} ({r.account})
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <MintField label="sub" value={subValue} onChange={setSub} />
        <MintField label="aud" value={audValue} onChange={setAud} hint={`Registered client IDs: ${(provider.clientIds ?? []).join(', ') || 'none'}`} />
        <MintField label="RoleSessionName for the call" value={sessionName} onChange={setSessionName} />
        <MintField label="Lifetime (seconds)" value={lifetime} onChange={setLifetime} />
      </div>
      <details>
        <summary className="cursor-pointer text-xs text-muted hover:text-fg">Extra claims, session tags and source identity</summary>
        <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Labeled label="Extra claims (JSON object)" hint="Added to the token; they override the standard ones">
            {(p) => <textarea {...p} rows={3} spellCheck={false} className="input font-mono text-xs" value={claims} onChange={(e) => setClaims(e.target.value)} data-testid="oidc-mint-claims" />}
          </Labeled>
          <Labeled label="Session tags" hint="One key=value per line (the https://aws.amazon.com/tags claim)">
            {(p) => <textarea {...p} rows={3} className="input font-mono text-xs" value={tags} onChange={(e) => setTags(e.target.value)} />}
          </Labeled>
          <MintField label="Transitive tag keys" value={transitive} onChange={setTransitive} hint="Comma-separated" />
          <MintField label="Source identity (optional)" value={sourceIdentity} onChange={setSourceIdentity} />
        </div>
      </details>
    </MintFormFrame>
  );
}
