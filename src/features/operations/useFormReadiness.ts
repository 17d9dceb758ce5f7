import { useMemo } from 'react';
import type { OperationInput, OperationSpec } from '../../catalog/types';
import { validateInput } from '../../catalog/validate';
import type { FormState } from '../../state/forms';
import { toInput } from '../../state/formState';
import { sendIssueText } from './sendReadiness';
import { usePolicyChecks } from './usePolicyChecks';
import { missingRequired, visibleIssues } from './visibleIssues';

/**
 * What the form on screen would send and whether it is ready: its input, every validation issue, those
 * shown yet (touched fields, or all after a Send), and the Send bar's count and line. "Ready" only when
 * the session policy has no errors either (those the policy editor marks).
 */
export function useFormReadiness(spec: OperationSpec, form: FormState) {
  const { values, touched, attempted } = form;
  const input = useMemo(() => toInput(spec, values), [spec, values]);
  const issues = useMemo(() => validateInput(spec, input), [spec, input]);
  const shownIssues = useMemo(() => visibleIssues(issues, input, touched, attempted), [issues, input, touched, attempted]);
  const hasPolicy = spec.params.some((p) => p.widget === 'policy');
  const policies = usePolicyChecks(hasPolicy ? (typeof input.Policy === 'string' ? input.Policy : '') : undefined, hasPolicy ? policyArnsOf(input) : []);
  const policyErrors = policies?.errors ?? 0;
  // An oversized policy is already one of the issues (the catalog's plaintext rule); the size line only words it.
  const problemCount = issues.length + policyErrors;
  const issueText = sendIssueText({ issues: issues.length, shownIssues: shownIssues.length, policyErrors }, missingRequired(spec, input), policies?.sizeIssue ?? null);
  /** The session-policy checks are still loading: not "Ready" yet (nothing is claimed that was not checked). */
  const checking = policies === null;
  return { input, issues, shownIssues, problemCount, issueText, checking };
}

/** The policy ARNs of an input, as STS counts them toward the plaintext limit. */
function policyArnsOf(input: OperationInput): string[] {
  return Array.isArray(input.PolicyArns) ? input.PolicyArns.map((d) => (d && typeof d === 'object' && typeof (d as { arn?: unknown }).arn === 'string' ? (d as { arn: string }).arn : '')) : [];
}
