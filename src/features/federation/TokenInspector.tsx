import { useMemo, useState } from 'react';
import { classifyToken, decodeJwt, normalizeTokenText, unwrapTokenText } from '../../inspect/jwt/decode';
import type { VerifyResult } from '../../inspect/jwt/verify';
import { KEY_RETRIEVAL_MESSAGE, SIGNATURE_INVALID_MESSAGE } from '../../sandbox/oidc/verification-key';
import { checkTokenAgainstStsRules, conditionKeysForToken } from '../../inspect/jwt/sts-checks';
import { Button } from '../../ui/Button';
import { JsonTree } from '../../ui/JsonTree';
import { useNow } from '../../ui/ticker';
import { Card, ErrorNote, Labeled, SubHeading } from './Card';
import type { CheckItem } from './CheckList';
import { ClaimsTable } from './ClaimsTable';
import { ConditionKeysView } from './ConditionKeysView';
import { TokenAdvice } from './TokenAdvice';
import { TokenVerification } from './TokenVerification';
import type { FederationClock, FormBridge, SandboxAccess, VerdictAnchor } from './types';
import { useReportRejection, verdictFromChecks, type SignatureState } from './verdict';
import { VerdictPanel, VerdictPlaceholder } from './VerdictPanel';

export interface TokenInspectorProps {
  token: string;
  onToken: (text: string) => void;
  clientIds: string;
  onClientIds: (text: string) => void;
  /** The IAM OIDC provider URL the call would be matched against, when known (sandbox world). */
  providerUrl: string | undefined;
  providerNote: string | null;
  /** The issuer is one of the sandbox IdP's: its JWKS verifies the token by default. */
  builtInIssuer: boolean;
  form: FormBridge;
  sandbox: SandboxAccess | null;
  clock: FederationClock;
  defaultAccount: string;
  onCheckPolicy: (text: string) => void;
  verdictAnchor: VerdictAnchor;
}

/** The OIDC / JWT inspector: decode, verify, check against STS's rules, and show the trust-policy keys. */
export function TokenInspector(p: TokenInspectorProps) {
  const { token, form, clock } = p;
  const raw = normalizeTokenText(token);
  const decoded = useMemo(() => (raw === '' ? null : decodeJwt(raw)), [raw]);
  const kind = useMemo(() => (raw === '' ? null : classifyToken(raw)), [raw]);
  const formToken = form.values.WebIdentityToken ?? '';
  const clientIdList = p.clientIds.split(/[\s,]+/).filter((s) => s !== '');
  const d = decoded?.ok ? decoded.value : null;
  const providerId = form.values.ProviderId?.trim() ?? '';
  const sessionName = form.values.RoleSessionName ?? '';
  const wrapper = useMemo(() => unwrapTokenText(token).wrapper, [token]);
  const [verified, setVerified] = useState<VerifyResult | null>(null);
  const now = useNow() + clock.offsetMs;
  const checks = d
    ? checkTokenAgainstStsRules(d, {
        nowMs: now,
        rawLength: raw.length,
        clientIds: clientIdList,
        ...(p.providerUrl !== undefined ? { providerUrl: p.providerUrl } : {}),
        ...(sessionName !== '' ? { roleSessionName: sessionName } : {}),
        ...(providerId !== '' ? { providerId } : {}),
      })
    : [];
  const signature: SignatureState =
    verified?.ok === true
      ? { verified: true, by: `the JWKS key${verified.kid ? ` with kid "${verified.kid}"` : ''}` }
      : { verified: false, missing: p.sandbox ? "The signature is not verified yet: STS checks it with the issuer's JWKS. Use the sandbox IdP's JWKS under Signature." : "The signature is not verified: paste the issuer's JWKS (or discover it) under Signature. Without the key nobody can say whether AWS accepts this." };
  // A signature that does not verify is a rejection in its own right (STS: InvalidIdentityToken).
  const allChecks: CheckItem[] =
    verified && !verified.ok && d
      ? [...checks, { id: 'signature', status: 'fail', title: "Signature verifies with the issuer's key", detail: verified.error ?? 'The signature does not verify.', stsError: { code: 'InvalidIdentityToken', message: verified.reason === 'signature' ? SIGNATURE_INVALID_MESSAGE : KEY_RETRIEVAL_MESSAGE } }]
      : checks;
  const verdict = d ? verdictFromChecks(allChecks, signature) : null;
  useReportRejection(p.verdictAnchor, raw, verdict);

  return (
    <Card
      title="Token inspector"
      testId="token-inspector"
      actions={
        <>
          {formToken !== '' && formToken !== token && (
            <Button size="sm" variant="ghost" onClick={() => p.onToken(formToken)}>
              Inspect the form's token
            </Button>
          )}
          {raw !== '' && raw !== formToken && (
            <Button size="sm" onClick={() => form.fill({ WebIdentityToken: raw })}>
              Put into the form
            </Button>
          )}
        </>
      }
    >
      <Labeled label="Token to inspect" hint="An OIDC ID token (JWT), with or without &quot;Bearer &quot;, or an OAuth access token. It stays in this browser.">
        {(a) => <textarea {...a} rows={3} spellCheck={false} autoComplete="off" className="input resize-y font-mono text-xs break-all" value={token} onChange={(e) => p.onToken(e.target.value)} data-testid="token-input" />}
      </Labeled>
      {wrapper && raw !== '' && <p className="text-[11px] text-muted" data-testid="token-unwrapped">Took the token out of {wrapper}.</p>}
      {raw === '' && <VerdictPlaceholder id={p.verdictAnchor.id} what="token" />}
      {d && <VerdictPanel id={p.verdictAnchor.id} verdict={verdict} checks={allChecks} what="token" {...(p.verdictAnchor.onBack ? { onBack: p.verdictAnchor.onBack } : {})} />}
      {kind && kind.kind !== 'jwt' && (
        <div className="rounded border border-warn/50 bg-warn-soft px-2 py-1.5 text-xs text-fg" data-testid="opaque-token">
          <p>{kind.explanation}</p>
          {kind.providerId && providerId !== kind.providerId && (
            <Button size="sm" className="mt-1" onClick={() => form.fill({ ProviderId: kind.providerId ?? '' })}>
              Set ProviderId to {kind.providerId}
            </Button>
          )}
        </div>
      )}
      {decoded && !decoded.ok && kind?.kind === 'jwt' && <ErrorNote testId="token-error">{decoded.error}</ErrorNote>}
      {decoded && !decoded.ok && kind?.kind !== 'jwt' && <p className="text-xs text-muted">As a JWT: {decoded.error}</p>}
      {d && (
        <div className="space-y-4" data-testid="token-inspection">
          <div className="space-y-1">
            <SubHeading>Header</SubHeading>
            <div className="rounded border border-line bg-code p-2">
              <JsonTree value={d.header} label="JWT header" />
            </div>
          </div>
          <div className="space-y-1">
            <SubHeading>Claims</SubHeading>
            <ClaimsTable claims={d.claims} offsetMs={clock.offsetMs} />
          </div>
          <div className="space-y-1">
            <SubHeading>Signature</SubHeading>
            <TokenVerification token={raw} iss={typeof d.claims.iss === 'string' ? d.claims.iss : null} sandbox={p.sandbox} builtInIssuer={p.builtInIssuer} onResult={setVerified} />
          </div>
          <div className="space-y-1">
            <SubHeading>What STS checks the audience against</SubHeading>
            <Labeled label="Client IDs of the IAM OIDC provider" hint={p.sandbox ? 'Filled in from the sandbox world\'s provider for this issuer; comma-separated.' : 'The audiences registered on the provider; comma-separated.'}>
              {(a) => <input {...a} className="input font-mono text-xs" value={p.clientIds} onChange={(e) => p.onClientIds(e.target.value)} data-testid="client-ids" />}
            </Labeled>
            {p.providerNote && <p className="text-xs text-warn">{p.providerNote}</p>}
          </div>
          <div className="space-y-1">
            <SubHeading>What the trust policy will see</SubHeading>
            <ConditionKeysView keys={conditionKeysForToken(d, p.providerUrl)} label="Token condition keys" />
            <p className="text-[11px] text-muted">Custom claims are never condition keys.</p>
          </div>
          <TokenAdvice claims={d.claims} defaultAccount={p.defaultAccount} onCheckPolicy={p.onCheckPolicy} />
        </div>
      )}
    </Card>
  );
}
