import { useLingui } from '@lingui/react';
import { useMemo, useState } from 'react';
import { Text, Words } from '../../i18n/Text';
import type { Message } from '../../kernel/message';
import { classifyToken, decodeJwt, normalizeTokenText, unwrapTokenText } from '../../inspect/jwt/decode';
import { conditionKeysForToken } from '../../inspect/jwt/sts-checks';
import { oidcVerdict, type OidcProviderTrust } from '../../inspect/verdict';
import { Button } from '../../ui/Button';
import { JsonTree } from '../../ui/JsonTree';
import { useNow } from '../../ui/ticker';
import { Card, ErrorNote, Labeled, SubHeading } from './Card';
import { ClaimsTable } from './ClaimsTable';
import { ConditionKeysView } from './ConditionKeysView';
import { TokenAdvice } from './TokenAdvice';
import { TokenVerification, type TokenKeys } from './TokenVerification';
import { useSandboxTrust } from './useSandboxText';
import type { FederationClock, FormBridge, SandboxAccess, VerdictAnchor } from './types';
import { roleTrustFor, toCheckItems, toVerdictView, useLiveVerdict, useReportRejection } from './verdict';
import { formRequestJudgement, formSessionRequest } from './requestJudgement';
import { VerdictPanel, VerdictPlaceholder } from './VerdictPanel';

export interface TokenInspectorProps {
  token: string;
  onToken: (text: string) => void;
  clientIds: string;
  onClientIds: (text: string) => void;
  /** The IAM OIDC provider URL the call would be matched against, when known (sandbox world). */
  providerUrl: string | undefined;
  providerNote: Message | null;
  /** The issuer is one of the sandbox IdP's: its JWKS verifies the token by default. */
  builtInIssuer: boolean;
  /** The IAM OIDC providers of the role's account in the sandbox world; null when calls go elsewhere. */
  accountProviders: Array<{ url: string; clientIds: string[] }> | null;
  /** The role's account, when the form's RoleArn names one. */
  account: string | null;
  form: FormBridge;
  sandbox: SandboxAccess | null;
  clock: FederationClock;
  defaultAccount: string;
  onCheckPolicy: (text: string) => void;
  verdictAnchor: VerdictAnchor;
  /** The trust policy typed into the trust-policy box (target AWS: the role's policy, as the user pasted it). */
  pastedTrustPolicy: string;
}

/** The OIDC / JWT inspector: decode, verify, check against STS's rules, and show the trust-policy keys. */
export function TokenInspector(p: TokenInspectorProps) {
  const { i18n } = useLingui();
  const { token, form, clock } = p;
  const raw = normalizeTokenText(token);
  const decoded = useMemo(() => (raw === '' ? null : decodeJwt(raw)), [raw]);
  const kind = useMemo(() => (raw === '' ? null : classifyToken(raw)), [raw]);
  const formToken = form.values.WebIdentityToken ?? '';
  const clientIdList = p.clientIds.split(/[\s,]+/).filter((s) => s !== '');
  const d = decoded?.ok ? decoded.value : null;
  const providerId = form.values.ProviderId?.trim() ?? '';
  const wrapper = useMemo(() => unwrapTokenText(token).wrapper, [token]);
  const [keys, setKeys] = useState<TokenKeys | null>(null);
  const [keysUnavailable, setKeysUnavailable] = useState<Message | null>(null);
  const now = useNow() + clock.offsetMs;
  const iss = typeof d?.claims.iss === 'string' ? d.claims.iss : '';
  // The IAM OIDC providers STS would match the token against: the sandbox world's (the matched one
  // with the client IDs as edited here), or against AWS the one described here; null when unknown.
  // Against the sandbox, each provider's keys come from its trust document; keys given here override the issuer's.
  const { doc, error: trustError } = useSandboxTrust(p.sandbox);
  const pastedKeys = keys && !keys.byDefault ? keys : null;
  const sandboxKeys = (url: string) => doc?.oidcProviders.find((x) => x.url === url && (p.account === null || x.accountId === p.account));
  const providers: OidcProviderTrust[] | null = p.accountProviders
    ? p.accountProviders.map((x) => {
        const fromDoc = sandboxKeys(x.url);
        const jwks = x.url === p.providerUrl && pastedKeys ? pastedKeys : fromDoc?.jwks ? { jwks: fromDoc.jwks, source: fromDoc.source } : x.url === p.providerUrl ? keys : null;
        return { url: x.url, clientIds: x.url === p.providerUrl ? clientIdList : x.clientIds, jwks: jwks?.jwks ?? null, source: jwks?.source ?? '' };
      })
    : clientIdList.length > 0 && iss !== ''
      ? [{ url: iss, clientIds: clientIdList, jwks: keys?.jwks ?? null, source: keys?.source ?? '' }]
      : null;
  const { sandbox } = p;
  const roleArn = form.values.RoleArn?.trim() ?? '';
  const roleSessionName = form.values.RoleSessionName ?? '';
  const role = roleTrustFor(doc, trustError, p.sandbox !== null, roleArn, p.pastedTrustPolicy);
  // RoleSessionName by the catalog's one validation; the whole request only once the form names a role and a session.
  const request = useMemo(() => formRequestJudgement('AssumeRoleWithWebIdentity', { ...form.values, WebIdentityToken: raw }, 'RoleSessionName', form.lists), [form.values, form.lists, raw]);
  const session = formSessionRequest(form, p.sandbox !== null);
  const verdictKey = raw === '' || !role ? '' : JSON.stringify([raw, providerId, providers, keys?.source ?? null, keys?.jwks ?? null, keysUnavailable, role, roleSessionName, request, session]);
  const judged = useLiveVerdict(
    verdictKey,
    raw === '' || !role
      ? null
      : (nowMs) =>
          oidcVerdict({
            token: raw,
            providerId,
            trust: {
              providers,
              // Target AWS with no provider entered: the signature is still checked with the issuer's keys.
              keysFor: keys ? { url: iss, clientIds: [], jwks: keys.jwks, source: keys.source } : null,
              ...(keysUnavailable ? { keysUnavailable } : {}),
              ...(sandbox ? { sandbox: true, amazonTokenInfo: (t: string) => sandbox.control('POST /_sandbox/oauth/amazon/tokeninfo', { token: t }) } : {}),
            },
            nowMs,
            roleArn,
            roleSessionName,
            role,
            roleSessionNameIssues: request.paramIssues,
            session,
            ...(roleArn !== '' && roleSessionName !== '' ? { requestError: request.requestError } : {}),
          }),
    now,
  );
  const verdict = judged ? toVerdictView('oidc', judged) : null;
  const checks = judged ? toCheckItems(judged.checks) : [];
  useReportRejection(p.verdictAnchor, raw, verdict);
  const what = i18n._({ id: 'oidc.inspector.what', message: 'token' });

  return (
    <Card
      title={i18n._({ id: 'oidc.inspector.title', message: 'Token inspector' })}
      testId="token-inspector"
      actions={
        <>
          {formToken !== '' && formToken !== token && (
            <Button size="sm" variant="ghost" onClick={() => p.onToken(formToken)}>
              {i18n._({ id: 'oidc.inspector.inspectForm', message: "Inspect the form's token" })}
            </Button>
          )}
          {raw !== '' && raw !== formToken && (
            <Button size="sm" onClick={() => form.fill({ WebIdentityToken: raw })}>
              {i18n._({ id: 'oidc.inspector.putIntoForm', message: 'Put into the form' })}
            </Button>
          )}
        </>
      }
    >
      <Labeled
        label={i18n._({ id: 'oidc.inspector.input', message: 'Token to inspect' })}
        hint={<Text m={/*i18n*/ { id: 'oidc.inspector.inputHint', message: 'An OIDC ID token (JWT), with or without “{prefix}”, or an OAuth access token. It stays in this browser.', values: { prefix: 'Bearer ' }, verbatim: ['prefix'] }} />}
      >
        {(a) => <textarea {...a} rows={3} spellCheck={false} autoComplete="off" className="input resize-y font-mono text-xs break-all" value={token} onChange={(e) => p.onToken(e.target.value)} data-testid="token-input" />}
      </Labeled>
      {wrapper && raw !== '' && (
        <p className="text-[11px] text-muted" data-testid="token-unwrapped">
          {i18n._({ id: 'oidc.inspector.unwrapped', message: 'Took the token out of:' })} <Words w={wrapper} />
        </p>
      )}
      {raw === '' && <VerdictPlaceholder id={p.verdictAnchor.id} what={what} />}
      {raw !== '' && <VerdictPanel id={p.verdictAnchor.id} verdict={verdict} checks={checks} what={what} {...(p.verdictAnchor.onBack ? { onBack: p.verdictAnchor.onBack } : {})} />}
      {kind && kind.kind !== 'jwt' && (
        <div className="rounded border border-warn/50 bg-warn-soft px-2 py-1.5 text-xs text-fg" data-testid="opaque-token">
          <p>
            <Words w={kind.explanation} />
          </p>
          {kind.providerId && providerId !== kind.providerId && (
            <Button size="sm" className="mt-1" onClick={() => form.fill({ ProviderId: kind.providerId ?? '' })}>
              <Text m={/*i18n*/ { id: 'oidc.inspector.setProviderId', message: 'Set {param} to {value}', values: { param: 'ProviderId', value: kind.providerId }, verbatim: ['param', 'value'] }} />
            </Button>
          )}
        </div>
      )}
      {decoded && !decoded.ok && kind?.kind === 'jwt' && (
        <ErrorNote testId="token-error">
          <Words w={decoded.error} />
        </ErrorNote>
      )}
      {decoded && !decoded.ok && kind?.kind !== 'jwt' && (
        <p className="text-xs text-muted">
          {i18n._({ id: 'oidc.inspector.asJwt', message: 'As a JWT:' })} <Words w={decoded.error} />
        </p>
      )}
      {d && (
        <div className="space-y-4" data-testid="token-inspection">
          <div className="space-y-1">
            <SubHeading>{i18n._({ id: 'oidc.inspector.header', message: 'Header' })}</SubHeading>
            <div className="rounded border border-line bg-code p-2">
              <JsonTree value={d.header} label={i18n._({ id: 'webToken.header', message: 'JWT header' })} />
            </div>
          </div>
          <div className="space-y-1">
            <SubHeading>{i18n._({ id: 'oidc.inspector.claims', message: 'Claims' })}</SubHeading>
            <ClaimsTable claims={d.claims} offsetMs={clock.offsetMs} />
          </div>
          <div className="space-y-1">
            <SubHeading>{i18n._({ id: 'oidc.inspector.signature', message: 'Signature' })}</SubHeading>
            <TokenVerification token={raw} iss={typeof d.claims.iss === 'string' ? d.claims.iss : null} sandbox={p.sandbox} builtInIssuer={p.builtInIssuer} onKeys={setKeys} onKeysUnavailable={setKeysUnavailable} />
          </div>
          <div className="space-y-1">
            <SubHeading>{i18n._({ id: 'oidc.inspector.audienceHeading', message: 'What STS checks the audience against' })}</SubHeading>
            <Labeled
              label={i18n._({ id: 'oidc.inspector.clientIds', message: 'Client IDs of the IAM OIDC provider' })}
              hint={
                p.sandbox
                  ? i18n._({ id: 'oidc.inspector.clientIdsSandbox', message: "Filled in from the sandbox world's provider for this issuer; comma-separated." })
                  : i18n._({ id: 'oidc.inspector.clientIdsHint', message: 'The audiences registered on the provider; comma-separated.' })
              }
            >
              {(a) => <input {...a} className="input font-mono text-xs" value={p.clientIds} onChange={(e) => p.onClientIds(e.target.value)} data-testid="client-ids" />}
            </Labeled>
            {p.providerNote && (
              <p className="text-xs text-warn">
                <Text m={p.providerNote} />
              </p>
            )}
          </div>
          <div className="space-y-1">
            <SubHeading>{i18n._({ id: 'oidc.inspector.trustHeading', message: 'What the trust policy will see' })}</SubHeading>
            <ConditionKeysView keys={conditionKeysForToken(d, p.providerUrl)} label={i18n._({ id: 'oidc.inspector.conditionKeys', message: 'Token condition keys' })} />
            <p className="text-[11px] text-muted">{i18n._({ id: 'oidc.inspector.customClaims', message: 'Custom claims are never condition keys.' })}</p>
          </div>
          <TokenAdvice claims={d.claims} defaultAccount={p.defaultAccount} onCheckPolicy={p.onCheckPolicy} />
        </div>
      )}
    </Card>
  );
}
