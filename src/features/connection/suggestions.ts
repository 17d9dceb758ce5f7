/** What the form can offer while typing, taken from the sandbox world (role ARNs, providers, MFA devices). */
import type { SandboxInfo } from './sandboxApi';

const uniq = (xs: string[]) => [...new Set(xs)];

export function sandboxSuggestions(info: SandboxInfo | undefined): Record<string, string[]> {
  if (!info) return {};
  const accounts = info.accounts ?? [];
  const org = info.organization;
  return {
    RoleArn: uniq(accounts.flatMap((a) => a.roles.map((r) => r.arn))),
    PrincipalArn: uniq(accounts.flatMap((a) => a.samlProviders.map((p) => p.arn))),
    SerialNumber: uniq(accounts.flatMap((a) => a.users.flatMap((u) => u.mfaDevices ?? []))),
    TargetPrincipal: uniq([...(org?.memberAccountIds ?? [])]),
    AccessKeyId: info.demo ? [info.demo.accessKeyId] : [],
    Audience: uniq(accounts.flatMap((a) => a.oidcProviders.flatMap((p) => p.clientIds ?? []))),
  };
}
