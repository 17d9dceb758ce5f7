/**
 * What the sandbox trusts for federation, as public data: each SAML provider's entityID and signing
 * certificates, each OIDC provider's client IDs and JWKS. The sandbox answers it at
 * GET /_sandbox/federation/trust (server and in-page alike) and its own AssumeRoleWithSAML looks the
 * provider up with findSamlProvider, so the verdict verifies with exactly the keys the sandbox uses.
 */
import type { Words } from '../../kernel/message';
import { parseArn } from '../../kernel/arn';
import { fromBase64 } from '../../kernel/encoding';
import type { OidcTrust } from './oidc-verdict';
import type { SamlTrust } from './saml-verdict';
import type { PredictedStsError } from './types';
import type { FindingError } from '../saml/sts-rules-types';
import type { FederatedRole } from '../../policy/federated-trust';
import type { RoleTrust } from './trust-step';

const SANDBOX_TRUST_PATH = '/_sandbox/federation/trust';

export interface SandboxSamlProviderKeys {
  arn: string;
  /** The metadata's entityID (null: the metadata cannot be read, see `problem`). */
  entityId: string | null;
  certificatesB64: string[];
  /** Why the provider's metadata cannot be used (STS then refuses every response for it). */
  problem?: string;
}

export interface SandboxOidcProviderKeys {
  accountId: string;
  url: string;
  clientIds: string[];
  /** The provider's public JWKS as the sandbox resolves it (inline, built-in, or fetched from its jwksUri); null when it cannot. */
  jwks: object | null;
  /** Where the keys come from, in words. */
  source: Words;
  /** When the sandbox cannot obtain the keys: what AssumeRoleWithWebIdentity answers at the signature step. */
  keysError?: FindingError;
}

/** A role of the world with its trust policy and MaxSessionDuration: the verdict runs the sandbox's trust decision and session rules on it. */
export type SandboxRoleTrust = FederatedRole & { maxSessionDuration: number };

/** An account of the world: the Regions where it deactivated STS (RegionDisabledException). */
export interface SandboxAccountRegions {
  id: string;
  disabledRegions: string[];
}

export interface SandboxTrustDocument {
  samlProviders: SandboxSamlProviderKeys[];
  oidcProviders: SandboxOidcProviderKeys[];
  roles: SandboxRoleTrust[];
  accounts: SandboxAccountRegions[];
}

export type SamlProviderLookup = { ok: true; provider: SandboxSamlProviderKeys; accountId: string; name: string } | { ok: false; error: PredictedStsError };

/** The provider PrincipalArn names, or the error AssumeRoleWithSAML answers (the sandbox's own lookup). */
export function findSamlProvider(providers: readonly SandboxSamlProviderKeys[], principalArn: string): SamlProviderLookup {
  const parsed = parseArn(principalArn);
  if (!parsed.ok || parsed.value.service !== 'iam' || parsed.value.resourceType !== 'saml-provider') return { ok: false, error: { code: 'ValidationError', message: `${principalArn} is invalid` } };
  const { account, resourceName } = parsed.value;
  const provider = providers.find((p) => p.arn === `arn:aws:iam::${account}:saml-provider/${resourceName}`);
  if (!provider) return { ok: false, error: { code: 'InvalidIdentityToken', message: `SAML provider ${principalArn} does not exist in account ${account}.` } };
  if (provider.problem !== undefined) return { ok: false, error: { code: 'InvalidIdentityToken', message: `The metadata of SAML provider ${resourceName} cannot be read: ${provider.problem}` } };
  return { ok: true, provider, accountId: account, name: resourceName };
}

/** The keys to verify a SAML response with when the target is the sandbox, or the error its lookup answers. */
export function samlTrustFromSandbox(doc: SandboxTrustDocument, principalArn: string): { ok: true; trust: SamlTrust } | { ok: false; error: PredictedStsError } {
  const found = findSamlProvider(doc.samlProviders, principalArn);
  if (!found.ok) return found;
  const certificatesDer = found.provider.certificatesB64.map(fromBase64).filter((c): c is Uint8Array => c !== null);
  return { ok: true, trust: { entityId: found.provider.entityId, certificatesDer, source: `the sandbox's SAML provider ${found.name}` } };
}

/** The OIDC providers of the role's account, with their keys, when the target is the sandbox. */
export function oidcTrustFromSandbox(doc: SandboxTrustDocument, roleArn: string): OidcTrust {
  const parsed = parseArn(roleArn);
  const account = parsed.ok ? parsed.value.account : '';
  const providers = doc.oidcProviders
    .filter((p) => p.accountId === account)
    .map((p) => ({ url: p.url, clientIds: p.clientIds, jwks: p.jwks, source: p.source, ...(p.keysError ? { keysError: p.keysError } : {}) }));
  return { providers, sandbox: true };
}

/** The role the RoleArn names, as the sandbox has it: its trust policy and session limits, or null when the world has no such role. */
export function roleTrustFromSandbox(doc: SandboxTrustDocument, roleArn: string): RoleTrust {
  const found = doc.roles.find((r) => r.arn === roleArn.trim());
  if (!found) return { kind: 'known', role: null, source: /*i18n*/ { id: 'inspect.trust.source.world', message: 'the sandbox world' } };
  const { maxSessionDuration, ...role } = found;
  const account = parseArn(found.arn);
  const disabledRegions = doc.accounts.find((a) => account.ok && a.id === account.value.account)?.disabledRegions ?? [];
  return { kind: 'known', role, source: /*i18n*/ { id: 'inspect.trust.source.role', message: "the sandbox's role {name}", values: { name: role.name }, verbatim: ['name'] }, limits: { maxSessionDuration, disabledRegions } };
}

function isTrustDocument(v: unknown): v is SandboxTrustDocument {
  const o = v as Partial<SandboxTrustDocument> | null;
  return typeof o === 'object' && o !== null && Array.isArray(o.samlProviders) && Array.isArray(o.oidcProviders) && Array.isArray(o.roles) && Array.isArray(o.accounts);
}

/**
 * Reads the sandbox's trust document through `getJson` (a fetch of SANDBOX_TRUST_PATH on the server's
 * origin, or the in-page sandbox's handle): nothing to paste when the target is the sandbox.
 */
export async function loadSandboxTrust(getJson: (path: string) => Promise<unknown>): Promise<{ ok: true; value: SandboxTrustDocument } | { ok: false; error: string }> {
  let value: unknown;
  try {
    value = await getJson(SANDBOX_TRUST_PATH);
  } catch (e) {
    return { ok: false, error: `The sandbox's providers could not be read from ${SANDBOX_TRUST_PATH}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!isTrustDocument(value)) return { ok: false, error: `${SANDBOX_TRUST_PATH} did not answer the sandbox's providers (an older sandbox?).` };
  return { ok: true, value };
}
