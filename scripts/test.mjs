#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, sandbox conformance (real AWS CLI / boto3 / SDK clients) and the
// browser e2e tests, one after another. Every step runs even when one fails; the run fails if any failed.
// The last line counts the tests themselves: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'stsw-test-'));
const only = process.argv.slice(2);
const node = process.execPath;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

const steps = [
  { name: 'typecheck', cmd: [node, bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit'], more: [[node, bin('typescript', 'bin/tsc'), '-p', 'tsconfig.core.json', '--noEmit'], [node, bin('typescript', 'bin/tsc'), '-p', 'tsconfig.node.json', '--noEmit']] },
  { name: 'lint', cmd: [node, bin('eslint', 'bin/eslint.js'), '.', '--max-warnings', '0'], more: [[node, join(root, 'scripts', 'check-modules.mjs')]] },
  { name: 'unit', cmd: [node, bin('vitest', 'vitest.mjs'), 'run', '--project', 'unit', '--reporter', 'default', '--reporter', 'json', '--outputFile.json', join(out, 'unit.json')], report: join(out, 'unit.json'), kind: 'vitest' },
  { name: 'conformance', cmd: [node, bin('vitest', 'vitest.mjs'), 'run', '--project', 'conformance', '--reporter', 'default', '--reporter', 'json', '--outputFile.json', join(out, 'conformance.json')], report: join(out, 'conformance.json'), kind: 'vitest' },
  { name: 'e2e', cmd: [node, join(root, 'scripts', 'e2e.mjs'), '--json', join(out, 'e2e.json')], report: join(out, 'e2e.json'), kind: 'playwright' },
];

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

const results = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  const started = Date.now();
  console.log(`\n━━ ${step.name} ━━`);
  let status = 0;
  for (const cmd of [step.cmd, ...(step.more ?? [])]) {
    const r = spawnSync(cmd[0], cmd.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
    status ||= r.status ?? 1;
  }
  results.push({ name: step.name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000), counts: counts(step) });
}

console.log('\n━━ summary ━━');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const r of results) {
  const c = r.counts ? ` (${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped)` : '';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(12)} ${String(r.seconds).padStart(4)} s${c}`);
  if (r.counts) for (const k of Object.keys(total)) total[k] += r.counts[k];
}
const failedSteps = results.filter((r) => !r.ok).length;
if (failedSteps) console.log(`${failedSteps} step(s) failed.`);
console.log(`tests: ${total.passed} passed, ${total.failed + (failedSteps && total.failed === 0 ? failedSteps : 0)} failed, ${total.skipped} skipped`);
process.exit(failedSteps ? 1 : 0);
