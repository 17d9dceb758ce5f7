import { useMemo } from 'react';
import type { OperationSpec } from '../../catalog/types';
import { validateShownInput } from '../../catalog/load';
import { sessionPolicyArns } from '../../kernel/session-policy-plaintext';
import type { FormState } from '../../state/forms';
import { toInput } from '../../state/formState';
import { sendIssueText } from './sendReadiness';
import { usePolicyChecks } from './usePolicyChecks';
import { missingRequired, visibleIssues } from './visibleIssues';

const NO_ARNS: readonly string[] = [];

/**
 * What the form on screen would send and whether it is ready: its input, every validation issue, those
 * shown yet (touched fields, or all after a Send), and the Send bar's count and line. "Ready" only when
 * the session policy has no errors either (those the policy editor marks).
 */
export function useFormReadiness(spec: OperationSpec, form: FormState) {
  const { values, touched, attempted } = form;
  const input = useMemo(() => toInput(spec, values), [spec, values]);
  const issues = useMemo(() => validateShownInput(spec, input), [spec, input]);
  const shownIssues = useMemo(() => visibleIssues(issues, input, touched, attempted), [issues, input, touched, attempted]);
  const hasPolicy = spec.params.some((p) => p.widget === 'policy');
  const policy = hasPolicy ? (typeof input.Policy === 'string' ? input.Policy : '') : undefined;
  const arns = useMemo(() => (hasPolicy ? sessionPolicyArns(input) : NO_ARNS), [hasPolicy, input]);
  const policies = usePolicyChecks(policy, arns);
  const policyErrors = policies?.errors ?? 0;
  // An oversized policy is already one of the issues (the catalog's plaintext rule); the size line only words it.
  const problemCount = issues.length + policyErrors;
  const issueText = sendIssueText({ issues: issues.length, shownIssues: shownIssues.length, policyErrors }, missingRequired(spec, input), policies?.sizeIssue ?? null);
  /** The session-policy checks are still loading: not "Ready" yet (nothing is claimed that was not checked). */
  const checking = policies === null;
  return { input, issues, shownIssues, problemCount, issueText, checking };
}

