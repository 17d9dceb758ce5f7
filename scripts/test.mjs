#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, sandbox conformance (real AWS CLI / boto3 / SDK clients) and the
// browser e2e tests. Every step runs even when one fails; the run fails if any failed.
// The last line counts the tests themselves: "tests: N passed, N failed, N skipped".
//
// Scheduling, for a 2-core machine: the single-threaded steps (the three tsc projects, ESLint, the module
// check) and the production build the e2e step needs run side by side first, each one's output held and
// printed whole when it ends; then unit, conformance and e2e, one after another, each spreading its own
// files over both cores (vitest workers; one Playwright worker per core, each with its own sandbox server).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'stsw-test-'));
// `node scripts/test.mjs unit -- src/kernel`: the words after `--` go to each selected test runner (a file filter).
const argv = process.argv.slice(2);
const dashes = argv.indexOf('--');
const only = dashes >= 0 ? argv.slice(0, dashes) : argv;
const filters = dashes >= 0 ? argv.slice(dashes + 1) : [];
const node = process.execPath;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const tsc = (project) => [node, bin('typescript', 'bin/tsc'), '-p', project, '--noEmit'];

/** `cmds` run one after another, or all at once with `together`; `needs`: a step that must have passed first. */
const concurrentSteps = [
  { name: 'typecheck', together: true, cmds: [tsc('tsconfig.json'), tsc('tsconfig.core.json'), tsc('tsconfig.node.json')] },
  { name: 'lint', together: true, cmds: [[node, bin('eslint', 'bin/eslint.js'), '.', '--max-warnings', '0'], [node, join(root, 'scripts', 'check-modules.mjs')], [node, join(root, 'scripts', 'check-i18n.mjs')]] },
  { name: 'build', cmds: [[node, bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn']], forStep: 'e2e' },
];
const sequentialSteps = [
  { name: 'unit', cmds: [[node, bin('vitest', 'vitest.mjs'), 'run', '--project', 'unit', '--reporter', 'default', '--reporter', 'json', '--outputFile.json', join(out, 'unit.json')]], report: join(out, 'unit.json'), kind: 'vitest' },
  { name: 'conformance', cmds: [[node, bin('vitest', 'vitest.mjs'), 'run', '--project', 'conformance', '--reporter', 'default', '--reporter', 'json', '--outputFile.json', join(out, 'conformance.json')]], report: join(out, 'conformance.json'), kind: 'vitest' },
  { name: 'e2e', cmds: [[node, join(root, 'scripts', 'e2e.mjs'), '--no-build', '--json', join(out, 'e2e.json')]], report: join(out, 'e2e.json'), kind: 'playwright', needs: 'build' },
];
const selected = (step) => !only.length || only.includes(step.name) || (step.forStep && only.includes(step.forStep));

function counts(step) {
  if (!step.report || !existsSync(step.report)) return null;
  try {
    const r = JSON.parse(readFileSync(step.report, 'utf8'));
    if (step.kind === 'vitest') return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
    const s = r.stats ?? {};
    return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
  } catch {
    return null;
  }
}

/** Runs one command; `held` collects its output instead of streaming it. Resolves to its exit status. */
function run(cmd, held) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd: root, stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
    if (held) {
      child.stdout.on('data', (d) => held.push(d));
      child.stderr.on('data', (d) => held.push(d));
    }
    child.on('error', (e) => {
      held?.push(Buffer.from(`${e.message}\n`));
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const results = new Map();
async function runStep(step, { hold }) {
  const started = Date.now();
  const held = hold ? [] : null;
  if (!hold) console.log(`\n━━ ${step.name} ━━`);
  let status = 0;
  if (step.needs && results.has(step.needs) && !results.get(step.needs).ok) {
    console.log(`${step.name}: not run, ${step.needs} failed`);
    status = 1;
  } else if (step.together) {
    for (const s of await Promise.all(step.cmds.map((cmd) => run(cmd, held ?? [])))) status ||= s;
  } else {
    for (const cmd of step.cmds) status ||= await run(step.report ? [...cmd, ...filters] : cmd, held);
  }
  if (hold) {
    console.log(`\n━━ ${step.name} ━━`);
    process.stdout.write(Buffer.concat(held));
  }
  results.set(step.name, { name: step.name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000), counts: counts(step) });
}

const started = Date.now();
await Promise.all(concurrentSteps.filter(selected).map((step) => runStep(step, { hold: true })));
for (const step of sequentialSteps.filter(selected)) await runStep(step, { hold: false });

console.log('\n━━ summary ━━');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const r of results.values()) {
  const c = r.counts ? ` (${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped)` : '';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(12)} ${String(r.seconds).padStart(4)} s${c}`);
  if (r.counts) for (const k of Object.keys(total)) total[k] += r.counts[k];
}
console.log(`     ${'total'.padEnd(12)} ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s`);
const failedSteps = [...results.values()].filter((r) => !r.ok).length;
if (failedSteps) console.log(`${failedSteps} step(s) failed.`);
console.log(`tests: ${total.passed} passed, ${total.failed + (failedSteps && total.failed === 0 ? failedSteps : 0)} failed, ${total.skipped} skipped`);
process.exit(failedSteps ? 1 : 0);
