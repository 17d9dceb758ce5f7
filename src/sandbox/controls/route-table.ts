/**
 * The sandbox's own controls under /_sandbox/, typed once: each route's method, path, request and answer.
 * The core's dispatcher (routes.ts) implements exactly these routes with these answer types, the
 * workbench's client (src/features/connection/sandboxApi.ts) and the conformance tests' client
 * (test/conformance/support/controls.ts) call them by their request line ('POST /_sandbox/saml/mint'), so a
 * route or a body that drifts is a compile error; there is no table to ship, the types are the table. src/sandbox/routes.md is the prose of the same table.
 */
import type { SandboxTrustDocument } from '../../inspect/verdict/sandbox-trust';
import type { AmazonTokenInfo, MintIdTokenOptions } from '../idp/oidc-idp';
import type { OidcPublicJwk } from '../idp/oidc-keys';
import type { MintSamlOptions } from '../idp/saml-idp';
import type { MfaCodeAnswer } from './mfa-code';
import type { PermissionCheckAnswer, PermissionCheckRequest } from './permission-check';
import type { WorldSummary } from './world-summary';

export const CONTROL_PREFIX = '/_sandbox/';

/** A route: its method and path, as the request line names it. */
export type ControlRoute = `${'GET' | 'POST'} /_sandbox/${string}`;

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

/** POST /_sandbox/saml/mint: the built-in IdP's options (all optional here), plus which account and provider. */
export type SamlMintRequest = Partial<
  Pick<MintSamlOptions, 'roles' | 'roleOrder' | 'subject' | 'nameIdFormat' | 'sessionName' | 'sessionDurationSeconds' | 'lifetimeSeconds' | 'recipient' | 'audience' | 'principalTags' | 'transitiveTagKeys' | 'sourceIdentity' | 'sign' | 'faults'>
> & {
  account?: string;
  provider?: string;
  /** Extra attributes by name: one value or several. */
  attributes?: Record<string, string | string[]>;
};

/** POST /_sandbox/oidc/mint: the built-in OIDC IdP's options, all optional here. */
export type OidcMintRequest = Partial<Pick<MintIdTokenOptions, 'issuer' | 'sub' | 'aud' | 'azp' | 'claims' | 'lifetimeSeconds' | 'principalTags' | 'transitiveTagKeys' | 'sourceIdentity' | 'faults'>>;

type NoBody = Record<string, never>;

/**
 * Every control, by its request line → what the caller sends and what the sandbox answers (a string for the
 * XML metadata). A GET's request fields travel as the query string, a POST's as its JSON body.
 */
export interface ControlTypes {
  'GET /_sandbox/info': { request: NoBody; answer: SandboxInfo };
  'GET /_sandbox/clock': { request: NoBody; answer: ClockState };
  'POST /_sandbox/clock': { request: { advanceSeconds: number }; answer: ClockState };
  'POST /_sandbox/saml/mint': { request: SamlMintRequest; answer: { samlResponse: string; xml: string; principalArn: string; roles: { roleArn: string; principalArn: string }[]; expiresAt: string } };
  'GET /_sandbox/saml/metadata': { request: NoBody; answer: string };
  'POST /_sandbox/oidc/mint': { request: OidcMintRequest; answer: { token: string; issuer: string; expiresAt: string } };
  'GET /_sandbox/oidc/.well-known/openid-configuration': { request: NoBody; answer: Record<string, unknown> };
  'GET /_sandbox/oidc/jwks.json': { request: NoBody; answer: { keys: OidcPublicJwk[] } };
  'POST /_sandbox/oauth/amazon/token': { request: { userId?: string; appId?: string; lifetimeSeconds?: number }; answer: { access_token: string; token_type: 'bearer'; expires_in: number } };
  'POST /_sandbox/oauth/amazon/tokeninfo': { request: { token: string }; answer: AmazonTokenInfo };
  'POST /_sandbox/delegation': {
    request: { account?: string; roleName?: string; partnerAccountId?: string; lifetimeSeconds?: number; sessionSeconds?: number };
    answer: { tradeInToken: string; expiresAt: string; customerAccount: string; roleName: string; partnerAccountId: string };
  };
  'POST /_sandbox/authorization-message': { request: { action?: string; resource?: string; principalArn?: string }; answer: { encodedMessage: string; errorText: string } };
  'GET /_sandbox/mfa/code': { request: { serialNumber: string }; answer: MfaCodeAnswer };
  'POST /_sandbox/permission-check': { request: PermissionCheckRequest; answer: PermissionCheckAnswer };
  'GET /_sandbox/federation/trust': { request: NoBody; answer: SandboxTrustDocument };
  'POST /_sandbox/world/edit': { request: WorldEditRequest; answer: { edits: WorldEditsSummary } };
  'POST /_sandbox/world/reset': { request: { arn?: string }; answer: { edits: WorldEditsSummary } };
  'POST /_sandbox/room/join': { request: { code: string }; answer: JoinAnswer };
  'GET /_sandbox/room': { request: NoBody; answer: RoomStatus };
  'POST /_sandbox/room/links': { request: { attendees?: string[] }; answer: { links: RoomLink[] } };
  'POST /_sandbox/room/progress': { request: { labId: string; stepId: string }; answer: { attendee: string; completedSteps: Record<string, Record<string, string>> } };
}

export type ControlName = keyof ControlTypes & ControlRoute;

export type ControlRequest<K extends ControlName> = ControlTypes[K]['request'];
export type ControlAnswer<K extends ControlName> = ControlTypes[K]['answer'];

/** The method of a route and its request target: the path, with a GET's fields as the query string. */
export function controlTarget<K extends ControlName>(route: K, request?: ControlRequest<K>): { method: 'GET' | 'POST'; target: string } {
  const space = route.indexOf(' ');
  const method = route.slice(0, space) as 'GET' | 'POST';
  const path = route.slice(space + 1);
  const query = method === 'GET' && request ? new URLSearchParams(Object.entries(request as Record<string, string>)).toString() : '';
  return { method, target: query ? `${path}?${query}` : path };
}
