/** Shapes shared by the JWT inspector modules (decoding, STS checks, verification). */
import type { Words } from '../../kernel/message';

export type JsonObject = Record<string, unknown>;

export interface DecodedJwt {
  /** The compact token as decoded: trimmed, without a leading "Bearer ". */
  raw: string;
  header: JsonObject;
  claims: JsonObject;
  /** The signature part exactly as it appears (base64url). */
  signature: string;
  /** Length of the signature in bytes (0 for an unsigned token). */
  signatureLength: number;
  /** `header.payload`: the bytes the signature covers. */
  signingInput: string;
}

export type TokenKind = 'jwt' | 'jwe' | 'opaque-oauth';

export interface TokenClassification {
  kind: TokenKind;
  explanation: string;
  /** The ProviderId STS needs for this token, when it is an OAuth access token STS accepts. */
  providerId?: 'www.amazon.com' | 'graph.facebook.com';
}

export interface ClaimRow {
  /** Claim name as it appears in the token (or `principal_tags` / `transitive_tag_keys` for the AWS tags claim). */
  claim: string;
  label: string;
  /** Display text of the value. */
  value: string;
  /** Extra explanation, e.g. the relative time or what STS does with the claim. */
  detail?: string;
  problem?: string;
}

export interface ClaimsDescription {
  rows: ClaimRow[];
  /** Every problem found, each naming its claim. */
  problems: string[];
}

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'unknown';

export interface CheckLine {
  id: string;
  status: CheckStatus;
  title: Words;
  detail: Words;
}
