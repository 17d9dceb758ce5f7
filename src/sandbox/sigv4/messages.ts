/**
 * AWS's own wording for signature failures, in one place. Sources (reference §5.3, §6, plus
 * recorded Coral responses quoted in public issues): boto/boto3#2280, hashicorp/vault#4939,
 * aws/aws-cli#6676, aws/aws-sdk-go#156, cllunsford/aws-signing-proxy#25, and the messages
 * mhart/dynalite recorded from real services. Where AWS's text is unknown the message is ours,
 * written in the same style, and marked [I].
 */

export const SIGNATURE_DOES_NOT_MATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

export const MISSING_AUTHENTICATION_TOKEN = 'Request is missing Authentication Token';

export const HOST_MUST_BE_SIGNED = "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.";

export const BOTH_AUTH_FORMS =
  "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.";

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';

export const SCOPE_TERMINATOR = 'aws4_request';

export function missingEqualSign(token: string, header: string): string {
  return `'${token}' not a valid key=value pair (missing equal-sign) in Authorization header: '${header}'.`;
}

/** The Authorization-header parts that are absent, in AWS's order, then the header itself. */
export function authorizationHeaderRequires(missing: readonly ('Credential' | 'Signature' | 'SignedHeaders' | 'date')[], header: string): string {
  const clauses = missing.map((part) =>
    part === 'date'
      ? "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
      : `Authorization header requires '${part}' parameter.`,
  );
  return `${clauses.join(' ')} Authorization=${header}`;
}

export function queryStringRequires(missing: readonly string[]): string {
  return `${missing.map((p) => `AWS query-string parameters must include '${p}'.`).join(' ')} Re-examine the query-string parameters.`;
}

export function unsupportedAlgorithm(algorithm: string): string {
  return `Unsupported AWS 'algorithm': '${algorithm}' (only ${SIGV4_ALGORITHM} for now). `;
}

export function credentialParts(credential: string): string {
  return `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`;
}

export function badDateFormat(value: string): string {
  return `Date must be in ISO-8601 'basic format'. Got '${value}'. See http://en.wikipedia.org/wiki/ISO_8601`;
}

/** [I] AWS's STS text is unknown; S3 calls the same rule "X-Amz-Expires must be less than a week (in seconds) that is 604800". */
export function badExpires(value: string): string {
  return `X-Amz-Expires must be a whole number of seconds from 1 to 604800 (one week), got '${value}'.`;
}

// Scope clauses: AWS concatenates every failing one, each ending in ". ".
export const scopeClause = {
  region: (region: string) => `Credential should be scoped to a valid region, not '${region}'. `,
  service: (expected: string) => `Credential should be scoped to correct service: '${expected}'. `,
  terminator: (term: string) => `Credential should be scoped with a valid terminator: '${SCOPE_TERMINATOR}', not '${term}'. `,
  date: (scopeDate: string, requestDay: string, requestTime: string) =>
    `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${requestDay}', from '${requestTime}'. `,
};

export function signatureExpired(requestTime: string, earliest: string, now: string): string {
  return `Signature expired: ${requestTime} is now earlier than ${earliest} (${now} - 15 min.)`;
}

export function signatureNotYetCurrent(requestTime: string, latest: string, now: string): string {
  return `Signature not yet current: ${requestTime} is still later than ${latest} (${now} + 15 min.)`;
}
