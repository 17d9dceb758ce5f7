/**
 * Condition keys the policy editor knows: the global `aws:` keys, the STS keys, the SAML keys and
 * the OIDC (web identity) key suffixes, each with its type and a one-line doc. Key names are
 * case-insensitive in IAM, so every lookup here is too.
 */

export type KeyType = 'String' | 'ARN' | 'Numeric' | 'Date' | 'Bool' | 'IP' | 'Binary';
export type KeyScope = 'global' | 'sts' | 'saml' | 'oidc';

export interface ConditionKeyInfo {
  /** Canonical spelling; for tag keys the prefix ends with "/" (aws:PrincipalTag/). */
  name: string;
  /** The types of value it holds (aws:EpochTime is both Date and Numeric). */
  types: KeyType[];
  /** A request can carry several values: test it with ForAnyValue: or ForAllValues:. */
  multivalued?: boolean;
  /** The name is a prefix followed by a tag key (aws:RequestTag/team). */
  tagKey?: boolean;
  scope: KeyScope;
  doc: string;
}

type Row = [name: string, type: KeyType | KeyType[], doc: string, flags?: 'multi' | 'tag'];

const GLOBAL: Row[] = [
  ['aws:PrincipalArn', 'ARN', 'ARN of the principal making the request (for a role session, the role ARN).'],
  ['aws:PrincipalAccount', 'String', 'Account ID of the principal making the request.'],
  ['aws:PrincipalOrgID', 'String', 'ID of the AWS Organizations organization the principal belongs to.'],
  ['aws:PrincipalOrgPaths', 'String', 'Organizations paths (o-id/r-id/ou-id/) of the principal account.', 'multi'],
  ['aws:PrincipalTag/', 'String', 'A tag attached to the principal (user, role, or session tag).', 'tag'],
  ['aws:PrincipalIsAWSService', 'Bool', 'true when the request is made directly by an AWS service principal.'],
  ['aws:PrincipalServiceName', 'String', 'Service principal name (ec2.amazonaws.com) when a service makes the request.'],
  ['aws:PrincipalServiceNamesList', 'String', 'All names of the calling service principal.', 'multi'],
  ['aws:PrincipalType', 'String', 'Principal type: Account, User, FederatedUser, AssumedRole or Anonymous.'],
  ['aws:userid', 'String', 'Unique ID of the principal (AIDA…, or AROA…:SessionName for a role session).'],
  ['aws:username', 'String', 'Friendly name of the IAM user making the request (absent for roles).'],
  ['aws:AssumedRoot', ['String', 'Bool'], 'Present (true) when the request uses credentials from sts:AssumeRoot.'],
  ['aws:FederatedProvider', 'String', 'Identity provider that issued the federated identity (IAM OIDC provider ARN or a well-known IdP).'],
  ['aws:TokenIssueTime', 'Date', 'When the temporary credentials were issued.'],
  ['aws:MultiFactorAuthAge', 'Numeric', 'Seconds since MFA was used; absent when no MFA was used.'],
  ['aws:MultiFactorAuthPresent', 'Bool', 'Whether MFA was used. Absent for long-term access keys: use BoolIfExists.'],
  ['aws:ChatbotSourceArn', 'ARN', 'ARN of the chat channel when AWS Chatbot makes the request.'],
  ['aws:Ec2InstanceSourceVpc', 'String', 'VPC of the EC2 instance whose role credentials sign the request.'],
  ['aws:Ec2InstanceSourcePrivateIPv4', 'IP', 'Private IPv4 address of the EC2 instance whose role credentials sign the request.'],
  ['aws:SourceIdentity', 'String', 'Source identity set on the role session (sts:SourceIdentity at AssumeRole time).'],
  ['aws:SourceIp', 'IP', 'Public IP address of the requester (absent through a VPC endpoint).'],
  ['aws:SourceVpc', 'String', 'VPC ID the request travelled through (VPC endpoint requests only).'],
  ['aws:SourceVpcArn', 'ARN', 'ARN of the VPC the request travelled through (VPC endpoint requests only).'],
  ['aws:SourceVpce', 'String', 'VPC endpoint ID the request travelled through.'],
  ['aws:VpcSourceIp', 'IP', 'Private IP address of the requester inside the VPC (VPC endpoint requests only).'],
  ['aws:VpceAccount', 'String', 'Account that owns the VPC endpoint the request travelled through.'],
  ['aws:VpceOrgID', 'String', 'Organization of the account that owns the VPC endpoint.'],
  ['aws:VpceOrgPaths', 'String', 'Organizations paths of the account that owns the VPC endpoint.', 'multi'],
  ['aws:ResourceAccount', 'String', 'Account ID that owns the resource.'],
  ['aws:ResourceOrgID', 'String', 'Organization ID of the account that owns the resource.'],
  ['aws:ResourceOrgPaths', 'String', 'Organizations paths of the account that owns the resource.', 'multi'],
  ['aws:ResourceTag/', 'String', 'A tag on the resource being accessed (for AssumeRole: the role).', 'tag'],
  ['aws:CalledVia', 'String', 'Services that made the request on the principal\'s behalf, in order.', 'multi'],
  ['aws:CalledViaFirst', 'String', 'First service in aws:CalledVia.'],
  ['aws:CalledViaLast', 'String', 'Last service in aws:CalledVia.'],
  ['aws:ViaAWSService', 'Bool', 'true when an AWS service makes the request on the principal\'s behalf (forward access session).'],
  ['aws:CurrentTime', 'Date', 'Date and time of the request (ISO 8601).'],
  ['aws:EpochTime', ['Date', 'Numeric'], 'Date and time of the request in epoch seconds.'],
  ['aws:referer', 'String', 'HTTP Referer header sent by the client (easily forged; not an access control).'],
  ['aws:RequestedRegion', 'String', 'Region the request is sent to (us-east-1 for global services such as IAM).'],
  ['aws:RequestTag/', 'String', 'A tag key/value passed in the request (session tags for AssumeRole).', 'tag'],
  ['aws:TagKeys', 'String', 'Tag keys passed in the request.', 'multi'],
  ['aws:SecureTransport', 'Bool', 'Whether the request was sent over TLS.'],
  ['aws:SourceAccount', 'String', 'Account of the resource that made a service-to-service request (confused-deputy protection).'],
  ['aws:SourceArn', 'ARN', 'ARN of the resource that made a service-to-service request (confused-deputy protection).'],
  ['aws:SourceOrgID', 'String', 'Organization of the resource that made a service-to-service request.'],
  ['aws:SourceOrgPaths', 'String', 'Organizations paths of the resource that made a service-to-service request.', 'multi'],
  ['aws:SourceOwner', 'String', 'Account that owns the source resource (older form of aws:SourceAccount, used by SNS).'],
  ['aws:UserAgent', 'String', 'HTTP User-Agent of the client (easily forged; not an access control).'],
  ['aws:ViaAWSMCPService', 'Bool', 'true when an AWS-managed MCP server makes the request on the principal\'s behalf.'],
  ['aws:CalledViaAWSMCP', 'String', 'The AWS-managed MCP server that made the request on the principal\'s behalf.'],
];

const STS: Row[] = [
  ['sts:ExternalId', 'String', 'ExternalId passed to AssumeRole (third-party access, confused-deputy protection).'],
  ['sts:RoleSessionName', 'String', 'RoleSessionName passed to AssumeRole / AssumeRoleWithWebIdentity.'],
  ['sts:SourceIdentity', 'String', 'SourceIdentity passed in the assume-role request.'],
  ['sts:TransitiveTagKeys', 'String', 'Session tag keys marked transitive in AssumeRole.', 'multi'],
  ['sts:TaskPolicyArn', 'ARN', 'TaskPolicyArn passed to AssumeRoot.'],
  ['sts:IdentityTokenAudience', 'String', 'Audiences requested from GetWebIdentityToken.', 'multi'],
  ['sts:DurationSeconds', 'Numeric', 'DurationSeconds requested from GetWebIdentityToken.'],
  ['sts:SigningAlgorithm', 'String', 'SigningAlgorithm requested from GetWebIdentityToken (RS256 or ES384).'],
  ['sts:AWSServiceName', 'String', 'Service a bearer token is requested for (GetServiceBearerToken).'],
];

const SAML: Row[] = [
  ['saml:aud', 'String', 'Where the assertion was posted: https://signin.aws.amazon.com/saml (or a Regional sign-in URL).'],
  ['saml:sub', 'String', 'Subject of the assertion (the NameID).'],
  ['saml:sub_type', 'String', 'Format of the subject: persistent, transient, or the full format URI.'],
  ['saml:iss', 'String', 'Issuer of the assertion (the IdP entity ID).'],
  ['saml:namequalifier', 'String', 'Hash of issuer, account ID and provider name: identifies a user together with saml:sub.'],
  ['saml:doc', 'String', 'The principal that assumed the role: account-id/provider-name.'],
  ['saml:cn', 'String', 'Common name attribute (eduOrg).', 'multi'],
  ['saml:commonName', 'String', 'Common name attribute (x500).'],
  ['saml:edupersonaffiliation', 'String', 'eduPersonAffiliation attribute.', 'multi'],
  ['saml:edupersonassurance', 'String', 'eduPersonAssurance attribute.', 'multi'],
  ['saml:edupersonentitlement', 'String', 'eduPersonEntitlement attribute.', 'multi'],
  ['saml:edupersonnickname', 'String', 'eduPersonNickname attribute.', 'multi'],
  ['saml:edupersonorgdn', 'String', 'eduPersonOrgDN attribute.'],
  ['saml:edupersonorgunitdn', 'String', 'eduPersonOrgUnitDN attribute.', 'multi'],
  ['saml:edupersonprimaryaffiliation', 'String', 'eduPersonPrimaryAffiliation attribute.'],
  ['saml:edupersonprimaryorgunitdn', 'String', 'eduPersonPrimaryOrgUnitDN attribute.'],
  ['saml:edupersonprincipalname', 'String', 'eduPersonPrincipalName attribute.'],
  ['saml:edupersonscopedaffiliation', 'String', 'eduPersonScopedAffiliation attribute.', 'multi'],
  ['saml:edupersontargetedid', 'String', 'eduPersonTargetedID attribute.', 'multi'],
  ['saml:eduorghomepageuri', 'String', 'eduOrgHomePageURI attribute.', 'multi'],
  ['saml:eduorgidentityauthnpolicyuri', 'String', 'eduOrgIdentityAuthNPolicyURI attribute.', 'multi'],
  ['saml:eduorglegalname', 'String', 'eduOrgLegalName attribute.', 'multi'],
  ['saml:eduorgsuperioruri', 'String', 'eduOrgSuperiorURI attribute.', 'multi'],
  ['saml:eduorgwhitepagesuri', 'String', 'eduOrgWhitePagesURI attribute.', 'multi'],
  ['saml:givenName', 'String', 'Given name attribute.'],
  ['saml:mail', 'String', 'Email address attribute.'],
  ['saml:name', 'String', 'Name attribute.'],
  ['saml:organizationStatus', 'String', 'Organization status attribute.'],
  ['saml:primaryGroupSID', 'String', 'Primary group SID attribute.'],
  ['saml:surname', 'String', 'Surname attribute.'],
  ['saml:uid', 'String', 'User ID attribute.'],
  ['saml:x500UniqueIdentifier', 'String', 'x500 unique identifier attribute.'],
];

/** The claims a web identity token supplies as `<provider>:<claim>` keys (custom claims never are). */
export const OIDC_KEY_SUFFIXES: readonly ConditionKeyInfo[] = [
  { name: ':aud', types: ['String'], scope: 'oidc', doc: 'Audience (client ID) of the token; for Google the azp claim when present.' },
  { name: ':sub', types: ['String'], scope: 'oidc', doc: 'Subject of the token: who or what the token identifies. Always constrain it.' },
  { name: ':azp', types: ['String'], scope: 'oidc', doc: 'Authorized party (azp claim) of the token.' },
  { name: ':amr', types: ['String'], scope: 'oidc', multivalued: true, doc: 'Authentication methods (Cognito: authenticated / unauthenticated and the login provider).' },
  { name: ':oaud', types: ['String'], scope: 'oidc', doc: 'Google only: the original aud claim when aud holds azp.' },
  { name: ':app_id', types: ['String'], scope: 'oidc', doc: 'Login with Amazon / Facebook: the application ID.' },
  { name: ':user_id', types: ['String'], scope: 'oidc', doc: 'Login with Amazon: the user ID.' },
  { name: ':id', types: ['String'], scope: 'oidc', doc: 'Facebook: the user ID.' },
];

/** Providers whose keys are offered in completion (the provider part is the issuer without https://). */
export const OIDC_PROVIDER_PREFIXES = ['token.actions.githubusercontent.com', 'accounts.google.com', 'cognito-identity.amazonaws.com', 'gitlab.com', 'www.amazon.com', 'graph.facebook.com'] as const;

function build(rows: Row[], scope: KeyScope): ConditionKeyInfo[] {
  return rows.map(([name, type, doc, flag]) => ({
    name,
    types: Array.isArray(type) ? type : [type],
    scope,
    doc,
    ...(flag === 'multi' ? { multivalued: true } : {}),
    ...(flag === 'tag' ? { tagKey: true } : {}),
  }));
}

const GLOBAL_CONDITION_KEYS: readonly ConditionKeyInfo[] = build(GLOBAL, 'global');
const STS_CONDITION_KEYS: readonly ConditionKeyInfo[] = build(STS, 'sts');
const SAML_CONDITION_KEYS: readonly ConditionKeyInfo[] = build(SAML, 'saml');
export const ALL_CONDITION_KEYS: readonly ConditionKeyInfo[] = [...GLOBAL_CONDITION_KEYS, ...STS_CONDITION_KEYS, ...SAML_CONDITION_KEYS];

const exact = new Map(ALL_CONDITION_KEYS.filter((k) => !k.tagKey).map((k) => [k.name.toLowerCase(), k]));
const tagPrefixes = ALL_CONDITION_KEYS.filter((k) => k.tagKey);
const oidcSuffixes = new Map(OIDC_KEY_SUFFIXES.map((k) => [k.name, k]));

export type KeyLookup =
  | { known: true; info: ConditionKeyInfo }
  /** The prefix is one we know all keys of (aws:, sts:) and this key is not one of them. */
  | { known: false; prefix: 'aws' | 'sts'; suggestion?: string }
  /** A service key (s3:prefix…) or an attribute we do not list. */
  | { known: false; prefix: string | null };

/** Looks a condition key up, case-insensitively. */
export function lookupConditionKey(name: string): KeyLookup {
  const lower = name.toLowerCase();
  const hit = exact.get(lower);
  if (hit) return { known: true, info: hit };
  for (const k of tagPrefixes) {
    if (lower.startsWith(k.name.toLowerCase()) && lower.length > k.name.length) return { known: true, info: k };
  }
  const colon = name.lastIndexOf(':');
  const prefix = colon > 0 ? name.slice(0, colon) : null;
  // A provider host such as token.actions.githubusercontent.com or oidc.eks.us-east-1.amazonaws.com/id/ABC.
  if (prefix !== null && prefix.includes('.')) {
    const suffix = oidcSuffixes.get(lower.slice(colon));
    if (suffix) return { known: true, info: suffix };
    return { known: false, prefix };
  }
  const service = lower.split(':')[0] ?? '';
  if (service === 'aws' || service === 'sts') {
    const suggestion = suggestKey(name, service === 'aws' ? GLOBAL_CONDITION_KEYS : STS_CONDITION_KEYS);
    return suggestion ? { known: false, prefix: service, suggestion } : { known: false, prefix: service };
  }
  return { known: false, prefix: colon > 0 ? service : null };
}

/** A known key within two edits of a misspelt one (aws:SoureIp → aws:SourceIp, aws:PrincipalTags/x → aws:PrincipalTag/x). */
function suggestKey(name: string, keys: readonly ConditionKeyInfo[]): string | undefined {
  const slash = name.indexOf('/');
  let best: { name: string; d: number } | undefined;
  for (const k of keys) {
    if (k.tagKey && slash < 0) continue;
    // A tag key is compared up to its "/", and the tag part is kept as written.
    const typed = k.tagKey ? name.slice(0, slash + 1) : name;
    const d = editDistance(typed.toLowerCase(), k.name.toLowerCase(), 2);
    if (d <= 2 && (!best || d < best.d)) best = { name: k.tagKey ? k.name + name.slice(slash + 1) : k.name, d };
  }
  return best?.name;
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds max. Inputs are short key names. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length] as number;
}
