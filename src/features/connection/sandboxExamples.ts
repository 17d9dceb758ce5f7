/**
 * "Fill an example": inputs that work against the sandbox as it is, built from its world and, for
 * the federation operations, with an assertion or token minted by the sandbox's own identity
 * providers (/_sandbox/saml/mint, /_sandbox/oidc/mint, …). Sandbox only: never for AWS.
 */
import type { OperationName } from '../../catalog/types';
import { callControl, type SandboxConnection, type SandboxInfo } from './sandboxApi';

type Input = Record<string, unknown>;
type Role = SandboxInfo['accounts'][number]['roles'][number];

const trustText = (r: Role): string => JSON.stringify(r.trustPolicy ?? '');

/** A role of the demo user's account that any principal of that account may assume without conditions. */
function plainAssumableRole(info: SandboxInfo): Role | undefined {
  const account = info.demo?.account ?? info.accounts[0]?.id;
  const roles = info.accounts.find((a) => a.id === account)?.roles ?? [];
  return roles.find((r) => {
    const t = trustText(r);
    return !t.includes('Condition') && !t.includes('Federated') && t.includes('sts:AssumeRole');
  });
}

function trustingRole(info: SandboxInfo, principalArn: string): Role | undefined {
  for (const a of info.accounts) {
    const role = a.roles.find((r) => trustText(r).includes(principalArn));
    if (role) return role;
  }
  return undefined;
}

/** The demo user's MFA device, a virtual (TOTP) one by preference: its serial is an ARN. */
function demoMfaDevice(info: SandboxInfo): string | undefined {
  const devices = info.accounts.flatMap((a) => a.users).find((u) => u.arn === info.demo?.arn)?.mfaDevices ?? [];
  return devices.find((d) => d.startsWith('arn:')) ?? devices[0];
}

/** An input for `op` that the sandbox accepts; null when the operation needs nothing (or no example fits). */
export async function sandboxExample(conn: SandboxConnection, op: OperationName): Promise<Input | null> {
  const info = conn.info;
  switch (op) {
    case 'AssumeRole': {
      const role = plainAssumableRole(info);
      return role ? { RoleArn: role.arn, RoleSessionName: 'workbench-session' } : null;
    }
    case 'AssumeRoleWithSAML': {
      const account = info.accounts.find((a) => a.samlProviders.some((p) => p.builtInIdp));
      const provider = account?.samlProviders.find((p) => p.builtInIdp);
      const role = provider && trustingRole(info, provider.arn);
      if (!account || !provider || !role) return null;
      const { samlResponse } = await callControl(conn, 'POST /_sandbox/saml/mint', {
        account: account.id,
        provider: provider.name,
        roles: [{ roleArn: role.arn, principalArn: provider.arn }],
      });
      return { RoleArn: role.arn, PrincipalArn: provider.arn, SAMLAssertion: samlResponse };
    }
    case 'AssumeRoleWithWebIdentity': {
      const provider = info.accounts.flatMap((a) => a.oidcProviders).find((p) => p.builtInIdp && trustingRole(info, p.arn));
      const role = provider && trustingRole(info, provider.arn);
      if (!provider || !role) return null;
      const { token } = await callControl(conn, 'POST /_sandbox/oidc/mint', {
        issuer: provider.url,
        ...(provider.clientIds?.[0] ? { aud: provider.clientIds[0] } : {}),
      });
      return { RoleArn: role.arn, RoleSessionName: 'web-user', WebIdentityToken: token };
    }
    case 'AssumeRoot': {
      const member = info.organization?.memberAccountIds?.[0];
      return member ? { TargetPrincipal: member, TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' } } : null;
    }
    case 'GetSessionToken': {
      // With the demo user's MFA device and the code it shows now (on the sandbox clock): MFA with no phone.
      const serial = demoMfaDevice(info);
      if (!serial) return { DurationSeconds: 3600 };
      const { code } = await callControl(conn, 'GET /_sandbox/mfa/code', { serialNumber: serial });
      return { DurationSeconds: 3600, SerialNumber: serial, TokenCode: code };
    }
    case 'GetFederationToken':
      return {
        Name: 'workshop-user',
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }, null, 2),
      };
    case 'GetScopedCredentials':
      return { DurationSeconds: 900 };
    case 'GetWebIdentityToken':
      return { Audience: ['https://api.example.com'], SigningAlgorithm: 'RS256' };
    case 'GetDelegatedAccessToken': {
      const { tradeInToken } = await callControl(conn, 'POST /_sandbox/delegation', {});
      return { TradeInToken: tradeInToken };
    }
    case 'GetAccessKeyInfo':
      return info.demo ? { AccessKeyId: info.demo.accessKeyId } : null;
    case 'DecodeAuthorizationMessage': {
      const { encodedMessage } = await callControl(conn, 'POST /_sandbox/authorization-message', {});
      return { EncodedMessage: encodedMessage };
    }
    case 'GetCallerIdentity':
      return null;
  }
}
