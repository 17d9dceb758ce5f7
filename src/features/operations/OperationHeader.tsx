import type { ReactNode } from 'react';
import type { OperationSpec, SigningRequirement } from '../../catalog/types';
import { Badge, type Tone } from '../../ui/Badge';
import { LockIcon, UnlockIcon } from '../../ui/icons';

const SIGNING: Record<SigningRequirement, { text: string; detail: string; tone: Tone }> = {
  none: { text: 'Unsigned', detail: 'No credentials needed: the assertion or token in the request is the proof.', tone: 'ok' },
  any: { text: 'Signed · any credentials', detail: 'Signed with any valid credentials: IAM user keys or temporary credentials.', tone: 'neutral' },
  'long-term': { text: 'Signed · long-term keys', detail: 'Signed with an IAM user\'s (or the root user\'s) long-term access keys; temporary credentials are refused.', tone: 'warn' },
  temporary: { text: 'Signed · temporary credentials', detail: 'Signed with temporary (session) credentials only; long-term keys are refused.', tone: 'warn' },
  management: { text: 'Signed · management account', detail: 'Signed by a principal of the organization\'s management account (or the IAM delegated administrator).', tone: 'warn' },
};

/** The operation's name, signing requirement, documentation and the rules only the server checks. */
export function OperationHeader({ spec, headingId, actions }: { spec: OperationSpec; headingId: string; actions?: ReactNode }) {
  const s = SIGNING[spec.signing];
  return (
    <header className="space-y-1.5">
      <div className="flex flex-wrap items-center gap-2">
        <h1 id={headingId} className="text-base font-semibold text-fg">
          {spec.name}
        </h1>
        <code className="font-mono text-xs text-muted">aws sts {spec.cliName}</code>
        <span className="ml-auto flex flex-wrap gap-1">
          <Badge tone={s.tone} title={s.detail}>
            {spec.signing === 'none' ? <UnlockIcon size={11} /> : <LockIcon size={11} />}
            {s.text}
          </Badge>
          {!spec.globalEndpoint && (
            <Badge tone="neutral" title="Not served by the global endpoint sts.amazonaws.com">
              Regional endpoints only
            </Badge>
          )}
        </span>
      </div>
      <p className="text-[13px] font-medium text-fg">{spec.summary}</p>
      <p className="text-xs leading-5 text-muted">{spec.doc}</p>
      <p className="text-xs text-muted">
        <span className="font-medium text-fg">Signing:</span> {s.detail}
      </p>
      {actions && <div className="flex flex-wrap items-center gap-2 pt-0.5">{actions}</div>}
      {spec.notes.length > 0 && (
        <details className="group text-xs">
          <summary className="cursor-pointer text-muted select-none hover:text-fg">
            Checked only by the server ({spec.notes.length})
          </summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
            {spec.notes.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
