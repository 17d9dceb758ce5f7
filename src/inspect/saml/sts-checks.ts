/**
 * The browser inspector's view of AssumeRoleWithSAML's rules: one line per rule, pass / warn /
 * fail, with what STS would answer. The rules themselves live in sts-rules.ts, shared with the
 * sandbox, so the inspector and the emulator cannot drift apart.
 */
import { evaluateStsRules, type FindingError, type FindingStatus } from './sts-rules';
import type { SignatureReport } from './xml-signature';
import type { SamlResponseInfo } from './types';
import type { Words } from '../../kernel/message';

export interface CheckLine {
  id: string;
  status: FindingStatus;
  title: Words;
  detail: Words;
  /** For failures: the error code and message STS would answer with. */
  stsError?: FindingError;
}

export interface StsCheckOptions {
  nowMs: number;
  roleArn?: string;
  principalArn?: string;
  durationSeconds?: number;
  /** How far the browser clock may be off from AWS's; expiry closer than this is a warning. */
  clientSkewMs?: number;
  /** The SAMLAssertion's base64 length, when the input was base64 (otherwise estimated). */
  base64Length?: number;
  /** The IAM SAML provider's entityID, when the user supplied metadata. */
  expectedIssuer?: string;
  /** Results of verifySamlSignatures with the provider's certificates, when available. */
  signatures?: SignatureReport[];
}

export function checkAssertionAgainstStsRules(info: SamlResponseInfo, options: StsCheckOptions): CheckLine[] {
  return evaluateStsRules({ info, ...options }).map(({ error, ...line }) => (error ? { ...line, stsError: error } : line));
}
