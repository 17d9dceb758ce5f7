/**
 * `npm run bench`: sandbox STS throughput and latency (and moto's, for comparison), cold start,
 * the first-screen bundle size against its budget, and Lighthouse's mobile performance score of the
 * workbench as `npm start` serves it (median of three runs). Prints tables and writes bench-results.json
 * (git-ignored). Exits 1 when the first screen is over budget or pulls in Monaco, or when the median
 * Lighthouse performance score is under its budget.
 *
 * Load: GetCallerIdentity and AssumeRole signed with the default world's demo user, at
 * concurrency 1, 8 and 32, each run REQUESTS requests or MAX_SECONDS, whichever comes first.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './find-browser.mjs';
import { measureBundle, viteBuild, type BundleReport } from './bench/bundle';
import { runLighthouse, type LighthouseReport } from './bench/lighthouse';
import { runLoad, signQuery, type Credentials, type LoadResult, type Target } from './bench/load';
import { freePort, sandboxArgs, startAndWait, stop, type Started } from './bench/processes';
import { benchRoom, printRoom } from './bench/room';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REQUESTS = 10_000;
const MAX_SECONDS = 8;
const CONCURRENCY = [1, 8, 32];
/** The first screen's JavaScript, gzip (its stylesheet is reported beside it, outside the budget). */
const BUDGET_GZIP_BYTES = 120 * 1024;
/** Lighthouse mobile performance (0–100), median of LIGHTHOUSE_RUNS runs. */
const BUDGET_LIGHTHOUSE = 95;
const LIGHTHOUSE_RUNS = 3;
const COLD_STARTS = 3;

interface LoadRow extends LoadResult {
  target: string;
  call: string;
  concurrency: number;
}

function demoUser(): { creds: Credentials; roleArn: string } {
  const world = JSON.parse(readFileSync(join(root, 'src/sandbox/world/default-world.json'), 'utf8')) as {
    accounts: { id: string; users: { accessKeys: Credentials[] }[]; roles: { name: string }[] }[];
  };
  const account = world.accounts.find((a) => a.users.some((u) => u.accessKeys.length > 0));
  const key = account?.users.find((u) => u.accessKeys.length > 0)?.accessKeys[0];
  if (!account || !key) throw new Error('the default world has no user with an access key');
  // The role the AWS CLI documentation's assume-role example uses; its trust policy admits the demo user.
  return { creds: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey }, roleArn: `arn:aws:iam::${account.id}:role/xaccounts3access` };
}

async function loadTarget(target: Target, creds: Credentials, roleArn: string): Promise<LoadRow[]> {
  const calls = {
    GetCallerIdentity: 'Action=GetCallerIdentity&Version=2011-06-15',
    AssumeRole: `Action=AssumeRole&Version=2011-06-15&RoleArn=${encodeURIComponent(roleArn)}&RoleSessionName=bench`,
  };
  const rows: LoadRow[] = [];
  for (const [call, body] of Object.entries(calls)) {
    const req = await signQuery(target, creds, body);
    await runLoad(target, req, 1, 3000, 5000); // warm-up, the same for every target (3,000 requests or 5 s): JIT, caches, sockets
    for (const concurrency of CONCURRENCY) {
      const result = await runLoad(target, req, concurrency, REQUESTS, MAX_SECONDS * 1000);
      rows.push({ target: target.name, call, concurrency, ...result });
      process.stderr.write(`  ${target.name} ${call} c=${concurrency}: ${result.perSecond.toFixed(0)} req/s\n`);
    }
  }
  return rows;
}

async function benchSandbox(creds: Credentials, roleArn: string, stateDir: string): Promise<LoadRow[]> {
  const port = await freePort();
  const server = await startAndWait(process.execPath, sandboxArgs(port, stateDir), port, '/_sandbox/info', root, 30_000);
  try {
    return await loadTarget({ name: 'sandbox', host: '127.0.0.1', port }, creds, roleArn);
  } finally {
    await stop(server.child);
  }
}

async function benchMoto(creds: Credentials, roleArn: string): Promise<{ rows: LoadRow[]; notice: string | null }> {
  const port = await freePort();
  let server: Started;
  try {
    server = await startAndWait('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], port, '/moto-api/', root, 30_000);
  } catch (e) {
    return { rows: [], notice: `moto could not start, so it is skipped: ${(e as Error).message.split('\n')[0]}` };
  }
  try {
    return { rows: await loadTarget({ name: 'moto', host: '127.0.0.1', port }, creds, roleArn), notice: null };
  } finally {
    await stop(server.child);
  }
}

async function coldStarts(stateDir: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const port = await freePort();
    const server = await startAndWait(process.execPath, sandboxArgs(port, stateDir), port, '/_sandbox/info', root, 30_000);
    times.push(server.readyMs);
    await stop(server.child);
  }
  return times;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => (i === 0 || i === 1 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0))).join('  ');

/** Sandbox vs moto, row by row: the throughput ratio (target 10×) and the sandbox's p50 (target under 2 ms). */
function printRatios(sandbox: LoadRow[], moto: LoadRow[]): void {
  console.log('\nsandbox vs moto (targets: ≥ 10× the throughput, p50 under 2 ms)');
  for (const r of sandbox) {
    const m = moto.find((x) => x.call === r.call && x.concurrency === r.concurrency);
    if (!m || m.perSecond === 0) continue;
    const ratio = r.perSecond / m.perSecond;
    const marks = `${ratio >= 10 ? 'meets' : 'below'} 10×, p50 ${r.p50Ms < 2 ? 'under' : 'over'} 2 ms`;
    console.log(`  ${r.call.padEnd(18)} c=${String(r.concurrency).padEnd(3)} ${ratio.toFixed(1).padStart(6)}×  (${marks})`);
  }
}

function printLoad(rows: LoadRow[]): void {
  const widths = [8, 18, 5, 8, 6, 9, 8, 8];
  console.log(pad(['target', 'call', 'conc', 'requests', 'errors', 'req/s', 'p50 ms', 'p99 ms'], widths));
  for (const r of rows) {
    console.log(pad([r.target, r.call, r.concurrency, r.requests, r.errors, r.perSecond.toFixed(0), r.p50Ms.toFixed(2), r.p99Ms.toFixed(2)], widths));
    if (r.firstError) console.log(`  first error: ${r.firstError}`);
  }
}

function printBundle(b: BundleReport): boolean {
  const over = b.firstScreenJsGzipBytes > BUDGET_GZIP_BYTES;
  console.log(`First screen (vite build in ${b.buildSeconds.toFixed(1)} s; gzip -9):`);
  for (const a of b.firstScreen) console.log(`  ${a.file.padEnd(48)} ${kb(a.bytes).padStart(10)} raw ${kb(a.gzipBytes).padStart(10)} gzip`);
  console.log(`  ${'total'.padEnd(48)} ${''.padStart(14)} ${kb(b.firstScreenGzipBytes).padStart(10)} gzip`);
  console.log(`  ${'stylesheets'.padEnd(48)} ${''.padStart(14)} ${kb(b.firstScreenCssGzipBytes).padStart(10)} gzip`);
  console.log(`  ${'JavaScript'.padEnd(48)} ${''.padStart(14)} ${kb(b.firstScreenJsGzipBytes).padStart(10)} gzip — budget ${kb(BUDGET_GZIP_BYTES)}: ${over ? 'OVER BUDGET' : 'within budget'}`);
  console.log('Monaco chunks (loaded on demand):');
  for (const a of b.monaco) console.log(`  ${a.file.padEnd(48)} ${kb(a.bytes).padStart(10)} raw ${kb(a.gzipBytes).padStart(10)} gzip`);
  console.log(b.monacoInFirstScreen.length === 0 ? '  none of them is in the first screen' : `  IN THE FIRST SCREEN: ${b.monacoInFirstScreen.join(', ')}`);
  return !over && b.monacoInFirstScreen.length === 0;
}

/** Lighthouse against the bench's build, served by the workbench server (compressed, as `npm start` serves it). */
async function benchLighthouse(distDir: string, stateDir: string): Promise<LighthouseReport> {
  const port = await freePort();
  const server = await startAndWait(process.execPath, [...sandboxArgs(port, stateDir), '--dist', distDir], port, '/_sandbox/info', root, 30_000);
  try {
    return await runLighthouse(await findBrowser({ install: false }), `http://127.0.0.1:${port}/`, LIGHTHOUSE_RUNS);
  } finally {
    await stop(server.child);
  }
}

function printLighthouse(l: LighthouseReport): boolean {
  const m = l.median;
  const ok = m.score >= BUDGET_LIGHTHOUSE;
  console.log(`\nLighthouse mobile (slow 4G, 4× CPU slowdown), ${l.runs.length} runs: scores ${l.runs.map((r) => r.score).join(', ')}`);
  console.log(`  median run: performance ${m.score} — budget ${BUDGET_LIGHTHOUSE}: ${ok ? 'within budget' : 'UNDER BUDGET'}`);
  console.log(`  FCP ${(m.fcpMs / 1000).toFixed(1)} s, LCP ${(m.lcpMs / 1000).toFixed(1)} s, TBT ${m.tbtMs.toFixed(0)} ms, CLS ${m.cls.toFixed(3)}, Speed Index ${(m.speedIndexMs / 1000).toFixed(1)} s`);
  return ok;
}

async function main(): Promise<void> {
  const started = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'stsw-bench-'));
  const { creds, roleArn } = demoUser();
  if (process.argv.includes('--first-load-only')) {
    // `npm run bench -- --first-load-only`: the first-screen bundle and Lighthouse alone (a few minutes), printed, not written; exits 1 over budget.
    try {
      process.stderr.write('vite build…\n');
      const bundle = measureBundle(join(tmp, 'dist'), viteBuild(root, join(tmp, 'dist')));
      process.stderr.write('lighthouse…\n');
      const lighthouse = await benchLighthouse(join(tmp, 'dist'), join(tmp, 'state'));
      const bundleOk = printBundle(bundle);
      const lighthouseOk = printLighthouse(lighthouse);
      if (!bundleOk || !lighthouseOk) process.exitCode = 1;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return;
  }
  if (process.argv.includes('--room-only')) {
    // `npm run bench -- --room-only`: the room scenario alone (about 30 s), printed, not written.
    // `--cpu-prof DIR` also writes the server's CPU profile there (node --cpu-prof), to find the hot spots.
    const at = process.argv.indexOf('--cpu-prof');
    try {
      printRoom(await benchRoom(root, join(tmp, 'room-state'), at > 0 ? process.argv[at + 1] : undefined));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return;
  }
  try {
    process.stderr.write('cold start…\n');
    const cold = await coldStarts(join(tmp, 'state'));
    process.stderr.write('sandbox load…\n');
    const sandboxRows = await benchSandbox(creds, roleArn, join(tmp, 'state'));
    process.stderr.write('room (30 attendees)…\n');
    const room = await benchRoom(root, join(tmp, 'room-state'));
    process.stderr.write('moto load…\n');
    const moto = await benchMoto(creds, roleArn);
    process.stderr.write('vite build…\n');
    const bundle = measureBundle(join(tmp, 'dist'), viteBuild(root, join(tmp, 'dist')));
    process.stderr.write('lighthouse…\n');
    const lighthouse = await benchLighthouse(join(tmp, 'dist'), join(tmp, 'state'));

    console.log(`\nSTS Workbench bench — node ${process.version}, ${cpus().length} CPUs, ${REQUESTS} requests or ${MAX_SECONDS} s per row\n`);
    printLoad([...sandboxRows, ...moto.rows]);
    if (moto.notice) console.log(`\nNOTICE: ${moto.notice}`);
    else printRatios(sandboxRows, moto.rows);
    printRoom(room);
    const sorted = [...cold].sort((a, b) => a - b);
    console.log(`\nCold start (spawn → first 200 from /_sandbox/info), ${COLD_STARTS} runs: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms\n`);
    const bundleOk = printBundle(bundle);
    const lighthouseOk = printLighthouse(lighthouse);
    const ok = bundleOk && lighthouseOk;
    const totalSeconds = (performance.now() - started) / 1000;
    console.log(`\nTotal bench time ${totalSeconds.toFixed(0)} s. Results in bench-results.json.`);

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      settings: { requests: REQUESTS, maxSeconds: MAX_SECONDS, concurrency: CONCURRENCY, budgetGzipBytes: BUDGET_GZIP_BYTES, budgetLighthouse: BUDGET_LIGHTHOUSE },
      load: [...sandboxRows, ...moto.rows],
      motoNotice: moto.notice,
      room,
      coldStartMs: cold,
      bundle,
      lighthouse,
      withinBudget: ok,
    };
    writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    if (!bundleOk) {
      console.error(`\nFAIL: the first screen's JavaScript is ${kb(bundle.firstScreenJsGzipBytes)} gzip against a budget of ${kb(BUDGET_GZIP_BYTES)}${bundle.monacoInFirstScreen.length ? ', and it loads Monaco' : ''}.`);
      process.exitCode = 1;
    }
    if (!lighthouseOk) {
      console.error(`\nFAIL: Lighthouse mobile performance ${lighthouse.median.score} (median of ${lighthouse.runs.length}) against a budget of ${BUDGET_LIGHTHOUSE}.`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
