/**
 * The shape of the operation catalog: what each STS operation is, as plain data.
 * The forms, the CLI renderer, the client-side validator and the sandbox's request
 * parser and validator all read these same objects.
 */
import type { ServiceInputTypes } from '@aws-sdk/client-sts';
import type { Message } from '../kernel/message';

export const OPERATION_NAMES = [
  'AssumeRole',
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
  'AssumeRoot',
  'DecodeAuthorizationMessage',
  'GetAccessKeyInfo',
  'GetCallerIdentity',
  'GetDelegatedAccessToken',
  'GetFederationToken',
  'GetScopedCredentials',
  'GetSessionToken',
  'GetWebIdentityToken',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

/** How users think about the operations; the workbench groups its menu this way. */
export type OperationGroup = 'assume' | 'tokens' | 'inspect';

/**
 * Who must sign the request.
 * - none: unsigned (SAML, WebIdentity)
 * - any: any valid credentials
 * - long-term: an IAM user's or the root user's access keys only
 * - temporary: session credentials only
 * - management: a principal of the organization's management account (AssumeRoot)
 */
export type SigningRequirement = 'none' | 'any' | 'long-term' | 'temporary' | 'management';

/** A string constraint as the service model states it. `pattern` is AWS's own (Java) text, unanchored. */
export interface StringConstraint {
  kind: 'string';
  minLength?: number;
  maxLength?: number;
  /** The model's pattern exactly as AWS prints it in validation messages, e.g. `[\w+=,.@-]*`. */
  pattern?: string;
  /** Allowed values (checked client-side and by the sandbox, with the operation's own error). */
  allowedValues?: readonly string[];
  /**
   * A model enum: the Java validator itself rejects other values with
   * `Member must satisfy enum value set: [A, B]` (unlike `allowedValues`, which a cross-field rule checks).
   */
  enumValues?: readonly string[];
  /** Sensitive members: AWS leaves the value out of validation messages (`Value at 'x' …`). */
  sensitive?: boolean;
}

export interface IntegerConstraint {
  kind: 'integer';
  min?: number;
  max?: number;
}

/** A list of plain strings: `X.member.N=value` on the wire. */
export interface StringListConstraint {
  kind: 'stringList';
  minItems?: number;
  maxItems?: number;
  item: StringConstraint;
}

/** A list of structures: `X.member.N.Field=value` on the wire. */
export interface StructListConstraint {
  kind: 'structList';
  minItems?: number;
  maxItems?: number;
  /** Wire and SDK member names of each structure, with their constraints. */
  fields: readonly StructField[];
}

/** A single nested structure: `X.Field=value` on the wire (TaskPolicyArn.arn). */
export interface StructConstraint {
  kind: 'struct';
  fields: readonly StructField[];
}

export interface StructField {
  /** The member name as the SDK and the wire spell it (`Key`, `Value`, `arn`, `ProviderArn`). */
  name: string;
  /** The lower-camel name AWS uses in validation messages (`key`, `value`, `arn`, `providerArn`). */
  memberPath: string;
  required: boolean;
  type: StringConstraint;
  /** The CLI shorthand key (`Key`, `Value`, `arn`, `ProviderArn`). */
  cliKey: string;
}

export type ParamType =
  | StringConstraint
  | IntegerConstraint
  | StringListConstraint
  | StructListConstraint
  | StructConstraint;

/** Which input control the form uses for a parameter. */
export type Widget =
  | 'text'
  | 'secret'
  | 'textarea'
  | 'number'
  | 'policy'
  | 'policyArns'
  | 'tags'
  | 'transitiveTagKeys'
  | 'providedContexts'
  | 'stringList'
  | 'select'
  | 'taskPolicyArn';

export interface ParamSpec {
  /** The API member name (`RoleSessionName`). */
  name: string;
  /** The lower-camel path AWS uses in validation messages (`roleSessionName`). */
  memberPath: string;
  /** The AWS CLI flag without dashes (`role-session-name`). */
  cliFlag: string;
  label: Message;
  type: ParamType;
  required: boolean;
  /** The default the service applies when the parameter is absent (shown, never sent). */
  defaultValue?: string | number;
  /** One paragraph that explains the parameter. */
  doc: Message;
  widget: Widget;
  placeholder?: string;
}

/**
 * A rule that spans parameters or that the model does not carry (reference §13).
 * `check` returns a message in STS's own wording, or null when the input is fine.
 */
export interface CrossFieldRule {
  id: string;
  /** The parameter the message is shown beside. */
  param: string;
  /** The error code the real service answers with when the rule is broken on the server. */
  code: string;
  /** STS's own wording (the wire message), or null when the input is fine. */
  check: (input: OperationInput) => string | null;
  /** What the workbench says about a broken rule, in the reader's language, beside STS's wording. */
  explain: Message;
}

/** A warning for a rule only the server can check (role MaxSessionDuration, chaining cap, root caps). */
export interface ServerOnlyNote {
  id: string;
  param?: string;
  text: Message;
}

export interface OperationSpec {
  name: OperationName;
  /** `assume-role` */
  cliName: string;
  group: OperationGroup;
  /** One line for menus. */
  summary: Message;
  /** One paragraph that explains the operation. */
  doc: Message;
  signing: SigningRequirement;
  /** Whether the global endpoint (sts.amazonaws.com) serves it. */
  globalEndpoint: boolean;
  params: readonly ParamSpec[];
  rules: readonly CrossFieldRule[];
  notes: readonly ServerOnlyNote[];
  /** Output members whose presence marks what the result view shows. */
  returnsCredentials: boolean;
}

/** An operation's input as the SDK takes it. */
export type OperationInput = Record<string, unknown> & Partial<ServiceInputTypes>;

/** One broken model constraint, worded exactly as AWS's Java validation layer words it (reference §5.4). */
export interface ValidationClause {
  /** The API member name of the top-level parameter (`Tags`). */
  param: string;
  /** The member path AWS prints (`tags.1.member.key`). */
  path: string;
  /** `Value 'x' at 'path' failed to satisfy constraint: Member must …` */
  clause: string;
  /** The workbench's explanation of the broken constraint (translated), shown beside the clause. */
  explain: Message;
}

/** A broken cross-field rule (reference §13), with the code the server answers with. */
export interface RuleViolation {
  ruleId: string;
  param: string;
  code: string;
  message: string;
  explain: Message;
}

/** One problem to show beside a form field: a model clause or a rule violation. */
export interface FieldIssue {
  /** The API member name of the top-level parameter the issue belongs to. */
  param: string;
  /** The member path (`tags.2.member.value`) for model clauses; the parameter's memberPath for rules. */
  path: string;
  /** `ValidationError` for model clauses; the rule's code otherwise. */
  code: string;
  /** STS's own wording. */
  message: string;
  /** The workbench's explanation, in the reader's language. */
  explain: Message;
  source: 'model' | 'rule';
  ruleId?: string;
}
