// scripts/check-modules.mjs on small in-memory module graphs: what counts as a use, and type-only cycles.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { importCycles, unusedExports } from './check-modules.mjs';
// @ts-expect-error: a plain .mjs script without type declarations
import { buildGraph } from './module-graph.mjs';

type Graph = Map<string, unknown>;

function graphOf(files: Record<string, string>): Graph {
  const paths = Object.keys(files).map((f) => `/p/${f}`);
  return buildGraph(paths, (f: string) => files[f.slice(3)] as string, (f: string) => f.slice(3) in files);
}

const unused = (files: Record<string, string>) =>
  (unusedExports(graphOf(files), (f: string) => f.startsWith('/p/src/') && !f.includes('.test.')) as { file: string; name: string }[]).map((u) => `${u.file.slice(3)}: ${u.name}`).sort();

describe('unused exports', () => {
  it('reports a value export that no other module imports, whether or not its own module uses it', () => {
    const files = {
      'src/a.ts': `export const used = 1;\nexport function internal() { return 2; }\nexport const dead = internal();\n`,
      'src/b.ts': `import { used } from './a';\nexport default used;\n`,
      'src/main.ts': `import b from './b';\nconsole.log(b);\n`,
    };
    expect(unused(files)).toEqual(['src/a.ts: dead', 'src/a.ts: internal']);
  });

  it('counts tests, re-exports, dynamic imports and namespace imports as uses; types are not checked', () => {
    const files = {
      'src/a.ts': `export const byTest = 1;\nexport const reexported = 2;\nexport const lazy = 3;\nexport interface Shape { x: number }\nexport type Alias = string;\n`,
      'src/a.test.ts': `import { byTest } from './a';\nbyTest;\n`,
      'src/barrel.ts': `export { reexported as renamed } from './a';\n`,
      'src/c.ts': `import { renamed } from './barrel';\nexport const view = () => import('./a').then((m) => m.lazy + renamed);\n`,
      'src/d.ts': `export const one = 1;\nexport const two = 2;\n`,
      'src/e.ts': `import * as d from './d';\nimport { view } from './c';\nconsole.log(d, view);\n`,
      'src/f.ts': `export const picked = 1;\nexport const left = 2;\n`,
      'src/g.ts': `export async function load() { const { picked } = await import('./f'); return picked; }\n`,
      'src/h.ts': `import { load } from './g';\nload();\n`,
    };
    expect(unused(files)).toEqual(['src/f.ts: left']);
  });
});

describe('import cycles', () => {
  const cycles = (files: Record<string, string>) => (importCycles(graphOf(files)) as string[][]).map((group) => group.map((f) => f.slice(3)));

  it('finds a cycle made only of type imports', () => {
    const files = {
      'src/table.ts': `import type { Row } from './rows';\nexport const TABLE: Row[] = [];\n`,
      'src/rows.ts': `import { TABLE } from './table';\nexport interface Row { n: number }\nexport const count = () => TABLE.length;\n`,
    };
    expect(cycles(files)).toEqual([['src/rows.ts', 'src/table.ts']]);
  });

  it('does not count a dynamic import, and finds nothing in a tree', () => {
    const files = {
      'src/a.ts': `import { b } from './b';\nexport const a = () => b;\n`,
      'src/b.ts': `export const b = 1;\nexport const later = () => import('./a');\n`,
    };
    expect(cycles(files)).toEqual([]);
  });
});
