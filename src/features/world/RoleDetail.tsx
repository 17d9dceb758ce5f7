import { useId, useMemo } from 'react';
import { validatePolicy } from '../../policy/validate/validate-policy';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { PolicyEditor } from '../../ui/policy-editor/PolicyEditor';
import { roleUses, trustPolicyText, type RoleUse, type TrustSummary, type WorldRole } from './worldModel';

export interface RoleDetailProps {
  role: WorldRole;
  summary: TrustSummary;
  /** The text in the editor: the world's policy, or the user's local experiment with it. */
  text: string;
  onEdit: (text: string) => void;
  onReset: () => void;
  onUse: (use: RoleUse) => void;
  id: string;
}

/** A count of markers as words: "1 error, 2 warnings". */
function problemCount(markers: ReturnType<typeof validatePolicy>): string {
  const errors = markers.filter((m) => m.severity === 'error').length;
  const others = markers.length - errors;
  const part = (n: number, word: string) => (n ? `${n} ${word}${n === 1 ? '' : 's'}` : '');
  return [part(errors, 'error'), part(others, 'warning')].filter(Boolean).join(', ');
}

/**
 * One role's trust policy in the shared policy editor (trust mode: the same markers and advice as
 * anywhere else), and the buttons that carry the role into an operation's form. Edits stay here.
 */
export function RoleDetail({ role, summary, text, onEdit, onReset, onUse, id }: RoleDetailProps) {
  const editorId = useId();
  const stored = useMemo(() => trustPolicyText(role.trustPolicy), [role.trustPolicy]);
  // The world's own policy, checked once: the editor's markers then follow the edits.
  const storedMarkers = useMemo(() => (stored === '' ? [] : validatePolicy(stored, 'trust')), [stored]);
  const edited = text !== stored;
  const uses = roleUses(role, summary);

  return (
    <div id={id} className="mt-2 space-y-2 rounded border border-line bg-surface-2/40 p-3" data-testid="world-role-detail">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Use ${role.name} in an operation`}>
        {uses.map((u) => (
          <Button key={u.operation} size="sm" variant={u.operation === 'AssumeRole' ? 'primary' : 'secondary'} onClick={() => onUse(u)}>
            Use in {u.operation}
          </Button>
        ))}
      </div>
      <p className="text-xs text-muted">
        Fills the form with this role’s ARN
        {uses.some((u) => u.fields.PrincipalArn) ? ' (and, for SAML, the provider the trust policy names)' : ''} and opens it; the other fields keep what you typed.
        {!summary.trustsAws && ' Its trust policy names no IAM principal, so the sandbox refuses AssumeRole for it, as STS would.'}
      </p>

      <p className="text-xs text-fg" data-testid="world-trust-check">
        <span className="font-medium">As stored in the world:</span>{' '}
        {stored === ''
          ? 'this role has no trust policy.'
          : storedMarkers.length === 0
            ? 'no problems under the trust-policy rules.'
            : `${problemCount(storedMarkers)} under the trust-policy rules (listed under the editor once it opens).`}
      </p>

      <div>
        <div className="mb-1 flex flex-wrap items-center gap-2">
          <label htmlFor={editorId} className="text-[13px] font-medium text-fg">
            Trust policy
          </label>
          {edited && <Badge tone="warn">Edited here</Badge>}
          {edited && (
            <Button size="sm" variant="ghost" onClick={onReset} className="ml-auto">
              Back to the world’s policy
            </Button>
          )}
        </div>
        <PolicyEditor
          value={text}
          onChange={onEdit}
          kind="trust"
          ariaLabel={`Trust policy of ${role.name} (JSON editor)`}
          control={{ id: editorId, 'aria-describedby': `${editorId}-note`, 'aria-invalid': undefined, 'aria-required': undefined }}
          textareaTestId="world-trust-policy-text"
        />
        <p id={`${editorId}-note`} className="mt-1 text-[11px] text-muted" data-testid="world-local-note">
          Changes here do not change the sandbox world; start the server with --world FILE for that. The editor checks the policy with the trust-policy rules (Principal
          required, sts actions only); focus it for markers, completion and hover.
        </p>
      </div>
    </div>
  );
}
