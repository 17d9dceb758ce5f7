/**
 * The public half of what the world's identity providers are trusted with: the SAML providers'
 * entityIDs and certificates, the OIDC providers' client IDs and JWKS, the roles' trust policies and
 * MaxSessionDuration, and the Regions each account deactivated STS in.
 * AssumeRoleWithSAML looks its provider up here, and GET /_sandbox/federation/trust serves it so the
 * workbench's verdict verifies signatures with the same keys and runs the same trust decision
 * (inspect/verdict/sandbox-trust.ts).
 */
import { toBase64 } from '../kernel/encoding';
import type { SandboxOidcProviderKeys, SandboxSamlProviderKeys, SandboxTrustDocument } from '../inspect/verdict/sandbox-trust';
import { providerKeys } from './oidc/verification-key';
import { englishOf } from '../kernel/message';
import { parseIdpMetadata } from '../inspect/saml/xml-signature';
import type { SandboxEnv } from './env';
import { publicJwks } from './idp/oidc-keys';
import { BUILT_IN_SAML_ENTITY_ID } from './idp/saml-idp';

/** Each SAML provider's entityID and certificates (AssumeRoleWithSAML's own lookup reads these). */
export function sandboxSamlProviders(env: SandboxEnv): SandboxSamlProviderKeys[] {
  return env.world.accounts.flatMap((a) =>
    a.samlProviders.map((p) => {
      const arn = `arn:aws:iam::${a.id}:saml-provider/${p.name}`;
      if (p.builtInIdp) return { arn, entityId: BUILT_IN_SAML_ENTITY_ID, certificatesB64: [env.secrets.file.saml.certificateB64] };
      const metadata = parseIdpMetadata(p.metadataXml ?? '');
      if (!metadata.ok) return { arn, entityId: null, certificatesB64: [], problem: englishOf(metadata.error) };
      return { arn, entityId: metadata.value.entityId, certificatesB64: metadata.value.signingCertificates.map(toBase64) };
    }),
  );
}

/**
 * The whole document, for the env of the request (an attendee's own world, live edits included).
 * OIDC keys are resolved as AssumeRoleWithWebIdentity resolves them (oidc/verification-key.ts): a
 * jwksUri is fetched now, by the sandbox, and a key it cannot fetch is the error STS would answer.
 */
export async function sandboxTrustDocument(env: SandboxEnv): Promise<SandboxTrustDocument> {
  const builtInJwks = publicJwks(env.secrets.file.oidc);
  const oidcProviders = await Promise.all(
    env.world.accounts.flatMap((a) =>
      a.oidcProviders.map(async (p): Promise<SandboxOidcProviderKeys> => {
        const base = { accountId: a.id, url: p.url, clientIds: p.clientIds ?? [] };
        const keys = await providerKeys(p, builtInJwks, env.fetchJson);
        if (keys.kind === 'jwks') return { ...base, jwks: keys.jwks, source: keys.source };
        return { ...base, jwks: null, source: p.jwksUri ?? 'no JWKS', ...(keys.kind === 'error' ? { keysError: keys.error } : {}) };
      }),
    ),
  );
  const roles = env.world.accounts.flatMap((a) => a.roles.map((r) => ({ arn: r.arn, name: r.name, trustPolicy: r.trustPolicy, maxSessionDuration: r.maxSessionDuration })));
  const accounts = env.world.accounts.map((a) => ({ id: a.id, disabledRegions: [...a.disabledRegions] }));
  return { samlProviders: sandboxSamlProviders(env), oidcProviders, roles, accounts };
}
