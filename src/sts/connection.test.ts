import { describe, it, expect } from 'vitest';
import { inEnglish, translator } from '../i18n/test-support/translate';
import { describeTarget, targetEndpoint, whatLeavesTheBrowser } from './connection';

const ORIGIN = 'http://127.0.0.1:4173';

describe('describeTarget', () => {
  it('names each kind of target in plain words', () => {
    expect(inEnglish(describeTarget({ kind: 'sandbox-server' }, ORIGIN))).toBe('Sandbox STS on this server (http://127.0.0.1:4173)');
    expect(inEnglish(describeTarget({ kind: 'sandbox-in-page' }, ORIGIN))).toMatch(/inside this page/);
    expect(inEnglish(describeTarget({ kind: 'aws', partition: 'aws', region: 'eu-west-1', endpointKind: 'regional' }, ORIGIN))).toBe(
      'AWS STS, AWS (commercial), eu-west-1, Regional endpoint (https://sts.eu-west-1.amazonaws.com)',
    );
    expect(inEnglish(describeTarget({ kind: 'aws', partition: 'aws', region: 'eu-west-1', endpointKind: 'global' }, ORIGIN))).toMatch(/global endpoint \(https:\/\/sts\.amazonaws\.com\)/);
    expect(inEnglish(describeTarget({ kind: 'custom', url: 'http://localhost:4566', region: 'us-east-1' }, ORIGIN))).toBe(
      'Custom STS endpoint http://localhost:4566 (signing Region us-east-1)',
    );
  });
});

describe('targetEndpoint', () => {
  it('uses the page origin for the sandbox server and us-east-1 for signing', () => {
    expect(targetEndpoint({ kind: 'sandbox-server' }, ORIGIN)).toMatchObject({ url: ORIGIN, signingRegion: 'us-east-1', network: true });
    expect(targetEndpoint({ kind: 'sandbox-in-page' }, ORIGIN)).toMatchObject({ signingRegion: 'us-east-1', network: false });
  });

  it('checks custom endpoints', () => {
    expect(targetEndpoint({ kind: 'custom', url: 'http://localhost:4566/', region: 'us-east-1' }).url).toBe('http://localhost:4566');
    expect(targetEndpoint({ kind: 'custom', url: 'ftp://x', region: 'us-east-1' }).url).toBe('');
    expect(targetEndpoint({ kind: 'custom', url: 'http://[::1]:4566', region: 'us-east-1' }).problems.map(inEnglish).join(' ')).toMatch(/localhost/);
    expect(targetEndpoint({ kind: 'custom', url: 'http://localhost:4566', region: '' }).problems.map(inEnglish).join(' ')).toMatch(/Region/);
  });
});

describe('whatLeavesTheBrowser', () => {
  it('signed calls: key ID and signature, never the secret', () => {
    const s = inEnglish(whatLeavesTheBrowser({ kind: 'aws', partition: 'aws', region: 'us-east-1', endpointKind: 'regional' }, 'AssumeRole', ORIGIN));
    expect(s).toMatch(/signed in this page/);
    expect(s).toContain('https://sts.us-east-1.amazonaws.com');
    expect(s).toMatch(/secret access key itself never leaves the browser/);
  });

  it('unsigned calls: the assertion or token is the credential', () => {
    const s = inEnglish(whatLeavesTheBrowser({ kind: 'sandbox-server' }, 'AssumeRoleWithSAML', ORIGIN));
    expect(s).toMatch(/unsigned/);
    expect(s).toMatch(/SAML assertion/);
    expect(s).toContain(ORIGIN);
    expect(inEnglish(whatLeavesTheBrowser({ kind: 'sandbox-server' }, 'AssumeRoleWithWebIdentity', ORIGIN))).toMatch(/web identity token/);
  });

  it('in-page sandbox: nothing leaves', () => {
    expect(inEnglish(whatLeavesTheBrowser({ kind: 'sandbox-in-page' }, 'GetCallerIdentity', ORIGIN))).toMatch(/Nothing leaves the browser/);
  });

  it('warns about plain HTTP to a non-local host', () => {
    expect(inEnglish(whatLeavesTheBrowser({ kind: 'custom', url: 'http://sts.corp.example:8080', region: 'us-east-1' }, 'GetCallerIdentity', ORIGIN))).toMatch(/plain HTTP/);
    expect(inEnglish(whatLeavesTheBrowser({ kind: 'custom', url: 'http://localhost:4566', region: 'us-east-1' }, 'GetCallerIdentity', ORIGIN))).not.toMatch(/plain HTTP/);
  });
});

describe('in French', () => {
  const fr = translator('fr');
  it('says what leaves the browser, with the endpoint verbatim', () => {
    expect(fr(describeTarget({ kind: 'sandbox-server' }, ORIGIN))).toBe('STS du bac à sable sur ce serveur (http://127.0.0.1:4173)');
    const signed = fr(whatLeavesTheBrowser({ kind: 'custom', url: 'http://sts.corp.example:8080', region: 'us-east-1' }, 'AssumeRole', ORIGIN));
    expect(signed).toContain('http://sts.corp.example:8080');
    expect(signed).toMatch(/HTTP en clair/);
    expect(signed).toMatch(/code MFA/);
    expect(fr(whatLeavesTheBrowser({ kind: 'sandbox-server' }, 'AssumeRoleWithSAML', ORIGIN))).toMatch(/sans signature.*l'assertion SAML/);
  });
});
