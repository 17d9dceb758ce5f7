/**
 * Test support: a sandbox on the default world with fixed secrets, and real @aws-sdk/client-sts
 * clients whose transport is the sandbox's handle() — the SDK's own serialisation, signing and
 * parsing run end to end, as in the in-page sandbox.
 */
import { STSClient } from '@aws-sdk/client-sts';
import { HttpResponse } from '@smithy/core/transport';
import { platformRuntime, type SandboxRuntime } from '../core/runtime';
import { generateSecretsFile, type SandboxSecretsFile } from '../core/secrets';
import { createSandbox, type Sandbox } from '../sandbox';
import type { Room } from '../room/attendees';
import { toSandboxRequest } from '../sigv4/test-support/sdk-request';
import defaultWorld from '../world/default-world.json';
import { loadWorld } from '../world/load-world';
import type { WorldFile } from '../world/types';

let sharedSecrets: Promise<SandboxSecretsFile> | null = null;
export const testSecrets = () => (sharedSecrets ??= generateSecretsFile(platformRuntime().randomBytes, platformRuntime().nowMs()));

export async function startTestSandbox(
  opts: { world?: WorldFile; secrets?: SandboxSecretsFile; room?: Room; fetchJson?: (url: string) => Promise<unknown>; runtime?: SandboxRuntime } = {},
): Promise<Sandbox> {
  const runtime = opts.runtime ?? platformRuntime();
  return createSandbox({
    world: await loadWorld(opts.world ?? (defaultWorld as WorldFile), runtime.subtle),
    secrets: opts.secrets ?? (await testSecrets()),
    runtime,
    mode: 'in-page',
    ...(opts.room ? { room: opts.room } : {}),
    ...(opts.fetchJson ? { fetchJson: opts.fetchJson } : {}),
  });
}

export interface Creds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const DEV_ADMIN: Creds = { accessKeyId: 'AKIARZPUZDIKDXT22AAB', secretAccessKey: 'devadmin/Sandbox/EXAMPLEKEY+000000000000' };
export const PROD_ROOT: Creds = { accessKeyId: 'AKIARTX3GSDSRMFQROOT', secretAccessKey: 'prodroot/Sandbox/EXAMPLEKEY+0000000000000' };

export function clientFor(sandbox: Sandbox, credentials: Creds | null, region = 'us-east-1'): STSClient {
  return new STSClient({
    region,
    endpoint: 'http://127.0.0.1:4173',
    maxAttempts: 1,
    credentials: credentials ?? (async () => {
      throw new Error('no credentials for this test client');
    }),
    requestHandler: {
      async handle(request: Parameters<typeof toSandboxRequest>[0]) {
        const res = await sandbox.handle(toSandboxRequest(request));
        return { response: new HttpResponse({ statusCode: res.status, headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), v])), body: new TextEncoder().encode(res.body) }) };
      },
    },
  });
}

export function credsOf(output: { Credentials?: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string } }): Creds {
  const c = output.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) throw new Error('the output has no credentials');
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

/** The error the SDK raised, as { name, message, status }. */
export async function failure(p: Promise<unknown>): Promise<{ name: string; message: string; status: number | undefined; headers: Record<string, string> }> {
  try {
    await p;
  } catch (e) {
    const err = e as { name: string; message: string; $metadata?: { httpStatusCode?: number }; $response?: { headers?: Record<string, string> } };
    return { name: err.name, message: err.message, status: err.$metadata?.httpStatusCode, headers: err.$response?.headers ?? {} };
  }
  throw new Error('expected the call to fail, and it succeeded');
}
