import { useLingui } from '@lingui/react';
import { Text } from '../../i18n/Text';
import { describeClaims } from '../../inspect/jwt/describe-claims';
import type { JsonObject } from '../../inspect/jwt/types';
import { useNow } from '../../ui/ticker';
import { TimeValue } from './TimeValue';

const TIME_KIND = { exp: 'expires', nbf: 'starts', iat: 'issued' } as const;

/** Every claim: what STS does with it, problems, and times in local time and UTC with a live countdown. */
export function ClaimsTable({ claims, offsetMs }: { claims: JsonObject; offsetMs: number }) {
  const { i18n } = useLingui();
  const now = useNow() + offsetMs;
  const { rows } = describeClaims(claims, now);
  return (
    <table className="w-full table-fixed border-collapse text-xs" aria-label={i18n._({ id: 'jwt.claims.label', message: 'Token claims' })} data-testid="claims-table">
      <thead>
        <tr className="text-left text-muted">
          <th scope="col" className="w-1/4 py-0.5 pr-2 font-medium">{i18n._({ id: 'jwt.claims.claim', message: 'Claim' })}</th>
          <th scope="col" className="py-0.5 font-medium">{i18n._({ id: 'jwt.claims.value', message: 'Value' })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const kind = TIME_KIND[r.claim as keyof typeof TIME_KIND];
          const v = claims[r.claim];
          return (
            <tr key={r.claim} className="border-t border-line align-top" data-claim={r.claim}>
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                <div className="font-mono break-all text-fg" translate="no">
                  {r.claim}
                </div>
                {r.label && (
                  <div className="text-muted">
                    <Text m={r.label} />
                  </div>
                )}
              </th>
              <td className="py-1">
                {kind && typeof v === 'number' ? (
                  <div className="space-y-0.5">
                    <span className="font-mono text-muted">{v}</span> <TimeValue ms={v * 1000} kind={kind} offsetMs={offsetMs} />
                  </div>
                ) : (
                  <div className="font-mono break-all text-fg" data-testid="claim-value" {...(typeof r.value === 'string' ? { translate: 'no' } : {})}>
                    {typeof r.value === 'string' ? r.value : <Text m={r.value} />}
                  </div>
                )}
                {r.detail && !kind && (
                  <div className="text-[11px] text-muted">
                    <Text m={r.detail} />
                  </div>
                )}
                {r.problem && (
                  <div className="text-danger">
                    <Text m={r.problem} />
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
