import { Text } from '../../i18n/Text';
import type { Message } from '../../kernel/message';
import { sandboxErrorMessage } from '../../state/controlErrors';
import { useLingui } from '@lingui/react';
import { useState } from 'react';
import type { OperationInput, OperationName, OperationSpec } from '../../catalog/types';
import type { SandboxConnection } from './sandboxApi';
import { Button } from '../../ui/Button';
import { whenIdle } from '../../ui/idleWork';

// The example builders (src/features/connection/sandboxExamples.ts) load after the first paint, when the page is idle.
const loadExamples = () => import('./sandboxExamples');
whenIdle(() => void loadExamples().catch(() => undefined));

/** Operations "Fill an example" can do something for (sandboxExamples.ts builds their inputs). */
const HAS_SANDBOX_EXAMPLE: ReadonlySet<OperationName> = new Set<OperationName>([
  'AssumeRole',
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
  'AssumeRoot',
  'GetSessionToken',
  'GetFederationToken',
  'GetScopedCredentials',
  'GetWebIdentityToken',
  'GetDelegatedAccessToken',
  'GetAccessKeyInfo',
  'DecodeAuthorizationMessage',
]);

/** "Fill an example": a working input from the sandbox (minting a SAML assertion or token when needed). */
export function ExampleButton({ spec, sandbox, onLoad }: { spec: OperationSpec; sandbox: SandboxConnection | undefined; onLoad: (input: OperationInput) => void }) {
  // A Message, rendered when shown: it follows a language switch made after the refusal.
  const [state, setState] = useState<{ busy: boolean; error: Message | null }>({ busy: false, error: null });
  const { i18n } = useLingui();
  if (!sandbox || !HAS_SANDBOX_EXAMPLE.has(spec.name)) return null;
  const run = async () => {
    setState({ busy: true, error: null });
    try {
      const input = await (await loadExamples()).sandboxExample(sandbox, spec.name);
      if (input) onLoad(input as OperationInput);
      setState({ busy: false, error: input ? null : /*i18n*/ { id: 'example.nothingFits', message: 'The sandbox world has nothing that fits this operation.' } });
    } catch (e) {
      setState({ busy: false, error: sandboxErrorMessage(e) });
    }
  };
  return (
    <>
      <Button size="sm" onClick={run} disabled={state.busy} title={i18n._({ id: 'example.title', message: 'Fill the form with values that work against the sandbox' })}>
        {state.busy ? i18n._({ id: 'example.filling', message: 'Filling…' }) : i18n._({ id: 'example.fill', message: 'Fill an example' })}
      </Button>
      {state.error && (
        <span role="alert" className="text-xs text-danger">
          <Text m={state.error} />
        </span>
      )}
    </>
  );
}
