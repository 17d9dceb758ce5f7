/**
 * One factory for STS clients, whatever the target, and one way to send an operation.
 */
import {
  AssumeRoleCommand,
  AssumeRoleWithSAMLCommand,
  AssumeRoleWithWebIdentityCommand,
  AssumeRootCommand,
  DecodeAuthorizationMessageCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetDelegatedAccessTokenCommand,
  GetFederationTokenCommand,
  GetScopedCredentialsCommand,
  GetSessionTokenCommand,
  GetWebIdentityTokenCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, BuildMiddleware, MetadataBearer } from '@smithy/types';
import type { OperationInput, OperationName } from '../catalog/types';
import { NoSourceCredentialsError, clientValidationError, toStsCallError } from './call-error';
import { isUnsignedOperation } from '../catalog/directory';
import { targetEndpoint, type SourceCredentials, type Target, type TargetEndpoint } from './connection';
import { endpointAllowsOperation } from './endpoints';
import { createInPageRequestHandler, type InPageSandbox } from './in-page-handler';
import { REQUEST_ID_MIDDLEWARE_OPTIONS, requestIdFromBodyMiddleware } from './request-id-middleware';
import { attendeeHeaders } from './room-session';

const attendeeTicketMiddleware: BuildMiddleware<object, MetadataBearer> = (next) => (args) => {
  const request = args.request as { headers?: Record<string, string> };
  if (request.headers) Object.assign(request.headers, attendeeHeaders());
  return next(args);
};

export { StsCallError, NoSourceCredentialsError, isStsCallError, type StsCallErrorKind } from './call-error';
export type { InPageSandbox } from './in-page-handler';

/** Every operation's command class. `satisfies` makes a missing operation a compile error. */
const COMMANDS = {
  AssumeRole: AssumeRoleCommand,
  AssumeRoleWithSAML: AssumeRoleWithSAMLCommand,
  AssumeRoleWithWebIdentity: AssumeRoleWithWebIdentityCommand,
  AssumeRoot: AssumeRootCommand,
  DecodeAuthorizationMessage: DecodeAuthorizationMessageCommand,
  GetAccessKeyInfo: GetAccessKeyInfoCommand,
  GetCallerIdentity: GetCallerIdentityCommand,
  GetDelegatedAccessToken: GetDelegatedAccessTokenCommand,
  GetFederationToken: GetFederationTokenCommand,
  GetScopedCredentials: GetScopedCredentialsCommand,
  GetSessionToken: GetSessionTokenCommand,
  GetWebIdentityToken: GetWebIdentityTokenCommand,
} satisfies Record<OperationName, unknown>;

type CommandTable = typeof COMMANDS;
type CommandOutput<C> = C extends abstract new (...args: never[]) => infer I
  ? I extends { resolveMiddleware(...args: never[]): (...args: never[]) => Promise<{ output: infer O }> }
    ? O
    : never
  : never;

/** The SDK input type of an operation, e.g. AssumeRoleCommandInput. */
export type StsInput<K extends OperationName> = ConstructorParameters<CommandTable[K]>[0];
/** The SDK output of an operation without `$metadata`, e.g. AssumeRoleResponse. */
export type StsOutput<K extends OperationName> = Omit<CommandOutput<CommandTable[K]>, '$metadata'>;

export interface StsCallResult<K extends OperationName> {
  output: StsOutput<K>;
  /** The x-amzn-RequestId of the answer, when the endpoint sent one. */
  requestId: string | undefined;
  /** Time from sending to the parsed answer, in milliseconds. */
  elapsedMs: number;
  httpStatus: number;
}

export interface CreateStsClientOptions {
  /** The page's origin (`location.origin`): the sandbox server's address. */
  origin: string;
  /** Required for the `sandbox-in-page` target. */
  inPageSandbox?: InPageSandbox;
}

interface ClientInfo {
  target: Target;
  endpoint: TargetEndpoint;
  origin: string;
  hasCredentials: boolean;
}

const CLIENT_INFO = new WeakMap<STSClient, ClientInfo>();

/** Where a client made by createStsClient sends its requests. */
export function clientEndpoint(client: STSClient): Readonly<TargetEndpoint> | undefined {
  return CLIENT_INFO.get(client)?.endpoint;
}

function credentialsProvider(credentials: SourceCredentials): AwsCredentialIdentityProvider {
  // The SDK asks for credentials only when it signs; unsigned operations never call this.
  return async (): Promise<AwsCredentialIdentity> => {
    if (!credentials) throw new NoSourceCredentialsError();
    const token = credentials.sessionToken?.trim();
    return {
      accessKeyId: credentials.accessKeyId.trim(),
      secretAccessKey: credentials.secretAccessKey.trim(),
      ...(token ? { sessionToken: token } : {}),
    };
  };
}

/**
 * An STS client for the target. Throws StsCallError (kind `client-validation`) when the target
 * cannot be addressed (no URL, in-page sandbox missing).
 */
export function createStsClient(target: Target, credentials: SourceCredentials, opts: CreateStsClientOptions): STSClient {
  const endpoint = targetEndpoint(target, opts.origin);
  if (target.kind === 'sandbox-in-page' && !opts.inPageSandbox) {
    throw clientValidationError(
      'InPageSandboxMissing',
      /*i18n*/ { id: 'client.inPageMissing', message: 'The in-page sandbox is not running, so there is nothing to send the request to.' },
      [/*i18n*/ { id: 'client.inPageMissing.fix', message: 'Start the in-page sandbox, or choose another target.' }],
    );
  }
  if (!endpoint.url || !endpoint.signingRegion) {
    const [first, ...more] = endpoint.problems;
    throw clientValidationError(
      'InvalidEndpoint',
      first ?? /*i18n*/ { id: 'client.noEndpoint.meaning', message: 'The target has no usable endpoint.' },
      more.length ? more : [/*i18n*/ { id: 'client.noEndpoint.fix', message: 'Check the target settings.' }],
      /*i18n*/ { id: 'client.noEndpoint.title', message: 'No endpoint' },
    );
  }
  const client = new STSClient({
    region: endpoint.signingRegion,
    endpoint: endpoint.url,
    credentials: credentialsProvider(credentials),
    // One attempt: the workbench shows exactly the call that was made, failures included.
    maxAttempts: 1,
    ...(target.kind === 'sandbox-in-page' && opts.inPageSandbox ? { requestHandler: createInPageRequestHandler(opts.inPageSandbox) } : {}),
  });
  client.middlewareStack.add(requestIdFromBodyMiddleware, REQUEST_ID_MIDDLEWARE_OPTIONS);
  // An attendee's page names its attendee to the sandbox server it came from (room-session.ts), so
  // unsigned calls act in that attendee's sandbox. Never sent to AWS or any other endpoint.
  if (target.kind === 'sandbox-server') client.middlewareStack.add(attendeeTicketMiddleware, { step: 'build', name: 'attendeeTicket' });
  CLIENT_INFO.set(client, { target, endpoint, origin: opts.origin, hasCredentials: credentials !== null });
  return client;
}

export interface SendOptions {
  /** Asked after a network failure: did the page see a `securitypolicyviolation` for this call? */
  cspViolation?: () => boolean;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Let a `securitypolicyviolation` event queued with the failure reach the UI's listener. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Send one operation. Resolves with the output (without `$metadata`), the request ID, the elapsed
 * time and the HTTP status; rejects with an StsCallError, whatever went wrong.
 */
export async function sendOperation<K extends OperationName>(
  client: STSClient,
  name: K,
  input: StsInput<K> | OperationInput,
  abortSignal?: AbortSignal,
  options: SendOptions = {},
): Promise<StsCallResult<K>> {
  const info = CLIENT_INFO.get(client);
  const ctx = { operation: name, target: info?.target, endpoint: info?.endpoint.url ?? '', pageOrigin: info?.origin ?? '' };
  const Command = COMMANDS[name] as unknown as new (input: unknown) => Parameters<STSClient['send']>[0];
  if (!Command) throw clientValidationError('UnknownOperation', /*i18n*/ { id: 'client.unknownOperation', message: '{name} is not an STS operation.', values: { name: String(name) }, verbatim: ['name'] }, []);
  if (info?.target.kind === 'aws' && !endpointAllowsOperation(info.endpoint.url, { name })) {
    throw clientValidationError(
      'RegionalEndpointRequired',
      /*i18n*/ { id: 'client.regionalOnly', message: '{name} is not offered on the global endpoint ({host}).', values: { name, host: 'sts.amazonaws.com' }, verbatim: ['name', 'host'] },
      [/*i18n*/ { id: 'client.regionalOnly.fix', message: 'Choose a Regional endpoint, for example us-east-1.' }],
      /*i18n*/ { id: 'client.regionalOnly.title', message: 'Needs a Regional endpoint' },
    );
  }
  if (info && !info.hasCredentials && !isUnsignedOperation(name)) {
    throw toStsCallError(new NoSourceCredentialsError(name), ctx);
  }
  if (abortSignal?.aborted) throw toStsCallError({ name: 'AbortError' }, { ...ctx, aborted: true });

  const started = now();
  try {
    const result = (await client.send(new Command(input ?? {}), { abortSignal })) as StsOutput<K> & {
      $metadata?: { httpStatusCode?: number; requestId?: string };
    };
    const elapsedMs = Math.max(0, Math.round(now() - started));
    const { $metadata, ...output } = result;
    return { output: output as StsOutput<K>, requestId: $metadata?.requestId, elapsedMs, httpStatus: $metadata?.httpStatusCode ?? 200 };
  } catch (error) {
    const aborted = abortSignal?.aborted === true;
    let cspViolation = false;
    if (!aborted && options.cspViolation) {
      await nextTask();
      cspViolation = options.cspViolation();
    }
    throw toStsCallError(error, { ...ctx, aborted, cspViolation });
  }
}

