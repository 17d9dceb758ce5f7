/** Shapes shared by the JWT inspector modules (decoding, STS checks, verification). */
import type { Message } from '../../kernel/message';

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
  explanation: Message;
  /** The ProviderId STS needs for this token, when it is an OAuth access token STS accepts. */
  providerId?: 'www.amazon.com' | 'graph.facebook.com';
}

export interface ClaimRow {
  /** Claim name as it appears in the token (or `principal_tags` / `transitive_tag_keys` for the AWS tags claim). */
  claim: string;
  /** What the claim is, in words; absent for a custom claim (its name says it). */
  label?: Message;
  /** The value as the token has it (shown verbatim), or a Message when there is none ("(missing)"). */
  value: string | Message;
  /** Extra explanation, e.g. the relative time or what STS does with the claim. */
  detail?: Message;
  problem?: Message;
}

export interface ClaimsDescription {
  rows: ClaimRow[];
  /** Every problem found, with its claim. */
  problems: { claim: string; problem: Message }[];
}

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'unknown';

export interface CheckLine {
  id: string;
  status: CheckStatus;
  title: Message;
  detail: Message;
  /** For a failure STS answers: its code and message, as on the wire. */
  answer?: { code: string; message: string };
}
