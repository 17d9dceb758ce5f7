import { useLingui } from '@lingui/react';
import { KeyValuesTable } from '../../ui/KeyValuesTable';

/** The condition keys and values a trust policy will see for this request. */
export function ConditionKeysView({ keys, label }: { keys: Readonly<Record<string, readonly string[]>>; label: string }) {
  const { i18n } = useLingui();
  const entries = Object.entries(keys);
  if (entries.length === 0) return <p className="text-xs text-muted">{i18n._({ id: 'federation.conditionKeys.none', message: 'No condition keys.' })}</p>;
  return <KeyValuesTable rows={entries.map(([key, values]) => ({ key, values }))} label={label} testId="condition-keys" />;
}
