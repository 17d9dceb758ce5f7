import { sandboxErrorMessage } from '../../state/controlErrors';
import { targetLabelMessage } from '../../state/targetLabel';
import { translate } from '../../i18n/translate';
import { useLingui } from '@lingui/react';
import { Words } from '../../i18n/Text';
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { Message, Words as WordsValue } from '../../kernel/message';
import { checkPastedPolicies, checkQuestion, type PermissionVerdict } from '../../policy/permission-check';
import type { CredentialSet } from '../../credentials/credential-set';
import type { PermissionCheckAnswer, PermissionCheckRequest } from '../../sandbox/controls/permission-check';
import type { WorldSummary } from '../../sandbox/controls/world-summary';
import { Button } from '../../ui/Button';
import { ToolCard } from '../../ui/ToolCard';
import { actionSuggestions, checkableSet, checkableSourceKeys, resourceSuggestions } from './permissionModel';
import { PermissionVerdictView } from './PermissionVerdictView';

export interface PermissionCheckProps {
  /** The credential sets of this page. */
  sets: readonly CredentialSet[];
  /** The connection's source keys, and where they came from (the demo user, a result, typed in). */
  sourceKeys: { accessKeyId: string; sessionToken: string };
  sourceOrigin: { kind: 'demo'; user: string } | { kind: 'result'; label: string } | { kind: 'typed' | 'none' };
  /** Calls go to the sandbox: the source keys are the sandbox's to answer for. */
  sandboxTarget: boolean;
  /** The sandbox's world, for the resource field's completion; undefined away from the sandbox. */
  world: Pick<WorldSummary, 'accounts'> | undefined;
  /**
   * Asks the sandbox in use (POST /_sandbox/permission-check, the same origin or the page's own sandbox):
   * only the access key ID and session token go, never the secret. null when no sandbox is available.
   */
  askSandbox: ((request: PermissionCheckRequest) => Promise<PermissionCheckAnswer>) | null;
  /** The question to start with (a lab step's Show me fills it; the user presses Check). */
  question?: { action: string; resource: string };
}

type Outcome = { status: 'idle' } | { status: 'pending' } | { status: 'done'; verdict: PermissionVerdict | PermissionCheckAnswer } | { status: 'error'; message: WordsValue };

const INPUT = 'h-7.5 w-full rounded border border-line-strong bg-surface px-2 font-mono text-[13px] text-fg';
const AREA = 'w-full rounded border border-line-strong bg-surface p-2 font-mono text-xs text-fg';

const SUMMARY: Message = /*i18n*/ {
  id: 'permission.summary',
  message:
    'Choose credentials, an action and a resource: allowed or denied under the user’s or role’s identity policies, the session policy and permissions boundaries, with the statement and condition that decided. Sandbox sets are answered by the sandbox’s own evaluator; for sets from AWS, paste the policies.',
};
const TITLE: Message = /*i18n*/ { id: 'tools.permissionCheck', message: 'Permission check' };

function Labelled({ id, label, hint, children }: { id: string; label: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-[13px] font-medium text-fg">
        {label}
      </label>
      {children}
      {hint && <p className="mt-0.5 text-[11px] text-muted">{hint}</p>}
    </div>
  );
}

/** "What can these credentials do?" */
export function PermissionCheck({ sets, sourceKeys, sourceOrigin, sandboxTarget, world, askSandbox, question }: PermissionCheckProps) {
  const { i18n } = useLingui();
  const choices = useMemo(() => {
    const label =
      sourceOrigin.kind === 'demo'
        ? i18n._({ id: 'permission.source.demo', message: 'Source credentials (demo user {user})', values: { user: sourceOrigin.user } })
        : sourceOrigin.kind === 'result'
          ? i18n._({ id: 'permission.source.result', message: 'Source credentials ({label})', values: { label: sourceOrigin.label } })
          : i18n._({ id: 'permission.source.typed', message: 'Source credentials (typed in)' });
    const source = checkableSourceKeys(sourceKeys, label, sandboxTarget);
    return [...(source ? [source] : []), ...sets.map((s) => checkableSet(s, (label) => translate(i18n, targetLabelMessage(label))))];
  }, [sets, sourceKeys, sourceOrigin, sandboxTarget, i18n]);
  const ids = { set: useId(), action: useId(), resource: useId(), identity: useId(), session: useId(), boundary: useId(), actions: useId(), resources: useId() };
  const [chosenId, setChosenId] = useState<string>('');
  const chosen = choices.find((c) => c.id === chosenId) ?? choices[0];
  const [action, setAction] = useState(question?.action ?? '');
  const [resource, setResource] = useState(question?.resource ?? '*');
  const [identity, setIdentity] = useState('');
  const [session, setSession] = useState<string | null>(null);
  const [boundary, setBoundary] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const actions = useMemo(actionSuggestions, []);
  const resources = useMemo(() => resourceSuggestions(world), [world]);
  // The session policy the keys were issued with, until the user edits it.
  const sessionText = session ?? chosen?.sessionPolicy ?? '';

  if (!chosen) {
    return (
      <ToolCard title={i18n._(TITLE)} summary={i18n._(SUMMARY)} testId="permission-check-tool">
        <p className="text-sm text-muted">{i18n._({ id: 'permission.noCredentials', message: 'No credentials yet: add source credentials under Edit connection, or make a call that returns credentials (AssumeRole, GetSessionToken…).' })}</p>
      </ToolCard>
    );
  }

  const run = async () => {
    const a = action.trim();
    const r = resource.trim();
    const problem = checkQuestion(a, r);
    if (problem) return setOutcome({ status: 'error', message: problem });
    if (chosen.how === 'pasted') {
      const result = checkPastedPolicies(chosen.arn || i18n._({ id: 'permission.unknownCaller', message: 'the caller (its ARN is not known here)' }), { identity: [identity], session: sessionText, boundary }, a, r);
      return setOutcome(result.ok ? { status: 'done', verdict: result.value } : { status: 'error', message: result.error });
    }
    if (!askSandbox) return setOutcome({ status: 'error', message: /*i18n*/ { id: 'permission.noSandbox', message: 'The sandbox is not available: switch the target to the sandbox (Connection) to check the sets it issued.' } });
    setOutcome({ status: 'pending' });
    try {
      const request: PermissionCheckRequest = { accessKeyId: chosen.accessKeyId, action: a, resource: r, ...(chosen.sessionToken ? { sessionToken: chosen.sessionToken } : {}) };
      setOutcome({ status: 'done', verdict: await askSandbox(request) });
    } catch (e) {
      setOutcome({ status: 'error', message: sandboxErrorMessage(e) });
    }
  };

  return (
    <ToolCard title={i18n._(TITLE)} summary={i18n._(SUMMARY)} testId="permission-check-tool">
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <Labelled
          id={ids.set}
          label={i18n._({ id: 'permission.credentials', message: 'Credentials' })}
          hint={
            chosen.how === 'sandbox'
              ? i18n._({ id: 'permission.credentials.sandbox', message: 'Issued by the sandbox: it answers from its world and the session token (only the access key ID and token are sent to it, never the secret).' })
              : i18n._({ id: 'permission.credentials.pasted', message: 'Not from the sandbox: nothing is sent anywhere; paste the policies that apply to these keys below.' })
          }
        >
          <select
            id={ids.set}
            value={chosen.id}
            onChange={(e) => {
              setChosenId(e.target.value);
              setSession(null);
              setOutcome({ status: 'idle' });
            }}
            className={INPUT}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </Labelled>
        <div className="grid gap-3 sm:grid-cols-2">
          <Labelled id={ids.action} label={i18n._({ id: 'permission.action', message: 'Action' })} hint={i18n._({ id: 'permission.action.hint', message: 'One action, such as s3:PutObject (completion lists the actions the policy editor knows).' })}>
            <input id={ids.action} list={ids.actions} value={action} onChange={(e) => setAction(e.target.value)} spellCheck={false} autoComplete="off" placeholder="s3:GetObject" className={INPUT} />
            <datalist id={ids.actions}>
              {actions.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
          </Labelled>
          <Labelled id={ids.resource} label={i18n._({ id: 'permission.resource', message: 'Resource' })} hint={i18n._({ id: 'permission.resource.hint', message: "An ARN, or * for actions without a resource (completion lists the world's ARNs)." })}>
            <input id={ids.resource} list={ids.resources} value={resource} onChange={(e) => setResource(e.target.value)} spellCheck={false} autoComplete="off" className={INPUT} />
            <datalist id={ids.resources}>
              {resources.map((r) => (
                <option key={r} value={r} />
              ))}
            </datalist>
          </Labelled>
        </div>
        {chosen.how === 'pasted' && (
          <div className="space-y-3" data-testid="permission-pasted-policies">
            <Labelled id={ids.identity} label={i18n._({ id: 'permission.identityPolicy', message: 'Identity-based policy of the user or role' })} hint={i18n._({ id: 'permission.identityPolicy.hint', message: 'As IAM shows it (JSON).' })}>
              <textarea id={ids.identity} value={identity} onChange={(e) => setIdentity(e.target.value)} rows={6} spellCheck={false} className={AREA} />
            </Labelled>
            <Labelled
              id={ids.session}
              label={i18n._({ id: 'permission.sessionPolicy', message: 'Session policy (optional)' })}
              hint={chosen.sessionPolicy ? i18n._({ id: 'permission.sessionPolicy.issued', message: 'The Policy these keys were issued with.' }) : i18n._({ id: 'permission.sessionPolicy.ifAny', message: 'The Policy passed when the keys were issued, if any.' })}
            >
              <textarea id={ids.session} value={sessionText} onChange={(e) => setSession(e.target.value)} rows={4} spellCheck={false} className={AREA} />
            </Labelled>
            <Labelled id={ids.boundary} label={i18n._({ id: 'permission.boundary', message: 'Permissions boundary (optional)' })}>
              <textarea id={ids.boundary} value={boundary} onChange={(e) => setBoundary(e.target.value)} rows={4} spellCheck={false} className={AREA} />
            </Labelled>
          </div>
        )}
        <Button type="submit" size="sm" disabled={outcome.status === 'pending'}>
          {i18n._({ id: 'permission.check', message: 'Check' })}
        </Button>
      </form>
      {outcome.status === 'error' && (
        <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-3 py-2 text-xs text-fg" data-testid="permission-error">
          {/* The policy checker's words (src/policy) are English until converted; a failed request is the browser's. */}
          <Words w={outcome.message} />
        </p>
      )}
      {outcome.status === 'done' && <PermissionVerdictView verdict={outcome.verdict} />}
    </ToolCard>
  );
}
