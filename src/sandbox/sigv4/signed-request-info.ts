/** What a request's signature claims, read without any secret (see extract-signature.ts). */
export interface SignedRequestInfo {
  accessKeyId: string;
  /** X-Amz-Security-Token (header or presigned-URL parameter), for temporary credentials. */
  sessionToken?: string;
  /** The Region the client signed for (the sandbox answers for every Region). */
  region: string;
  /** The request time in ISO 8601 basic format (`20260101T000000Z`): X-Amz-Date, or the Date header converted. */
  signingDate: string;
  /** 'header': Authorization header; 'query': presigned URL. */
  form: 'header' | 'query';
  /** The request time in epoch milliseconds. */
  requestTimeMs: number;
  /** The credential's date element as written (should equal signingDate's first 8 characters). */
  scopeDate: string;
  /** The credential's service element as written (must be `sts`). */
  service: string;
  /** The credential's last element as written (must be `aws4_request`). */
  terminator: string;
  /** Lower-case, sorted. Always includes `host`. */
  signedHeaders: readonly string[];
  /** The signature the client sent (hex). */
  signature: string;
  /** X-Amz-Expires of a presigned URL (validated, not enforced: STS uses the 15-minute window). */
  expiresSeconds?: number;
  /** x-amz-content-sha256 / X-Amz-Content-Sha256 as sent, when present. */
  contentSha256?: string;
}
