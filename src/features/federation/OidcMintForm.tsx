import { Text } from '../../i18n/Text';
import type { Message } from '../../kernel/message';
import { useLingui } from '@lingui/react';
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
  { key: 'expired', label: /*i18n*/ { id: 'mint.oidc.fault.expired', message: 'Expired ({claim} a minute ago)', values: { claim: 'exp' }, verbatim: ['claim'] } },
  { key: 'wrongAudience', label: /*i18n*/ { id: 'mint.oidc.fault.wrongAudience', message: 'Wrong audience' } },
  { key: 'wrongIssuer', label: /*i18n*/ { id: 'mint.oidc.fault.wrongIssuer', message: 'Wrong issuer' } },
  { key: 'badSignature', label: /*i18n*/ { id: 'mint.oidc.fault.badSignature', message: 'Tampered (signature broken)' } },
  { key: 'unknownKid', label: /*i18n*/ { id: 'mint.oidc.fault.unknownKid', message: '{claim} not in the JWKS', values: { claim: 'kid' }, verbatim: ['claim'] } },
  { key: 'nonIntegerExp', label: /*i18n*/ { id: 'mint.oidc.fault.nonIntegerExp', message: 'Fractional {claim}', values: { claim: 'exp' }, verbatim: ['claim'] } },
  { key: 'unsigned', label: /*i18n*/ { id: 'mint.oidc.fault.unsigned', message: 'Unsigned ({alg})', values: { alg: 'alg "none"' }, verbatim: ['alg'] } },
];

/** Mints an ID token from the sandbox's built-in OIDC IdP, optionally broken on purpose. */
export function OidcMintForm({ sandbox, onMinted }: { sandbox: SandboxAccess; onMinted: (m: MintedToken) => void }) {
  const { i18n } = useLingui();
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

  if (!provider) return <p className="text-xs text-muted">{i18n._({ id: 'mint.oidc.noProvider', message: 'The sandbox world has no OIDC provider that uses the built-in IdP.' })}</p>;
  const github = provider.url === 'https://token.actions.githubusercontent.com';
  const subValue = sub ?? (github ? 'repo:example-org/example-repo:ref:refs/heads/main' : 'sandbox-user');
  const audValue = aud ?? provider.clientIds?.[0] ?? 'sts.amazonaws.com';

  const mint = async (): Promise<Message | null> => {
    const extra = readClaims(claims);
    const principalTags = readTags(tags);
    if (!extra.ok) return extra.error;
    if (!principalTags.ok) return principalTags.error;
    const lifetimeSeconds = Number(lifetime);
    if (!Number.isInteger(lifetimeSeconds) || lifetimeSeconds < 1) return /*i18n*/ { id: 'mint.lifetimeWhole', message: 'Lifetime must be a whole number of seconds.' };
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
    <MintFormFrame label={i18n._({ id: 'mint.oidc.label', message: 'Mint an OIDC token' })} note={/*i18n*/ { id: 'mint.oidc.note', message: 'The token goes to the inspector and into the form, with the role and session name.' }} {...frame(mint)}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Labeled label={i18n._({ id: 'mint.oidc.issuer', message: 'Issuer' })}>
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
        <Labeled label={i18n._({ id: 'mint.roleToAssume', message: 'Role to assume' })}>
          {(p) => (
            <select {...p} className="input" value={role} onChange={(e) => setRoleArn(e.target.value)}>
              {roles.length === 0 && <option value="">{i18n._({ id: 'mint.oidc.noRole', message: '(no role trusts this issuer)' })}</option>}
              {roles.map((r) => (
                <option key={r.arn} value={r.arn}>
                  {r.name} ({r.account})
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <MintField label={<span translate="no">sub</span>} value={subValue} onChange={setSub} />
        <MintField
          label={<span translate="no">aud</span>}
          value={audValue}
          onChange={setAud}
          hint={<Text m={/*i18n*/ { id: 'mint.oidc.clientIds', message: 'Registered client IDs: {ids}', values: { ids: (provider.clientIds ?? []).join(', ') || i18n._({ id: 'mint.oidc.noClientIds', message: 'none' }) }, verbatim: ['ids'] }} />}
        />
        <MintField label={<Text m={/*i18n*/ { id: 'mint.oidc.sessionName', message: '{param} for the call', values: { param: 'RoleSessionName' }, verbatim: ['param'] }} />} value={sessionName} onChange={setSessionName} />
        <MintField label={i18n._({ id: 'mint.lifetime', message: 'Lifetime (seconds)' })} value={lifetime} onChange={setLifetime} />
      </div>
      <details>
        <summary className="cursor-pointer text-xs text-muted hover:text-fg">{i18n._({ id: 'mint.oidc.more', message: 'Extra claims, session tags and source identity' })}</summary>
        <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Labeled label={i18n._({ id: 'mint.oidc.claims', message: 'Extra claims (JSON object)' })} hint={i18n._({ id: 'mint.oidc.claimsHint', message: 'Added to the token; they override the standard ones' })}>
            {(p) => <textarea {...p} rows={3} spellCheck={false} className="input font-mono text-xs" value={claims} onChange={(e) => setClaims(e.target.value)} data-testid="oidc-mint-claims" />}
          </Labeled>
          <Labeled label={i18n._({ id: 'mint.sessionTags', message: 'Session tags' })} hint={<Text m={/*i18n*/ { id: 'mint.oidc.tagsHint', message: 'One key=value per line (the {claim} claim)', values: { claim: 'https://aws.amazon.com/tags' }, verbatim: ['claim'] }} />}>
            {(p) => <textarea {...p} rows={3} className="input font-mono text-xs" value={tags} onChange={(e) => setTags(e.target.value)} />}
          </Labeled>
          <MintField label={i18n._({ id: 'mint.oidc.transitive', message: 'Transitive tag keys' })} value={transitive} onChange={setTransitive} hint={i18n._({ id: 'mint.commaSeparated', message: 'Comma-separated' })} />
          <MintField label={i18n._({ id: 'mint.oidc.sourceIdentity', message: 'Source identity (optional)' })} value={sourceIdentity} onChange={setSourceIdentity} />
        </div>
      </details>
    </MintFormFrame>
  );
}
