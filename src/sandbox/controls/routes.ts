/**
 * The sandbox's own controls (src/sandbox/routes.md): world summary, the clock, the built-in
 * identity providers, delegation tokens and practice authorization messages. Pure, so the
 * in-page sandbox serves them too.
 */
import { buildAuthorizationMessage } from '../../policy/authorization-message';
import { evaluatePolicies } from '../../policy/evaluate';
import { policyLabel } from '../../policy/labels';
import { encodeAuthorizationMessage } from '../authorize/authorization-message';
import { requestBaseUrl } from '../core/base-url';
import { ClockAdvanceError } from '../core/clock';
import type { SandboxRequest, SandboxResponse } from '../core/http';
import { mintTradeInToken } from '../delegation/trade-in-token';
import type { SandboxEnv } from '../env';
import { sandboxTrustDocument } from '../federation-trust';
import { amazonTokenInfo, discoveryDocument, mintAmazonAccessToken, mintIdToken } from '../idp/oidc-idp';
import { publicJwks } from '../idp/oidc-keys';
import { mintSamlResponse, samlIdpMetadataXml } from '../idp/saml-idp';
import type { SamlIdpKeys } from '../idp/saml-idp-keys';
import { isoSeconds } from '../protocol/serialize-success';
import { findAccount, findRole } from '../world/load-world';
import { ControlError, field, json, parseJsonRequest, rejectNonXmlText } from './json';
import { currentMfaCode } from './mfa-code';
import { checkPermission } from './permission-check';
import { editWorld, editsOf, joinRoom, recordProgress, resetWorld, roomLinks, roomStatus } from './room-routes';
import type { ClockState, ControlAnswer, ControlName } from './route-table';
import { worldSummary } from './world-summary';

export interface ControlDeps {
  env: SandboxEnv;
  samlKeys: () => Promise<SamlIdpKeys>;
  mode: 'server' | 'in-page';
}

const iso = (ms: number) => isoSeconds(new Date(ms));

function clockState(env: SandboxEnv): ClockState {
  return { offsetSeconds: env.clock.offsetSeconds(), nowIso: iso(env.clock.nowMs()), realNowIso: iso(env.runtime.nowMs()) };
}

const DEFAULT_AUDIENCE = 'https://signin.aws.amazon.com/saml';

async function mintSaml(deps: ControlDeps, body: Record<string, unknown>): Promise<ControlAnswer<'POST /_sandbox/saml/mint'>> {
  const { env } = deps;
  const accountId = field.string(body, 'account') ?? env.world.accounts.find((a) => a.samlProviders.some((p) => p.builtInIdp))?.id;
  const account = accountId ? findAccount(env.world, accountId) : undefined;
  if (!account) throw new ControlError(400, 'InvalidField', `account ${accountId ?? ''} is not in the sandbox world.`);
  const providerName = field.string(body, 'provider') ?? account.samlProviders.find((p) => p.builtInIdp)?.name;
  const provider = account.samlProviders.find((p) => p.name === providerName);
  if (!provider?.builtInIdp) throw new ControlError(400, 'InvalidField', `SAML provider ${providerName ?? '(none)'} in account ${account.id} does not use the sandbox's built-in IdP.`);
  const principalArn = `arn:aws:iam::${account.id}:saml-provider/${provider.name}`;
  const rolesField = body.roles;
  let roles: { roleArn: string; principalArn: string }[];
  if (rolesField === undefined) {
    roles = account.roles.filter((r) => JSON.stringify(r.trustPolicy).includes(principalArn)).map((r) => ({ roleArn: r.arn, principalArn }));
  } else if (Array.isArray(rolesField) && rolesField.every((r) => typeof r === 'object' && r && typeof (r as { roleArn?: unknown }).roleArn === 'string' && ['string', 'undefined'].includes(typeof (r as { principalArn?: unknown }).principalArn))) {
    roles = (rolesField as { roleArn: string; principalArn?: string }[]).map((r) => ({ roleArn: r.roleArn, principalArn: r.principalArn ?? principalArn }));
  } else throw new ControlError(400, 'InvalidField', 'roles must be a list of { roleArn, principalArn? }.');
  const sessionName = body.sessionName === null ? null : field.string(body, 'sessionName') ?? 'sandbox-user';
  const lifetimeSeconds = field.number(body, 'lifetimeSeconds', 1, 86400) ?? 300;
  const sign = (field.string(body, 'sign') ?? 'response') as 'response' | 'assertion' | 'both' | 'none';
  if (!['response', 'assertion', 'both', 'none'].includes(sign)) throw new ControlError(400, 'InvalidField', 'sign must be response, assertion, both or none.');
  const roleOrder = (field.string(body, 'roleOrder') ?? 'role-first') as 'role-first' | 'provider-first';
  const faults = field.object(body, 'faults') ?? {};
  const extraAttributes: Record<string, string[]> = {};
  for (const [name, v] of Object.entries(field.object(body, 'attributes') ?? {})) {
    const values = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(values) || values.some((x) => typeof x !== 'string')) throw new ControlError(400, 'InvalidField', `attributes["${name}"] must be a string or a list of strings.`);
    extraAttributes[name] = values as string[];
  }
  const nowMs = env.clock.nowMs();
  const options = {
    roles,
    roleOrder,
    subject: field.string(body, 'subject') ?? 'sandbox-user@example.com',
    nameIdFormat: field.string(body, 'nameIdFormat') ?? 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    sessionName,
    ...(field.number(body, 'sessionDurationSeconds', 1, 129600) !== undefined ? { sessionDurationSeconds: field.number(body, 'sessionDurationSeconds', 1, 129600) } : {}),
    lifetimeSeconds,
    recipient: field.string(body, 'recipient') ?? DEFAULT_AUDIENCE,
    audience: field.string(body, 'audience') ?? DEFAULT_AUDIENCE,
    principalTags: field.record(body, 'principalTags') ?? {},
    transitiveTagKeys: field.strings(body, 'transitiveTagKeys') ?? [],
    ...(field.string(body, 'sourceIdentity') !== undefined ? { sourceIdentity: field.string(body, 'sourceIdentity') } : {}),
    extraAttributes,
    sign,
    faults: faults as Record<string, boolean>,
  };
  // Everything here goes into an XML document; say which field cannot, rather than fail inside the IdP.
  for (const [name, value] of Object.entries(options)) rejectNonXmlText(name, value);
  const minted = await mintSamlResponse(await deps.samlKeys(), options, nowMs, env.runtime.randomBytes);
  return { samlResponse: minted.base64, xml: minted.xml, principalArn, roles, expiresAt: iso(nowMs + lifetimeSeconds * 1000) };
}

async function mintOidc(deps: ControlDeps, body: Record<string, unknown>): Promise<ControlAnswer<'POST /_sandbox/oidc/mint'>> {
  const { env } = deps;
  const builtIn = env.world.accounts.flatMap((a) => a.oidcProviders.filter((p) => p.builtInIdp).map((p) => ({ account: a.id, provider: p })));
  const issuer = field.string(body, 'issuer') ?? builtIn[0]?.provider.url;
  const match = builtIn.find((b) => b.provider.url === issuer);
  if (!issuer || !match) throw new ControlError(400, 'InvalidField', `issuer ${issuer ?? '(none)'} is not an OIDC provider with builtInIdp: true in the sandbox world.`);
  const lifetimeSeconds = field.number(body, 'lifetimeSeconds', 1, 86400) ?? 3600;
  const aud = field.strings(body, 'aud') ?? [match.provider.clientIds?.[0] ?? 'sts.amazonaws.com'];
  const nowMs = env.clock.nowMs();
  const token = await mintIdToken(
    env.secrets.file.oidc,
    {
      issuer,
      sub: field.string(body, 'sub') ?? 'sandbox-user',
      aud: aud.length === 1 ? (aud[0] as string) : aud,
      ...(field.string(body, 'azp') !== undefined ? { azp: field.string(body, 'azp') } : {}),
      claims: field.object(body, 'claims') ?? {},
      lifetimeSeconds,
      principalTags: field.record(body, 'principalTags') ?? {},
      transitiveTagKeys: field.strings(body, 'transitiveTagKeys') ?? [],
      ...(field.string(body, 'sourceIdentity') !== undefined ? { sourceIdentity: field.string(body, 'sourceIdentity') } : {}),
      faults: (field.object(body, 'faults') ?? {}) as Record<string, boolean>,
    },
    nowMs,
    env.runtime.randomBytes,
  );
  return { token, issuer, expiresAt: iso(nowMs + lifetimeSeconds * 1000) };
}

async function mintDelegation(deps: ControlDeps, body: Record<string, unknown>): Promise<ControlAnswer<'POST /_sandbox/delegation'>> {
  const { env } = deps;
  const customer = field.string(body, 'account') ?? env.world.accounts[0]?.id ?? '';
  const roleName = field.string(body, 'roleName') ?? env.world.accounts.find((a) => a.id === customer)?.roles[0]?.name ?? '';
  if (!findRole(env.world, customer, roleName)) throw new ControlError(400, 'InvalidField', `role ${roleName} is not in account ${customer}.`);
  const partner = field.string(body, 'partnerAccountId') ?? customer;
  if (!/^\d{12}$/.test(partner)) throw new ControlError(400, 'InvalidField', 'partnerAccountId must be a 12-digit account ID.');
  const lifetimeSeconds = field.number(body, 'lifetimeSeconds', 1, 86400) ?? 900;
  const exp = env.clock.nowSeconds() + lifetimeSeconds;
  const tradeInToken = await mintTradeInToken(env, { customerAccount: customer, roleName, partnerAccount: partner, exp, sessionSeconds: field.number(body, 'sessionSeconds', 900, 43200) ?? 3600 });
  return { tradeInToken, expiresAt: iso(exp * 1000), customerAccount: customer, roleName, partnerAccountId: partner };
}

/** An EC2-style denial to practise DecodeAuthorizationMessage on, evaluated for real against a small deny policy. */
async function practiceDenial(deps: ControlDeps, body: Record<string, unknown>): Promise<ControlAnswer<'POST /_sandbox/authorization-message'>> {
  const { env } = deps;
  const action = field.string(body, 'action') ?? 'ec2:RunInstances';
  const account = env.world.accounts[0]?.id ?? '123456789012';
  const resource = field.string(body, 'resource') ?? `arn:aws:ec2:us-east-1:${account}:instance/*`;
  const principalArn = field.string(body, 'principalArn') ?? `arn:aws:sts::${account}:assumed-role/Developer/Ana`;
  const reqCtx = {
    principal: { type: 'AWS' as const, arn: principalArn, account },
    action,
    resource,
    keys: { 'aws:Region': ['us-east-1'], 'ec2:InstanceType': ['t2.micro'], 'aws:Account': [account] },
  };
  const evaluation = evaluatePolicies(
    [
      {
        label: policyLabel.named('DenyLargeInstances'),
        kind: 'identity',
        document: {
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AllowEc2', Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
            { Sid: 'DenyOutsideFrankfurt', Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*', Condition: { StringNotEquals: { 'aws:Region': 'eu-central-1' } } },
          ],
        },
      },
    ],
    reqCtx,
  );
  const encodedMessage = await encodeAuthorizationMessage(env, buildAuthorizationMessage(evaluation, reqCtx, { id: 'AROA123456789EXAMPLE:Ana', arn: principalArn }));
  return {
    encodedMessage,
    errorText: `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource} with an explicit deny in an identity-based policy. Encoded authorization failure message: ${encodedMessage}`,
  };
}

export async function handleControl(deps: ControlDeps, req: SandboxRequest): Promise<SandboxResponse> {
  if (req.method !== 'GET' && req.method !== 'POST') {
    return json(405, { error: { code: 'MethodNotAllowed', message: `The sandbox controls take GET or POST, not ${req.method}.` } }, { Allow: 'GET, POST' });
  }
  try {
    return await route(deps, req);
  } catch (e) {
    if (e instanceof ControlError) return json(e.status, { error: { code: e.code, message: e.message } });
    return json(400, { error: { code: 'InvalidRequest', message: (e as Error)?.message ?? String(e) } });
  }
}

type Handler<K extends ControlName> = (deps: ControlDeps, req: SandboxRequest) => Promise<ControlAnswer<K>> | ControlAnswer<K>;

/** One handler per route of the table (route-table.ts): a missing route or a wrong answer type does not compile. */
const HANDLERS: { [K in ControlName]: Handler<K> } = {
  'GET /_sandbox/info': ({ env, mode }) => ({ sandbox: true, mode, ...worldSummary(env), edits: editsOf(env), clock: clockState(env), ...(env.tenancy?.room ? { room: { attendee: env.attendee?.id ?? null } } : {}) }),
  'GET /_sandbox/clock': ({ env }) => clockState(env),
  'POST /_sandbox/clock': async ({ env }, req) => {
    const body = parseJsonRequest(req);
    if (body.advanceSeconds === undefined) throw new ControlError(400, 'InvalidField', 'advanceSeconds is required: a whole number of seconds greater than 0 (the sandbox clock only moves forward).');
    try {
      // Refused advances (not a positive whole number, past the ceiling, not saved) leave the clock where it was.
      await env.clock.advance(body.advanceSeconds);
    } catch (e) {
      if (e instanceof ClockAdvanceError) throw new ControlError(e.code === 'StateNotWritable' ? 503 : 400, e.code, e.message);
      throw e;
    }
    return clockState(env);
  },
  'POST /_sandbox/saml/mint': (deps, req) => mintSaml(deps, parseJsonRequest(req)),
  'GET /_sandbox/saml/metadata': async (deps) => samlIdpMetadataXml(await deps.samlKeys()),
  'POST /_sandbox/oidc/mint': (deps, req) => mintOidc(deps, parseJsonRequest(req)),
  'GET /_sandbox/oidc/.well-known/openid-configuration': (_deps, req) => discoveryDocument(`${requestBaseUrl(req)}/_sandbox/oidc`, `${requestBaseUrl(req)}/_sandbox/oidc/jwks.json`),
  'GET /_sandbox/oidc/jwks.json': ({ env }) => publicJwks(env.secrets.file.oidc),
  'POST /_sandbox/oauth/amazon/token': async ({ env }, req) => {
    const body = parseJsonRequest(req);
    const lifetimeSeconds = field.number(body, 'lifetimeSeconds', 1, 86400) ?? 3600;
    const token = await mintAmazonAccessToken(
      env.secrets.sealKey,
      { userId: field.string(body, 'userId') ?? 'amzn1.account.SANDBOXUSER0000000000000000', appId: field.string(body, 'appId') ?? 'amzn1.application-oa2-client.sandbox-workbench', lifetimeSeconds },
      env.clock.nowMs(),
      env.runtime.randomBytes,
    );
    return { access_token: token, token_type: 'bearer', expires_in: lifetimeSeconds };
  },
  // Amazon's token-info answer for a sandbox Login with Amazon token (the token in the body, never the URL):
  // the verdict predicts AssumeRoleWithWebIdentity with ProviderId www.amazon.com from it.
  'POST /_sandbox/oauth/amazon/tokeninfo': ({ env }, req) => amazonTokenInfo(env.secrets.sealKey, field.string(parseJsonRequest(req), 'token') ?? '', env.clock.nowMs()),
  'POST /_sandbox/delegation': (deps, req) => mintDelegation(deps, parseJsonRequest(req)),
  'POST /_sandbox/authorization-message': (deps, req) => practiceDenial(deps, parseJsonRequest(req)),
  'GET /_sandbox/mfa/code': ({ env }, req) => currentMfaCode(env, new URLSearchParams(req.url.split('?')[1] ?? '').get('serialNumber')),
  'POST /_sandbox/permission-check': ({ env }, req) => checkPermission(env, req, parseJsonRequest(req)),
  'GET /_sandbox/federation/trust': ({ env }) => sandboxTrustDocument(env),
  'POST /_sandbox/world/edit': async ({ env }, req) => {
    await editWorld(env, parseJsonRequest(req));
    return { edits: editsOf(env) };
  },
  'POST /_sandbox/world/reset': async ({ env }, req) => {
    await resetWorld(env, parseJsonRequest(req));
    return { edits: editsOf(env) };
  },
  'POST /_sandbox/room/join': ({ env }, req) => joinRoom(env, parseJsonRequest(req)),
  'GET /_sandbox/room': ({ env }, req) => roomStatus(env, req),
  'POST /_sandbox/room/links': ({ env }, req) => roomLinks(env, req, parseJsonRequest(req)),
  'POST /_sandbox/room/progress': ({ env }, req) => recordProgress(env, parseJsonRequest(req)),
};

async function route(deps: ControlDeps, req: SandboxRequest): Promise<SandboxResponse> {
  const { env } = deps;
  const path = req.url.split('?')[0] ?? '';
  const route = `${req.method} ${path}`;
  if (route === 'GET /_sandbox/saml/metadata') {
    return { status: 200, headers: { 'Content-Type': 'application/samlmetadata+xml; charset=utf-8' }, body: await HANDLERS[route](deps, req) };
  }
  if (Object.prototype.hasOwnProperty.call(HANDLERS, route)) return json(200, await (HANDLERS[route as ControlName] as Handler<ControlName>)(deps, req));
  const outbound = /^\/_sandbox\/outbound\/(\d{12})\/(\.well-known\/openid-configuration|\.well-known\/jwks\.json)$/.exec(path);
  if (outbound && req.method === 'GET') {
    const issuer = `${requestBaseUrl(req)}/_sandbox/outbound/${outbound[1]}`;
    return outbound[2] === '.well-known/jwks.json' ? json(200, publicJwks(env.secrets.file.oidc)) : json(200, discoveryDocument(issuer, `${issuer}/.well-known/jwks.json`));
  }
  throw new ControlError(404, 'NotFound', `No sandbox control at ${req.method} ${path}. See src/sandbox/routes.md for the list.`);
}
