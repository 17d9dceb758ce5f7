import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/test-support/translate';
import { previewTarget } from './previewTarget';

describe('command preview target', () => {
  it('adds --endpoint-url for the sandbox and custom endpoints', () => {
    expect(previewTarget({ kind: 'sandbox-server' }, 'http://127.0.0.1:4173')).toMatchObject({ endpointUrl: 'http://127.0.0.1:4173', region: 'us-east-1' });
    expect(previewTarget({ kind: 'custom', url: 'http://localhost:4566/', region: 'eu-west-1' }, 'http://x')).toEqual({ endpointUrl: 'http://localhost:4566', region: 'eu-west-1' });
  });

  it('uses only --region for a standard Regional AWS endpoint, and the URL for global/FIPS/dual-stack', () => {
    expect(previewTarget({ kind: 'aws', partition: 'aws', region: 'eu-west-1', endpointKind: 'regional' }, '')).toEqual({ region: 'eu-west-1' });
    expect(previewTarget({ kind: 'aws', partition: 'aws', region: 'us-east-1', endpointKind: 'global' }, '')).toEqual({
      endpointUrl: 'https://sts.amazonaws.com',
      region: 'us-east-1',
    });
    expect(previewTarget({ kind: 'aws', partition: 'aws', region: 'us-west-2', endpointKind: 'fips' }, '')).toEqual({
      endpointUrl: 'https://sts-fips.us-west-2.amazonaws.com',
      region: 'us-west-2',
    });
  });

  it('tells the user the CLI cannot reach the in-page sandbox', () => {
    const note = previewTarget({ kind: 'sandbox-in-page' }, 'http://localhost:8080').note;
    expect(note && inEnglish(note)).toMatch(/cannot reach/);
  });
});
