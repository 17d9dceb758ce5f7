/**
 * Every documented AWS CLI example of the seed runs against the sandbox as written, with the demo
 * user's keys; placeholders are replaced by real artefacts minted by the sandbox. Each output has
 * exactly the seed's keys and real values.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountOfKeyId, dottedKeys, expectTemporaryCredentials, samlNameQualifier, secondsUntil } from './support/checks';
import { DEV_ACCOUNT, HAS_AWS_CLI, PROD_ACCOUNT, noticeMissing, runAws } from './support/clients';
import { amazonToken, getClock, mintSaml, practiceDenial } from './support/controls';
import { seedPath } from './support/paths';
import { useSandbox } from './support/server';
import { parseXml, xmlPath, xmlText } from './support/wire';

interface SeedExample {
  operation: string;
  cli: string[];
  outputKeys: string[];
  policyFile?: unknown;
}

const seed = JSON.parse(readFileSync(seedPath(), 'utf8')) as { examples: SeedExample[] };
const examples = seed.examples;

const SAML_PLACEHOLDER = '<base64 SAML Response from the IdP>';
const WEB_IDENTITY_PLACEHOLDER = '<token from the web identity provider>';
const isEncodedMessagePlaceholder = (arg: string) => arg.startsWith('<encoded message');
const AMAZON_USER = 'amzn1.account.AF6RHO7KZU5XRVQJGXK6HB56KR2A';
const AMAZON_APP = 'amzn1.application-oa2-client.sandbox-workbench';

noticeMissing({ cli: true }, 'seed CLI examples');

describe.skipIf(!HAS_AWS_CLI)('seed: the documented AWS CLI examples run as written', () => {
  const sb = useSandbox();

  it('covers every operation of the seed', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const ex of examples) expect(ex.cli.slice(0, 2)).toEqual(['aws', 'sts']);
  });

  /** Replaces the seed's placeholders with real artefacts; returns argv (after "aws") and facts to check. */
  async function materialise(ex: SeedExample): Promise<{ argv: string[]; cwd: string; facts: Record<string, string> }> {
    const cwd = mkdtempSync(join(tmpdir(), 'stsw-seed-'));
    const facts: Record<string, string> = {};
    const argv: string[] = [];
    for (const arg of ex.cli.slice(1)) {
      if (arg === SAML_PLACEHOLDER) {
        const minted = await mintSaml(sb.url, { subject: 'SamlExample', nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient' });
        facts.samlIssuer = xmlText(xmlPath(parseXml(minted.xml), 'Issuer')) ?? '';
        argv.push(minted.samlResponse);
      } else if (arg === WEB_IDENTITY_PLACEHOLDER) {
        argv.push((await amazonToken(sb.url, { userId: AMAZON_USER, appId: AMAZON_APP })).access_token);
      } else if (isEncodedMessagePlaceholder(arg)) {
        argv.push((await practiceDenial(sb.url)).encodedMessage);
      } else if (arg.startsWith('file://')) {
        // Relative, exactly as written: the file lives in the CLI's working directory.
        writeFileSync(join(cwd, arg.slice('file://'.length)), JSON.stringify(ex.policyFile ?? { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }));
        argv.push(arg);
      } else {
        argv.push(arg);
      }
    }
    return { argv, cwd, facts };
  }

  for (const ex of examples) {
    it(`${ex.operation}: ${ex.cli.slice(0, 3).join(' ')}`, async () => {
      const { argv, cwd, facts } = await materialise(ex);
      const res = await runAws(sb.url, argv, undefined, { cwd }).finally(() => rmSync(cwd, { recursive: true, force: true }));
      expect(res.error, `CLI error: ${res.stderr.trim()}`).toBeUndefined();
      expect(res.status, `aws exited ${res.status}: ${res.stderr.trim()}`).toBe(0);
      const out = res.json ?? {};
      expect(dottedKeys(out).sort(), 'output keys are exactly the seed outputKeys').toEqual([...ex.outputKeys].sort());
      const { nowIso } = await getClock(sb.url);
      checkValues(ex, out, facts, nowIso);
    });
  }
});

function expectLifetime(expiration: unknown, nowIso: string, seconds: number): void {
  const left = secondsUntil(String(expiration), nowIso);
  expect(left, `expires about ${seconds} s after issue`).toBeGreaterThan(seconds - 120);
  expect(left).toBeLessThanOrEqual(seconds + 5);
}

function checkValues(ex: SeedExample, out: Record<string, unknown>, facts: Record<string, string>, nowIso: string): void {
  const o = out as Record<string, Record<string, unknown> & unknown>;
  const creds = o.Credentials as Record<string, unknown> | undefined;
  switch (ex.operation) {
    case 'AssumeRole': {
      expectTemporaryCredentials(creds, DEV_ACCOUNT);
      const user = o.AssumedRoleUser as Record<string, string>;
      expect(user.Arn).toBe('arn:aws:sts::123456789012:assumed-role/xaccounts3access/s3-access-example');
      expect(user.AssumedRoleId).toMatch(/^AROA[A-Z0-9]{17}:s3-access-example$/);
      expectLifetime(creds?.Expiration, nowIso, 3600);
      break;
    }
    case 'AssumeRoleWithSAML': {
      expectTemporaryCredentials(creds, DEV_ACCOUNT);
      const user = o.AssumedRoleUser as Record<string, string>;
      expect(user.Arn).toMatch(/^arn:aws:sts::123456789012:assumed-role\/TestSaml\/[\w+=,.@-]{2,64}$/);
      expect(user.AssumedRoleId).toMatch(/^AROA[A-Z0-9]{17}:[\w+=,.@-]{2,64}$/);
      expect(o.Subject).toBe('SamlExample');
      expect(o.SubjectType).toBe('transient');
      expect(o.Audience).toBe('https://signin.aws.amazon.com/saml');
      expect(o.Issuer).toBe(facts.samlIssuer);
      expect(o.NameQualifier).toBe(samlNameQualifier(String(facts.samlIssuer), DEV_ACCOUNT, 'SAML-test'));
      expect(Number.isInteger(o.PackedPolicySize), 'PackedPolicySize is an integer percent').toBe(true);
      expectLifetime(creds?.Expiration, nowIso, 3600);
      break;
    }
    case 'AssumeRoleWithWebIdentity': {
      expectTemporaryCredentials(creds, DEV_ACCOUNT);
      const user = o.AssumedRoleUser as Record<string, string>;
      expect(user.Arn).toBe('arn:aws:sts::123456789012:assumed-role/FederatedWebIdentityRole/app1');
      expect(user.AssumedRoleId).toMatch(/^AROA[A-Z0-9]{17}:app1$/);
      expect(o.Provider).toBe('www.amazon.com');
      expect(o.SubjectFromWebIdentityToken).toBe(AMAZON_USER);
      expect(o.Audience).toBe(AMAZON_APP);
      expectLifetime(creds?.Expiration, nowIso, 3600);
      break;
    }
    case 'AssumeRoot': {
      expectTemporaryCredentials(creds, PROD_ACCOUNT);
      expect(typeof o.SourceIdentity).toBe('string');
      expect(String(o.SourceIdentity).length).toBeGreaterThanOrEqual(2);
      expectLifetime(creds?.Expiration, nowIso, 900);
      break;
    }
    case 'DecodeAuthorizationMessage': {
      const decoded = JSON.parse(String(o.DecodedMessage)) as Record<string, unknown>;
      expect(decoded.allowed).toBe(false);
      expect(typeof decoded.explicitDeny).toBe('boolean');
      const items = (v: unknown) => (v as { items?: unknown }).items;
      expect(Array.isArray(items(decoded.matchedStatements))).toBe(true);
      expect(Array.isArray(items(decoded.failures))).toBe(true);
      const context = decoded.context as Record<string, unknown>;
      expect(context.principal).toMatchObject({ arn: expect.stringMatching(/^arn:aws:/) });
      expect(typeof context.action).toBe('string');
      expect(typeof context.resource).toBe('string');
      const conditions = items(context.conditions) as { key: string; values: { items: { value: string }[] } }[];
      expect(conditions.length).toBeGreaterThan(0);
      for (const c of conditions) {
        expect(typeof c.key).toBe('string');
        expect(Array.isArray(c.values.items)).toBe(true);
        for (const v of c.values.items) expect(typeof v.value).toBe('string');
      }
      if (decoded.explicitDeny === true) expect((items(decoded.matchedStatements) as unknown[]).length).toBeGreaterThan(0);
      break;
    }
    case 'GetCallerIdentity':
      expect(o).toEqual({ UserId: expect.stringMatching(/^AIDA[A-Z0-9]{17}$/), Account: DEV_ACCOUNT, Arn: 'arn:aws:iam::123456789012:user/DevAdmin' });
      break;
    case 'GetFederationToken': {
      expectTemporaryCredentials(creds, DEV_ACCOUNT);
      expect(o.FederatedUser).toEqual({ FederatedUserId: '123456789012:Bob', Arn: 'arn:aws:sts::123456789012:federated-user/Bob' });
      // The example's recorded output says 36 for myfile.json plus AmazonS3ReadOnlyAccess (the sandbox's packed model, packed-policy.md).
      expect(o.PackedPolicySize).toBe(36);
      expectLifetime(creds?.Expiration, nowIso, 900);
      break;
    }
    case 'GetSessionToken':
      expectTemporaryCredentials(creds, DEV_ACCOUNT);
      expect(accountOfKeyId(String(creds?.AccessKeyId))).toBe(DEV_ACCOUNT);
      expectLifetime(creds?.Expiration, nowIso, 900);
      break;
    default:
      throw new Error(`the seed has an operation this test does not know: ${ex.operation}`);
  }
}
