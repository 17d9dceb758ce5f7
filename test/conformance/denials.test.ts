/**
 * Denials read exactly as AWS writes them (reference §5.3, §9): a role that does not exist, a role
 * whose trust policy does not trust the caller and a trust-policy Deny give the same AccessDenied
 * text, with no encoded message appended; only the caller's own identity policies add AWS's suffix.
 * The sandbox explains each denial in the sandbox-only header x-sandbox-authorization-message, an
 * encoded authorization message that DecodeAuthorizationMessage decodes, as it decodes the EC2-style
 * practice denial of POST /_sandbox/authorization-message (reference §10). boto3 and the AWS CLI.
 * World: fixtures/trust-world.
 */
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_AWS_CLI, HAS_BOTO3, noticeMissing, okResult, outcomeOf, runAws, runBoto, type BotoCase, type BotoResult } from './support/clients';
import { mintSaml, practiceDenial } from './support/controls';
import { useSandbox } from './support/server';
import { A, DENIED, EXTERNAL_CLIENT, EXTERNAL_ISSUER, NO_POLICY, roleArn as r, trustWorld } from './fixtures/trust-world';

noticeMissing({ boto3: true }, 'denials (boto3)');
noticeMissing({ cli: true }, 'denials (AWS CLI)');

const HEADER = 'x-sandbox-authorization-message';
const DEV_ADMIN_ARN = `arn:aws:iam::${A}:user/DevAdmin`;
const MISSING = r('DoesNotExist');
const dateSoon = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const externalKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const externalJwk = { ...(externalKey.publicKey.export({ format: 'jwk' }) as Record<string, unknown>), kid: 'ext-1', alg: 'RS256', use: 'sig' };

async function externalToken(claims: Record<string, unknown>): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ aud: EXTERNAL_CLIENT, sub: 'team-a/alice', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'ext-1', typ: 'JWT' })
    .setIssuer(EXTERNAL_ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(externalKey.privateKey);
}

const notAuthorized = (caller: string, role: string, suffix = '') => `User: ${caller} is not authorized to perform: sts:AssumeRole on resource: ${role}${suffix}`;
const NO_IDENTITY_ALLOW = ' because no identity-based policy allows the sts:AssumeRole action';

function expectDenied(res: BotoResult | undefined, message: string): void {
  expect(res?.crash).toBeUndefined();
  expect(res?.error?.Code, outcomeOf(res)).toBe('AccessDenied');
  expect(res?.status).toBe(403);
  expect(res?.error?.Message).toBe(message);
  expect(res?.error?.Message).not.toContain('Encoded authorization failure message');
  expect(res?.sandboxHeaders?.[HEADER], 'the explanation travels in the sandbox-only header').toMatch(/^[A-Za-z0-9_-]{100,10240}$/);
}

describe('denials: exactly AWS\'s text, the explanation beside it', () => {
  const sb = useSandbox({ world: trustWorld(dateSoon, externalJwk) });

  describe.skipIf(!HAS_BOTO3)('boto3', () => {
    let res: Record<string, BotoResult> = {};
    let decoded: Record<string, BotoResult> = {};
    const assume = (id: string, role: string, extra: Partial<BotoCase> = {}, sessionName = 'probe'): BotoCase => ({ id, op: 'assume_role', params: { RoleArn: role, RoleSessionName: sessionName }, ...extra });

    beforeAll(async () => {
      const saml = async (role: string) => (await mintSaml(sb.url, { account: A, provider: 'Corp', subject: 'bob', sessionName: 'bob', roles: [{ roleArn: role }] })).samlResponse;
      const samlCall = (id: string, role: string, assertion: string): BotoCase => ({
        id,
        op: 'assume_role_with_saml',
        creds: 'unsigned',
        params: { RoleArn: role, PrincipalArn: `arn:aws:iam::${A}:saml-provider/Corp`, SAMLAssertion: assertion },
      });
      const web = (id: string, role: string, token: string): BotoCase => ({ id, op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: role, RoleSessionName: 'ext', WebIdentityToken: token } });
      const otherTeam = await externalToken({ sub: 'team-b/bob' });
      const wrongAudience = await externalToken({ aud: 'someone-else' });
      res = await runBoto(sb.url, [
        // DevAdmin's identity policy allows sts:AssumeRole on every role.
        assume('missing', MISSING),
        assume('untrusting', r('NamedSame')), // trusts only the user NoPolicy
        assume('trust-deny', r('ExplicitDeny'), {}, 'blocked'), // an explicit Deny for DevAdmin in the trust policy
        // NoPolicy has no identity policy: AWS adds its suffix, for the missing and the untrusting role alike.
        assume('missing-no-identity', MISSING, { creds: NO_POLICY }),
        assume('untrusting-no-identity', r('AccountOnly'), { creds: NO_POLICY }),
        // Denied's identity policy denies sts:AssumeRole on DenyTarget.
        assume('identity-deny', r('DenyTarget'), { creds: DENIED }),
        samlCall('saml-missing', MISSING, await saml(MISSING)),
        samlCall('saml-untrusting', r('SamlGate'), await saml(r('SamlGate'))),
        web('web-missing', MISSING, otherTeam),
        web('web-untrusting', r('ExternalOidc'), otherTeam),
        web('web-missing-bad-aud', MISSING, wrongAudience),
        web('web-untrusting-bad-aud', r('ExternalOidc'), wrongAudience),
      ]);
      const toDecode = ['missing', 'untrusting', 'trust-deny', 'saml-missing', 'web-untrusting'].map((id) => ({
        id,
        op: 'decode_authorization_message',
        params: { EncodedMessage: res[id]?.sandboxHeaders?.[HEADER] ?? 'none' },
      }));
      decoded = await runBoto(sb.url, toDecode);
    });

    it('gives a missing role, an untrusting role and a trust-policy Deny the same AccessDenied text', () => {
      expectDenied(res.missing, notAuthorized(DEV_ADMIN_ARN, MISSING));
      expectDenied(res.untrusting, notAuthorized(DEV_ADMIN_ARN, r('NamedSame')));
      expectDenied(res['trust-deny'], notAuthorized(DEV_ADMIN_ARN, r('ExplicitDeny')));
    });

    it("adds only AWS's suffix about the caller's own identity policies, whether the role exists or not", () => {
      const noPolicyArn = `arn:aws:iam::${A}:user/NoPolicy`;
      expectDenied(res['missing-no-identity'], notAuthorized(noPolicyArn, MISSING, NO_IDENTITY_ALLOW));
      expectDenied(res['untrusting-no-identity'], notAuthorized(noPolicyArn, r('AccountOnly'), NO_IDENTITY_ALLOW));
      expectDenied(res['identity-deny'], notAuthorized(`arn:aws:iam::${A}:user/Denied`, r('DenyTarget'), ' with an explicit deny in an identity-based policy'));
    });

    it('answers federated calls "Not authorized to perform …" for missing and untrusting roles alike', () => {
      expectDenied(res['saml-missing'], 'Not authorized to perform sts:AssumeRoleWithSAML');
      expectDenied(res['saml-untrusting'], 'Not authorized to perform sts:AssumeRoleWithSAML');
      expectDenied(res['web-missing'], 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
      expectDenied(res['web-untrusting'], 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
      // The token is checked before the role: a bad token reads the same for either.
      for (const id of ['web-missing-bad-aud', 'web-untrusting-bad-aud']) expect(res[id]?.error, id).toMatchObject({ Code: 'InvalidIdentityToken', Message: 'Incorrect token audience' });
    });

    it('explains each denial in the header: DecodeAuthorizationMessage decodes it, naming the missing role or the deciding statement', () => {
      const json = (id: string) => JSON.parse(String(okResult(decoded, id).DecodedMessage)) as { allowed: boolean; context: { action: string; resource: string }; sandboxTrace: { decision: string; summary: string; statements: { sid?: string; deciding: boolean }[] } };
      const missing = json('missing');
      expect(missing.allowed).toBe(false);
      expect(missing.context).toMatchObject({ action: 'sts:AssumeRole', resource: MISSING });
      expect(missing.sandboxTrace.summary).toContain(`has no role ${MISSING}`);
      expect(json('untrusting').sandboxTrace.decision).toBe('implicit-deny');
      const deny = json('trust-deny');
      expect(deny.sandboxTrace.decision).toBe('explicit-deny');
      expect(deny.sandboxTrace.statements.some((s) => s.sid === 'NoBlocked' && s.deciding)).toBe(true);
      expect(json('saml-missing').sandboxTrace.summary).toContain('has no role');
      expect(json('web-untrusting').context.action).toBe('sts:AssumeRoleWithWebIdentity');
    });
  });

  describe.skipIf(!HAS_AWS_CLI)('the AWS CLI', () => {
    it('prints the same AccessDenied text for a missing and an untrusting role', async () => {
      const missing = await runAws(sb.url, ['sts', 'assume-role', '--role-arn', MISSING, '--role-session-name', 'cli']);
      const untrusting = await runAws(sb.url, ['sts', 'assume-role', '--role-arn', r('NamedSame'), '--role-session-name', 'cli']);
      expect(missing.error).toEqual({ code: 'AccessDenied', message: notAuthorized(DEV_ADMIN_ARN, MISSING) });
      expect(untrusting.error).toEqual({ code: 'AccessDenied', message: notAuthorized(DEV_ADMIN_ARN, r('NamedSame')) });
      expect(missing.stderr).not.toContain('Encoded authorization failure message');
    });

    it("decodes the EC2-style practice denial's encoded message with decode-authorization-message", async () => {
      const { encodedMessage, errorText } = await practiceDenial(sb.url);
      expect(errorText).toContain(`Encoded authorization failure message: ${encodedMessage}`);
      const out = await runAws(sb.url, ['sts', 'decode-authorization-message', '--encoded-message', encodedMessage]);
      expect(out.error).toBeUndefined();
      const decodedMessage = JSON.parse(String(out.json?.DecodedMessage)) as { allowed: boolean; explicitDeny: boolean; context: { action: string } };
      expect(decodedMessage).toMatchObject({ allowed: false, explicitDeny: true, context: { action: 'ec2:RunInstances' } });
    });
  });
});
