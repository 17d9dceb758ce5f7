/**
 * Checks that need the clock but no secret, in AWS's order: the ±15-minute skew window first,
 * then the credential scope (Region, service, terminator, date), all failing scope clauses
 * reported together as AWS does. Call it before looking the access key up to match AWS's error
 * order; verifySignature calls it again.
 */
import { stsError } from '../core/errors';
import { SCOPE_TERMINATOR, scopeClause, signatureExpired, signatureNotYetCurrent } from './messages';
import { formatIsoBasic } from './request-date';
import type { SignedRequestInfo } from './signed-request-info';

const MAX_SKEW_MS = 15 * 60 * 1000;
const SIGNING_SERVICE = 'sts';

/**
 * Region names as AWS spells them (`us-east-1`, `us-gov-west-1`, `eu-isoe-west-1`). Anything
 * else (`aws-global`, `US-EAST-1`, `global`) is not a Region a signature can be scoped to.
 */
export function isPlausibleRegion(region: string): boolean {
  return /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(region);
}

export interface PrevalidateOptions {
  /** Defaults to isPlausibleRegion: the sandbox answers for every Region. */
  isValidRegion?: (region: string) => boolean;
}

/** @throws StsError SignatureDoesNotMatch */
export function prevalidateSignature(info: SignedRequestInfo, nowMs: number, options: PrevalidateOptions = {}): void {
  const now = Math.floor(nowMs / 1000) * 1000;
  const requestTime = info.signingDate;
  if (info.requestTimeMs < now - MAX_SKEW_MS) {
    throw stsError('SignatureDoesNotMatch', signatureExpired(requestTime, formatIsoBasic(now - MAX_SKEW_MS), formatIsoBasic(now)));
  }
  if (info.requestTimeMs > now + MAX_SKEW_MS) {
    throw stsError('SignatureDoesNotMatch', signatureNotYetCurrent(requestTime, formatIsoBasic(now + MAX_SKEW_MS), formatIsoBasic(now)));
  }

  const isValidRegion = options.isValidRegion ?? isPlausibleRegion;
  let message = '';
  if (!isValidRegion(info.region)) message += scopeClause.region(info.region);
  if (info.service !== SIGNING_SERVICE) message += scopeClause.service(SIGNING_SERVICE);
  if (info.terminator !== SCOPE_TERMINATOR) message += scopeClause.terminator(info.terminator);
  const requestDay = requestTime.slice(0, 8);
  if (info.scopeDate !== requestDay) message += scopeClause.date(info.scopeDate, requestDay, requestTime);
  if (message !== '') throw stsError('SignatureDoesNotMatch', message);
}
