import { useLingui } from '@lingui/react';
import { Fragment, type ReactNode } from 'react';
import type { ParamSpec } from '../../catalog/types';
import { Text } from '../../i18n/Text';
import { Verbatim } from '../../i18n/Verbatim';
import { Field } from '../../ui/Field';
import type { FieldValue } from '../../state/formState';
import { constraintHint } from './hints';
import { ListControl } from './fields/ListControl';
import { PolicyControl, type PolicyContext } from './fields/PolicyControl';
import { RowsControl } from './fields/RowsControl';
import { SelectControl } from './fields/SelectControl';
import { TagsControl } from './fields/TagsControl';
import { SecretControl, TextControl } from './fields/TextControl';

export interface ParamFieldProps {
  param: ParamSpec;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
  errors: readonly ReactNode[];
  suggestions?: readonly string[];
  /** The operation also has TransitiveTagKeys: the tags editor shows a checkbox per tag. */
  withTransitive?: boolean;
  /** For a session policy: the ARNs beside it, the last sent text and packed size. */
  policyContext?: PolicyContext;
}

const GROUP_WIDGETS = new Set(['stringList', 'policyArns', 'tags', 'providedContexts']);

/** One parameter: label, constraint, help, errors and the control its widget names. */
export function ParamField({ param, value, onChange, errors, suggestions, withTransitive = false, policyContext }: ParamFieldProps) {
  const { i18n } = useLingui();
  const hint = constraintHint(param);
  return (
    <Field
      label={i18n._(param.label)}
      hint={
        hint.length > 0 ? (
          <>
            {hint.map((m, i) => (
              <Fragment key={m.id}>
                {i > 0 && ' · '}
                <Text m={m} />
              </Fragment>
            ))}
          </>
        ) : undefined
      }
      doc={
        <>
          <Verbatim>
            <code className="font-mono text-[11px] text-fg">{param.name}</code> · <code className="font-mono text-[11px]">--{param.cliFlag}</code>
          </Verbatim>
          <br />
          <Text m={param.doc} />
        </>
      }
      required={param.required}
      errors={errors}
      group={GROUP_WIDGETS.has(param.widget)}
    >
      {(control) => {
        const text = value.kind === 'text' ? value.text : '';
        const setText = (t: string) => onChange({ kind: 'text', text: t });
        switch (param.widget) {
          case 'secret':
            return <SecretControl param={param} control={control} value={text} onChange={setText} />;
          case 'select':
          case 'taskPolicyArn':
            return <SelectControl param={param} control={control} value={text} onChange={setText} />;
          case 'policy':
            return <PolicyControl param={param} control={control} value={text} onChange={setText} context={policyContext} />;
          case 'stringList':
          case 'policyArns':
            return (
              <ListControl
                param={param}
                control={control}
                items={value.kind === 'list' ? value.items : []}
                onChange={(items) => onChange({ kind: 'list', items })}
                suggestions={suggestions}
              />
            );
          case 'tags': {
            const max = param.type.kind === 'structList' ? param.type.maxItems : undefined;
            return (
              <TagsControl
                control={control}
                rows={value.kind === 'tags' ? value.rows : []}
                onChange={(rows) => onChange({ kind: 'tags', rows })}
                withTransitive={withTransitive}
                max={max}
              />
            );
          }
          case 'providedContexts':
            return (
              <RowsControl
                param={param}
                control={control}
                rows={value.kind === 'rows' ? value.rows : []}
                onChange={(rows) => onChange({ kind: 'rows', rows })}
              />
            );
          default:
            return <TextControl param={param} control={control} value={text} onChange={setText} suggestions={suggestions} />;
        }
      }}
    </Field>
  );
}
