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
export interface LabCheck {
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
export interface LabShowMe {
  operation: OperationName;
  /** Values as the operation's input (the same shape as "Fill an example" and History's "Open in form"). */
  fields?: OperationInput;
  /** Fields computed when "Show me" is pressed. */
  generate?: Readonly<Record<string, LabGenerated>>;
  signWith?: LabSignWith;
}

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
