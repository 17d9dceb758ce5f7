import { useLingui } from '@lingui/react';
import { useSyncExternalStore } from 'react';
import { onOperationLoadFailure, operationLoadFailure } from '../../catalog/load';
import type { OperationName } from '../../catalog/types';
import { Text } from '../../i18n/Text';
import { Button } from '../../ui/Button';

/**
 * Says so when the form chosen could not be fetched (offline, the server stopped): otherwise the click
 * would seem to do nothing, the last form staying on screen. "Try again" fetches it again.
 */
export function OperationLoadProblem({ onRetry }: { onRetry: (operation: OperationName) => void }) {
  const { i18n } = useLingui();
  const failure = useSyncExternalStore(onOperationLoadFailure, operationLoadFailure, () => null);
  if (!failure) return null;
  return (
    <div role="alert" className="space-y-2 rounded-md border border-danger/40 bg-danger-soft p-3 text-xs text-fg" data-testid="operation-load-problem">
      <p className="font-medium">
        <Text m={/*i18n*/ { id: 'route.loadFailed', message: 'The form of {operation} could not be loaded: {reason}', values: { operation: failure.operation, reason: failure.reason }, verbatim: ['operation', 'reason'] }} />
      </p>
      <p>{i18n._({ id: 'route.loadFailedFix', message: 'Check that the network is up and the server still running, then try again. The form on screen is still the one shown before.' })}</p>
      <Button size="sm" onClick={() => onRetry(failure.operation)}>
        {i18n._({ id: 'boundary.tryAgain', message: 'Try again' })}
      </Button>
    </div>
  );
}
