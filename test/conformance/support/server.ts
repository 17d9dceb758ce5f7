/**
 * Starts the real sandbox server (`node --import tsx src/server/main.ts`) as a child process on a free
 * port with a fresh temporary state dir, waits until it answers /_sandbox/info, and stops it again.
 * `restart()` keeps the state dir (so sessions must survive); `restart({ freshState: true })` does not.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT } from './paths';

export interface StartOptions {
  /** A world document (written to a temp file) or the path of a world file. */
  world?: unknown;
  worldFile?: string;
  stateDir?: string;
  /** More flags for src/server/main.ts (after the defaults, so they win), e.g. ['--allow-host', 'x']. */
  args?: string[];
}

export interface SandboxServer {
  readonly url: string;
  readonly stateDir: string;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
  /** Stops and starts again: the same state dir unless `freshState`, the same port when it is still free. */
  restart(opts?: { freshState?: boolean }): Promise<void>;
}

const READY_LINE = /STS Workbench and its sandbox STS: (http:\/\/\S+)/;
const START_TIMEOUT_MS = 90_000;

function spawnServer(port: number, stateDir: string, worldFile: string | undefined, extraArgs: readonly string[] = []): { child: ChildProcess; url: Promise<string>; log: string[] } {
  const args = ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--state-dir', stateDir];
  if (worldFile) args.push('--world', worldFile);
  args.push(...extraArgs);
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' } });
  const log: string[] = [];
  const url = new Promise<string>((resolvePromise, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`sandbox did not print its URL within ${START_TIMEOUT_MS / 1000} s:\n${log.join('')}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      log.push(text);
      buffered += text;
      const m = READY_LINE.exec(buffered);
      if (m?.[1]) {
        clearTimeout(timer);
        resolvePromise(m[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited before it was ready (code ${code}, signal ${signal}):\n${log.join('')}`));
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
  return { child, url, log };
}

async function waitUntilAnswering(url: string): Promise<void> {
  let lastError = '';
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(`${url}/_sandbox/info`);
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
    } catch (e) {
      lastError = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`sandbox at ${url} never answered /_sandbox/info (${lastError})`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

export async function startSandbox(opts: StartOptions = {}): Promise<SandboxServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'stsw-conformance-'));
  let worldFile = opts.worldFile;
  if (opts.world !== undefined) {
    worldFile = join(scratch, 'world.json');
    writeFileSync(worldFile, JSON.stringify(opts.world, null, 2));
  }
  let stateDir = opts.stateDir ?? join(scratch, 'state');
  let current = spawnServer(0, stateDir, worldFile, opts.args);
  let url = '';
  const launch = async () => {
    url = await current.url;
    await waitUntilAnswering(url);
  };
  try {
    await launch();
  } catch (e) {
    await stopChild(current.child);
    rmSync(scratch, { recursive: true, force: true });
    throw e;
  }

  return {
    get url() {
      return url;
    },
    get stateDir() {
      return stateDir;
    },
    output: () => current.log.join(''),
    async stop() {
      await stopChild(current.child);
      rmSync(scratch, { recursive: true, force: true });
    },
    async restart(r = {}) {
      await stopChild(current.child);
      if (r.freshState) stateDir = mkdtempSync(join(scratch, 'state-'));
      const port = Number(new URL(url).port);
      current = spawnServer(port, stateDir, worldFile, opts.args);
      try {
        await launch();
      } catch {
        // The old port was taken meanwhile: any free port will do.
        await stopChild(current.child);
        current = spawnServer(0, stateDir, worldFile, opts.args);
        await launch();
      }
    },
  };
}

/** Registers beforeAll/afterAll for one sandbox per test file; read `.server` / `.url` inside tests. */
export function useSandbox(opts: StartOptions = {}): { readonly server: SandboxServer; readonly url: string } {
  let server: SandboxServer | undefined;
  beforeAll(async () => {
    server = await startSandbox(opts);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the sandbox is not running (beforeAll failed?)');
      return server;
    },
    get url() {
      return this.server.url;
    },
  };
}

/**
 * Starts the server expecting it to refuse to start (a damaged state dir): resolves with its exit
 * code and output once it exits; rejects if it becomes ready instead.
 */
export function startExpectingExit(stateDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { child, url } = spawnServer(0, stateDir, undefined);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolvePromise) => {
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
  return url.then(
    async (u) => {
      await stopChild(child);
      throw new Error(`the sandbox started at ${u} although its state dir is damaged:\n${stdout}${stderr}`);
    },
    () => exited,
  );
}
