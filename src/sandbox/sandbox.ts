/**
 * The sandbox STS as one object: give it a world, its secrets and a runtime, and it answers
 * SandboxRequests — the STS wire protocol on `/` and its own controls under `/_sandbox/`.
 * The Node server and the in-page sandbox are thin adapters around this.
 *
 * Each request acts for one user of the sandbox (room/tenancy.ts): the attendee whose credentials
 * signed it, else the attendee its `x-sandbox-attendee` ticket names, else the sandbox's own user.
 */
import { memoryOffsetStore, type OffsetStore, type SandboxClock } from './core/clock';
import type { SandboxRequest, SandboxResponse } from './core/http';
import type { SandboxRuntime } from './core/runtime';
import { importSecrets, type SandboxSecretsFile } from './core/secrets';
import { json } from './controls/json';
import { handleControl } from './controls/routes';
import type { SandboxEnv } from './env';
import { handleStsRequest } from './handle-sts';
import { importSamlIdpKeys, type SamlIdpKeys } from './idp/saml-idp-keys';
import type { Room } from './room/attendees';
import { memoryTenantStorage, type TenantStorage } from './room/stores';
import { createTenancy } from './room/tenancy';
import { ATTENDEE_HEADER } from './room/attendee-header';
import { openTicket } from './room/tickets';
import { stsErrorResponse } from './protocol/response';
import { newRequestId } from './protocol/request-id';
import { stsError } from './core/errors';
import type { World } from './world/types';
import { CONTROL_PREFIX } from './controls/route-table';

export interface SandboxOptions {
  world: World;
  secrets: SandboxSecretsFile;
  runtime: SandboxRuntime;
  mode: 'server' | 'in-page';
  /** Where the sandbox's own user's clock offset is kept (default: memory, starting at real time). */
  clockStore?: OffsetStore;
  /** Where every user's state is kept (default: memory, with `clockStore` as the own user's clock). */
  storage?: TenantStorage;
  /** The room of `npm start -- --workshop N`, when there is one. */
  room?: Room;
  fetchJson?: (url: string) => Promise<unknown>;
}

export interface Sandbox {
  handle(req: SandboxRequest): Promise<SandboxResponse>;
  /** The sandbox's own user's clock. */
  clock: SandboxClock;
  /** The sandbox's own user's env. */
  env: SandboxEnv;
}

export const isControlPath = (url: string): boolean => url.startsWith(CONTROL_PREFIX);

const BAD_TICKET = `The ${ATTENDEE_HEADER} ticket is not valid: it was not issued by this sandbox, has expired (tickets last 12 hours) or names an attendee who is not in this room. Open your attendee link again, or ask the instructor for a new one.`;

export async function createSandbox(options: SandboxOptions): Promise<Sandbox> {
  const storage = options.storage ?? memoryTenantStorage(options.clockStore ?? memoryOffsetStore());
  const base = {
    runtime: options.runtime,
    secrets: await importSecrets(options.secrets, options.runtime.importAesGcmKey),
    ...(options.fetchJson ? { fetchJson: options.fetchJson } : {}),
  };
  const tenancy = createTenancy(base, options.world, storage, options.room ?? null);
  const own = (): SandboxEnv => tenancy.envFor(null) as SandboxEnv;
  let samlKeys: Promise<SamlIdpKeys> | null = null;
  const samlKeysOnce = () => (samlKeys ??= importSamlIdpKeys(options.secrets.saml));

  /** The env the request's ticket names, or the own user's without one; null for a ticket that is no good. */
  const envOfTicket = async (req: SandboxRequest): Promise<SandboxEnv | null> => {
    const ticket = req.headers[ATTENDEE_HEADER];
    if (ticket === undefined) return own();
    const id = await openTicket(base.secrets.sealKey, options.runtime, ticket);
    return (id !== null && tenancy.envFor(id)) || null;
  };

  return {
    get env() {
      return own();
    },
    get clock() {
      return own().clock;
    },
    async handle(req) {
      const env = await envOfTicket(req);
      if (isControlPath(req.url)) {
        if (!env) return json(401, { error: { code: 'InvalidAttendeeTicket', message: BAD_TICKET } });
        return handleControl({ env, mode: options.mode, samlKeys: samlKeysOnce }, req);
      }
      if (!env) {
        const requestId = newRequestId(options.runtime.randomBytes);
        return stsErrorResponse(stsError('InvalidClientTokenId', BAD_TICKET), requestId, options.runtime.nowMs());
      }
      return handleStsRequest(env, req);
    },
  };
}
