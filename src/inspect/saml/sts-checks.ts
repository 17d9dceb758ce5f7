/**
 * The browser inspector's view of AssumeRoleWithSAML's rules: one line per rule, pass / warn /
 * fail, with what STS would answer. The rules themselves live in sts-rules.ts, shared with the
 * sandbox, so the inspector and the emulator cannot drift apart.
 */
import { evaluateStsRules, type FindingError, type FindingStatus } from './sts-rules';
import type { StsRuleContext } from './sts-rules-types';
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

/** The rule context without the parsed response (given separately): the same fields, one declaration. */
export type StsCheckOptions = Omit<StsRuleContext, 'info'>;

export function checkAssertionAgainstStsRules(info: SamlResponseInfo, options: StsCheckOptions): CheckLine[] {
  return evaluateStsRules({ info, ...options }).map(({ error, ...line }) => (error ? { ...line, stsError: error } : line));
}
