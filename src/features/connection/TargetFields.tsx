import { useLingui } from '@lingui/react';
import { useId } from 'react';
import { ENDPOINT_KINDS, PARTITIONS, PARTITION_IDS, type EndpointKind, type PartitionId } from '../../sts/endpoints';
import type { Connection } from './useConnection';

/** Partition, Region and endpoint kind for AWS; URL and signing Region for a custom endpoint. */
export function TargetFields({ connection }: { connection: Connection }) {
  const { i18n } = useLingui();
  const id = useId();
  const kindLabel = (kind: EndpointKind) =>
    i18n._({ id: 'endpoint.kind', message: '{kind, select, global {Global} regional {Regional} fips {FIPS} dualstack {Dual-stack} other {FIPS dual-stack}}', values: { kind } });
  if (connection.kind === 'aws') {
    const { partition, region, endpointKind } = connection.aws;
    const p = PARTITIONS[partition];
    return (
      <div className="grid grid-cols-3 gap-3">
        <div>
          <label htmlFor={`${id}-partition`} className="mb-1 block text-[13px] font-medium">
            {i18n._({ id: 'target.partition', message: 'Partition' })}
          </label>
          <select
            id={`${id}-partition`}
            className="input"
            value={partition}
            onChange={(e) => {
              const next = e.target.value as PartitionId;
              const first = PARTITIONS[next].regions[0]?.id ?? '';
              connection.setAws({ partition: next, region: first, endpointKind: endpointKind === 'global' && !PARTITIONS[next].hasGlobalEndpoint ? 'regional' : endpointKind });
            }}
          >
            {PARTITION_IDS.map((pid) => (
              <option key={pid} value={pid}>
                {PARTITIONS[pid].name} ({pid})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-region`} className="mb-1 block text-[13px] font-medium">
            {i18n._({ id: 'target.region', message: 'Region' })}
          </label>
          <input
            id={`${id}-region`}
            className="input font-mono"
            list={`${id}-regions`}
            autoComplete="off"
            spellCheck={false}
            value={region}
            onChange={(e) => connection.setAws({ region: e.target.value })}
          />
          <datalist id={`${id}-regions`}>
            {p.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
                {r.optIn ? ` ${i18n._({ id: 'target.optIn', message: '(opt-in)' })}` : ''}
              </option>
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor={`${id}-kind`} className="mb-1 block text-[13px] font-medium">
            {i18n._({ id: 'target.endpoint', message: 'Endpoint' })}
          </label>
          <select id={`${id}-kind`} className="input" value={endpointKind} onChange={(e) => connection.setAws({ endpointKind: e.target.value as typeof endpointKind })}>
            {ENDPOINT_KINDS.filter((k) => k !== 'global' || p.hasGlobalEndpoint).map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </div>
      </div>
    );
  }
  if (connection.kind === 'custom') {
    return (
      <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)] gap-3">
        <div>
          <label htmlFor={`${id}-url`} className="mb-1 block text-[13px] font-medium">
            {i18n._({ id: 'target.endpointUrl', message: 'Endpoint URL' })}
          </label>
          <input
            id={`${id}-url`}
            className="input font-mono"
            autoComplete="off"
            spellCheck={false}
            placeholder="http://localhost:4566"
            aria-describedby={`${id}-url-hint`}
            value={connection.custom.url}
            onChange={(e) => connection.setCustom({ url: e.target.value })}
          />
          <p id={`${id}-url-hint`} className="mt-1 text-xs text-muted">
            {i18n._({ id: 'target.customHint', message: "LocalStack, moto or another sandbox. The page's security policy lets it reach loopback addresses (localhost, 127.0.0.1) and AWS endpoints only; the endpoint must answer CORS." })}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-cregion`} className="mb-1 block text-[13px] font-medium">
            {i18n._({ id: 'target.signingRegion', message: 'Signing Region' })}
          </label>
          <input
            id={`${id}-cregion`}
            className="input font-mono"
            autoComplete="off"
            spellCheck={false}
            value={connection.custom.region}
            onChange={(e) => connection.setCustom({ region: e.target.value })}
          />
        </div>
      </div>
    );
  }
  return null;
}
