import { useLingui } from '@lingui/react';
import { Text } from '../../i18n/Text';
import { primaryAssertion } from '../../inspect/saml/primary-assertion';
import { STATUS_SUCCESS, subjectTypeOf } from '../../inspect/saml/rules';
import { clockSkewNotes, samlInstants } from '../../inspect/saml/timeline';
import type { SamlResponseInfo } from '../../inspect/saml/types';
import { Badge } from '../../ui/Badge';
import { KeyValueList, type KeyValueRow } from '../../ui/KeyValueList';
import { useNow } from '../../ui/ticker';
import { SubHeading } from './Card';
import { TimeValue } from './TimeValue';
import type { FederationClock } from './types';

const mono = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? <span className="text-muted">—</span> : v);

/** A row whose label is a SAML name (Issuer, NameID…): the same in every language. */
function row(key: string, label: string, value: string | null | undefined): KeyValueRow {
  return { key, label: <span translate="no">{label}</span>, value: mono(value), mono: true };
}

/** Response and Assertion at a glance: who issued it, to whom, about whom, and until when. */
export function SamlSummary({ info, clock }: { info: SamlResponseInfo; clock: FederationClock }) {
  const { i18n } = useLingui();
  const a = primaryAssertion(info);
  const status = info.status;
  const statusOk = status?.code === STATUS_SUCCESS;
  const sc = a?.subjectConfirmations[0];
  const authn = a?.authnStatements[0];
  const instants = samlInstants(info);
  return (
    <div className="space-y-3" data-testid="saml-summary">
      {info.kind === 'response' && (
        <div className="space-y-1">
          <SubHeading>
            <span translate="no">Response</span>
          </SubHeading>
          <KeyValueList
            rows={[
              row('issuer', 'Issuer', info.issuer),
              row('destination', 'Destination', info.destination),
              row('id', 'ID', info.id),
              ...(info.inResponseTo ? [row('irt', 'InResponseTo', info.inResponseTo)] : []),
              {
                key: 'status',
                label: i18n._({ id: 'saml.summary.status', message: 'Status' }),
                value: (
                  <span className="inline-flex flex-wrap items-center gap-1">
                    <Badge tone={statusOk ? 'ok' : 'danger'}>{statusOk ? i18n._({ id: 'saml.summary.success', message: 'Success' }) : i18n._({ id: 'saml.summary.notSuccess', message: 'Not Success' })}</Badge>
                    <span className="font-mono text-xs break-all" translate="no">{status?.code ?? <Text m={/*i18n*/ { id: 'saml.summary.noStatusCode', message: 'no {element}', values: { element: 'StatusCode' }, verbatim: ['element'] }} />}</span>
                    {status?.subCodes.map((c) => (
                      <span key={c} className="font-mono text-xs break-all text-muted" translate="no">
                        {c}
                      </span>
                    ))}
                    {status?.message && (
                      <span className="text-xs" lang="en" translate="no">
                        {status.message}
                      </span>
                    )}
                  </span>
                ),
              },
            ]}
          />
        </div>
      )}
      {a && (
        <div className="space-y-1">
          <SubHeading>
            <span translate="no">Assertion</span>
          </SubHeading>
          <KeyValueList
            rows={[
              row('a-issuer', 'Issuer', a.issuer),
              row('a-id', 'ID', a.id),
              row('nameid', 'NameID', a.nameId?.value),
              row('format', 'NameID Format', a.nameId ? a.nameId.format ?? i18n._({ id: 'saml.summary.formatUnspecified', message: '(none: unspecified)' }) : null),
              ...(a.nameId ? [row('subtype', 'SubjectType (STS)', subjectTypeOf(a.nameId.format))] : []),
              row('method', 'SubjectConfirmation Method', sc?.method),
              row('recipient', 'Recipient', sc?.recipient),
              ...(sc?.inResponseTo ? [row('sc-irt', 'SubjectConfirmationData InResponseTo', sc.inResponseTo)] : []),
              row('audience', 'Audience', a.conditions?.audiences.join(', ')),
              row('authnctx', 'AuthnContextClassRef', authn?.authnContextClassRef),
              ...(authn?.sessionIndex ? [row('sessidx', 'SessionIndex', authn.sessionIndex)] : []),
            ]}
          />
        </div>
      )}
      {instants.length > 0 && (
        <div className="space-y-1">
          <SubHeading>{i18n._({ id: 'saml.summary.times', message: 'Times' })}</SubHeading>
          <KeyValueList rows={instants.map((i) => ({ key: i.id, label: <span translate="no">{i.label}</span>, value: <TimeValue ms={i.ms} raw={i.raw} kind={i.kind} offsetMs={clock.offsetMs} /> }))} />
          <ClockNotes info={info} clock={clock} />
        </div>
      )}
      {a && (
        <div className="space-y-1">
          <SubHeading>{i18n._({ id: 'saml.summary.attributes', message: 'Attributes ({count})', values: { count: a.attributes.length } })}</SubHeading>
          {a.attributes.length === 0 ? (
            <p className="text-xs text-muted">{i18n._({ id: 'saml.summary.noAttributes', message: 'No attributes.' })}</p>
          ) : (
            <table className="w-full table-fixed border-collapse text-xs" aria-label={i18n._({ id: 'saml.summary.attributesLabel', message: 'Attributes' })} data-testid="saml-attributes">
              <thead>
                <tr className="text-left text-muted">
                  <th scope="col" className="w-2/5 py-0.5 pr-2 font-medium">{i18n._({ id: 'saml.summary.attributeName', message: 'Name' })}</th>
                  <th scope="col" className="py-0.5 font-medium">{i18n._({ id: 'saml.summary.attributeValues', message: 'Values' })}</th>
                </tr>
              </thead>
              <tbody>
                {a.attributes.map((attr, i) => (
                  <tr key={i} className="border-t border-line align-top">
                    <th scope="row" className="py-1 pr-2 text-left font-mono font-normal break-all text-fg" translate="no">
                      {attr.name}
                      {attr.friendlyName && <div className="font-sans text-muted">{attr.friendlyName}</div>}
                    </th>
                    <td className="py-1 font-mono break-all text-fg">
                      {attr.values.length === 0 ? <span className="text-muted">{i18n._({ id: 'saml.summary.noValue', message: '(no value)' })}</span> : attr.values.map((v, j) => (
                            <div key={j} data-testid="attribute-value" translate="no">
                              {v}
                            </div>
                          ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}

function ClockNotes({ info, clock }: { info: SamlResponseInfo; clock: FederationClock }) {
  const { i18n } = useLingui();
  const now = useNow() + clock.offsetMs;
  return (
    <ul className="list-disc space-y-0.5 pl-5 text-[11px] text-muted" aria-label={i18n._({ id: 'saml.summary.clockSkew', message: 'Clock skew' })} data-testid="clock-notes">
      {clockSkewNotes(info, now, clock.sameAsSts).map((n) => (
        <li key={n.id}>
          <Text m={n} />
        </li>
      ))}
    </ul>
  );
}
