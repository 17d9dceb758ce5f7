import { sandboxErrorMessage } from '../../state/controlErrors';
import { useLingui } from '@lingui/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Text } from '../../i18n/Text';
import type { Message } from '../../kernel/message';
import { discoverJwks, verifyJwtSignature, type VerifyResult } from '../../inspect/jwt/verify';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { JsonTree } from '../../ui/JsonTree';
import { Labeled } from './Card';
import type { SandboxAccess } from './types';
import { useAsyncResult } from './useAsyncResult';
import { useSandboxText } from './useSandboxText';

/** Watches for the page's CSP refusing a fetch: browsers report that as the same TypeError as CORS. */
function useCspWatch() {
  const seen = useRef<string[]>([]);
  useEffect(() => {
    const on = (e: SecurityPolicyViolationEvent) => {
      if (e.effectiveDirective === 'connect-src') seen.current.push(e.blockedURI);
    };
    document.addEventListener('securitypolicyviolation', on);
    return () => document.removeEventListener('securitypolicyviolation', on);
  }, []);
  return seen;
}

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

/** Verifies the signature against a pasted JWKS or PEM, the sandbox IdP's JWKS, or the issuer's discovery. */
/** The keys the token is judged with, as JSON (a JWKS or one JWK), and where they came from. */
export interface TokenKeys {
  jwks: object;
  source: Message;
  /** Loaded by default (the sandbox IdP's), not given by the user. */
  byDefault: boolean;
}

export function TokenVerification({
  token,
  iss,
  sandbox,
  builtInIssuer,
  onKeys,
  onKeysUnavailable,
}: {
  token: string;
  iss: string | null;
  sandbox: SandboxAccess | null;
  builtInIssuer: boolean;
  onKeys?: (k: TokenKeys | null) => void;
  /** Why the issuer's keys could not be fetched (CORS, the page's CSP, no discovery document): the verdict says so. */
  onKeysUnavailable?: (why: Message | null) => void;
}) {
  const { i18n } = useLingui();
  const [pasted, setKeys] = useState('');
  // The sandbox's built-in issuers sign with its IdP's keys: verify with them unless keys are pasted.
  const sandboxJwks = useSandboxText(builtInIssuer ? sandbox : null, 'GET /_sandbox/oidc/jwks.json');
  const keys = pasted.trim() !== '' ? pasted : (sandboxJwks ?? '');
  const byDefault = pasted.trim() === '' && sandboxJwks !== null;
  /** The last key action's outcome, sentence by sentence. */
  const [note, setNote] = useState<{ tone: 'ok' | 'danger'; text: Message[]; csp?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const csp = useCspWatch();
  const isPem = keys.includes('-----BEGIN');
  const state = useAsyncResult(`${token}\u0000${keys}`, keys.trim() === '' ? null : () => verifyJwtSignature(token, isPem ? { pem: keys } : { jwks: keys }), 150, (e): VerifyResult => ({ ok: false, error: /*i18n*/ { id: 'jwt.verification.crashed', message: 'The verification failed: {problem}', values: { problem: String(e) }, verbatim: ['problem'] } }));

  const fromSandbox = async () => {
    if (!sandbox) return;
    setNote(null);
    try {
      setKeys(JSON.stringify(await sandbox.control('GET /_sandbox/oidc/jwks.json'), null, 2));
      setNote({ tone: 'ok', text: [/*i18n*/ { id: 'jwt.verification.loadedSandbox', message: "Loaded the sandbox IdP's JWKS ({path}): the keys STS in the sandbox verifies with.", values: { path: '/_sandbox/oidc/jwks.json' }, verbatim: ['path'] }] });
    } catch (e) {
      setNote({ tone: 'danger', text: [sandboxErrorMessage(e)] });
    }
  };

  const discover = async () => {
    if (!iss) return;
    setBusy(true);
    setNote(null);
    const before = csp.current.length;
    const result = await discoverJwks(iss, (url) => fetch(url, { mode: 'cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' }));
    setBusy(false);
    if (result.ok) {
      setKeys(JSON.stringify(result.jwks, null, 2));
      const fetched: Message = /*i18n*/ { id: 'jwt.verification.fetched', message: 'Fetched {configurationUrl}, then the JWKS at {jwksUri}.', values: { configurationUrl: result.configurationUrl, jwksUri: result.jwksUri }, verbatim: ['configurationUrl', 'jwksUri'] };
      setNote({ tone: 'ok', text: [fetched, ...result.warnings] });
      return;
    }
    // The violation event is queued with the failure: let it arrive before looking.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const blocked = csp.current.slice(before).some((u) => result.url !== undefined && sameOrigin(u, result.url));
    // Under a CSP refusal the generic "most often CORS" advice would mislead: say only what failed.
    const url = result.url ?? iss;
    setNote({ tone: 'danger', text: [blocked ? /*i18n*/ { id: 'jwt.verification.couldNotFetch', message: 'Could not fetch {url}.', values: { url }, verbatim: ['url'] } : result.error], csp: blocked });
    onKeysUnavailable?.(
      blocked
        ? /*i18n*/ { id: 'jwt.verification.cspRefused', message: "Not verified: this page's Content-Security-Policy refused to fetch {url} (it connects only to itself, AWS STS endpoints and loopback addresses). Paste the issuer's JWKS.", values: { url }, verbatim: ['url'] }
        : result.error,
    );
  };

  // Calls go to AWS and no key is given: try the issuer's discovery document once per issuer, as STS would fetch it.
  const tried = useRef<string | null>(null);
  useEffect(() => {
    if (sandbox || pasted.trim() !== '' || !iss?.startsWith('https://') || tried.current === iss) return;
    tried.current = iss;
    onKeysUnavailable?.(null);
    void discover();
  });

  const r = state.status === 'done' && keys.trim() !== '' ? state.value : null;
  const jwks = useMemo(() => {
    if (keys.trim() === '' || isPem) return null;
    try {
      const v: unknown = JSON.parse(keys);
      return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null;
    } catch {
      return null;
    }
  }, [keys, isPem]);
  useEffect(
    () => onKeys?.(jwks ? { jwks, source: byDefault ? /*i18n*/ { id: 'keySource.sandboxIdp', message: 'the sandbox IdP’s JWKS' } : /*i18n*/ { id: 'keySource.givenHere', message: 'the JWKS given here' }, byDefault } : null),
    [jwks, byDefault, onKeys],
  );
  const keyUsed: Message = isPem
    ? /*i18n*/ { id: 'jwt.verification.withPem', message: 'With the pasted PEM key ({alg}).', values: { alg: r?.alg ?? '?' }, verbatim: ['alg'] }
    : r?.kid
      ? /*i18n*/ { id: 'jwt.verification.withJwksKid', message: '{sandbox, select, yes {With the sandbox IdP’s JWKS key with kid “{kid}”} other {With the JWKS key with kid “{kid}”}} ({alg}).', values: { sandbox: byDefault ? 'yes' : 'no', kid: r.kid, alg: r.alg ?? '?' }, verbatim: ['kid', 'alg'] }
      : /*i18n*/ { id: 'jwt.verification.withJwks', message: '{sandbox, select, yes {With the sandbox IdP’s JWKS key} other {With the JWKS key}} ({alg}).', values: { sandbox: byDefault ? 'yes' : 'no', alg: r?.alg ?? '?' }, verbatim: ['alg'] };
  return (
    <div className="space-y-2">
      <Labeled
        label={i18n._({ id: 'jwt.verification.keysLabel', message: 'JWKS or PEM public key' })}
        hint={<Text m={/*i18n*/ { id: 'jwt.verification.keysHint', message: 'A JWKS ({example}), one JWK, an SPKI “PUBLIC KEY” or a certificate.', values: { example: '{"keys":[…]}' }, verbatim: ['example'] }} />}
      >
        {(p) => (
          <textarea
            {...p}
            rows={3}
            spellCheck={false}
            autoComplete="off"
            className="input resize-y font-mono text-xs"
            value={pasted}
            onChange={(e) => setKeys(e.target.value)}
            placeholder={byDefault ? i18n._({ id: 'jwt.verification.emptySandbox', message: "Empty: verifying with the sandbox IdP's JWKS" }) : undefined}
            data-testid="jwks-input"
          />
        )}
      </Labeled>
      <div className="flex flex-wrap gap-1">
        {sandbox && (
          <Button size="sm" variant="ghost" onClick={() => void fromSandbox()}>
            {i18n._({ id: 'jwt.verification.useSandbox', message: "Use the sandbox IdP's JWKS" })}
          </Button>
        )}
        <Button size="sm" variant="ghost" disabled={!iss || busy} onClick={() => void discover()}>
          {i18n._({ id: 'jwt.verification.discover', message: 'Discover from the issuer' })}
        </Button>
      </div>
      {note && (
        <div className={`text-xs break-words ${note.tone === 'ok' ? 'text-muted' : 'text-danger'}`} role={note.tone === 'danger' ? 'alert' : undefined} data-testid="discovery-note">
          {note.csp && (
            <p className="mb-1 font-medium">
              {i18n._({
                id: 'jwt.verification.cspNote',
                message: "This page's Content-Security-Policy refused the request before it left the browser: it may connect only to itself, AWS STS endpoints and loopback addresses. Neither CORS nor the IdP was involved. Paste the JWKS instead.",
              })}
            </p>
          )}
          <p>
            {note.text.map((t, i) => (
              <span key={i}>
                {i > 0 && ' '}
                <Text m={t} />
              </span>
            ))}
          </p>
        </div>
      )}
      {state.status === 'pending' && <p className="text-xs text-muted">{i18n._({ id: 'jwt.verification.verifying', message: 'Verifying…' })}</p>}
      {r && (
        <div className="space-y-1" data-testid="jwt-signature" data-valid={r.ok}>
          <p className="text-xs">
            <Badge tone={r.ok ? 'ok' : 'danger'} className="mr-1.5">
              {r.ok ? i18n._({ id: 'jwt.verification.verified', message: 'Signature verified' }) : i18n._({ id: 'jwt.verification.notVerified', message: 'Not verified' })}
            </Badge>
            {r.ok ? <Text m={keyUsed} /> : r.error && <Text m={r.error} />}
            {!r.ok && byDefault && <> {i18n._({ id: 'jwt.verification.checkedSandbox', message: "(checked against the sandbox IdP's JWKS)" })}</>}
          </p>
          {r.matchedKey && (
            <details>
              <summary className="cursor-pointer text-xs text-muted hover:text-fg">{r.ok ? i18n._({ id: 'jwt.verification.keyMatched', message: 'The key that matched' }) : i18n._({ id: 'jwt.verification.keyTriedLast', message: 'The key tried last' })}</summary>
              <div className="mt-1 rounded border border-line bg-code p-2">
                <JsonTree value={r.matchedKey} label={i18n._({ id: 'jwt.verification.publicKey', message: 'Public key (JWK)' })} />
              </div>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
