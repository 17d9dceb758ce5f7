/**
 * The AWS-specific attributes of an assertion (reference §7): Role pairs in either order,
 * RoleSessionName, SessionDuration, SourceIdentity, PrincipalTag:* and TransitiveTagKeys.
 * Reading only; whether STS would accept them is rules.ts.
 */
import type { Message } from '../../kernel/message';
import { primaryAssertion } from './primary-assertion';
import { AWS_SAML_ATTRIBUTE } from './rules';
import type { SamlAttribute, SamlResponseInfo } from './types';

export interface AwsRolePair {
  roleArn: string;
  principalArn: string;
  /** The order the IdP wrote them in; STS accepts both. */
  order: 'role-first' | 'provider-first';
  /** The AttributeValue as written. */
  raw: string;
}

export interface InvalidRoleValue {
  raw: string;
  reason: Message;
}

export interface AwsRolePairs {
  pairs: AwsRolePair[];
  invalid: InvalidRoleValue[];
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const PROVIDER_ARN = /^arn:aws[a-z-]*:iam::\d{12}:saml-provider\/[\w.-]+$/;

function kindOf(arn: string): 'role' | 'provider' | 'other' {
  if (ROLE_ARN.test(arn)) return 'role';
  if (PROVIDER_ARN.test(arn)) return 'provider';
  return 'other';
}

function parseRoleValue(raw: string): AwsRolePair | InvalidRoleValue {
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) {
    return { raw, reason: /*i18n*/ { id: 'samlRole.notTwo', message: 'expected two ARNs separated by one comma (role and saml-provider), found {count, plural, one {# value} other {# values}}', values: { count: parts.filter((p) => p !== '').length } } };
  }
  const [a, b] = parts as [string, string];
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'role' && kb === 'provider') return { roleArn: a, principalArn: b, order: 'role-first', raw };
  if (ka === 'provider' && kb === 'role') return { roleArn: b, principalArn: a, order: 'provider-first', raw };
  if (ka === kb && ka !== 'other') return { raw, reason: /*i18n*/ { id: 'samlRole.same', message: 'both values are {kind, select, role {role} other {saml-provider}} ARNs', values: { kind: ka } } };
  const bad = ka === 'other' ? a : b;
  return { raw, reason: /*i18n*/ { id: 'samlRole.neither', message: '"{value}" is neither an IAM role ARN nor a saml-provider ARN', values: { value: bad }, verbatim: ['value'] } };
}

function attributesNamed(info: SamlResponseInfo, name: string): SamlAttribute[] {
  return primaryAssertion(info)?.attributes.filter((a) => a.name === name) ?? [];
}

/** Every value of the Role attribute(s) of the assertion AWS reads, split into valid pairs and the rest. */
export function extractAwsRolePairs(info: SamlResponseInfo): AwsRolePairs {
  const out: AwsRolePairs = { pairs: [], invalid: [] };
  for (const attribute of attributesNamed(info, AWS_SAML_ATTRIBUTE.role)) {
    for (const value of attribute.values) {
      const r = parseRoleValue(value);
      if ('reason' in r) out.invalid.push(r);
      else out.pairs.push(r);
    }
  }
  return out;
}

export interface AwsSamlAttributes {
  /** First value of RoleSessionName, null when the attribute (or a value) is absent. */
  roleSessionName: string | null;
  /** SessionDuration as written (see rules.parseSessionDuration). */
  sessionDuration: string | null;
  sourceIdentity: string | null;
  /** PrincipalTag:<Key> → first value. */
  principalTags: Record<string, string>;
  /** Every value of every TransitiveTagKeys attribute. */
  transitiveTagKeys: string[];
  /** Oddities: several values where one is expected, and the like. */
  issues: string[];
}

function single(info: SamlResponseInfo, name: string, label: string, issues: string[]): string | null {
  const attrs = attributesNamed(info, name);
  const values = attrs.flatMap((a) => a.values);
  if (attrs.length > 1) issues.push(`${label} appears ${attrs.length} times; only the first value is used.`);
  else if (values.length > 1) issues.push(`${label} has ${values.length} values; only the first is used.`);
  if (attrs.length > 0 && values.length === 0) issues.push(`${label} is present but has no AttributeValue.`);
  return values[0] ?? null;
}

export function awsSamlAttributes(info: SamlResponseInfo): AwsSamlAttributes {
  const issues: string[] = [];
  const principalTags: Record<string, string> = {};
  const assertion = primaryAssertion(info);
  for (const a of assertion?.attributes ?? []) {
    if (!a.name.startsWith(AWS_SAML_ATTRIBUTE.principalTagPrefix)) {
      // Attribute names are case-sensitive: point out near misses that STS silently ignores.
      if (a.name.toLowerCase().startsWith('https://aws.amazon.com/saml/attributes/') && !Object.values(AWS_SAML_ATTRIBUTE).includes(a.name as never)) {
        issues.push(`Attribute "${a.name}" is not one STS knows (names are case-sensitive); it is ignored.`);
      }
      continue;
    }
    const key = a.name.slice(AWS_SAML_ATTRIBUTE.principalTagPrefix.length);
    if (Object.prototype.hasOwnProperty.call(principalTags, key)) {
      issues.push(`PrincipalTag:${key} appears more than once; the first is used.`);
      continue;
    }
    if (a.values.length !== 1) issues.push(`PrincipalTag:${key} has ${a.values.length} values; a session tag takes exactly one.`);
    principalTags[key] = a.values[0] ?? '';
  }
  return {
    roleSessionName: single(info, AWS_SAML_ATTRIBUTE.roleSessionName, 'RoleSessionName', issues),
    sessionDuration: single(info, AWS_SAML_ATTRIBUTE.sessionDuration, 'SessionDuration', issues),
    sourceIdentity: single(info, AWS_SAML_ATTRIBUTE.sourceIdentity, 'SourceIdentity', issues),
    principalTags,
    transitiveTagKeys: attributesNamed(info, AWS_SAML_ATTRIBUTE.transitiveTagKeys).flatMap((a) => a.values),
    issues,
  };
}
