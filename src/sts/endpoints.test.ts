import { describe, it, expect } from 'vitest';
import { inEnglish } from '../i18n/test-support/translate';
import { STSClient } from '@aws-sdk/client-sts';
import {
  ENDPOINT_KINDS,
  PARTITIONS,
  PARTITION_IDS,
  connectSourcesAllow,
  endpointAllowsOperation,
  isGlobalEndpoint,
  partitionOfRegion,
  resolveEndpoint,
  stsConnectSources,
  type EndpointKind,
} from './endpoints';

describe('resolveEndpoint', () => {
  it.each([
    ['aws', 'us-east-1', 'regional', 'https://sts.us-east-1.amazonaws.com', 'us-east-1'],
    ['aws', 'eu-west-1', 'global', 'https://sts.amazonaws.com', 'us-east-1'],
    ['aws', 'us-west-2', 'fips', 'https://sts-fips.us-west-2.amazonaws.com', 'us-west-2'],
    ['aws', 'eu-central-1', 'dualstack', 'https://sts.eu-central-1.api.aws', 'eu-central-1'],
    ['aws', 'us-east-2', 'fips-dualstack', 'https://sts-fips.us-east-2.api.aws', 'us-east-2'],
    ['aws-cn', 'cn-north-1', 'regional', 'https://sts.cn-north-1.amazonaws.com.cn', 'cn-north-1'],
    ['aws-cn', 'cn-northwest-1', 'dualstack', 'https://sts.cn-northwest-1.api.amazonwebservices.com.cn', 'cn-northwest-1'],
    ['aws-us-gov', 'us-gov-west-1', 'regional', 'https://sts.us-gov-west-1.amazonaws.com', 'us-gov-west-1'],
    ['aws-us-gov', 'us-gov-west-1', 'fips', 'https://sts.us-gov-west-1.amazonaws.com', 'us-gov-west-1'],
    ['aws-us-gov', 'us-gov-east-1', 'dualstack', 'https://sts.us-gov-east-1.api.aws', 'us-gov-east-1'],
    ['aws-us-gov', 'us-gov-east-1', 'fips-dualstack', 'https://sts-fips.us-gov-east-1.api.aws', 'us-gov-east-1'],
    ['aws-iso', 'us-iso-east-1', 'regional', 'https://sts.us-iso-east-1.c2s.ic.gov', 'us-iso-east-1'],
    ['aws-iso', 'us-iso-east-1', 'fips', 'https://sts-fips.us-iso-east-1.c2s.ic.gov', 'us-iso-east-1'],
    ['aws-iso-b', 'us-isob-east-1', 'regional', 'https://sts.us-isob-east-1.sc2s.sgov.gov', 'us-isob-east-1'],
    ['aws-iso-e', 'eu-isoe-west-1', 'regional', 'https://sts.eu-isoe-west-1.cloud.adc-e.uk', 'eu-isoe-west-1'],
    ['aws-iso-f', 'us-isof-south-1', 'regional', 'https://sts.us-isof-south-1.csp.hci.ic.gov', 'us-isof-south-1'],
    ['aws-eusc', 'eusc-de-east-1', 'regional', 'https://sts.eusc-de-east-1.amazonaws.eu', 'eusc-de-east-1'],
    ['aws-eusc', 'eusc-de-east-1', 'dualstack', 'https://sts.eusc-de-east-1.api.amazonwebservices.eu', 'eusc-de-east-1'],
  ] as const)('%s %s %s → %s', (partition, region, kind, url, signingRegion) => {
    const r = resolveEndpoint({ partition, region, kind });
    expect(r.url).toBe(url);
    expect(r.signingRegion).toBe(signingRegion);
  });

  it('agrees with the SDK endpoint rules for every partition, listed Region and non-global kind', () => {
    const provider = new STSClient({ region: 'us-east-1' }).config.endpointProvider;
    for (const id of PARTITION_IDS) {
      for (const { id: region } of PARTITIONS[id].regions) {
        for (const kind of ENDPOINT_KINDS.filter((k): k is Exclude<EndpointKind, 'global'> => k !== 'global')) {
          const sdk = provider({
            Region: region,
            UseFIPS: kind === 'fips' || kind === 'fips-dualstack',
            UseDualStack: kind === 'dualstack' || kind === 'fips-dualstack',
            UseGlobalEndpoint: false,
          });
          const ours = resolveEndpoint({ partition: id, region, kind });
          expect(`${id} ${region} ${kind} ${ours.url}`).toBe(`${id} ${region} ${kind} ${sdk.url.origin}`);
        }
      }
    }
  });

  it('offers the global endpoint only in the aws partition', () => {
    const gov = resolveEndpoint({ partition: 'aws-us-gov', region: 'us-gov-west-1', kind: 'global' });
    expect(gov.url).toBe('https://sts.us-gov-west-1.amazonaws.com');
    expect(gov.problems.map(inEnglish).join(' ')).toMatch(/no global STS endpoint/);
    expect(resolveEndpoint({ partition: 'aws', region: 'us-east-1', kind: 'global' }).problems).toEqual([]);
  });

  it('warns that global-endpoint tokens do not work in opt-in Regions', () => {
    const r = resolveEndpoint({ partition: 'aws', region: 'ap-east-1', kind: 'global' });
    expect(r.url).toBe('https://sts.amazonaws.com');
    expect(r.problems.map(inEnglish).join(' ')).toMatch(/opt-in/);
  });

  it('names a Region of the wrong partition', () => {
    const r = resolveEndpoint({ partition: 'aws', region: 'cn-north-1', kind: 'regional' });
    expect(r.problems.map(inEnglish).join(' ')).toMatch(/cn-north-1 belongs to the aws-cn partition/);
  });

  it('asks for a Region when there is none', () => {
    const r = resolveEndpoint({ partition: 'aws', region: ' ', kind: 'regional' });
    expect(r.url).toBe('');
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it('warns about FIPS outside the US Regions of the commercial partition', () => {
    expect(resolveEndpoint({ partition: 'aws', region: 'eu-west-1', kind: 'fips' }).problems.map(inEnglish).join(' ')).toMatch(/may not exist/);
    expect(resolveEndpoint({ partition: 'aws', region: 'us-east-1', kind: 'fips' }).problems).toEqual([]);
  });

  it('finds a Region\'s partition', () => {
    expect(partitionOfRegion('us-gov-west-1')).toBe('aws-us-gov');
    expect(partitionOfRegion('us-isob-east-1')).toBe('aws-iso-b');
    expect(partitionOfRegion('eusc-de-east-1')).toBe('aws-eusc');
    expect(partitionOfRegion('eu-west-3')).toBe('aws');
    expect(partitionOfRegion('mars-1')).toBeUndefined();
  });
});

describe('global endpoint and operations', () => {
  it('recognises the global endpoint in its spellings', () => {
    expect(isGlobalEndpoint('https://sts.amazonaws.com')).toBe(true);
    expect(isGlobalEndpoint('https://STS.amazonaws.com/')).toBe(true);
    expect(isGlobalEndpoint('sts.amazonaws.com')).toBe(true);
    expect(isGlobalEndpoint('https://sts.us-east-1.amazonaws.com')).toBe(false);
    expect(isGlobalEndpoint('https://sts.amazonaws.com.cn')).toBe(false);
    expect(isGlobalEndpoint('::not a url::')).toBe(false);
  });

  it.each(['AssumeRoot', 'GetWebIdentityToken', 'GetScopedCredentials'] as const)('%s is refused on the global endpoint only', (name) => {
    expect(endpointAllowsOperation('global', { name, globalEndpoint: true })).toBe(false);
    expect(endpointAllowsOperation('https://sts.amazonaws.com', { name })).toBe(false);
    expect(endpointAllowsOperation('regional', { name })).toBe(true);
    expect(endpointAllowsOperation('https://sts.eu-west-1.amazonaws.com', { name })).toBe(true);
  });

  it('follows the catalog flag for other operations', () => {
    expect(endpointAllowsOperation('global', { name: 'AssumeRole', globalEndpoint: true })).toBe(true);
    expect(endpointAllowsOperation('global', { name: 'AssumeRole', globalEndpoint: false })).toBe(false);
  });
});

describe('stsConnectSources', () => {
  const sources = stsConnectSources();

  it('lists the sources the page needs', () => {
    for (const s of [
      "'self'",
      'https://sts.amazonaws.com',
      'https://*.amazonaws.com',
      'https://*.amazonaws.com.cn',
      'https://*.api.aws',
      'https://*.c2s.ic.gov',
      'https://*.sc2s.sgov.gov',
      'https://*.cloud.adc-e.uk',
      'https://*.csp.hci.ic.gov',
      'https://*.amazonaws.eu',
      'http://127.0.0.1:*',
      'http://localhost:*',
    ]) {
      expect(sources).toContain(s);
    }
  });

  it('contains only syntactically valid CSP host-sources (no IPv6 literal)', () => {
    const hostSource = /^(https?):\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\*|\d+))?$/;
    for (const s of sources) if (s !== "'self'") expect(s).toMatch(hostSource);
    expect(sources.some((s) => s.includes('['))).toBe(false);
  });

  it('admits every endpoint resolveEndpoint can produce', () => {
    for (const id of PARTITION_IDS) {
      for (const { id: region } of PARTITIONS[id].regions) {
        for (const kind of ENDPOINT_KINDS) {
          const { url } = resolveEndpoint({ partition: id, region, kind });
          expect(`${url} ${connectSourcesAllow(url, sources)}`).toBe(`${url} true`);
        }
      }
    }
  });

  it('admits local emulators and the outbound token issuer, and nothing unrelated', () => {
    expect(connectSourcesAllow('http://localhost:4566/', sources)).toBe(true);
    expect(connectSourcesAllow('http://127.0.0.1:5000/', sources)).toBe(true);
    expect(connectSourcesAllow('https://abc123.tokens.sts.global.api.aws/.well-known/jwks.json', sources)).toBe(true);
    expect(connectSourcesAllow('https://evil.example.com/', sources)).toBe(false);
    expect(connectSourcesAllow('http://sts.amazonaws.com.evil.com/', sources)).toBe(false);
  });
});
