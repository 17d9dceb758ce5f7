import { useLingui } from '@lingui/react';
import { Text } from '../../i18n/Text';
import { Button } from '../../ui/Button';

/**
 * A sandbox-only hint under an error whose role ARN left out the role's path: AWS's message says
 * only "not authorized", and the sandbox knows its world's roles.
 */
export function RoleArnHint({ suggestion, onUse }: { suggestion: string; onUse: () => void }) {
  const { i18n } = useLingui();
  return (
    <div className="mt-2 rounded border border-accent/40 bg-accent-soft px-2 py-1.5 text-xs leading-5 text-fg" data-testid="role-arn-hint">
      <p>
        <Text m={/*i18n*/ { id: 'roleArnHint.didYouMean', message: 'Did you mean {arn}?', values: { arn: suggestion }, verbatim: ['arn'] }} verbatimClassName="font-mono break-all" />
      </p>
      <p className="text-muted">
        {i18n._({ id: 'roleArnHint.why', message: "A sandbox hint, not part of AWS's answer: the world has a role of that name with a path, and a role ARN must include the path." })}
      </p>
      <Button size="sm" className="mt-1" onClick={onUse}>
        {i18n._({ id: 'roleArnHint.use', message: 'Use this role ARN' })}
      </Button>
    </div>
  );
}
