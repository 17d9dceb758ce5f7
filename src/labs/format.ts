/**
 * The lab file format (labs/NN-name.json), as types. A lab is plain data an instructor writes by
 * hand: texts, steps, and each step's check, evaluated against the calls the user made in this
 * browser. Documented for authors in labs/README.md; validated by ./validate.ts.
 */
import type { OperationInput, OperationName } from '../catalog/types';

/** The languages every lab text is written in; the validator requires each one. */
export const LAB_LANGUAGES = ['en', 'fr'] as const;
export type LabLanguage = (typeof LAB_LANGUAGES)[number];
/** A text in every language: `{ "en": "Assume a role", "fr": "Endosser un rôle" }`. */
export type LabText = Readonly<Record<LabLanguage, string>>;

/**
 * How one value is compared: a bare string, number or boolean means "equals"; an object names one
 * test. Values that are not strings (numbers, lists of tags) are compared as their JSON text.
 */
export type LabMatcher =
  | string
  | number
  | boolean
  | { equals: string | number | boolean }
  | { startsWith: string }
  | { endsWith: string }
  | { contains: string }
  | { present: boolean };

export const SIGNED_WITH = ['long-term', 'temporary', 'unsigned'] as const;
export type SignedWith = (typeof SIGNED_WITH)[number];
export const SANDBOX_TARGETS = ['in-page', 'server'] as const;
export type SandboxTarget = (typeof SANDBOX_TARGETS)[number];

/** What a call must look like to complete a step. Every field given must match; absent fields match anything. */
export interface LabCallCheck {
  operation: OperationName;
  /** Which sandbox answered; absent: either (a lab runs in the page and against the server alike). */
  target?: SandboxTarget;
  /** The kind of keys that signed the call: long-term (an IAM user's), temporary (a session: chaining), unsigned. */
  signedWith?: SignedWith;
  /** Request parameters, by the catalog's parameter name. */
  input?: Readonly<Record<string, LabMatcher>>;
  /** Absent: the call must succeed. A code: the call must fail with exactly that error code. */
  error?: string;
  /** With error: the error message (AWS's own words), e.g. {"contains": "Audience"}, to tell apart failures that share a code. */
  message?: LabMatcher;
  /** Result fields by dotted path into the SDK output, e.g. "AssumedRoleUser.Arn" (success only). */
  output?: Readonly<Record<string, LabMatcher>>;
}

/** The layer that decided a denial, as the permission check names it (src/policy/permission-check.ts's DeniedBy). */
export const DENIED_BY = ['explicit-deny', 'identity', 'boundary', 'session'] as const;
export type LabDeniedBy = (typeof DENIED_BY)[number];

/**
 * What a run of "What can these credentials do?" (the permission check, answered by a sandbox) must
 * look like to complete a step. Every field given must match; absent fields match anything.
 */
export interface LabPermissionCheck {
  permissionCheck: {
    /** The action asked about, e.g. "s3:GetObject". */
    action?: LabMatcher;
    resource?: LabMatcher;
    /** The ARN of the credentials checked (an assumed-role session's ARN ends with its session name). */
    principal?: LabMatcher;
    target?: SandboxTarget;
    /** The kind of credentials checked: long-term (a user's keys) or temporary (a session). */
    signedWith?: Exclude<SignedWith, 'unsigned'>;
    /** The verdict. */
    allowed: boolean;
    /** With allowed false: the layer that denied ("session": no session policy allows it). */
    deniedBy?: LabDeniedBy;
  };
}

/** A step is completed by a call (LabCallCheck) or by a permission check's verdict (LabPermissionCheck). */
export type LabCheck = LabCallCheck | LabPermissionCheck;
export const isPermissionCheck = (c: LabCheck): c is LabPermissionCheck => 'permissionCheck' in c;

/**
 * A value "Show me" computes when it fills the form, because it cannot be written in the file:
 * a fresh assertion or token from the sandbox's built-in IdPs, the MFA device's current code, a
 * practice authorization message, or the sandbox's explanation of the newest denied call.
 */
export type LabGenerated =
  | { from: 'saml-idp'; request: Readonly<Record<string, unknown>> }
  | { from: 'oidc-idp'; request: Readonly<Record<string, unknown>> }
  | { from: 'mfa-code'; serialNumber: string }
  | { from: 'practice-denial' }
  | { from: 'last-denial' };
export const GENERATED_SOURCES = ['saml-idp', 'oidc-idp', 'mfa-code', 'practice-denial', 'last-denial'] as const;

/** Which keys sign the next call after "Show me": the demo user's, or the credentials a previous step's call returned. */
export type LabSignWith = 'demo' | { step: string };

/** "Show me": fills the operation's form (and, with signWith, the connection's keys). Never sends. */
export interface LabCallShowMe {
  operation: OperationName;
  /** Values as the operation's input (the same shape as "Fill an example" and History's "Open in form"). */
  fields?: OperationInput;
  /** Fields computed when "Show me" is pressed. */
  generate?: Readonly<Record<string, LabGenerated>>;
  signWith?: LabSignWith;
}

/** "Show me" for a permission-check step: opens the permission check with the action and resource filled, on the keys of signWith. Never checks. */
export interface LabPermissionShowMe {
  permissionCheck: { action: string; resource: string };
  signWith?: LabSignWith;
}

export type LabShowMe = LabCallShowMe | LabPermissionShowMe;
export const isPermissionShowMe = (s: LabShowMe): s is LabPermissionShowMe => 'permissionCheck' in s;

export interface LabStep {
  id: string;
  title: LabText;
  /** The idea, in a few sentences. */
  concept: LabText;
  /** What to do. */
  task: LabText;
  hint: LabText;
  showMe: LabShowMe;
  /**
   * The task needs the sandbox clock moved forward this many seconds first (expiry labs): the step
   * offers a button for it, which uses the sandbox's own clock control. The call is still the user's.
   */
  clock?: { advanceSeconds: number };
  check: LabCheck;
}

export interface Lab {
  id: string;
  title: LabText;
  summary: LabText;
  /** ARNs of the sandbox world the lab relies on (checked against the default world by the test of every lab file). */
  requires?: readonly string[];
  steps: readonly LabStep[];
}

/** The text in `lang` (a language code such as "fr"); English for a language labs are not written in. */
export function labText(text: LabText, lang: string): string {
  return (LAB_LANGUAGES as readonly string[]).includes(lang) ? text[lang as LabLanguage] : text.en;
}

/**
 * Placeholders a lab writes where the signed-in user's own names go, so one lab file works for the
 * sandbox's demo user (DevAdmin) and for a workshop room's attendee (`user/workshop/attendee-NN`, with
 * an MFA device of their own). Allowed inside any string of `showMe` and `check` (fields, generated
 * values' serialNumber, matchers); resolved from the identity the workbench signs in as (./signed-in.ts).
 */
export const LAB_PLACEHOLDERS = {
  /** The signed-in IAM user's ARN: arn:aws:iam::123456789012:user/DevAdmin, or …:user/workshop/attendee-07. */
  user: '{{signed-in-user}}',
  /** The serial number (ARN) of that user's first MFA device: …:mfa/DevAdmin, or …:mfa/attendee-07. */
  userMfa: '{{signed-in-user-mfa}}',
} as const;
