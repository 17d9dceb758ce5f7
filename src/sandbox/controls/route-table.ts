/**
 * The sandbox's own controls under /_sandbox/, typed once: each route's method, path, request and answer.
 * The core's dispatcher (routes.ts) implements exactly these routes with these answer types, the
 * workbench's client (src/features/connection/sandboxApi.ts) and the conformance tests' client
 * (test/conformance/support/controls.ts) call them by name, so a route or a body that drifts is a
 * compile error. src/sandbox/routes.md is the prose of the same table.
 */
import type { OidcPublicJwk } from '../idp/oidc-keys';
import type { MfaCodeAnswer } from './mfa-code';
import type { WorldSummary } from './world-summary';

export const CONTROL_PREFIX = '/_sandbox/';

/** Every control: name → method and path. A GET's request fields travel as the query string. */
export const CONTROL_ROUTES = {
  info: { method: 'GET', path: '/_sandbox/info' },
  clock: { method: 'GET', path: '/_sandbox/clock' },
  advanceClock: { method: 'POST', path: '/_sandbox/clock' },
  samlMint: { method: 'POST', path: '/_sandbox/saml/mint' },
  samlMetadata: { method: 'GET', path: '/_sandbox/saml/metadata' },
  oidcMint: { method: 'POST', path: '/_sandbox/oidc/mint' },
  oidcDiscovery: { method: 'GET', path: '/_sandbox/oidc/.well-known/openid-configuration' },
  oidcJwks: { method: 'GET', path: '/_sandbox/oidc/jwks.json' },
  amazonToken: { method: 'POST', path: '/_sandbox/oauth/amazon/token' },
  delegation: { method: 'POST', path: '/_sandbox/delegation' },
  authorizationMessage: { method: 'POST', path: '/_sandbox/authorization-message' },
  mfaCode: { method: 'GET', path: '/_sandbox/mfa/code' },
  worldEdit: { method: 'POST', path: '/_sandbox/world/edit' },
  worldReset: { method: 'POST', path: '/_sandbox/world/reset' },
  roomJoin: { method: 'POST', path: '/_sandbox/room/join' },
  room: { method: 'GET', path: '/_sandbox/room' },
  roomLinks: { method: 'POST', path: '/_sandbox/room/links' },
  roomProgress: { method: 'POST', path: '/_sandbox/room/progress' },
} as const satisfies Record<string, { method: 'GET' | 'POST'; path: `/_sandbox/${string}` }>;

export type ControlName = keyof typeof CONTROL_ROUTES;

export interface ClockState {
  offsetSeconds: number;
  nowIso: string;
  /** The host's own time, for "the sandbox is N days ahead". */
  realNowIso: string;
}

/** GET /_sandbox/info: the world, which sandbox answers, and its clock. */
export interface SandboxInfo extends WorldSummary {
  sandbox: true;
  mode: 'server' | 'in-page';
  clock: ClockState;
  /** The roles and users this user changed live (ARN → 'trustPolicy' / 'policies'). */
  edits: WorldEditsSummary;
  /** Present when the server runs a room: the attendee the request's ticket names, or null. */
  room?: { attendee: string | null };
}

export type WorldEditsSummary = Record<string, string[]>;

/** POST /_sandbox/world/edit: a role's trust and/or permission policies, or a user's permission policies. */
export interface WorldEditRequest {
  arn: string;
  trustPolicy?: unknown;
  policies?: unknown[];
}

export interface JoinAnswer {
  attendee: string;
  userArn: string;
  accessKeyId: string;
  secretAccessKey: string;
  mfaSerial: string;
  /** Sent back as the x-sandbox-attendee header. */
  ticket: string;
  ticketExpiresAt: string;
}

export interface RoomStatus {
  attendees: {
    id: string;
    userArn: string;
    /** An unredeemed, unexpired link exists. */
    linkPending: boolean;
    clockOffsetSeconds: number;
    editedArns: string[];
    /** labId → stepId → ISO time of the report. */
    completedSteps: Record<string, Record<string, string>>;
  }[];
}

export interface RoomLink {
  attendee: string;
  userArn: string;
  code: string;
  /** `/#join=CODE`: the code in the fragment, which browsers never send. */
  path: string;
  expiresAt: string;
}

export interface SamlMintRequest {
  account?: string;
  provider?: string;
  subject?: string;
  nameIdFormat?: string;
  roles?: { roleArn: string; principalArn?: string }[];
  /** null leaves the RoleSessionName attribute out. */
  sessionName?: string | null;
  sessionDurationSeconds?: number;
  lifetimeSeconds?: number;
  recipient?: string;
  audience?: string;
  principalTags?: Record<string, string>;
  transitiveTagKeys?: string[];
  sourceIdentity?: string;
  attributes?: Record<string, string | string[]>;
  sign?: 'response' | 'assertion' | 'both' | 'none';
  roleOrder?: 'role-first' | 'provider-first';
  faults?: { expired?: boolean; wrongRecipient?: boolean; wrongIssuer?: boolean; tamperAfterSigning?: boolean; missingSessionName?: boolean; [fault: string]: boolean | undefined };
}

export interface OidcMintRequest {
  issuer?: string;
  sub?: string;
  aud?: string | string[];
  azp?: string;
  claims?: Record<string, unknown>;
  lifetimeSeconds?: number;
  principalTags?: Record<string, string>;
  transitiveTagKeys?: string[];
  sourceIdentity?: string;
  faults?: { expired?: boolean; wrongAudience?: boolean; wrongIssuer?: boolean; badSignature?: boolean; nonIntegerExp?: boolean; unknownKid?: boolean; [fault: string]: boolean | undefined };
}

type NoBody = Record<string, never>;

/** Name → what the caller sends and what the sandbox answers (a string for the XML metadata). */
export interface ControlTypes {
  info: { request: NoBody; answer: SandboxInfo };
  clock: { request: NoBody; answer: ClockState };
  advanceClock: { request: { advanceSeconds: number }; answer: ClockState };
  samlMint: { request: SamlMintRequest; answer: { samlResponse: string; xml: string; principalArn: string; roles: { roleArn: string; principalArn: string }[]; expiresAt: string } };
  samlMetadata: { request: NoBody; answer: string };
  oidcMint: { request: OidcMintRequest; answer: { token: string; issuer: string; expiresAt: string } };
  oidcDiscovery: { request: NoBody; answer: Record<string, unknown> };
  oidcJwks: { request: NoBody; answer: { keys: OidcPublicJwk[] } };
  amazonToken: { request: { userId?: string; appId?: string; lifetimeSeconds?: number }; answer: { access_token: string; token_type: 'bearer'; expires_in: number } };
  delegation: {
    request: { account?: string; roleName?: string; partnerAccountId?: string; lifetimeSeconds?: number; sessionSeconds?: number };
    answer: { tradeInToken: string; expiresAt: string; customerAccount: string; roleName: string; partnerAccountId: string };
  };
  authorizationMessage: { request: { action?: string; resource?: string; principalArn?: string }; answer: { encodedMessage: string; errorText: string } };
  mfaCode: { request: { serialNumber: string }; answer: MfaCodeAnswer };
  worldEdit: { request: WorldEditRequest; answer: { edits: WorldEditsSummary } };
  worldReset: { request: { arn?: string }; answer: { edits: WorldEditsSummary } };
  roomJoin: { request: { code: string }; answer: JoinAnswer };
  room: { request: NoBody; answer: RoomStatus };
  roomLinks: { request: { attendees?: string[] }; answer: { links: RoomLink[] } };
  roomProgress: { request: { labId: string; stepId: string }; answer: { attendee: string; completedSteps: Record<string, Record<string, string>> } };
}

export type ControlRequest<K extends ControlName> = ControlTypes[K]['request'];
export type ControlAnswer<K extends ControlName> = ControlTypes[K]['answer'];

/** The request target of a call: the route's path, a GET's fields as its query string. */
export function controlTarget<K extends ControlName>(name: K, request?: ControlRequest<K>): string {
  const { method, path } = CONTROL_ROUTES[name];
  if (method !== 'GET' || !request) return path;
  const query = new URLSearchParams(Object.entries(request as Record<string, string>)).toString();
  return query ? `${path}?${query}` : path;
}

/** The control a request names, or undefined (the outbound issuer's routes carry an account in the path). */
export function controlAt(method: string, path: string): ControlName | undefined {
  return (Object.keys(CONTROL_ROUTES) as ControlName[]).find((name) => CONTROL_ROUTES[name].method === method && CONTROL_ROUTES[name].path === path);
}
