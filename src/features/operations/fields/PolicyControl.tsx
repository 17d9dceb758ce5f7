import { useLingui } from '@lingui/react';
import type { ParamSpec } from '../../../catalog/types';
import type { FieldControlProps } from '../../../ui/Field';
import { LazyPolicyEditor as PolicyEditor } from '../../../ui/policy-editor/LazyPolicyEditor';

/** What the form knows around a session policy: the ARNs beside it, what was sent last, what STS said. */
export interface PolicyContext {
  /** The operation's PolicyArns, counted toward the 2,048-character limit. */
  policyArns: readonly string[];
  /** The policy text of this operation's last send (this page visit). */
  lastSent?: string;
  /** PackedPolicySize of this operation's last successful call. */
  packedPercent?: number;
}

/**
 * A session policy parameter (Policy of AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity,
 * GetFederationToken, GetScopedCredentials): the shared policy editor in session mode, with the size meter.
 */
export function PolicyControl({ param, control, value, onChange, context }: {
  param: ParamSpec;
  control: FieldControlProps;
  value: string;
  onChange: (text: string) => void;
  context?: PolicyContext;
}) {
  const { i18n } = useLingui();
  return (
    <PolicyEditor
      value={value}
      onChange={onChange}
      kind="session"
      ariaLabel={i18n._({ id: 'policy.editorLabel', message: '{label} (JSON editor)', values: { label: i18n._(param.label) } })}
      control={control}
      sizeMeter={{ arns: context?.policyArns ?? [], packedPercent: context?.packedPercent }}
      lastSent={context?.lastSent}
    />
  );
}
