import { describe, it, expect } from 'vitest';
import { inEnglish } from '../i18n/test-support/translate';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { SandboxRequest, SandboxResponse } from '../sandbox/core/http';
import { createStsClient, sendOperation, clientEndpoint, StsCallError, NoSourceCredentialsError } from './client';
import { createInPageRequestHandler } from './in-page-handler';

const ORIGIN = 'http://127.0.0.1:4173';
const CREDS = { accessKeyId: 'AKIAY34FZKBOKMUTVV7A', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY' };
const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

const callerIdentityXml = `<GetCallerIdentityResponse xmlns="${NS}">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::609629065308:user/alice</Arn>
    <UserId>AIDAR4TCS335ASKWA4QBP</UserId>
    <Account>609629065308</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>2b9f5c1e-8a4d-4c7b-9e1f-3a6d0b7c5e21</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>`;

const webIdentityXml = `<AssumeRoleWithWebIdentityResponse xmlns="${NS}">
  <AssumeRoleWithWebIdentityResult>
    <Credentials>
      <AccessKeyId>ASIAY34FZKBOKMUTVV7A</AccessKeyId>
      <SecretAccessKey>abcdefghijabcdefghijabcdefghijabcdefghij</SecretAccessKey>
      <SessionToken>IQoJb3JpZ2luX2VjEXAMPLE</SessionToken>
      <Expiration>2026-01-01T13:00:00Z</Expiration>
    </Credentials>
    <SubjectFromWebIdentityToken>repo:org/app:ref:refs/heads/main</SubjectFromWebIdentityToken>
    <AssumedRoleUser><AssumedRoleId>AROA3XFRBF535PLBIFPI4:ci</AssumedRoleId><Arn>arn:aws:sts::609629065308:assumed-role/Deploy/ci</Arn></AssumedRoleUser>
    <Provider>arn:aws:iam::609629065308:oidc-provider/token.actions.githubusercontent.com</Provider>
    <Audience>sts.amazonaws.com</Audience>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>6a0c7f0e-0000-4000-8000-000000000001</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;

function errorXml(code: string, message: string, requestId = 'af0f7b07-5208-11e3-81b2-cfe47957f7e6'): string {
  return `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

function xml(status: number, body: string, requestId?: string): SandboxResponse {
  return { status, headers: { 'Content-Type': 'text/xml', ...(requestId ? { 'x-amzn-RequestId': requestId } : {}) }, body };
}

/** A fake in-page sandbox: records requests, answers with canned XML. */
function fakeSandbox(answer: (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>) {
  const requests: SandboxRequest[] = [];
  return {
    requests,
    handle: async (req: SandboxRequest) => {
      requests.push(req);
      return answer(req);
    },
  };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('in-page sandbox through the SDK', () => {
  it('sends a signed GetCallerIdentity and parses the answer', async () => {
    const sandbox = fakeSandbox(() => xml(200, callerIdentityXml, '2b9f5c1e-8a4d-4c7b-9e1f-3a6d0b7c5e21'));
    const client = createStsClient({ kind: 'sandbox-in-page' }, CREDS, { origin: ORIGIN, inPageSandbox: sandbox });
    const result = await sendOperation(client, 'GetCallerIdentity', {});

    expect(result.output).toEqual({ Arn: 'arn:aws:iam::609629065308:user/alice', UserId: 'AIDAR4TCS335ASKWA4QBP', Account: '609629065308' });
    expect(result.requestId).toBe('2b9f5c1e-8a4d-4c7b-9e1f-3a6d0b7c5e21');
    expect(result.httpStatus).toBe(200);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
    expect('$metadata' in result.output).toBe(false);

    expect(sandbox.requests).toHaveLength(1);
    const req = sandbox.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/');
    expect(text(req.body)).toBe('Action=GetCallerIdentity&Version=2011-06-15');
    expect(Object.keys(req.headers).every((h) => h === h.toLowerCase())).toBe(true);
    expect(req.headers['host']).toBe('127.0.0.1:4173');
    expect(req.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(req.headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAY34FZKBOKMUTVV7A\/\d{8}\/us-east-1\/sts\/aws4_request, SignedHeaders=.*host.*, Signature=[0-9a-f]{64}$/);
    // The secret key never travels.
    expect(JSON.stringify(req.headers) + text(req.body)).not.toContain(CREDS.secretAccessKey);
  });

  it('takes the request ID from the body when the header is missing', async () => {
    const sandbox = fakeSandbox(() => xml(200, callerIdentityXml));
    const client = createStsClient({ kind: 'sandbox-in-page' }, CREDS, { origin: ORIGIN, inPageSandbox: sandbox });
    const result = await sendOperation(client, 'GetCallerIdentity', {});
    expect(result.requestId).toBe('2b9f5c1e-8a4d-4c7b-9e1f-3a6d0b7c5e21');
    expect(result.output.Account).toBe('609629065308');
  });

  it('sends the session token of temporary credentials', async () => {
    const sandbox = fakeSandbox(() => xml(200, callerIdentityXml));
    const client = createStsClient({ kind: 'sandbox-in-page' }, { ...CREDS, sessionToken: 'IQoJb3JpZ2luX2VjTOKEN' }, { origin: ORIGIN, inPageSandbox: sandbox });
    await sendOperation(client, 'GetCallerIdentity', {});
    expect(sandbox.requests[0]!.headers['x-amz-security-token']).toBe('IQoJb3JpZ2luX2VjTOKEN');
  });

  it('turns an ErrorResponse into a service StsCallError with code, status, request ID and explanation', async () => {
    const sandbox = fakeSandbox(() => xml(403, errorXml('AccessDenied', 'Roles may not be assumed by root accounts.')));
    const client = createStsClient({ kind: 'sandbox-in-page' }, CREDS, { origin: ORIGIN, inPageSandbox: sandbox });
    const err = await sendOperation(client, 'AssumeRole', { RoleArn: 'arn:aws:iam::609629065308:role/Deploy', RoleSessionName: 'alice' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StsCallError);
    const e = err as StsCallError;
    expect(e.kind).toBe('service');
    expect(e.code).toBe('AccessDenied');
    expect(e.message).toBe('Roles may not be assumed by root accounts.');
    expect(e.httpStatus).toBe(403);
    expect(e.requestId).toBe('af0f7b07-5208-11e3-81b2-cfe47957f7e6');
    expect(e.faultType).toBe('Sender');
    expect(inEnglish(e.explanation.title)).toMatch(/root user cannot assume roles/i);
  });

  it("reads the sandbox's explanation of a denial from its own header, leaving AWS's message untouched", async () => {
    const message = 'User: arn:aws:iam::609629065308:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::609629065308:role/Deploy';
    const encoded = 'AbC-_'.repeat(40);
    const answer = (explanation: string) => {
      const res = xml(403, errorXml('AccessDenied', message));
      res.headers['X-Sandbox-Authorization-Message'] = explanation;
      return res;
    };
    const denied = async (explanation: string) => {
      const client = createStsClient({ kind: 'sandbox-in-page' }, CREDS, { origin: ORIGIN, inPageSandbox: fakeSandbox(() => answer(explanation)) });
      return (await sendOperation(client, 'AssumeRole', { RoleArn: 'arn:aws:iam::609629065308:role/Deploy', RoleSessionName: 'alice' }).catch((x: unknown) => x)) as StsCallError;
    };
    const e = await denied(encoded);
    expect(e.code).toBe('AccessDenied');
    expect(e.message).toBe(message);
    expect(e.sandboxAuthorizationMessage).toBe(encoded);
    // Anything that is not an encoded message is ignored.
    expect((await denied('<script>')).sandboxAuthorizationMessage).toBeUndefined();
    expect((await denied('a'.repeat(10241))).sandboxAuthorizationMessage).toBeUndefined();
  });

  it("reads the sandbox's cause id of a federation failure from x-sandbox-cause, ignoring anything that is not one", async () => {
    const refused = async (cause: string) => {
      const res = xml(400, errorXml('InvalidIdentityToken', 'Response signature invalid'));
      res.headers['X-Sandbox-Cause'] = cause;
      const client = createStsClient({ kind: 'sandbox-in-page' }, null, { origin: ORIGIN, inPageSandbox: fakeSandbox(() => res) });
      return (await sendOperation(client, 'AssumeRoleWithSAML', { RoleArn: 'arn:aws:iam::609629065308:role/Deploy', PrincipalArn: 'arn:aws:iam::609629065308:saml-provider/Okta', SAMLAssertion: 'PHNhbWw+' }).catch((x: unknown) => x)) as StsCallError;
    };
    const e = await refused('digest-mismatch');
    expect(e.code).toBe('InvalidIdentityToken');
    expect(e.message).toBe('Response signature invalid');
    expect(e.sandboxCause).toBe('digest-mismatch');
    expect((await refused('<b>x</b>')).sandboxCause).toBeUndefined();
  });

  it('keeps the wire code of modeled errors (IDPRejectedClaim, not IDPRejectedClaimException)', async () => {
    const sandbox = fakeSandbox(() => xml(403, errorXml('IDPRejectedClaim', 'graph.facebook.com: graph.facebook.com responded with HTTP/1.1 400 Bad Request')));
    const client = createStsClient({ kind: 'sandbox-in-page' }, null, { origin: ORIGIN, inPageSandbox: sandbox });
    const e = (await sendOperation(client, 'AssumeRoleWithWebIdentity', { RoleArn: 'arn:aws:iam::609629065308:role/Web', RoleSessionName: 's1', WebIdentityToken: 'token' }).catch((x: unknown) => x)) as StsCallError;
    expect(e.kind).toBe('service');
    expect(e.code).toBe('IDPRejectedClaim');
    expect(e.httpStatus).toBe(403);
  });

  it('sends unsigned operations without credentials and without a signature', async () => {
    const sandbox = fakeSandbox(() => xml(200, webIdentityXml));
    const client = createStsClient({ kind: 'sandbox-in-page' }, null, { origin: ORIGIN, inPageSandbox: sandbox });
    const result = await sendOperation(client, 'AssumeRoleWithWebIdentity', {
      RoleArn: 'arn:aws:iam::609629065308:role/Deploy',
      RoleSessionName: 'ci',
      WebIdentityToken: 'eyJhbGciOiJSUzI1NiJ9.e30.sig',
    });
    expect(result.output.Credentials?.Expiration).toEqual(new Date('2026-01-01T13:00:00Z'));
    expect(result.output.Provider).toBe('arn:aws:iam::609629065308:oidc-provider/token.actions.githubusercontent.com');
    const req = sandbox.requests[0]!;
    expect(req.headers['authorization']).toBeUndefined();
    expect(text(req.body)).toContain('Action=AssumeRoleWithWebIdentity');
    expect(text(req.body)).toContain('WebIdentityToken=eyJhbGciOiJSUzI1NiJ9.e30.sig');
  });

  it('refuses a signed operation without credentials before sending, with a clear message', async () => {
    const sandbox = fakeSandbox(() => xml(200, callerIdentityXml));
    const client = createStsClient({ kind: 'sandbox-in-page' }, null, { origin: ORIGIN, inPageSandbox: sandbox });
    const e = (await sendOperation(client, 'GetCallerIdentity', {}).catch((x: unknown) => x)) as StsCallError;
    expect(e.kind).toBe('client-validation');
    expect(e.code).toBe('NoSourceCredentials');
    expect(e.message).toMatch(/No source credentials/);
    expect(sandbox.requests).toHaveLength(0);
  });

  it('the credentials provider itself throws the "no source credentials" error when the SDK signs', async () => {
    const sandbox = fakeSandbox(() => xml(200, callerIdentityXml));
    const client = createStsClient({ kind: 'sandbox-in-page' }, null, { origin: ORIGIN, inPageSandbox: sandbox });
    await expect(client.send(new GetCallerIdentityCommand({}))).rejects.toBeInstanceOf(NoSourceCredentialsError);
    expect(sandbox.requests).toHaveLength(0);
  });

  it('cancels a pending call when the signal aborts', async () => {
    let release: (r: SandboxResponse) => void = () => {};
    const sandbox = fakeSandbox(() => new Promise<SandboxResponse>((resolve) => (release = resolve)));
    const client = createStsClient({ kind: 'sandbox-in-page' }, CREDS, { origin: ORIGIN, inPageSandbox: sandbox });
    const controller = new AbortController();
    const pending = sendOperation(client, 'GetCallerIdentity', {}, controller.signal).catch((x: unknown) => x);
    // Abort once the request has reached the sandbox.
    while (sandbox.requests.length === 0) await new Promise((r) => setTimeout(r, 1));
    controller.abort();
    const e = (await pending) as StsCallError;
    release(xml(200, callerIdentityXml));
    expect(e).toBeInstanceOf(StsCallError);
    expect(e.kind).toBe('aborted');
  });

  it('does not send at all when the signal is already aborted', async () => {
    const sandbox = fakeSandbox(() => xml(200, callerIdentityXml));
    const client = createStsClient({ kind: 'sandbox-in-page' }, CREDS, { origin: ORIGIN, inPageSandbox: sandbox });
    const controller = new AbortController();
    controller.abort();
    const e = (await sendOperation(client, 'GetCallerIdentity', {}, controller.signal).catch((x: unknown) => x)) as StsCallError;
    expect(e.kind).toBe('aborted');
    expect(sandbox.requests).toHaveLength(0);
  });

  it('answers with a body a browser-style stream collector can read', async () => {
    // Mimics @smithy's browser streamCollector: Blob or ReadableStream read with getReader(), nothing else.
    const browserCollector = async (stream: unknown): Promise<Uint8Array> => {
      if (stream instanceof Blob) return new Uint8Array(await stream.arrayBuffer());
      if (!(stream instanceof ReadableStream)) throw new Error('not a browser stream');
      const reader = (stream as ReadableStream<Uint8Array>).getReader();
      const chunks: Uint8Array[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (value) chunks.push(value);
        if (done) break;
      }
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
      }
      return out;
    };
    const sandbox = fakeSandbox(() => xml(200, callerIdentityXml));
    const client = new STSClient({
      region: 'us-east-1',
      endpoint: ORIGIN,
      credentials: CREDS,
      requestHandler: createInPageRequestHandler(sandbox),
      streamCollector: browserCollector,
    });
    const out = await client.send(new GetCallerIdentityCommand({}));
    expect(out.Account).toBe('609629065308');
  });

  it('reports an HTML answer as "not an STS response"', async () => {
    const sandbox = fakeSandbox(() => ({ status: 404, headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><body>Not found</body></html>' }));
    const client = createStsClient({ kind: 'sandbox-in-page' }, CREDS, { origin: ORIGIN, inPageSandbox: sandbox });
    const e = (await sendOperation(client, 'GetCallerIdentity', {}).catch((x: unknown) => x)) as StsCallError;
    expect(e).toBeInstanceOf(StsCallError);
    expect(e.httpStatus).toBe(404);
    expect(e.kind).toBe('unknown');
    expect(e.code).toBe('UnreadableResponse');
    expect(inEnglish(e.explanation.title)).toMatch(/not an STS response/);
  });
});

describe('createStsClient targets', () => {
  it('points the sandbox-server target at the page origin, signing as us-east-1', async () => {
    const client = createStsClient({ kind: 'sandbox-server' }, CREDS, { origin: ORIGIN });
    expect(clientEndpoint(client)?.url).toBe(ORIGIN);
    expect(await client.config.region()).toBe('us-east-1');
  });

  it('resolves AWS targets to their Regional endpoint and signing Region', async () => {
    const client = createStsClient({ kind: 'aws', partition: 'aws', region: 'eu-west-1', endpointKind: 'regional' }, CREDS, { origin: ORIGIN });
    expect(clientEndpoint(client)?.url).toBe('https://sts.eu-west-1.amazonaws.com');
    expect(await client.config.region()).toBe('eu-west-1');
  });

  it('refuses a Regional-only operation on the global endpoint without sending', async () => {
    const client = createStsClient({ kind: 'aws', partition: 'aws', region: 'us-east-1', endpointKind: 'global' }, CREDS, { origin: ORIGIN });
    const e = (await sendOperation(client, 'AssumeRoot', { TargetPrincipal: '111122223333', TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' } }).catch((x: unknown) => x)) as StsCallError;
    expect(e.kind).toBe('client-validation');
    expect(e.code).toBe('RegionalEndpointRequired');
  });

  it('requires the in-page sandbox for the in-page target', () => {
    expect(() => createStsClient({ kind: 'sandbox-in-page' }, null, { origin: ORIGIN })).toThrow(StsCallError);
  });

  it('rejects a custom target that is not a URL', () => {
    expect(() => createStsClient({ kind: 'custom', url: 'not a url', region: 'us-east-1' }, null, { origin: ORIGIN })).toThrow(/not a URL/);
  });

  it('reports a refused connection as a network failure in plain words', async () => {
    // Port 9 (discard) on loopback: nothing listens in the test environment.
    const client = createStsClient({ kind: 'custom', url: 'http://127.0.0.1:9', region: 'us-east-1' }, CREDS, { origin: ORIGIN });
    const e = (await sendOperation(client, 'GetCallerIdentity', {}).catch((x: unknown) => x)) as StsCallError;
    expect(e).toBeInstanceOf(StsCallError);
    expect(e.kind).toBe('network');
    expect(e.message).toMatch(/Nothing is listening|refused/);
    expect(e.message).not.toMatch(/Failed to fetch/);
  });
});
