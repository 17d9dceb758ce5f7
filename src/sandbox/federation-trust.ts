/**
 * The public half of what the world's identity providers are trusted with: the SAML providers'
 * entityIDs and certificates, the OIDC providers' client IDs and JWKS. AssumeRoleWithSAML looks its
 * provider up here, and GET /_sandbox/federation/trust serves it so the workbench verifies
 * signatures with the same keys (inspect/verdict/sandbox-trust.ts).
 */
import { toBase64 } from '../inspect/encoding';
import type { SandboxTrustDocument } from '../inspect/verdict/sandbox-trust';
import { parseIdpMetadata } from '../inspect/saml/xml-signature';
import type { SandboxEnv } from './env';
import { publicJwks } from './idp/oidc-keys';
import { BUILT_IN_SAML_ENTITY_ID } from './idp/saml-idp';

export function sandboxTrustDocument(env: SandboxEnv): SandboxTrustDocument {
  const samlProviders = env.world.accounts.flatMap((a) =>
    a.samlProviders.map((p) => {
      const arn = `arn:aws:iam::${a.id}:saml-provider/${p.name}`;
      if (p.builtInIdp) return { arn, entityId: BUILT_IN_SAML_ENTITY_ID, certificatesB64: [env.secrets.file.saml.certificateB64] };
      const metadata = parseIdpMetadata(p.metadataXml ?? '');
      if (!metadata.ok) return { arn, entityId: null, certificatesB64: [], problem: metadata.error };
      return { arn, entityId: metadata.value.entityId, certificatesB64: metadata.value.signingCertificates.map(toBase64) };
    }),
  );
  const oidcProviders = env.world.accounts.flatMap((a) =>
    a.oidcProviders.map((p) => {
      const base = { accountId: a.id, url: p.url, clientIds: p.clientIds ?? [] };
      if (p.builtInIdp) return { ...base, jwks: publicJwks(env.secrets.file.oidc), source: "the JWKS of the sandbox's built-in IdP" };
      if (p.jwks) return { ...base, jwks: p.jwks, source: `the JWKS the sandbox holds for ${p.url}` };
      return { ...base, jwks: null, source: p.jwksUri ? `the JWKS at ${p.jwksUri}` : 'no JWKS' };
    }),
  );
  return { samlProviders, oidcProviders };
}
