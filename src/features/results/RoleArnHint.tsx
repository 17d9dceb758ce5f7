import { Button } from '../../ui/Button';

/**
 * A sandbox-only hint under an error whose role ARN left out the role's path: AWS's message says
 * only "not authorized", and the sandbox knows its world's roles.
 */
export function RoleArnHint({ suggestion, onUse }: { suggestion: string; onUse: () => void }) {
  return (
    <div className="mt-2 rounded border border-accent/40 bg-accent-soft px-2 py-1.5 text-xs leading-5 text-fg" data-testid="role-arn-hint">
      <p>
        Did you mean <code className="font-mono break-all">{suggestion}</code>?
      </p>
      <p className="text-muted">A sandbox hint, not part of AWS&apos;s answer: the world has a role of that name with a path, and a role ARN must include the path.</p>
      <Button size="sm" className="mt-1" onClick={onUse}>
        Use this role ARN
      </Button>
    </div>
  );
}
