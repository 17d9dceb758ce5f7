import { useLingui } from '@lingui/react';
import { Spinner } from '../ui/Spinner';

/** What the tool's place shows while its code loads. */
export function ToolLoading() {
  const { i18n } = useLingui();
  return (
    <div className="p-4">
      <Spinner label={i18n._({ id: 'tools.loading', message: 'Loading the tool' })} />
    </div>
  );
}
