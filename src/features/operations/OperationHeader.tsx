import { useLingui } from '@lingui/react';
import type { ReactNode } from 'react';
import type { OperationSpec, SigningRequirement } from '../../catalog/types';
import { Text } from '../../i18n/Text';
import { Verbatim } from '../../i18n/Verbatim';
import type { Message } from '../../kernel/message';
import { Badge, type Tone } from '../../ui/Badge';
import { LockIcon, UnlockIcon } from '../../ui/icons';

const SIGNING: Record<SigningRequirement, { text: Message; detail: Message; tone: Tone }> = {
  none: { text: /*i18n*/ { id: 'signing.none', message: 'Unsigned' }, detail: /*i18n*/ { id: 'signing.none.detail', message: 'No credentials needed: the assertion or token in the request is the proof.' }, tone: 'ok' },
  any: { text: /*i18n*/ { id: 'signing.any', message: 'Signed · any credentials' }, detail: /*i18n*/ { id: 'signing.any.detail', message: 'Signed with any valid credentials: IAM user keys or temporary credentials.' }, tone: 'neutral' },
  'long-term': { text: /*i18n*/ { id: 'signing.longTerm', message: 'Signed · long-term keys' }, detail: /*i18n*/ { id: 'signing.longTerm.detail', message: "Signed with an IAM user's (or the root user's) long-term access keys; temporary credentials are refused." }, tone: 'warn' },
  temporary: { text: /*i18n*/ { id: 'signing.temporary', message: 'Signed · temporary credentials' }, detail: /*i18n*/ { id: 'signing.temporary.detail', message: 'Signed with temporary (session) credentials only; long-term keys are refused.' }, tone: 'warn' },
  management: { text: /*i18n*/ { id: 'signing.management', message: 'Signed · management account' }, detail: /*i18n*/ { id: 'signing.management.detail', message: "Signed by a principal of the organization's management account (or the IAM delegated administrator)." }, tone: 'warn' },
};

/** The operation's name, signing requirement, documentation and the rules only the server checks. */
export function OperationHeader({ spec, headingId, actions }: { spec: OperationSpec; headingId: string; actions?: ReactNode }) {
  const s = SIGNING[spec.signing];
  const { i18n } = useLingui();
  return (
    <header className="space-y-1.5">
      <div className="flex flex-wrap items-center gap-2">
        <h1 id={headingId} className="text-base font-semibold text-fg">
          <Verbatim>{spec.name}</Verbatim>
        </h1>
        <Verbatim>
          <code className="font-mono text-xs text-muted">aws sts {spec.cliName}</code>
        </Verbatim>
        <span className="ml-auto flex flex-wrap gap-1">
          <Badge tone={s.tone} title={i18n._(s.detail)}>
            {spec.signing === 'none' ? <UnlockIcon size={11} /> : <LockIcon size={11} />}
            <Text m={s.text} />
          </Badge>
          {!spec.globalEndpoint && (
            <Badge tone="neutral" title={i18n._({ id: 'op.regionalOnly.title', message: 'Not served by the global endpoint {endpoint}', values: { endpoint: 'sts.amazonaws.com' } })}>
              {i18n._({ id: 'op.regionalOnly', message: 'Regional endpoints only' })}
            </Badge>
          )}
        </span>
      </div>
      <p className="text-[13px] font-medium text-fg">
        <Text m={spec.summary} />
      </p>
      <p className="text-xs leading-5 text-muted">
        <Text m={spec.doc} />
      </p>
      <p className="text-xs text-muted">
        <span className="font-medium text-fg">{i18n._({ id: 'op.signingLabel', message: 'Signing:' })}</span> <Text m={s.detail} />
      </p>
      {actions && <div className="flex flex-wrap items-center gap-2 pt-0.5">{actions}</div>}
      {spec.notes.length > 0 && (
        <details className="group text-xs">
          <summary className="cursor-pointer text-muted select-none hover:text-fg">
            {i18n._({ id: 'op.serverOnlyNotes', message: 'Checked only by the server ({count})', values: { count: spec.notes.length } })}
          </summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
            {spec.notes.map((n) => (
              <li key={n.id}>
                <Text m={n.text} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
