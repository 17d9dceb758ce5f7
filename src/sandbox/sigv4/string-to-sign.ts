/** `AWS4-HMAC-SHA256\n<request time>\n<date>/<region>/<service>/aws4_request\n<hex SHA-256 of the canonical request>`. */
import { SCOPE_TERMINATOR, SIGV4_ALGORITHM } from './messages';

export function credentialScope(date: string, region: string, service: string): string {
  return `${date}/${region}/${service}/${SCOPE_TERMINATOR}`;
}

export function stringToSign(requestTime: string, scope: string, canonicalRequestHash: string): string {
  return `${SIGV4_ALGORITHM}\n${requestTime}\n${scope}\n${canonicalRequestHash}`;
}
