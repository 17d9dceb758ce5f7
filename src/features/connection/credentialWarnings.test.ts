import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/test-support/translate';
import { credentialWarnings } from './credentialWarnings';

const AKIA = 'AKIA6RVFFB77RE7OLMKI';
const ASIA = 'ASIAY34FZKBOKMUTVV7A';

describe('credential warnings', () => {
  it('warns when the key kind does not fit the operation', () => {
    expect(credentialWarnings('GetFederationToken', 'long-term', ASIA, 'token').map(inEnglish)).toEqual([expect.stringMatching(/must be signed with long-term keys/)]);
    expect(credentialWarnings('GetScopedCredentials', 'temporary', AKIA, '').map(inEnglish)).toEqual([expect.stringMatching(/must be signed with temporary credentials/)]);
    expect(credentialWarnings('AssumeRole', 'any', AKIA, '').map(inEnglish)).toEqual([]);
  });

  it('asks for the session token of temporary keys, and says nothing for unsigned calls', () => {
    expect(credentialWarnings('AssumeRole', 'any', ASIA, '').map(inEnglish)).toEqual([expect.stringMatching(/session token/)]);
    expect(credentialWarnings('AssumeRoleWithSAML', 'none', ASIA, '').map(inEnglish)).toEqual([]);
  });
});
