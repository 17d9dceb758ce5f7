import { Trans, useLingui } from '@lingui/react';
import { useId, useMemo, useState } from 'react';
import { Verbatim } from '../../i18n/Verbatim';
import type { Message } from '../../kernel/message';
import { validatePolicy } from '../../policy/validate/validate-policy';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { PolicyEditor } from '../../ui/policy-editor/PolicyEditor';
import { LiveEditControls } from './LiveEditControls';
import { roleUses, trustPolicyText, type LiveWorld, type RoleUse, type TrustSummary, type WorldRole } from './worldModel';

export interface RoleDetailProps {
  role: WorldRole;
  summary: TrustSummary;
  /** The text in the editor: the world's policy, or the user's local experiment with it. */
  text: string;
  onEdit: (text: string) => void;
  onReset: () => void;
  onUse: (use: RoleUse) => void;
  id: string;
  /** Live edits of the sandbox in use; absent, the editor is a scratchpad only. */
  live?: LiveWorld;
}

/** The JSON the editor holds, or why it cannot be applied (the browser's JSON parser's words, as they are). */
function parsed(text: string): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { problem: (e as Error).message };
  }
}

function notJson(problem: string): Message {
  return /*i18n*/ { id: 'world.notJson', message: 'Not JSON yet: {problem}', values: { problem }, verbatim: ['problem'] };
}

/** The stored policy's check, as words: "1 error, 2 warnings under the trust-policy rules". */
function storedCheck(markers: ReturnType<typeof validatePolicy>): Message {
  const errors = markers.filter((m) => m.severity === 'error').length;
  return /*i18n*/ {
    id: 'world.storedCheck',
    message: '{errors, plural, =0 {} one {# error} other {# errors}}{both, select, yes {, } other {}}{warnings, plural, =0 {} one {# warning} other {# warnings}} under the trust-policy rules (listed under the editor once it opens).',
    values: { errors, warnings: markers.length - errors, both: errors && markers.length - errors ? 'yes' : 'no' },
  };
}

/**
 * One role's trust policy in the shared policy editor (trust mode: the same markers and advice as
 * anywhere else), and the buttons that carry the role into an operation's form. Edits stay here.
 */
export function RoleDetail({ role, summary, text, onEdit, onReset, onUse, id, live }: RoleDetailProps) {
  const { i18n } = useLingui();
  const editorId = useId();
  const stored = useMemo(() => trustPolicyText(role.trustPolicy), [role.trustPolicy]);
  // The world's own policy, checked once: the editor's markers then follow the edits.
  const storedMarkers = useMemo(() => (stored === '' ? [] : validatePolicy(stored, 'trust')), [stored]);
  const edited = text !== stored;
  const uses = roleUses(role, summary);
  const storedPolicies = useMemo(() => JSON.stringify(role.policies ?? [], null, 2), [role.policies]);
  const [policiesText, setPoliciesText] = useState<string | null>(null);
  const liveParts = live?.edits[role.arn] ?? [];
  const trust = parsed(text);
  const trustErrors = useMemo(() => (edited ? validatePolicy(text, 'trust').filter((m) => m.severity === 'error').length : 0), [edited, text]);
  const policies = parsed(policiesText ?? storedPolicies);

  return (
    <div id={id} className="mt-2 space-y-2 rounded border border-line bg-surface-2/40 p-3" data-testid="world-role-detail">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={i18n._({ id: 'world.useGroup', message: 'Use {name} in an operation', values: { name: role.name } })}>
        {uses.map((u) => (
          <Button key={u.operation} size="sm" variant={u.operation === 'AssumeRole' ? 'primary' : 'secondary'} onClick={() => onUse(u)}>
            <Trans id="world.useIn" message="Use in {operation}" values={{ operation: <Verbatim>{u.operation}</Verbatim> }} />
          </Button>
        ))}
      </div>
      <p className="text-xs text-muted">
        {uses.some((u) => u.fields.PrincipalArn)
          ? i18n._({ id: 'world.fills.saml', message: 'Fills the form with this role’s ARN (and, for SAML, the provider the trust policy names) and opens it; the other fields keep what you typed.' })
          : i18n._({ id: 'world.fills', message: 'Fills the form with this role’s ARN and opens it; the other fields keep what you typed.' })}
        {!summary.trustsAws && <> {i18n._({ id: 'world.noIamPrincipal', message: 'Its trust policy names no IAM principal, so the sandbox refuses AssumeRole for it, as STS would.' })}</>}
      </p>

      <p className="text-xs text-fg" data-testid="world-trust-check">
        <span className="font-medium">{i18n._({ id: 'world.asStored', message: 'As stored in the world:' })}</span>{' '}
        {stored === ''
          ? i18n._({ id: 'world.noTrustPolicy', message: 'this role has no trust policy.' })
          : storedMarkers.length === 0
            ? i18n._({ id: 'world.noProblems', message: 'no problems under the trust-policy rules.' })
            : i18n._(storedCheck(storedMarkers))}
      </p>

      <div>
        <div className="mb-1 flex flex-wrap items-center gap-2">
          <label htmlFor={editorId} className="text-[13px] font-medium text-fg">
            {i18n._({ id: 'world.trustPolicy', message: 'Trust policy' })}
          </label>
          {edited && <Badge tone="warn">{i18n._({ id: 'world.editedHere', message: 'Edited here' })}</Badge>}
          {edited && (
            <Button size="sm" variant="ghost" onClick={onReset} className="ml-auto">
              {i18n._({ id: 'world.backToWorld', message: 'Back to the world’s policy' })}
            </Button>
          )}
        </div>
        <PolicyEditor
          value={text}
          onChange={onEdit}
          kind="trust"
          ariaLabel={i18n._({ id: 'world.trustEditor', message: 'Trust policy of {name} (JSON editor)', values: { name: role.name } })}
          control={{ id: editorId, 'aria-describedby': `${editorId}-note`, 'aria-invalid': undefined, 'aria-required': undefined }}
          textareaTestId="world-trust-policy-text"
        />
        <p id={`${editorId}-note`} className="mt-1 text-[11px] text-muted" data-testid="world-local-note">
          {live
            ? i18n._({ id: 'world.note.live', message: 'Apply to my sandbox and the sandbox answers AssumeRole with this trust policy from the next call, for you only; Reset to the world file undoes it. The world file itself is never changed.' })
            : <Trans id="world.note.local" message="Changes here do not change the sandbox world; start the server with {flag} for that." values={{ flag: <Verbatim>--world FILE</Verbatim> }} />}{' '}
          {i18n._({ id: 'world.note.rules', message: 'The editor checks the policy with the trust-policy rules (Principal required, sts actions only); focus it for markers, completion and hover.' })}
        </p>
        {live && (
          <LiveEditControls
            what="trust-policy"
            canApply={edited}
            blocker={'problem' in trust ? notJson(trust.problem) : trustErrors > 0 ? /*i18n*/ { id: 'world.fixErrors', message: 'Fix the errors the editor lists first.' } : null}
            apply={async () => {
              await live.apply({ arn: role.arn, trustPolicy: 'value' in trust ? trust.value : null });
              onReset(); // the sandbox's world now has this policy: the editor shows it as stored
            }}
            liveParts={liveParts}
            reset={async () => {
              await live.reset(role.arn);
              onReset();
              setPoliciesText(null);
            }}
          />
        )}
      </div>

      {live && (
        <div>
          <label htmlFor={`${editorId}-policies`} className="mb-1 block text-[13px] font-medium text-fg">
            {i18n._({ id: 'world.permissionPolicies', message: 'Permission policies (a JSON list of policy documents)' })}
          </label>
          <textarea
            id={`${editorId}-policies`}
            value={policiesText ?? storedPolicies}
            onChange={(e) => setPoliciesText(e.target.value)}
            spellCheck={false}
            rows={8}
            className="input font-mono text-xs"
            data-testid="world-role-policies-text"
          />
          <LiveEditControls
            what="permission-policies"
            canApply={policiesText !== null && policiesText !== storedPolicies}
            blocker={'problem' in policies ? notJson(policies.problem) : Array.isArray(policies.value) ? null : /*i18n*/ { id: 'world.policiesList', message: 'The permission policies are a JSON list: [ {…}, {…} ].' }}
            apply={async () => {
              await live.apply({ arn: role.arn, policies: 'value' in policies ? (policies.value as unknown[]) : [] });
              setPoliciesText(null);
            }}
            liveParts={[]}
            reset={async () => undefined}
          />
        </div>
      )}
    </div>
  );
}
