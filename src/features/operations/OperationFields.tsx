import { useMemo, type ReactNode } from 'react';
import { Text } from '../../i18n/Text';
import { Verbatim } from '../../i18n/Verbatim';
import type { FieldIssue, ParamSpec } from '../../catalog/types';
import { emptyValue } from '../../state/formState';
import type { PolicyContext } from './fields/PolicyControl';
import type { OperationFormProps } from './OperationForm';
import { ParamField } from './ParamField';
import { visibleParams } from './visibleParams';

/** Short fields sit two to a row; ARNs, policies, lists and long text take the full width. */
function isCompact(p: ParamSpec): boolean {
  if (p.widget === 'number' || p.widget === 'select') return true;
  if (p.widget === 'text' && p.type.kind === 'string') return (p.type.maxLength ?? Infinity) <= 128;
  return false;
}

/** One problem beside a field: the workbench's explanation in the reader's language, then STS's own words, verbatim. */
function IssueText({ issue }: { issue: FieldIssue }) {
  return (
    <>
      <Text m={issue.explain} />{' '}
      <Verbatim className="font-mono text-[11px] opacity-80">{issue.message}</Verbatim>
    </>
  );
}

/** The fields of an operation's form, one per visible parameter, from its catalog entry. */
export function OperationFields({ spec, values, onChange, issues, suggestions, policySent, addons }: OperationFormProps) {
  const arnsValue = values.PolicyArns;
  const policyArns = arnsValue?.kind === 'list' ? arnsValue.items : [];
  const policyContext: PolicyContext = { ...policySent, policyArns };
  const transitiveParam = spec.params.find((p) => p.widget === 'transitiveTagKeys');

  const errorsByParam = useMemo(() => {
    const map = new Map<string, ReactNode[]>();
    for (const issue of issues) {
      // TransitiveTagKeys is edited in the tags editor, so its messages show there.
      const owner = transitiveParam && issue.param === transitiveParam.name ? (spec.params.find((p) => p.widget === 'tags')?.name ?? issue.param) : issue.param;
      map.set(owner, [...(map.get(owner) ?? []), <IssueText key={`${issue.path}|${issue.message}`} issue={issue} />]);
    }
    return map;
  }, [issues, spec, transitiveParam]);

  const visible = visibleParams(spec);

  return (
    <div className="grid grid-cols-2 gap-x-4 gap-y-3">
      {visible.map((p) => (
        <div key={`${spec.name}.${p.name}`} className={isCompact(p) ? 'col-span-2 sm:col-span-1' : 'col-span-2'} data-param={p.name}>
          <ParamField
            param={p}
            value={values[p.name] ?? emptyValue(p) ?? { kind: 'text', text: '' }}
            onChange={(v) => onChange(p.name, v)}
            errors={errorsByParam.get(p.name) ?? []}
            suggestions={suggestions?.[p.name]}
            withTransitive={p.widget === 'tags' && transitiveParam !== undefined}
            policyContext={p.widget === 'policy' ? policyContext : undefined}
          />
          {addons?.[p.name]}
        </div>
      ))}
    </div>
  );
}
