import { execFileSync, spawnSync } from 'node:child_process';
import { parse as parseIni } from 'ini';
import { translator } from '../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { type CredentialSet } from './credential-set';
import { identityFromArn } from './identity';
import { credentialSetFromResult } from './set-from-result';
import {
  bashExports,
  cliOutputJson,
  consoleLoginUrl,
  consoleSignin,
  credentialProcessJson,
  credentialsFileProfile,
  endpointNote,
  fishExports,
  powershellExports,
  sanitizeProfileName,
} from './exports';

// Characters each shell treats specially, to prove the quoting holds.
const NASTY = `se'cr"et $HOME \`id\` \\n ; & | * ~ ! # ’ ‘ end`;
const EXP = Date.UTC(2030, 0, 2, 3, 4, 5);
const set = (over: Partial<CredentialSet> = {}): CredentialSet => ({
  ...credentialSetFromResult(
    'AssumeRole',
    { RoleArn: 'arn:aws:iam::123456789012:role/R', RoleSessionName: 's' },
    { Credentials: { AccessKeyId: 'ASIAQWERTYUIOPASDFGH', SecretAccessKey: 'wJalr/K7MDENG+bPxRfiCY', SessionToken: 'IQoJb3JpZ2luX2Vj+/==', Expiration: new Date(EXP) }, AssumedRoleUser: { AssumedRoleId: 'AROAX:s', Arn: 'arn:aws:sts::123456789012:assumed-role/R/s' } },
    { identity: identityFromArn('arn:aws:iam::123456789012:user/u') },
    { id: 'x' },
  )!,
  ...over,
});

const available = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } }).status === 0;

function envFromBash(script: string): Record<string, string> {
  const out = execFileSync('bash', ['-c', `${script}\nenv -0`], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } }).toString();
  return Object.fromEntries(out.split('\0').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

const en = translator('en');
const fr = translator('fr');

describe('bash / zsh exports', () => {
  it('bash reads back exactly the keys, token and expiration', () => {
    const env = envFromBash(bashExports(set()));
    expect(env.AWS_ACCESS_KEY_ID).toBe('ASIAQWERTYUIOPASDFGH');
    expect(env.AWS_SECRET_ACCESS_KEY).toBe('wJalr/K7MDENG+bPxRfiCY');
    expect(env.AWS_SESSION_TOKEN).toBe('IQoJb3JpZ2luX2Vj+/==');
    expect(env.AWS_CREDENTIAL_EXPIRATION).toBe('2030-01-02T03:04:05Z');
  });

  it('survives quotes, $, backticks and globs without running anything', () => {
    const env = envFromBash(bashExports(set({ secretAccessKey: NASTY })));
    expect(env.AWS_SECRET_ACCESS_KEY).toBe(NASTY);
  });

  it('leaves AWS_SESSION_TOKEN out for long-term keys, and the expiration when asked', () => {
    const text = bashExports(set({ sessionToken: undefined }), { includeExpiration: false });
    expect(text).not.toContain('AWS_SESSION_TOKEN');
    expect(text).not.toContain('AWS_CREDENTIAL_EXPIRATION');
    const env = envFromBash(`unset AWS_SESSION_TOKEN\n${text}`);
    expect(env.AWS_SESSION_TOKEN).toBeUndefined();
  });

  it.runIf(available('zsh'))('zsh reads them back too', () => {
    const out = execFileSync('zsh', ['-c', `${bashExports(set({ secretAccessKey: NASTY }))}\nprintf %s "$AWS_SECRET_ACCESS_KEY"`]).toString();
    expect(out).toBe(NASTY);
  });
});

describe('fish and PowerShell', () => {
  it('fish: set -gx with \\ and \' escaped inside single quotes', () => {
    const lines = fishExports(set({ secretAccessKey: `a'b\\c` })).split('\n');
    expect(lines[0]).toBe(`set -gx AWS_ACCESS_KEY_ID 'ASIAQWERTYUIOPASDFGH'`);
    expect(lines[1]).toBe(`set -gx AWS_SECRET_ACCESS_KEY 'a\\'b\\\\c'`);
    expect(lines).toContain(`set -gx AWS_SESSION_TOKEN 'IQoJb3JpZ2luX2Vj+/=='`);
  });

  it.skipIf(!available('fish'))('fish itself reads them back (skipped: fish is not installed)', () => {
    const out = execFileSync('fish', ['-c', `${fishExports(set({ secretAccessKey: NASTY }))}; printf %s $AWS_SECRET_ACCESS_KEY`]).toString();
    expect(out).toBe(NASTY);
  });

  it('PowerShell: $Env: assignments, quotes (straight and curly) doubled, $ left alone', () => {
    const lines = powershellExports(set({ secretAccessKey: `it's $x ’y` })).split('\n');
    expect(lines[0]).toBe(`$Env:AWS_ACCESS_KEY_ID = 'ASIAQWERTYUIOPASDFGH'`);
    expect(lines[1]).toBe(`$Env:AWS_SECRET_ACCESS_KEY = 'it''s $x ’’y'`);
    expect(lines[3]).toBe(`$Env:AWS_CREDENTIAL_EXPIRATION = '2030-01-02T03:04:05Z'`);
  });

  it.skipIf(!available('pwsh'))('pwsh itself reads them back (skipped: pwsh is not installed)', () => {
    const out = execFileSync('pwsh', ['-NoProfile', '-Command', `${powershellExports(set({ secretAccessKey: NASTY }))}; [Console]::Out.Write($Env:AWS_SECRET_ACCESS_KEY)`]).toString();
    expect(out).toBe(NASTY);
  });
});

describe('~/.aws/credentials profile', () => {
  it('parses as INI with the three keys under the sanitized profile name', () => {
    const parsed = parseIni(credentialsFileProfile(set(), 'ReadOnlyAuditor/alice [prod]')) as Record<string, Record<string, string>>;
    expect(Object.keys(parsed)).toEqual(['ReadOnlyAuditor-alice-prod']);
    expect(parsed['ReadOnlyAuditor-alice-prod']).toEqual({
      aws_access_key_id: 'ASIAQWERTYUIOPASDFGH',
      aws_secret_access_key: 'wJalr/K7MDENG+bPxRfiCY',
      aws_session_token: 'IQoJb3JpZ2luX2Vj+/==',
    });
  });

  it('sanitizes profile names', () => {
    expect(sanitizeProfileName('  ')).toBe('workbench');
    expect(sanitizeProfileName('a.b_c-d')).toBe('a.b_c-d');
    expect(sanitizeProfileName('[x]\n=y')).toBe('x-y');
  });
});

describe('keys that work only at a sandbox or another endpoint', () => {
  const SANDBOX = { kind: 'endpoint', url: 'http://127.0.0.1:4173' } as const;

  it('the bash lines point every AWS service, and STS by name, at the sandbox', () => {
    const env = envFromBash(bashExports(set(), { endpoint: SANDBOX }));
    expect(env.AWS_ENDPOINT_URL).toBe('http://127.0.0.1:4173');
    expect(env.AWS_ENDPOINT_URL_STS).toBe('http://127.0.0.1:4173');
    expect(env.AWS_ACCESS_KEY_ID).toBe('ASIAQWERTYUIOPASDFGH');
  });

  it('keys of AWS itself (or of unknown origin) carry no endpoint', () => {
    for (const endpoint of [{ kind: 'aws' } as const, undefined]) {
      const text = bashExports(set(), { endpoint });
      expect(text).not.toContain('AWS_ENDPOINT_URL');
      expect(credentialsFileProfile(set(), 'p', endpoint)).not.toContain('endpoint_url');
      expect(endpointNote(endpoint)).toBeUndefined();
    }
  });

  it('fish and PowerShell set the same endpoint variables', () => {
    expect(fishExports(set(), { endpoint: SANDBOX })).toContain("set -gx AWS_ENDPOINT_URL_STS 'http://127.0.0.1:4173'");
    expect(powershellExports(set(), { endpoint: SANDBOX })).toContain("$Env:AWS_ENDPOINT_URL = 'http://127.0.0.1:4173'");
  });

  it('the credentials-file profile carries endpoint_url', () => {
    const parsed = parseIni(credentialsFileProfile(set(), 'sandbox', SANDBOX)) as Record<string, Record<string, string>>;
    expect(parsed.sandbox?.endpoint_url).toBe('http://127.0.0.1:4173');
  });

  it('keys of the in-page sandbox say so and point at a host that never resolves', () => {
    const text = bashExports(set(), { endpoint: { kind: 'this-page' } });
    expect(text.split('\n')[0]).toMatch(/^# Issued by the sandbox inside a browser page: these keys work only in that page\./);
    const env = envFromBash(text);
    expect(env.AWS_ENDPOINT_URL_STS).toBe('http://sandbox.invalid');
    const profile = parseIni(credentialsFileProfile(set(), 'p', { kind: 'this-page' })) as Record<string, Record<string, string>>;
    expect(profile.p?.endpoint_url).toBe('http://sandbox.invalid');
    expect(en(endpointNote({ kind: 'this-page' })!)).toMatch(/work only in that page/);
    expect(fr(endpointNote({ kind: 'this-page' })!)).toMatch(/ne fonctionnent que dans cette page.*npm start/);
  });

  it('the credential_process note names the endpoint to put in the profile', () => {
    expect(en(endpointNote(SANDBOX)!)).toBe('These keys work only at http://127.0.0.1:4173: set endpoint_url = http://127.0.0.1:4173 in the profile that uses them (or AWS_ENDPOINT_URL), or AWS tools send them to AWS.');
  });
});

describe('credential_process JSON', () => {
  // The documented schema: Version 1, AccessKeyId, SecretAccessKey required; SessionToken and an ISO 8601 Expiration optional.
  function validate(text: string): string[] {
    const j = JSON.parse(text) as Record<string, unknown>;
    const problems: string[] = [];
    if (j.Version !== 1) problems.push('Version must be 1');
    for (const k of ['AccessKeyId', 'SecretAccessKey']) if (typeof j[k] !== 'string' || !j[k]) problems.push(`${k} required`);
    if ('SessionToken' in j && typeof j.SessionToken !== 'string') problems.push('SessionToken must be a string');
    if ('Expiration' in j && (typeof j.Expiration !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(j.Expiration))) problems.push('Expiration must be ISO 8601');
    const extra = Object.keys(j).filter((k) => !['Version', 'AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration'].includes(k));
    if (extra.length) problems.push(`unknown keys ${extra.join(',')}`);
    return problems;
  }

  it('meets the schema, with the token and expiry for temporary keys', () => {
    const text = credentialProcessJson(set());
    expect(validate(text)).toEqual([]);
    expect(JSON.parse(text)).toEqual({ Version: 1, AccessKeyId: 'ASIAQWERTYUIOPASDFGH', SecretAccessKey: 'wJalr/K7MDENG+bPxRfiCY', SessionToken: 'IQoJb3JpZ2luX2Vj+/==', Expiration: '2030-01-02T03:04:05Z' });
  });

  it('omits SessionToken and Expiration for long-term keys', () => {
    const text = credentialProcessJson(set({ sessionToken: undefined, expiration: undefined }));
    expect(validate(text)).toEqual([]);
    expect(Object.keys(JSON.parse(text))).toEqual(['Version', 'AccessKeyId', 'SecretAccessKey']);
  });
});

describe('CLI output', () => {
  it('prints the originating call as the CLI does (model order, 4 spaces)', () => {
    const text = cliOutputJson(set());
    const j = JSON.parse(text) as { Credentials: Record<string, string>; AssumedRoleUser: Record<string, string> };
    expect(Object.keys(j)).toEqual(['Credentials', 'AssumedRoleUser']);
    expect(Object.keys(j.Credentials)).toEqual(['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration']);
    expect(j.Credentials.Expiration).toBe('2030-01-02T03:04:05Z');
    expect(text).toContain('\n    "Credentials": {\n        "AccessKeyId"');
  });
});

describe('console sign-in', () => {
  it('builds the getSigninToken request with the URL-encoded session JSON', () => {
    const plan = consoleSignin(set(), { sessionDurationSeconds: 3600 });
    if (!plan.ok) throw new Error(en(plan.reason));
    const url = new URL(plan.requestUrl);
    expect(url.origin + url.pathname).toBe('https://signin.aws.amazon.com/federation');
    expect(url.searchParams.get('Action')).toBe('getSigninToken');
    expect(url.searchParams.get('SessionDuration')).toBe('3600');
    expect(JSON.parse(url.searchParams.get('Session')!)).toEqual({ sessionId: 'ASIAQWERTYUIOPASDFGH', sessionKey: 'wJalr/K7MDENG+bPxRfiCY', sessionToken: 'IQoJb3JpZ2luX2Vj+/==' });
    expect(plan.requestUrl).toContain('%2B'); // "+" in the token is percent-encoded, not left to mean a space
    // The curl line is one shell word for the URL: bash hands curl the URL unchanged.
    const argv = execFileSync('bash', ['-c', `set -- ${plan.curl.slice('curl '.length)}; printf '%s\\0' "$@"`], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } }).toString().split('\0').filter(Boolean);
    expect(argv).toEqual(['-sS', plan.requestUrl]);
    expect(en(plan.steps[1]!)).toContain('Action=login&Issuer=');
    expect(en(plan.steps[1]!)).toContain(`Destination=${encodeURIComponent('https://console.aws.amazon.com/')}`);
    // The steps in French, the URL kept as it is.
    expect(fr(plan.steps[1]!)).toMatch(/^2\. Construisez l'URL de connexion : https:\/\/signin\.aws\.amazon\.com\/federation\?Action=login&Issuer=/);
    expect(fr(plan.notes.at(-1)!)).toBe("La requête transporte la clé d'accès secrète dans sa chaîne de requête : exécutez-la vous-même, ne la collez pas dans des journaux partagés.");
  });

  it('uses the partition\'s sign-in host, leaves SessionDuration out for federated users, refuses other kinds', () => {
    const gov = consoleSignin(set({ identity: identityFromArn('arn:aws-us-gov:sts::123456789012:assumed-role/R/s') }));
    expect(gov.ok && gov.endpoint).toBe('https://signin.amazonaws-us-gov.com/federation');
    const fed = consoleSignin(set({ identity: identityFromArn('arn:aws:sts::123456789012:federated-user/bob') }), { sessionDurationSeconds: 3600 });
    expect(fed.ok && new URL(fed.requestUrl).searchParams.has('SessionDuration')).toBe(false);
    expect(consoleSignin(set({ identity: { arn: 'arn:aws:iam::123456789012:user/u', kind: 'session', account: '123456789012' } })).ok).toBe(false);
    expect(consoleSignin(set({ sessionToken: undefined })).ok).toBe(false);
  });

  it('builds the login URL from a token', () => {
    const url = new URL(consoleLoginUrl('https://signin.aws.amazon.com/federation', 'tok+/=', { destination: 'https://console.aws.amazon.com/s3/' }));
    expect(url.searchParams.get('Action')).toBe('login');
    expect(url.searchParams.get('SigninToken')).toBe('tok+/=');
    expect(url.searchParams.get('Destination')).toBe('https://console.aws.amazon.com/s3/');
  });
});
