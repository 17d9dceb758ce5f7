import { describe, expect, it } from 'vitest';
import { credentialWarnings } from './credentialWarnings';

const AKIA = 'AKIA6RVFFB77RE7OLMKI';
const ASIA = 'ASIAY34FZKBOKMUTVV7A';

describe('credential warnings', () => {
  it('warns when the key kind does not fit the operation', () => {
    expect(credentialWarnings('GetFederationToken', 'long-term', ASIA, 'token')).toEqual([expect.stringMatching(/must be signed with long-term keys/)]);
    expect(credentialWarnings('GetScopedCredentials', 'temporary', AKIA, '')).toEqual([expect.stringMatching(/must be signed with temporary credentials/)]);
    expect(credentialWarnings('AssumeRole', 'any', AKIA, '')).toEqual([]);
  });

  it('asks for the session token of temporary keys, and says nothing for unsigned calls', () => {
    expect(credentialWarnings('AssumeRole', 'any', ASIA, '')).toEqual([expect.stringMatching(/session token/)]);
    expect(credentialWarnings('AssumeRoleWithSAML', 'none', ASIA, '')).toEqual([]);
  });
});
