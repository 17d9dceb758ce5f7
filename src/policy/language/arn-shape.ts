/**
 * The shape of an ARN as the policy validator needs it: six colon-separated parts and, for IAM and
 * STS, the resource type and name. policy/ is a leaf layer (it may not import inspect/), so this is
 * a small reader of its own rather than inspect/arn.ts's full parser.
 */

export interface ArnShape {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
  /** role, user, assumed-role, root, saml-provider, oidc-provider…; null when the resource has no type prefix. */
  resourceType: string | null;
  /** The part after the type (for oidc-provider: the provider host and path). */
  resourceName: string;
  /** Oddities that do not stop the ARN from parsing (an account that is not 12 digits…). */
  problems: string[];
}

export type ArnShapeResult = { ok: true; value: ArnShape } | { ok: false; error: string };

const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];
const isDigits = (s: string): boolean => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');

export function readArn(text: string): ArnShapeResult {
  const parts: string[] = [];
  let rest = text;
  // The resource may itself contain colons, so only the first five separate parts.
  for (let i = 0; i < 5; i++) {
    const c = rest.indexOf(':');
    if (c < 0) break;
    parts.push(rest.slice(0, c));
    rest = rest.slice(c + 1);
  }
  parts.push(rest);
  if (parts.length < 6) return { ok: false, error: `An ARN has six colon-separated parts; this one has ${parts.length}` };
  const [prefix, partition, service, region, account, resource] = parts as [string, string, string, string, string, string];
  if (prefix !== 'arn') return { ok: false, error: `An ARN starts with 'arn:'; this one starts with '${prefix}:'` };
  if (partition === '') return { ok: false, error: 'The partition (second part, such as aws) is empty' };
  if (service === '') return { ok: false, error: 'The service (third part, such as iam or s3) is empty' };
  if (resource === '') return { ok: false, error: 'The resource (sixth part, such as role/MyRole) is empty' };

  const problems: string[] = [];
  if (!PARTITIONS.includes(partition)) problems.push(`'${partition}' is not a known AWS partition`);
  if (account !== '' && !(isDigits(account) && account.length === 12) && !(service === 'iam' && account === 'aws')) {
    problems.push(`The account '${account}' is not a 12-digit account ID`);
  }
  if ((service === 'iam' || service === 'sts') && region !== '') problems.push(`${service.toUpperCase()} ARNs have no Region; this one names '${region}'`);

  let resourceType: string | null = null;
  let resourceName = resource;
  if (resource === 'root') {
    resourceType = 'root';
    resourceName = '';
  } else {
    const slash = resource.indexOf('/');
    const colon = resource.indexOf(':');
    const cut = slash < 0 ? colon : colon < 0 ? slash : Math.min(slash, colon);
    if (cut > 0) {
      resourceType = resource.slice(0, cut);
      resourceName = resource.slice(cut + 1);
    }
  }
  if (service === 'iam' && resourceType === 'assumed-role') problems.push("Assumed-role ARNs belong to the 'sts' service, not 'iam'");
  if (service === 'sts' && resourceType === 'role') problems.push("Role ARNs belong to the 'iam' service; STS session ARNs use assumed-role/");
  return { ok: true, value: { partition, service, region, account, resource, resourceType, resourceName, problems } };
}
