#!/usr/bin/env node
// Part of `npm run lint`: two checks ESLint's import plugin cannot make.
// 1. Unused exports: every value export (function, class, constant) of a module under src/ must be imported
//    by another module; a name used only inside its own module is not exported, a name used by nothing is
//    deleted. Tests count as users: a pure module's building blocks are tested one by one through their
//    exports, and that is part of the module's API. Types are not checked: an exported type is how callers
//    name the parameters and results of the module's functions, whether or not one does today.
// 2. Import cycles, type-only imports included (import/no-cycle skips `import type`). Dynamic import()
//    does not count: it is how a module defers loading another.
// Exits 1 with the list when either finds something.
import { relative, sep } from 'node:path';
import { buildGraph, listSourceFiles } from './module-graph.mjs';

const isTest = (file) => /\.(test|spec)\.tsx?$/.test(file);

/** Value exports of the modules `checked` accepts that no other module imports: [{ file, name }]. */
export function unusedExports(graph, checked) {
  const used = new Map();
  const all = new Set();
  for (const [importer, { imports }] of graph) {
    for (const { target, names } of imports) {
      if (target === importer) continue;
      if (names === '*') all.add(target);
      else for (const n of names) (used.get(target) ?? used.set(target, new Set()).get(target)).add(n);
    }
  }
  const unused = [];
  for (const [file, { exports }] of graph) {
    if (!checked(file) || all.has(file)) continue;
    for (const [name, { type }] of exports) if (!type && !used.get(file)?.has(name)) unused.push({ file, name });
  }
  return unused;
}

export function importCycles(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const cycles = [];
  const strongConnect = (v) => {
    const s = { index, low: index, onStack: true };
    index++;
    state.set(v, s);
    stack.push(v);
    for (const { target, dynamic } of graph.get(v)?.imports ?? []) {
      if (dynamic || !graph.has(target)) continue;
      const t = state.get(target);
      if (!t) {
        strongConnect(target);
        s.low = Math.min(s.low, state.get(target).low);
      } else if (t.onStack) s.low = Math.min(s.low, t.index);
    }
    if (s.low === s.index) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        state.get(w).onStack = false;
        group.push(w);
      } while (w !== v);
      const selfLoop = group.length === 1 && (graph.get(v)?.imports ?? []).some((i) => i.target === v && !i.dynamic);
      if (group.length > 1 || selfLoop) cycles.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!state.has(v)) strongConnect(v);
  return cycles;
}

function main() {
  const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
  const src = `${root}/src`;
  const files = ['src', 'test', 'e2e', 'scripts'].flatMap((d) => listSourceFiles(`${root}/${d}`));
  const graph = buildGraph(files);
  const checked = (file) => file.startsWith(src + sep) && !isTest(file);
  const rel = (f) => relative(root, f);

  const unused = unusedExports(graph, checked);
  // Every module: src, tests, e2e and scripts (this is the project's only cycle check; ESLint's import/no-cycle
  // repeated it at 90% of lint's time).
  const cycles = importCycles(graph);
  if (unused.length) {
    console.error(`Exports no other module imports (${unused.length}): delete them, or drop the export keyword.`);
    for (const { file, name } of unused.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name))) console.error(`  ${rel(file)}: ${name}`);
  }
  if (cycles.length) {
    console.error(`Import cycles (${cycles.length}), type-only imports included:`);
    for (const group of cycles) console.error(`  ${group.map(rel).join(' ⇄ ')}`);
  }
  if (unused.length || cycles.length) process.exit(1);
  console.log(`check-modules: ${graph.size} modules, no unused exports, no import cycles.`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) main();
