import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { beforeFirstModuleScript, earlyScriptTags } from './vite-early-script';

const PAGE = `<head>
    <title>STS Workbench</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/shared-1.js">
  </head>`;

function bundleWith(chunks: Record<string, { isEntry: boolean; facadeModuleId: string | null; imports: string[] }>): IndexHtmlTransformContext['bundle'] {
  return Object.fromEntries(Object.entries(chunks).map(([fileName, c]) => [fileName, { type: 'chunk', fileName, ...c }])) as unknown as IndexHtmlTransformContext['bundle'];
}

describe('the early script in the page', () => {
  it('goes before the entry, so it runs without waiting for it, with a preload per chunk it imports', () => {
    const bundle = bundleWith({
      'assets/early-x.js': { isEntry: true, facadeModuleId: resolve('src/app/early.ts'), imports: ['assets/early-info-y.js'] },
      'assets/index-abc.js': { isEntry: true, facadeModuleId: resolve('index.html'), imports: [] },
    });
    const html = beforeFirstModuleScript(PAGE, earlyScriptTags('src/app/early.ts', { bundle }));
    const early = html.indexOf('<script type="module" crossorigin src="./assets/early-x.js"></script>');
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(html.indexOf('src="./assets/index-abc.js"'));
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/early-info-y.js">');
    // The tags keep the page's indentation, one per line.
    expect(html).toContain('\n    <script type="module" crossorigin src="./assets/early-x.js"></script>\n    <link');
  });

  it('in the dev server, is the source file', () => {
    expect(earlyScriptTags('src/app/early.ts', { bundle: undefined })).toEqual([{ tag: 'script', attrs: { type: 'module', src: '/src/app/early.ts' } }]);
  });

  it('a build without it, or a page without a module script, fails the build rather than ship a page without it', () => {
    expect(() => earlyScriptTags('src/app/early.ts', { bundle: bundleWith({}) })).toThrow('no chunk was built for src/app/early.ts');
    expect(() => beforeFirstModuleScript('<head></head>', [])).toThrow('no module script');
  });
});
