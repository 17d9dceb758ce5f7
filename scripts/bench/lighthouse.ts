/**
 * Lighthouse for `npm run bench`: the mobile performance audit (Lighthouse's default config: a
 * Moto G-class phone, slow 4G, 4× CPU slowdown) of the workbench as `npm start` serves it (the server
 * with its precompressed build), in headless Chromium, three runs; the median decides.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { freePort, httpStatus, stop } from './processes';

export interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
}

export interface LighthouseReport {
  runs: LighthouseRun[];
  median: LighthouseRun;
}

/** The run with the median score (its own metrics, not a mix of runs). */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  if (runs.length === 0) throw new Error('no Lighthouse run');
  const sorted = [...runs].sort((a, b) => a.score - b.score);
  return sorted[Math.floor((sorted.length - 1) / 2)] as LighthouseRun;
}

async function oneRun(browser: string, url: string): Promise<LighthouseRun> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'stsw-lh-'));
  const chrome = spawn(browser, ['--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', '--disable-gpu', '--no-sandbox', 'about:blank'], { stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 300 && (await httpStatus(port, '/json/version')) !== 200; i++) await new Promise((r) => setTimeout(r, 100));
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
    };
  } finally {
    await stop(chrome);
    // Chromium's helpers (zygote, crashpad) outlive the browser and keep writing the profile: end the whole
    // process group (the browser was started as its leader), then remove the profile.
    try {
      if (chrome.pid !== undefined) process.kill(-chrome.pid, 'SIGKILL');
    } catch {
      // the group is already gone
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}

/** `runs` mobile audits of `url`, one fresh browser profile each (a first visit: nothing cached). */
export async function runLighthouse(browser: string, url: string, runs = 3): Promise<LighthouseReport> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await oneRun(browser, url);
    results.push(run);
    process.stderr.write(`  lighthouse run ${i + 1}: performance ${run.score}, FCP ${run.fcpMs.toFixed(0)} ms, LCP ${run.lcpMs.toFixed(0)} ms, TBT ${run.tbtMs.toFixed(0)} ms\n`);
  }
  return { runs: results, median: medianRun(results) };
}
