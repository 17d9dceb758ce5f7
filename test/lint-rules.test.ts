// The architecture's lint rules fire: small snippets linted as if they sat at a path in src/, against the
// project's own eslint.config.js (shared/design.md's rooms, ambient time and randomness in the domain core).
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
let eslint: ESLint;
beforeAll(() => {
  // import/no-cycle cannot follow a file that is not on disk; cycles are scripts/check-modules.mjs's (tested beside it).
  eslint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import/no-cycle': 'off' } } });
});

/** The rule IDs ESLint reports for `code` placed at `path`. */
async function rulesFiredAt(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const features = readdirSync(`${root}src/features`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Some module of a feature folder, to import from elsewhere. */
function moduleOf(feature: string): string {
  const file = readdirSync(`${root}src/features/${feature}`).find((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  if (!file) throw new Error(`src/features/${feature} has no module`);
  return file.replace(/\.tsx?$/, '');
}

describe('feature zones come from the folders', () => {
  it.each(features)('a module of another feature may not import from features/%s', async (feature) => {
    const other = features.find((f) => f !== feature) as string;
    const fired = await rulesFiredAt(`src/features/${other}/probe.ts`, `import * as m from '../${feature}/${moduleOf(feature)}';\nexport const probe = m;\n`);
    expect(fired).toContain('import/no-restricted-paths');
  });

  it('a feature may import its own modules and ui/', async () => {
    const [feature] = features as [string];
    const fired = await rulesFiredAt(`src/features/${feature}/probe.ts`, `import * as m from './${moduleOf(feature)}';\nimport { Button } from '../../ui/Button';\nexport const probe = [m, Button];\n`);
    expect(fired).not.toContain('import/no-restricted-paths');
  });
});

describe('room rules', () => {
  it('nothing imports the server', async () => {
    expect(await rulesFiredAt('src/sandbox/probe.ts', `import { parseArgs } from '../server/args';\nexport const probe = parseArgs;\n`)).toContain('import/no-restricted-paths');
    expect(await rulesFiredAt('src/features/history/probe.ts', `import { parseArgs } from '../../server/args';\nexport const probe = parseArgs;\n`)).toContain('import/no-restricted-paths');
  });

  it('the pure layers do not import React layers, nor policy the sandbox', async () => {
    expect(await rulesFiredAt('src/policy/probe.ts', `import { createSandbox } from '../sandbox/sandbox';\nexport const probe = createSandbox;\n`)).toContain('import/no-restricted-paths');
    expect(await rulesFiredAt('src/inspect/probe.ts', `import { Button } from '../ui/Button';\nexport const probe = Button;\n`)).toContain('import/no-restricted-paths');
  });

  it.each(['ts', 'tsx'])('the pure-layer bans hold in .%s files: no React, no node:*, no DOM globals', async (ext) => {
    expect(await rulesFiredAt(`src/inspect/probe.${ext}`, `import { useState } from 'react';\nexport const probe = useState;\n`)).toContain('no-restricted-imports');
    expect(await rulesFiredAt(`src/sandbox/probe.${ext}`, `import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n`)).toContain('no-restricted-imports');
    expect(await rulesFiredAt(`src/catalog/probe.${ext}`, `export const probe = () => document.title;\n`)).toContain('no-restricted-globals');
  });
});

describe('the domain core takes time and randomness from its caller', () => {
  const ambient: [string, string][] = [
    ['Date.now()', 'no-restricted-properties'],
    ['new Date()', 'no-restricted-syntax'],
    ['Date()', 'no-restricted-syntax'],
    ['Math.random()', 'no-restricted-properties'],
    ['performance.now()', 'no-restricted-properties'],
    ['crypto.getRandomValues(new Uint8Array(4))', 'no-restricted-syntax'],
    ['globalThis.crypto.getRandomValues(new Uint8Array(4))', 'no-restricted-syntax'],
    ['crypto.randomUUID()', 'no-restricted-syntax'],
  ];
  for (const dir of ['src/sandbox/idp', 'src/sandbox/world', 'src/policy', 'src/inspect']) {
    it.each(ambient)(`${dir}: %s is reported`, async (expression, rule) => {
      expect(await rulesFiredAt(`${dir}/probe.ts`, `export const probe = () => ${expression};\n`)).toContain(rule);
    });
  }

  it('time given as a value and injected randomness pass', async () => {
    const fired = await rulesFiredAt('src/sandbox/idp/probe.ts', `export const probe = (nowMs: number, randomBytes: (n: number) => Uint8Array) => [new Date(nowMs).toISOString(), randomBytes(4)];\n`);
    expect(fired).toEqual([]);
  });

  it('the module that builds the default runtime may read the platform clock', async () => {
    const fired = await rulesFiredAt('src/sandbox/core/runtime.ts', `export const nowMs = () => Date.now();\nexport const bytes = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));\n`);
    expect(fired).toEqual([]);
  });
});
