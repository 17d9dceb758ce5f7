/**
 * The AssumeRoleWithWebIdentity verdict: the sandbox's own rulebook (inspect/jwt/oidc-rules.ts) over
 * the token as it would be sent, with the providers of the role's account and their keys when known.
 */
import { evaluateOidcRules, type OidcProviderRules, type ProviderKeys } from '../jwt/oidc-rules';
import { verdictFromChecks } from './from-checks';
import { findingToCheck } from './saml-verdict';
import { requestCheck } from './request-check';
import type { FederationVerdict } from './types';

/** An IAM OIDC provider with its keys as the verdict knows them. */
export interface OidcProviderTrust extends OidcProviderRules {
  /** The provider's JWKS, or null when it is not known (then the signature cannot be judged). */
  jwks: object | null;
  /** Where the keys came from, for sentences ("the sandbox's provider JWKS", "pasted JWKS", "https://…/jwks"). */
  source: string;
}

export interface OidcTrust {
  /** The IAM OIDC providers of the role's account; null when not known (target AWS, nothing entered). */
  providers: OidcProviderTrust[] | null;
  /** When the keys of a matched provider are unknown, why (e.g. the discovery fetch was refused by CORS). */
  keysUnavailable?: string;
}

export interface OidcVerdictInput {
  /** WebIdentityToken as it would be sent. */
  token: string;
  providerId?: string;
  trust: OidcTrust;
  nowMs: number;
  /** The whole request as it would be sent (RoleArn, RoleSessionName, WebIdentityToken…), to check its parameters first. */
  parameters?: Record<string, unknown>;
}

function keysOf(trust: OidcTrust): (p: OidcProviderRules) => Promise<ProviderKeys> {
  return async (p) => {
    const match = trust.providers?.find((t) => t.url === p.url);
    if (match?.jwks) return { kind: 'jwks', jwks: match.jwks, source: match.source };
    return { kind: 'unknown', detail: trust.keysUnavailable ?? "the issuer's signing keys are not known here." };
  };
}

export async function oidcVerdict(input: OidcVerdictInput): Promise<FederationVerdict> {
  const { findings } = await evaluateOidcRules({
    token: input.token,
    ...(input.providerId !== undefined && input.providerId !== '' ? { providerId: input.providerId } : {}),
    providers: input.trust.providers,
    nowMs: input.nowMs,
    keysFor: keysOf(input.trust),
    allRules: true,
  });
  const first = input.parameters ? [requestCheck('AssumeRoleWithWebIdentity', input.parameters)] : [];
  return verdictFromChecks([...first, ...findings.map((f) => findingToCheck(f, 'oidc'))]);
}
