/**
 * One STS request, end to end: parse the Query request, authenticate, validate, dispatch, serialise.
 * Every failure becomes an STS error document; nothing a client sends can make it throw.
 */
import { requestValidationError } from '../catalog/validate';
import { operations } from '../catalog/operations';
import type { OperationName, OperationSpec } from '../catalog/types';
import { authenticate } from './auth/authenticate';
import type { Caller } from './auth/caller';
import { requestBaseUrl } from './core/base-url';
import { isStsError, stsError, type StsError } from './core/errors';
import type { SandboxRequest, SandboxResponse } from './core/http';
import type { SandboxEnv } from './env';
import type { OperationContext } from './operations/types';
import { handlers } from './operations/handlers';
import { readRequestParams } from './protocol/parse-form';
import { parseOperationInput } from './protocol/parse-query-input';
import { newRequestId } from './protocol/request-id';
import { stsErrorResponse, stsXmlResponse } from './protocol/response';
import { serializeSuccess } from './protocol/serialize-success';
import { extractSignature } from './sigv4/verify-request';

const API_VERSION = '2011-06-15';
const byName = new Map<string, OperationSpec>(operations.map((op) => [op.name, op]));

async function run(env: SandboxEnv, req: SandboxRequest): Promise<{ operation: string; output: Record<string, unknown> }> {
  if (req.method !== 'POST' && req.method !== 'GET') {
    throw stsError('InvalidAction', `STS accepts GET and POST requests, not ${req.method}.`);
  }
  const params = readRequestParams(req);
  const action = params.get('Action');
  if (!action) throw stsError('InvalidAction', 'The request has no Action parameter. STS requests carry Action=<Operation>&Version=2011-06-15.');
  const version = params.get('Version');
  const spec = byName.get(action);
  if (!spec || (version !== undefined && version !== API_VERSION)) {
    throw stsError('InvalidAction', `Could not find operation ${action} for version ${version ?? '(none)'}`);
  }
  let caller: Caller | null = null;
  let region = 'us-east-1';
  // Unsigned operations ignore any signature they carry (reference §4); they act in the sandbox of
  // the attendee the request's ticket names (sandbox.ts), or the sandbox's own user's.
  if (spec.signing !== 'none') {
    const signature = extractSignature(req);
    if (!signature) throw stsError('MissingAuthenticationToken', 'Request is missing Authentication Token');
    ({ caller, env } = await authenticate(env, req, signature));
    region = signature.region;
  }
  const input = parseOperationInput(spec, params);
  const invalid = requestValidationError(spec, input);
  if (invalid) throw stsError(invalid.code as Parameters<typeof stsError>[0], invalid.message);
  const host = (req.headers['host'] ?? '').toLowerCase();
  const ctx: OperationContext = { env, caller, region, baseUrl: requestBaseUrl(req), globalEndpoint: host === 'sts.amazonaws.com' };
  const handler = handlers[spec.name as OperationName] as (input: unknown, ctx: OperationContext) => Promise<Record<string, unknown>>;
  return { operation: spec.name, output: await handler(input, ctx) };
}

export async function handleStsRequest(env: SandboxEnv, req: SandboxRequest): Promise<SandboxResponse> {
  const requestId = newRequestId(env.runtime.randomBytes);
  const now = env.runtime.nowMs();
  try {
    const { operation, output } = await run(env, req);
    return stsXmlResponse(200, serializeSuccess(operation, output, requestId), requestId, now);
  } catch (e) {
    const err: StsError = isStsError(e) ? e : stsError('InternalFailure', `The sandbox failed while handling the request: ${(e as Error)?.message ?? String(e)}`);
    return stsErrorResponse(err, requestId, now);
  }
}
