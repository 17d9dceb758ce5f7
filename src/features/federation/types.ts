/**
 * What the federation panels need from the rest of the workbench, passed in by the app shell
 * (a feature never imports another feature): the form's fields, the sandbox's controls, the clock.
 */
import type { ReactNode } from 'react';
import type { JudgedInput } from '../../state/federationJudged';
import type { ControlAnswer, ControlName, ControlRequest } from '../../sandbox/controls/route-table';
import type { AccountSummary, RoleSummary } from '../../sandbox/controls/world-summary';

export type FederationOperation = 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity';

/** The part of the world summary (the one type, src/sandbox/controls/world-summary.ts) the panels read. */
export type SandboxWorldRole = Pick<RoleSummary, 'name' | 'arn' | 'trustPolicy'>;

export interface SandboxWorld {
  accounts: Array<Pick<AccountSummary, 'id' | 'samlProviders' | 'oidcProviders'> & { roles: SandboxWorldRole[] }>;
}

/** The sandbox's /_sandbox/ controls, whichever sandbox (server or in-page) is in use. */
export interface SandboxAccess {
  world: SandboxWorld;
  /** A JSON control call by its request line, typed by the route table. Rejects with an Error whose message is the sandbox's. */
  control: <K extends ControlName>(route: K, request?: ControlRequest<K>) => Promise<ControlAnswer<K>>;
  /** A control that answers text (the SAML IdP metadata). */
  text: (route: 'GET /_sandbox/saml/metadata' | 'GET /_sandbox/oidc/jwks.json') => Promise<string>;
}

/** The operation form beside the panel. */
export interface FormBridge {
  /** The text of each text field, by parameter name (RoleArn, PrincipalArn, SAMLAssertion, …). */
  values: Readonly<Record<string, string>>;
  /** The list fields (PolicyArns), by parameter name; omitted when the shell passes none. */
  lists?: Readonly<Record<string, readonly string[]>>;
  /** Sets text fields of the operation's form. */
  fill: (fields: Record<string, string>) => void;
}

export interface FederationClock {
  /** Added to Date.now(): the sandbox clock's offset when calls go to the sandbox, else 0. */
  offsetMs: number;
  /** The clock is the one STS judges by (the sandbox's); otherwise AWS's clock may differ from it. */
  sameAsSts: boolean;
}

export interface PolicyEditorProps {
  value: string;
  onChange: (text: string) => void;
  ariaLabel: string;
}

/** A richer JSON editor the shell may lend (Monaco); the panels fall back to a textarea. */
export type PolicyEditorRenderer = (props: PolicyEditorProps) => ReactNode;

/** A rejection the inspector predicted for exactly this input (the SAMLAssertion or token as sent). */
/** What an inspector rejected, and why (src/state/federationCauses.ts pairs it with the call's answer). */
export type { JudgedInput } from '../../state/federationJudged';

/** Where the verdict sits, so the form's Send area can link to it, the way back to Send, and who hears of rejections. */
export interface VerdictAnchor {
  id: string;
  onBack?: () => void;
  /** Told each new rejection, so the error card of a call with the same input can name its cause. */
  onRejected?: (judged: JudgedInput) => void;
}

export interface FederationPanelProps {
  operation: FederationOperation;
  form: FormBridge;
  /** null when calls do not go to the sandbox. */
  sandbox: SandboxAccess | null;
  clock: FederationClock;
  renderPolicyEditor?: PolicyEditorRenderer;
  /** The verdict's element id (the Send area links to it) and the way back; a default id otherwise. */
  verdictAnchor?: VerdictAnchor;
}

/** What each protocol's panel gets: the panel's props, its verdict anchor settled. */
export type FederationProtocolProps = Omit<FederationPanelProps, 'operation' | 'verdictAnchor'> & { verdictAnchor: VerdictAnchor };
