/**
 * The first-screen bundle for `npm run bench`: builds the workbench with Vite into a temporary
 * directory, then follows what the browser loads before the first paint — index.html's module
 * script, its modulepreload links and stylesheets, and every chunk those import statically
 * (dynamic import() is lazy and not counted). Sizes are gzip (zlib level 9).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleReport {
  firstScreen: AssetSize[];
  /** Scripts and styles together. */
  firstScreenGzipBytes: number;
  /** The scripts alone: what the budget is about (issue 12: "first-screen JavaScript"). */
  firstScreenJsGzipBytes: number;
  firstScreenCssGzipBytes: number;
  monaco: AssetSize[];
  monacoInFirstScreen: string[];
  buildSeconds: number;
}

/** Runs `vite build --outDir outDir`; throws with Vite's output when the build fails. */
export function viteBuild(root: string, outDir: string): number {
  const t0 = performance.now();
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const res = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`vite build failed (exit ${res.status ?? res.signal}):\n${res.stdout}\n${res.stderr}`);
  return (performance.now() - t0) / 1000;
}

function size(outDir: string, file: string): AssetSize {
  const data = readFileSync(join(outDir, file));
  return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

/** Asset paths relative to dist/ (`/assets/x.js` or `./assets/x.js` → `assets/x.js`) that index.html loads up front. */
export function entryAssets(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^[a-z]+:/i.test(src)) continue;
    const isModule = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = /rel="(?:modulepreload|stylesheet)"/.test(tag);
    if (isModule || isPreload) found.push(src.replace(/^\.?\//, ''));
  }
  return found;
}

/** Relative specifiers of static `import … from "./x.js"`, `import "./x.js"` and `export … from`. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) if (m[1]) out.push(m[1]);
  return out;
}

const MONACO = /monaco|editor\.worker|json\.worker|jsonMode|codicon/i;

/** What the first screen loads, relative to `outDir`: index.html's script, styles and preloads, and every chunk they import statically. */
export function firstScreenFiles(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = entryAssets(html);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const spec of staticImports(code)) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  return [...seen];
}

export function measureBundle(outDir: string, buildSeconds: number): BundleReport {
  const firstScreen = firstScreenFiles(outDir).map((f) => size(outDir, f)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const monaco = readdirSync(join(outDir, 'assets'))
    .filter((f) => MONACO.test(f) && !/\.(?:br|gz)$/.test(f)) // the files, not their precompressed copies
    .map((f) => size(outDir, `assets/${f}`))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    firstScreen,
    firstScreenGzipBytes: firstScreen.reduce((n, a) => n + a.gzipBytes, 0),
    firstScreenJsGzipBytes: firstScreen.filter((a) => a.file.endsWith('.js')).reduce((n, a) => n + a.gzipBytes, 0),
    firstScreenCssGzipBytes: firstScreen.filter((a) => a.file.endsWith('.css')).reduce((n, a) => n + a.gzipBytes, 0),
    monaco,
    monacoInFirstScreen: firstScreen.filter((a) => MONACO.test(a.file) || /\bmonaco-editor\b|\.monaco-editor\b/.test(readFileSync(join(outDir, a.file), 'utf8'))).map((a) => a.file),
    buildSeconds,
  };
}
