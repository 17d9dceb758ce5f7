/**
 * The federation verdict API the UI imports: would STS accept this SAML response / web identity
 * token, and if not, with which exact error, why and how to fix it. Computed by the same rulebook
 * the sandbox runs, so a sandbox-target verdict and the sandbox's actual answer agree.
 */
export type { FailureCause, FederationVerdict, PredictedStsError, VerdictCheck, VerdictCheckStatus, FederationKind } from './types';
export { failingFirst, verdictFromChecks } from './from-checks';
export { samlVerdict, type SamlVerdictInput, type SamlTrust } from './saml-verdict';
export { oidcVerdict, type AmazonTokenInfo, type OidcVerdictInput, type OidcTrust, type OidcProviderTrust } from './oidc-verdict';
export {
  loadSandboxTrust,
  oidcTrustFromSandbox,
  roleTrustFromSandbox,
  samlTrustFromSandbox,
  type SandboxOidcProviderKeys,
  type SandboxSamlProviderKeys,
  type SandboxTrustDocument,
} from './sandbox-trust';
export { awsOidcTrust, samlTrustFromPasted, type AwsOidcTrustOptions } from './aws-trust';
export { roleTrustFromPasted, TRUST_POLICY_CHECK_ID, type RoleTrust, type RoleSessionLimits } from './trust-step';
export { type SessionRequest } from './session-step';
export { causeTitleOf } from './causes';
