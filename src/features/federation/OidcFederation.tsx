import { useMemo, useState } from 'react';
import type { Message } from '../../kernel/message';
import { parseArn } from '../../kernel/arn';
import { decodeJwt, normalizeTokenText } from '../../inspect/jwt/decode';
import { webIdentityTrustRequest } from '../../inspect/jwt/trust-request';
import { trimTrailing } from '../../kernel/trim-trailing';
import { FederationFrame } from './FederationFrame';
import { OidcMintForm } from './OidcMintForm';
import { TokenInspector } from './TokenInspector';
import type { FederationProtocolProps, SandboxWorld } from './types';
import { usePolicyText } from './usePolicyText';

/** The OIDC provider the sandbox world would match this issuer with, in the role's account. */
function worldProvider(world: SandboxWorld | undefined, iss: string, account: string | null) {
  const accounts = world?.accounts.filter((a) => account === null || a.id === account) ?? [];
  const all = accounts.flatMap((a) => a.oidcProviders);
  const exact = all.find((p) => p.url === iss);
  const near = all.find((p) => trimTrailing(p.url.toLowerCase(), '/') === trimTrailing(iss.toLowerCase(), '/'));
  return { exact, near, searched: world !== undefined, accountProviders: all.map((p) => ({ url: p.url, clientIds: p.clientIds ?? [] })) };
}

/** AssumeRoleWithWebIdentity's companions: the sandbox IdP, the token inspector and the trust-policy check. */
export function OidcFederation({ form, sandbox, clock, renderPolicyEditor, verdictAnchor }: FederationProtocolProps) {
  const [token, setToken] = useState('');
  const [clientIds, setClientIds] = useState<string | null>(null);
  const raw = normalizeTokenText(token);
  const decoded = useMemo(() => (raw === '' ? null : decodeJwt(raw)), [raw]);
  const claims = decoded?.ok ? decoded.value.claims : null;
  const iss = typeof claims?.iss === 'string' ? claims.iss : '';
  const roleArn = form.values.RoleArn?.trim() ?? '';
  const role = parseArn(roleArn);
  const account = role.ok && /^\d{12}$/.test(role.value.account) ? role.value.account : null;
  const found = worldProvider(sandbox?.world, iss, account);
  const provider = found.exact ?? found.near;
  const providerNote: Message | null =
    !sandbox || iss === '' || found.exact
      ? null
      : found.near
        ? /*i18n*/ { id: 'oidc.inspector.nearProvider', message: "The sandbox world's provider is {url}, which differs from iss only in case or a trailing slash.", values: { url: found.near.url }, verbatim: ['url'] }
        : account
          ? /*i18n*/ { id: 'oidc.inspector.noProviderInAccount', message: 'The sandbox world has no OIDC provider for {iss} in account {account}: STS would answer “{answer}”.', values: { iss, account, answer: `No OpenIDConnect provider found in your account for ${iss}` }, verbatim: ['iss', 'account', 'answer'] }
          : /*i18n*/ { id: 'oidc.inspector.noProvider', message: 'The sandbox world has no OIDC provider for {iss}: STS would answer “{answer}”.', values: { iss, answer: `No OpenIDConnect provider found in your account for ${iss}` }, verbatim: ['iss', 'answer'] };
  const policy = usePolicyText(roleArn, sandbox?.world);
  const request = useMemo(() => (claims ? webIdentityTrustRequest({ claims }, { roleArn, roleSessionName: form.values.RoleSessionName ?? '' }) : null), [claims, roleArn, form.values.RoleSessionName]);

  return (
    <FederationFrame
      operation="AssumeRoleWithWebIdentity"
      idp={
        sandbox && {
          protocol: 'OIDC',
          testId: 'oidc-idp',
          form: (
            <OidcMintForm
              sandbox={sandbox}
              onMinted={(m) => {
                setToken(m.token);
                form.fill({ WebIdentityToken: m.token, ...(m.roleArn ? { RoleArn: m.roleArn } : {}), RoleSessionName: m.roleSessionName });
              }}
            />
          ),
        }
      }
      inspector={
        <TokenInspector
          token={token}
          onToken={setToken}
          clientIds={clientIds ?? (provider?.clientIds ?? []).join(', ')}
          onClientIds={setClientIds}
          providerUrl={provider?.url}
          providerNote={providerNote}
          builtInIssuer={provider?.builtInIdp === true}
          accountProviders={sandbox ? found.accountProviders : null}
          account={account}
          form={form}
          sandbox={sandbox}
          clock={clock}
          defaultAccount={account ?? sandbox?.world.accounts[0]?.id ?? '123456789012'}
          onCheckPolicy={(text) => policy.replace(text, { kind: 'generated' })}
          verdictAnchor={verdictAnchor}
          pastedTrustPolicy={policy.origin.kind === 'typed' ? policy.text : ''}
        />
      }
      policy={policy}
      request={request}
      pending={false}
      renderPolicyEditor={renderPolicyEditor}
    />
  );
}
