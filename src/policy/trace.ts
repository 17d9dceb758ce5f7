/** The evaluation trace: what the UI shows and the sandbox logs to explain a decision. */
import type { Message } from '../kernel/message';
import type { PolicyDocument, PolicyStatement } from './types';

/** What a policy is used as. Trust policies are resource policies (they name principals). */
export type PolicyKind = 'trust' | 'identity' | 'session' | 'boundary' | 'scp';

export interface PolicyInput {
  /** Shown in the trace, e.g. "role/Developer trust policy" (policyLabel). */
  label: Message;
  kind: PolicyKind;
  document: PolicyDocument;
}

export interface ConditionTrace {
  /** As written, e.g. "ForAnyValue:StringLikeIfExists". */
  operator: string;
  /** The condition key as written in the policy. */
  key: string;
  /** The policy's values, with policy variables replaced. */
  policyValues: string[];
  /** The request's values for the key; null when the request does not carry it. */
  requestValues: string[] | null;
  result: boolean;
  why: Message;
}

export interface StatementTrace {
  policy: Message;
  policyKind: string;
  /** Position in the policy's Statement list (0 for a lone Statement object). */
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** null where the policy kind has no principal (identity, session, boundary, SCP). */
  principalMatched: boolean | null;
  actionMatched: boolean;
  /** null where no Resource applies (a trust policy without Resource: the role is the resource). */
  resourceMatched: boolean | null;
  conditions: ConditionTrace[];
  applies: boolean;
  why: Message;
  /**
   * Trust policies only: the Principal matched through a value naming the caller itself (its user,
   * role or session ARN, its identity provider or service), not through an account or "*".
   */
  principalNamedExactly?: boolean;
  /** The statement as written, for displays such as DecodeAuthorizationMessage's matchedStatements. */
  statement?: PolicyStatement;
}

export interface Evaluation {
  decision: 'allow' | 'explicit-deny' | 'implicit-deny';
  statements: StatementTrace[];
  /** The statements that decided: the matching Deny statements, or the Allow statements, or none. */
  deciding: StatementTrace[];
  summary: Message;
}
