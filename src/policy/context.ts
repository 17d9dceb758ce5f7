/**
 * The request context a policy is evaluated against: who asks, for what action on which resource,
 * and the condition keys with their values.
 */

export type RequestPrincipal =
  | {
      type: 'AWS';
      arn: string;
      account: string;
      /** Extra ARNs that also identify the caller, e.g. the role ARN for a role session. */
      alsoKnownAs?: string[];
    }
  /** A saml-provider / oidc-provider ARN, or accounts.google.com, graph.facebook.com, www.amazon.com, cognito-identity.amazonaws.com. */
  | { type: 'Federated'; id: string }
  | { type: 'Service'; id: string }
  | null;

export interface RequestContext {
  /** The principal the request comes from, for Principal/NotPrincipal matching. null = anonymous. */
  principal: RequestPrincipal;
  /** e.g. "sts:AssumeRole" */
  action: string;
  /** e.g. the role ARN */
  resource: string;
  /** Condition keys → values. Keys are compared case-insensitively. A single-valued key is a one-element array. */
  keys: Record<string, string[]>;
}

/**
 * The values of a condition key, or undefined when the request does not carry it. Key names are
 * case-insensitive as a whole, so `SAML:aud` finds `saml:aud` and `aws:principaltag/Team` finds
 * `aws:PrincipalTag/team` (the tag-key part after `/` is case-insensitive too). A key present with
 * no values counts as absent, the way IAM treats an empty multivalued key.
 */
export function contextKey(ctx: Pick<RequestContext, 'keys'>, name: string): string[] | undefined {
  const keys = ctx.keys;
  // Fast path: the exact spelling.
  if (Object.prototype.hasOwnProperty.call(keys, name)) {
    const v = keys[name];
    if (Array.isArray(v) && v.length > 0) return v;
  }
  const wanted = name.toLowerCase();
  for (const k of Object.keys(keys)) {
    if (k.toLowerCase() !== wanted) continue;
    const v = keys[k];
    if (Array.isArray(v) && v.length > 0) return v;
  }
  return undefined;
}
