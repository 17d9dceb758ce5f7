/**
 * Cross-field rules and documented limits the service model does not carry (reference §13).
 * Every check is defensive: malformed input (wrong types, missing pieces) is the model validator's
 * business, so a rule simply passes when it cannot read what it needs.
 */
import { parseArn } from '../kernel/arn';
import { fromBase64Url, fromUtf8 } from '../kernel/encoding';
import { ROOT_TASK_POLICY_ARNS, SIGNING_ALGORITHMS, targetPrincipalType } from './shapes';
import { SESSION_POLICY_PLAINTEXT_LIMIT, sessionPolicyArns, sessionPolicyPlaintext } from '../kernel/session-policy-plaintext';
import { constraintClause, formatValidationError } from './model-constraints';
import type { CrossFieldRule, OperationInput } from './types';

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const field = (item: unknown, name: string): unknown =>
  item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined;

/**
 * A RoleArn that is long enough and in the allowed alphabet but is not an ARN at all:
 * ValidationError "<value> is invalid" (reference §2.1, observed). Shorter values get the model's length clause instead.
 */
export const roleArnParsesRule: CrossFieldRule = {
  id: 'role-arn-parses',
  param: 'RoleArn',
  code: 'ValidationError',
  explain: /*i18n*/ { id: 'rule.roleArnParses', message: 'This is not an ARN: a role ARN looks like {example}.', values: { example: 'arn:aws:iam::123456789012:role/RoleName' }, verbatim: ['example'] },
  check: (input) => {
    const arn = text(input.RoleArn);
    if (arn === null || arn.length < 20 || parseArn(arn.trim()).ok) return null;
    return `${arn} is invalid`;
  },
};

export const mfaPairRule: CrossFieldRule = {
  id: 'mfa-serial-and-code',
  param: 'TokenCode',
  code: 'ValidationError',
  // [I] AWS's exact wording for this case is not documented; this names both members as AWS does.
  explain: /*i18n*/ { id: 'rule.mfaPair', message: 'Send the MFA serial number and the MFA code together, or neither.' },
  check: (input) => {
    const serial = text(input.SerialNumber);
    const code = text(input.TokenCode);
    if (serial && !code) return 'TokenCode must be specified when SerialNumber is specified.';
    if (code && !serial) return 'SerialNumber must be specified when TokenCode is specified.';
    return null;
  },
};

export const transitiveKeysInTagsRule: CrossFieldRule = {
  id: 'transitive-keys-in-tags',
  param: 'TransitiveTagKeys',
  code: 'InvalidParameterValue',
  explain: /*i18n*/ { id: 'rule.transitiveKeysInTags', message: 'Every transitive tag key must also be the key of one of the session tags.' },
  check: (input) => {
    const keys = list(input.TransitiveTagKeys).filter((k): k is string => typeof k === 'string');
    if (keys.length === 0) return null;
    // Tag keys are case-insensitive everywhere in STS.
    const tagKeys = new Set(list(input.Tags).map((t) => String(field(t, 'Key') ?? '').toLowerCase()));
    return keys.every((k) => tagKeys.has(k.toLowerCase()))
      ? null
      : 'The specified transitive tag key must be included in the requested tags.';
  },
};

export const duplicateTagKeysRule: CrossFieldRule = {
  id: 'duplicate-tag-keys',
  param: 'Tags',
  code: 'InvalidParameterValue',
  explain: /*i18n*/ { id: 'rule.duplicateTagKeys', message: 'Two tags have the same key (tag keys ignore case).' },
  check: (input) => {
    const seen = new Set<string>();
    for (const tag of list(input.Tags)) {
      const key = field(tag, 'Key');
      if (typeof key !== 'string') continue;
      const folded = key.toLowerCase();
      if (seen.has(folded)) return 'Duplicate tag keys found. Please note that Tag keys are case insensitive.';
      seen.add(folded);
    }
    return null;
  },
};

/**
 * Inline policy plus managed-policy ARN text may not exceed 2048 characters (reference §2.14).
 * When the inline policy alone already breaks the model's own maximum, the model clause reports it.
 */
export function policyPlaintextRule(policyModelMax: number | undefined): CrossFieldRule {
  return {
    id: 'session-policy-plaintext',
    param: 'Policy',
    code: 'ValidationError',
    explain: /*i18n*/ { id: 'rule.policyPlaintext', message: 'The inline policy and the managed policy ARNs together exceed {max, number} characters.', values: { max: SESSION_POLICY_PLAINTEXT_LIMIT } },
    check: (input: OperationInput) => {
      if (policyModelMax !== undefined && typeof input.Policy === 'string' && input.Policy.length > policyModelMax) return null;
      const total = sessionPolicyPlaintext(input.Policy, sessionPolicyArns(input));
      if (total <= SESSION_POLICY_PLAINTEXT_LIMIT) return null;
      return (
        `The plaintext of the session policies (inline policy plus managed policy ARNs) is ${total} characters; ` +
        `it must not exceed ${SESSION_POLICY_PLAINTEXT_LIMIT}.`
      );
    },
  };
}

/** A compact JWS: three base64url segments whose header is a JSON object (an OIDC ID token). */
export function looksLikeJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]*$/.test(p)) || !parts[0]) return false;
  try {
    const bytes = fromBase64Url(parts[0]);
    const header: unknown = bytes ? JSON.parse(fromUtf8(bytes)) : null;
    return header !== null && typeof header === 'object' && !Array.isArray(header);
  } catch {
    return false;
  }
}

export const providerIdOAuthOnlyRule: CrossFieldRule = {
  id: 'provider-id-oauth-only',
  param: 'ProviderId',
  code: 'ValidationError',
  explain: /*i18n*/ { id: 'rule.providerIdOAuthOnly', message: 'Leave the provider ID empty: this token is an OpenID Connect ID token, and the provider ID serves only OAuth 2.0 access tokens.' },
  check: (input) => {
    const provider = text(input.ProviderId);
    const token = text(input.WebIdentityToken);
    if (!provider || !token || !looksLikeJwt(token)) return null;
    return (
      'ProviderId is used only with OAuth 2.0 access tokens (www.amazon.com, graph.facebook.com); ' +
      'omit it when the WebIdentityToken is an OpenID Connect ID token.'
    );
  },
};

export const providerIdHostOnlyRule: CrossFieldRule = {
  id: 'provider-id-host-only',
  param: 'ProviderId',
  code: 'ValidationError',
  explain: /*i18n*/ { id: 'rule.providerIdHostOnly', message: 'The provider ID is a bare host name, such as {example}, without scheme, port or path.', values: { example: 'www.amazon.com' }, verbatim: ['example'] },
  check: (input) => {
    const provider = text(input.ProviderId);
    if (!provider || /^[A-Za-z0-9.-]+$/.test(provider)) return null;
    return `ProviderId must be a bare host name such as www.amazon.com, without a scheme, port or path; got '${provider}'.`;
  },
};

export const signingAlgorithmRule: CrossFieldRule = {
  id: 'signing-algorithm',
  param: 'SigningAlgorithm',
  code: 'ValidationError',
  explain: /*i18n*/ { id: 'rule.signingAlgorithm', message: 'Choose one of {values}.', values: { values: SIGNING_ALGORITHMS.join(', ') }, verbatim: ['values'] },
  check: (input) => {
    const alg = input.SigningAlgorithm;
    if (typeof alg !== 'string' || (SIGNING_ALGORITHMS as readonly string[]).includes(alg)) return null;
    // The model gives only the length (exactly 5); the documented set is checked once the length
    // passes, and answered in the same validation grammar (reference §5.4): "1 validation error detected: …".
    return formatValidationError([{ clause: constraintClause('signingAlgorithm', alg, `satisfy enum value set: [${SIGNING_ALGORITHMS.join(', ')}]`) }]);
  },
};

const ROOT_PRINCIPAL_ARN = /^arn:aws(?:-[a-z]+)*:iam::(\d{12}):root$/;

/** The 12-digit member account a TargetPrincipal names (its ID, or its root principal's ARN), else null. */
export function targetPrincipalAccount(target: string): string | null {
  if (/^\d{12}$/.test(target)) return target;
  return ROOT_PRINCIPAL_ARN.exec(target)?.[1] ?? null;
}

/**
 * AssumeRoot's TargetPrincipal (reference §2.4): the member account, as its 12-digit ID or as the ARN
 * of its root principal (`arn:aws:iam::111122223333:root`); anything else is refused before any
 * permission check. [I] The wording is the observed "<value> is invalid" of a malformed RoleArn.
 */
export const targetPrincipalRule: CrossFieldRule = {
  id: 'target-principal',
  param: 'TargetPrincipal',
  code: 'ValidationError',
  explain: /*i18n*/ { id: 'rule.targetPrincipal', message: 'Give the member account as its 12-digit ID or as the ARN of its root principal ({example}).', values: { example: 'arn:aws:iam::111122223333:root' }, verbatim: ['example'] },
  check: (input) => {
    const target = text(input.TargetPrincipal);
    // Outside the model's 12–2048 characters its length clause speaks instead.
    if (target === null || target.length < (targetPrincipalType.minLength ?? 0) || target.length > (targetPrincipalType.maxLength ?? Infinity)) return null;
    return targetPrincipalAccount(target) === null ? `${target} is invalid` : null;
  },
};

export const taskPolicyArnRule: CrossFieldRule = {
  id: 'root-task-policy',
  param: 'TaskPolicyArn',
  code: 'ValidationError',
  explain: /*i18n*/ { id: 'rule.rootTaskPolicy', message: 'Choose one of the AWS managed root-task policies.' },
  check: (input) => {
    const arn = field(input.TaskPolicyArn, 'arn');
    if (typeof arn !== 'string' || (ROOT_TASK_POLICY_ARNS as readonly string[]).includes(arn)) return null;
    return `The TaskPolicyArn '${arn}' is not one of the AWS managed root-task policies: ${ROOT_TASK_POLICY_ARNS.join(', ')}.`;
  },
};

export const scopedNeedsPolicyOrDurationRule: CrossFieldRule = {
  id: 'scoped-policy-or-duration',
  param: 'Policy',
  code: 'ValidationError',
  explain: /*i18n*/ { id: 'rule.scopedPolicyOrDuration', message: 'Give a scope-down policy, a duration, or both.' },
  check: (input) =>
    text(input.Policy) === null && input.DurationSeconds === undefined
      ? 'A request must provide at least one of Policy or DurationSeconds.'
      : null,
};

export const scopeNeedsOriginIdentityRule: CrossFieldRule = {
  id: 'scope-needs-origin-identity',
  param: 'Scope',
  code: 'ValidationError',
  explain: /*i18n*/ { id: 'rule.scopeNeedsOriginIdentity', message: 'A scope needs the subject mode {mode} and exactly one audience.', values: { mode: 'OriginIdentity' }, verbatim: ['mode'] },
  check: (input) => {
    if (text(input.Scope) === null) return null;
    if (input.SubjectMode !== 'OriginIdentity' || list(input.Audience).length !== 1) {
      return 'Scope can be specified only when SubjectMode is OriginIdentity and exactly one Audience is requested.';
    }
    return null;
  },
};

export const scopeFormatRule: CrossFieldRule = {
  id: 'scope-format',
  param: 'Scope',
  code: 'ValidationError',
  explain: /*i18n*/ { id: 'rule.scopeFormat', message: 'Scope values are printable ASCII characters (no {excluded}), separated by single spaces, each given once.', values: { excluded: '" , \\' }, verbatim: ['excluded'] },
  check: (input) => {
    const scope = text(input.Scope);
    if (scope === null) return null;
    if (scope.startsWith(' ') || scope.endsWith(' ')) return 'Scope must not begin or end with a space.';
    const values = scope.split(' ');
    // Printable ASCII except space, double quote, comma and backslash (RFC 6749 §3.3 scope-token, minus the comma).
    const bad = values.find((v) => v === '' || !/^[\x21\x23-\x2B\x2D-\x5B\x5D-\x7E]+$/.test(v));
    if (bad !== undefined) {
      return bad === ''
        ? 'Scope values must be separated by a single space.'
        : `Scope value '${bad}' may contain only printable ASCII characters other than space, '"', ',' and '\\'.`;
    }
    if (new Set(values).size !== values.length) return 'Scope must not repeat a scope value.';
    return null;
  },
};
