/**
 * Checks in STS's order → the verdict. The first failing check (in STS's order) is what STS answers;
 * a check that could not be run (`unknown`) makes the verdict "cannot tell" unless something failed.
 */
import { englishOf, type Message } from '../../kernel/message';
import type { FederationVerdict, PredictedStsError, VerdictCheck } from './types';

const RANK: Record<VerdictCheck['status'], number> = { fail: 0, unknown: 1, warn: 2, pass: 3 };

/** Failing first, then unknown, then warnings, then passes; STS's order within each group. */
export function failingFirst(checks: readonly VerdictCheck[]): VerdictCheck[] {
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => RANK[a.c.status] - RANK[b.c.status] || a.i - b.i)
    .map(({ c }) => c);
}

/** `checks` in the order STS establishes them. Never `accepted` while any check failed or is unknown. */
export function verdictFromChecks(checks: readonly VerdictCheck[]): FederationVerdict {
  const ordered = failingFirst(checks);
  const failure = checks.find((c) => c.status === 'fail');
  if (failure) {
    const error = failure.error ?? { code: 'InvalidIdentityToken', message: englishOf(failure.detail) };
    return { kind: 'rejected', error, checkId: failure.id, cause: failure.detail, causeId: failure.causeId ?? null, fix: failure.fix ?? null, checks: ordered };
  }
  const unknown = checks.filter((c) => c.status === 'unknown');
  if (unknown.length > 0) return { kind: 'cannot-tell', missing: unknown.map((c) => c.fix ?? c.detail), checks: ordered };
  return { kind: 'accepted', checks: ordered };
}

const STS_ANSWERS = /*i18n*/ { id: 'inspect.verdict.stsAnswers', message: 'STS answers: {message}', verbatim: ['message'] };

/** STS's own message quoted for the reader: a check's detail when the message says it all (it is also, verbatim, the predicted error). */
export const stsAnswers = (message: string): Message => ({ ...STS_ANSWERS, values: { message } });

/** The request-level check STS makes first: the parameters' model constraints and cross-field rules (computed by the caller with the catalog). */
export function requestCheck(operation: string, error: PredictedStsError | null): VerdictCheck {
  const title = /*i18n*/ { id: 'inspect.verdict.parameters.title', message: 'Request parameters are valid' };
  if (!error) return { id: 'parameters', status: 'pass', title, detail: /*i18n*/ { id: 'inspect.verdict.parameters.pass', message: 'Every {operation} parameter is within its limits.', values: { operation }, verbatim: ['operation'] } };
  const detail = stsAnswers(error.message);
  return { id: 'parameters', status: 'fail', title, detail, fix: /*i18n*/ { id: 'inspect.verdict.parameters.fix', message: 'Correct the request parameters named in the message.' }, error, causeId: 'invalid-parameter' };
}
