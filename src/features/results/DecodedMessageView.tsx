import { Text } from '../../i18n/Text';
import { useLingui } from '@lingui/react';
import { useMemo } from 'react';
import { buildAuthorizationReport } from '../../inspect/authz';
import { AuthorizationReportView } from '../../ui/authz/AuthorizationReportView';

/** A decoded authorization message, readable: the same report as the Authorization message tool. */
export function DecodedMessageView({ message }: { message: string }) {
  const { i18n } = useLingui();
  const report = useMemo(() => buildAuthorizationReport(message), [message]);
  if (!report.ok) {
    return (
      <div className="space-y-1">
        <p className="text-xs text-warn">
          <Text m={report.error} /> {i18n._({ id: 'decodedMessage.asReceived', message: 'Shown as received.' })}
        </p>
        <pre tabIndex={0} translate="no" className="max-h-60 overflow-auto rounded bg-code p-2 font-mono text-xs whitespace-pre-wrap">{message}</pre>
      </div>
    );
  }
  return <AuthorizationReportView report={report.value} />;
}
