/**
 * Load generation for `npm run bench`: pre-signed STS Query requests (the SDK's own SigV4 signer)
 * sent over keep-alive HTTP/1.1 connections (a lean client, raw-http.ts) at a fixed concurrency, with per-request latency.
 * Signing happens once, outside the timed loop, so the numbers measure the server, not the client;
 * a signature stays valid for the ±15-minute skew window, far longer than a run.
 */
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/transport';
import { SignatureV4 } from '@smithy/signature-v4';
import { RawConnection, serialiseRequest } from './raw-http';

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
  const bytes = serialiseRequest('POST', req.path, req.headers, req.body);
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  let firstError: string | null = null;
  const t0 = performance.now();
  const worker = async () => {
    const connection = new RawConnection({ host: target.host, port: target.port, bytes });
    while (started < count && performance.now() - t0 < maxMs) {
      started++;
      const s = performance.now();
      try {
        const status = await connection.send();
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
    connection.close();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, firstError, seconds, perSecond: latencies.length / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}
