import { Text } from '../../i18n/Text';
import type { Message } from '../../kernel/message';
import { useLingui } from '@lingui/react';
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
  { key: 'expired', label: /*i18n*/ { id: 'mint.saml.fault.expired', message: 'Expired ({attribute} a minute ago)', values: { attribute: 'NotOnOrAfter' }, verbatim: ['attribute'] } },
  { key: 'wrongRecipient', label: /*i18n*/ { id: 'mint.saml.fault.wrongRecipient', message: 'Wrong {element} (not AWS sign-in)', values: { element: 'Recipient' }, verbatim: ['element'] } },
  { key: 'wrongIssuer', label: /*i18n*/ { id: 'mint.saml.fault.wrongIssuer', message: 'Wrong {element}', values: { element: 'Issuer' }, verbatim: ['element'] } },
  { key: 'tamperAfterSigning', label: /*i18n*/ { id: 'mint.saml.fault.tampered', message: 'Tampered after signing' } },
  { key: 'missingSessionName', label: /*i18n*/ { id: 'mint.saml.fault.noSessionName', message: 'No {attribute} attribute', values: { attribute: 'RoleSessionName' }, verbatim: ['attribute'] } },
];

/** Mints a signed SAML Response from the sandbox's built-in IdP, optionally broken on purpose. */
export function SamlMintForm({ sandbox, onMinted }: { sandbox: SandboxAccess; onMinted: (m: MintedSaml) => void }) {
  const { i18n } = useLingui();
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

  if (!provider) return <p className="text-xs text-muted">{i18n._({ id: 'mint.saml.noProvider', message: 'The sandbox world has no SAML provider that uses the built-in IdP.' })}</p>;

  const mint = async (): Promise<Message | null> => {
    const attrs = readAttributes(attributes);
    const principalTags = readTags(tags);
    if (!attrs.ok) return attrs.error;
    if (!principalTags.ok) return principalTags.error;
    const roles = candidates.filter((r) => !unchecked.has(r.arn)).map((r) => ({ roleArn: r.arn, principalArn: providerArn }));
    const lifetimeSeconds = Number(lifetime);
    if (!Number.isInteger(lifetimeSeconds) || lifetimeSeconds < 1) return /*i18n*/ { id: 'mint.lifetimeWhole', message: 'Lifetime must be a whole number of seconds.' };
    const sessionDurationSeconds = duration.trim() === '' ? undefined : Number(duration);
    if (sessionDurationSeconds !== undefined && !Number.isInteger(sessionDurationSeconds)) return /*i18n*/ { id: 'mint.saml.durationWhole', message: '{attribute} must be a whole number of seconds.', values: { attribute: 'SessionDuration' }, verbatim: ['attribute'] };
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
    <MintFormFrame label={i18n._({ id: 'mint.saml.label', message: 'Mint a SAML response' })} note={/*i18n*/ { id: 'mint.saml.note', message: 'The response goes to the inspector and into the form’s SAML response field.' }} {...frame(mint)}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Labeled label={i18n._({ id: 'mint.saml.provider', message: 'SAML provider' })}>
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
        <MintField label={<Text m={/*i18n*/ { id: 'mint.saml.subject', message: 'Subject ({element})', values: { element: 'NameID' }, verbatim: ['element'] }} />} value={subject} onChange={setSubject} mono={false} />
        <MintField label={<Text m={/*i18n*/ { id: 'mint.saml.sessionName', message: '{attribute} attribute', values: { attribute: 'RoleSessionName' }, verbatim: ['attribute'] }} />} value={sessionName} onChange={setSessionName} mono={false} />
        <MintField label={i18n._({ id: 'mint.lifetime', message: 'Lifetime (seconds)' })} value={lifetime} onChange={setLifetime} inputMode="numeric" mono={false} />
        <MintField
          label={<Text m={/*i18n*/ { id: 'mint.saml.duration', message: '{attribute} attribute (optional)', values: { attribute: 'SessionDuration' }, verbatim: ['attribute'] }} />}
          value={duration}
          onChange={setDuration}
          hint={i18n._({ id: 'mint.saml.durationHint', message: '900–43200; leave empty for none' })}
          inputMode="numeric"
          mono={false}
        />
        <MintField
          label={<span translate="no">Recipient</span>}
          value={recipient}
          onChange={setRecipient}
          hint={<Text m={/*i18n*/ { id: 'mint.saml.recipientHint', message: 'Becomes {key}. A Regional sign-in URL passes STS but not a trust policy that wants the global one.', values: { key: 'saml:aud' }, verbatim: ['key'] }} />}
        />
        <Labeled label={i18n._({ id: 'mint.saml.signed', message: 'Signed' })}>
          {(p) => (
            <select {...p} className="input" value={sign} onChange={(e) => setSign(e.target.value as typeof sign)}>
              <option value="response">{i18n._({ id: 'mint.saml.signResponse', message: 'The Response' })}</option>
              <option value="assertion">{i18n._({ id: 'mint.saml.signAssertion', message: 'The Assertion' })}</option>
              <option value="both">{i18n._({ id: 'mint.saml.signBoth', message: 'Both' })}</option>
              <option value="none">{i18n._({ id: 'mint.saml.signNone', message: 'Nothing (unsigned)' })}</option>
            </select>
          )}
        </Labeled>
        <Labeled label={i18n._({ id: 'mint.saml.roleOrder', message: 'Role value order' })}>
          {(p) => (
            <select {...p} className="input" value={roleOrder} onChange={(e) => setRoleOrder(e.target.value as typeof roleOrder)}>
              <option value="role-first">{i18n._({ id: 'mint.saml.roleFirst', message: 'role ARN, provider ARN' })}</option>
              <option value="provider-first">{i18n._({ id: 'mint.saml.providerFirst', message: 'provider ARN, role ARN' })}</option>
            </select>
          )}
        </Labeled>
      </div>
      <fieldset className="space-y-1">
        <legend className="mb-1 text-[13px] font-medium text-fg">
          <Text m={/*i18n*/ { id: 'mint.saml.rolesLegend', message: 'Roles in the {attribute} attribute', values: { attribute: 'Role' }, verbatim: ['attribute'] }} />
        </legend>
        {candidates.length === 0 && (
          <p className="text-xs text-muted">
            <Text m={/*i18n*/ { id: 'mint.saml.noRole', message: 'No role trusts this provider; the assertion will carry no {attribute} attribute.', values: { attribute: 'Role' }, verbatim: ['attribute'] }} />
          </p>
        )}
        {candidates.map((r) => (
          <label key={r.arn} className="flex items-center gap-2 text-xs">
            <input type="checkbox" checked={!unchecked.has(r.arn)} onChange={(e) => setUnchecked((s) => { const n = new Set(s); if (e.target.checked) n.delete(r.arn); else n.add(r.arn); return n; })} />
            <span className="font-mono break-all" translate="no">
              {r.arn}
            </span>
          </label>
        ))}
      </fieldset>
      <details>
        <summary className="cursor-pointer text-xs text-muted hover:text-fg">{i18n._({ id: 'mint.saml.more', message: 'Session tags, source identity and other attributes' })}</summary>
        <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Labeled label={<Text m={/*i18n*/ { id: 'mint.saml.principalTags', message: '{attribute} attributes', values: { attribute: 'PrincipalTag' }, verbatim: ['attribute'] }} />} hint={i18n._({ id: 'mint.saml.keyValueHint', message: 'One key=value per line' })}>
            {(p) => <textarea {...p} rows={3} className="input font-mono text-xs" value={tags} onChange={(e) => setTags(e.target.value)} />}
          </Labeled>
          <Labeled label={i18n._({ id: 'mint.saml.otherAttributes', message: 'Other attributes' })} hint={i18n._({ id: 'mint.saml.otherHint', message: 'One name=value per line; repeat a name for several values' })}>
            {(p) => <textarea {...p} rows={3} className="input font-mono text-xs" value={attributes} onChange={(e) => setAttributes(e.target.value)} data-testid="saml-mint-attributes" />}
          </Labeled>
          <MintField label={<span translate="no">TransitiveTagKeys</span>} value={transitive} onChange={setTransitive} hint={i18n._({ id: 'mint.saml.transitiveHint', message: 'Comma-separated tag keys' })} mono={false} />
          <MintField label={<Text m={/*i18n*/ { id: 'mint.saml.sourceIdentity', message: '{attribute} attribute (optional)', values: { attribute: 'SourceIdentity' }, verbatim: ['attribute'] }} />} value={sourceIdentity} onChange={setSourceIdentity} mono={false} />
        </div>
      </details>
    </MintFormFrame>
  );
}
