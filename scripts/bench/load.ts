/**
 * Load generation for `npm run bench`: pre-signed STS Query requests (the SDK's own SigV4 signer)
 * sent over keep-alive HTTP at a fixed concurrency, with per-request latency.
 * Signing happens once, outside the timed loop, so the numbers measure the server, not the client;
 * a signature stays valid for the ±15-minute skew window, far longer than a run.
 */
import { request as httpRequest, Agent } from 'node:http';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/transport';
import { SignatureV4 } from '@smithy/signature-v4';

export interface Target {
  name: string;
  host: string;
  port: number;
}

export interface PreparedRequest {
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** A POST of `body` (form-encoded Query parameters) to `/`, signed for us-east-1 sts. */
export async function signQuery(target: Target, creds: Credentials, body: string): Promise<PreparedRequest> {
  const host = `${target.host}:${target.port}`;
  const unsigned = new HttpRequest({
    method: 'POST',
    protocol: 'http:',
    hostname: target.host,
    port: target.port,
    path: '/',
    headers: { host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) },
    body,
  });
  const signer = new SignatureV4({ service: 'sts', region: 'us-east-1', credentials: creds, sha256: Sha256 });
  const signed = await signer.sign(unsigned);
  return { path: '/', headers: signed.headers, body: Buffer.from(body) };
}

function send(agent: Agent, target: Target, req: PreparedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const r = httpRequest({ host: target.host, port: target.port, method: 'POST', path: req.path, headers: req.headers, agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    r.on('error', reject);
    r.end(req.body);
  });
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Sends `req` until `count` requests are done or `maxMs` has passed, `concurrency` at a time. */
export async function runLoad(target: Target, req: PreparedRequest, concurrency: number, count: number, maxMs: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  let firstError: string | null = null;
  const t0 = performance.now();
  const worker = async () => {
    while (started < count && performance.now() - t0 < maxMs) {
      started++;
      const s = performance.now();
      try {
        const status = await send(agent, target, req);
        if (status !== 200) {
          errors++;
          firstError ??= `HTTP ${status}`;
        }
      } catch (e) {
        errors++;
        firstError ??= (e as Error).message;
      }
      latencies.push(performance.now() - s);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, firstError, seconds, perSecond: latencies.length / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}
