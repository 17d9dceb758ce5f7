/**
 * Test support: signs requests with the AWS SDK's own signer (@smithy/signature-v4, the one
 * @aws-sdk/client-sts uses) and turns SDK HttpRequests into SandboxRequests the way the sandbox's
 * HTTP adapters do (lower-case header names, path plus query string, body bytes).
 */
import { Sha256 } from '@smithy/core/checksum';
import { buildQueryString } from '@smithy/core/protocols';
import { HttpRequest } from '@smithy/core/transport';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SandboxRequest } from '../../core/http';

export interface SdkSignInput {
  method?: string;
  body?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  accessKeyId?: string;
  secretAccessKey: string;
  sessionToken?: string;
  region?: string;
  service?: string;
  signingDate: Date;
}

export const TEST_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const TEST_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

interface SdkHttpRequestLike {
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

export function toSandboxRequest(request: SdkHttpRequestLike): SandboxRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    const key = name.toLowerCase();
    headers[key] = headers[key] === undefined ? value : `${headers[key]},${value}`;
  }
  const qs = buildQueryString(request.query ?? {});
  const body = request.body;
  return {
    method: request.method,
    url: qs === '' ? request.path : `${request.path}?${qs}`,
    headers,
    body: typeof body === 'string' ? new TextEncoder().encode(body) : body instanceof Uint8Array ? body : new Uint8Array(),
  };
}

function sdkRequest(input: SdkSignInput): HttpRequest {
  const body = input.body ?? 'Action=GetCallerIdentity&Version=2011-06-15';
  return new HttpRequest({
    method: input.method ?? 'POST',
    protocol: 'https:',
    hostname: 'sts.amazonaws.com',
    path: '/',
    query: input.query ?? {},
    headers: {
      host: 'sts.amazonaws.com',
      ...(input.method === 'GET'
        ? {}
        : {
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
            'content-length': String(new TextEncoder().encode(body).length),
          }),
      ...input.headers,
    },
    body: input.method === 'GET' ? undefined : body,
  });
}

function signer(input: SdkSignInput): SignatureV4 {
  return new SignatureV4({
    service: input.service ?? 'sts',
    region: input.region ?? 'us-east-1',
    credentials: {
      accessKeyId: input.accessKeyId ?? TEST_ACCESS_KEY_ID,
      secretAccessKey: input.secretAccessKey,
      ...(input.sessionToken ? { sessionToken: input.sessionToken } : {}),
    },
    sha256: Sha256,
  });
}

/** A POST (or GET) signed with an Authorization header by the SDK's signer. */
export async function sdkSignedRequest(input: SdkSignInput): Promise<SandboxRequest> {
  const signed = await signer(input).sign(sdkRequest(input), { signingDate: input.signingDate });
  return toSandboxRequest(signed as SdkHttpRequestLike);
}

/** A presigned GET URL made by the SDK's presigner, as the server would receive it. */
export async function sdkPresignedRequest(input: SdkSignInput & { expiresIn?: number }): Promise<SandboxRequest> {
  const req = sdkRequest({ ...input, method: 'GET', body: '' });
  const presigned = await signer(input).presign(req, { signingDate: input.signingDate, expiresIn: input.expiresIn ?? 60 });
  return toSandboxRequest(presigned as SdkHttpRequestLike);
}
