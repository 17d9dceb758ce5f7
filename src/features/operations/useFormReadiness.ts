import { useMemo } from 'react';
import type { OperationSpec } from '../../catalog/types';
import { validateInput } from '../../catalog/validate';
import type { FormState } from '../../state/forms';
import { toInput } from '../../state/formState';
import { sendIssueText } from './sendReadiness';
import { usePolicyErrorCount } from './usePolicyErrors';
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
  const policyErrors = usePolicyErrorCount(spec.params.some((p) => p.widget === 'policy') && typeof input.Policy === 'string' ? input.Policy : undefined) ?? 0;
  const problemCount = issues.length + policyErrors;
  const issueText = sendIssueText(spec, input, { issues: issues.length, shownIssues: shownIssues.length, policyErrors }, missingRequired(spec, input));
  return { input, issues, shownIssues, problemCount, issueText };
}
