/**
 * Child processes for `npm run bench`: the sandbox server (`node --import tsx src/server/main.ts`)
 * and moto's server, each on a free loopback port, waited for by polling an HTTP URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The status of a GET, or null when nothing answers. */
export function httpStatus(port: number, path: string): Promise<number | null> {
  return new Promise((resolve) => {
    const r = httpRequest({ host: '127.0.0.1', port, path, method: 'GET', timeout: 2000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? null));
    });
    r.on('error', () => resolve(null));
    r.on('timeout', () => r.destroy());
    r.end();
  });
}

export interface Started {
  child: ChildProcess;
  port: number;
  /** Milliseconds from spawn to the first 200 on the ready path. */
  readyMs: number;
  output: () => string;
}

/**
 * Spawns a server and polls `readyPath` every 10 ms until it answers 200.
 * @throws Error when the process exits first or `timeoutMs` passes (the process is stopped)
 */
export async function startAndWait(command: string, args: string[], port: number, readyPath: string, cwd: string, timeoutMs: number): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  let exited: string | null = null;
  child.on('exit', (code, signal) => (exited = `exited with ${code ?? signal}`));
  child.on('error', (e) => (exited = e.message));
  while (performance.now() - t0 < timeoutMs) {
    if (exited) throw new Error(`${command} ${exited}\n${log.slice(-2000)}`);
    if ((await httpStatus(port, readyPath)) === 200) return { child, port, readyMs: performance.now() - t0, output: () => log };
    await new Promise((r) => setTimeout(r, 10));
  }
  await stop(child);
  throw new Error(`${command} did not answer ${readyPath} within ${timeoutMs} ms\n${log.slice(-2000)}`);
}

/** Stops a child this script started (SIGTERM, then SIGKILL after 3 s). */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await done;
  clearTimeout(timer);
}

export function sandboxArgs(port: number, stateDir: string): string[] {
  return ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--state-dir', stateDir];
}
