/**
 * A Vite plugin: a script of the page's own that runs before the workbench's entry, without waiting for
 * it (src/app/early.ts: it asks the sandbox server for its info while the entry downloads). Vite bundles
 * every module script of index.html into one entry, so this one is a second build input, put into the
 * built page just before the entry's tag (module scripts run in document order, each as soon as it has
 * arrived), with modulepreload links for the chunks it imports. The dev server gets the source file.
 */
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Plugin } from 'vite';

/** The first module script tag of a page, which the early script goes before. */
const FIRST_MODULE_SCRIPT = /<script type="module"/;

/** The tags for the early script: its own, and a modulepreload link per chunk it imports (built pages). */
export function earlyScriptTags(entry: string, ctx: Pick<IndexHtmlTransformContext, 'bundle'>): HtmlTagDescriptor[] {
  if (!ctx.bundle) return [{ tag: 'script', attrs: { type: 'module', src: `/${entry}` } }];
  const id = resolve(entry);
  const chunk = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId === id);
  if (!chunk || chunk.type !== 'chunk') throw new Error(`vite-early-script: no chunk was built for ${entry}`);
  return [
    { tag: 'script', attrs: { type: 'module', crossorigin: true, src: `./${chunk.fileName}` } },
    ...chunk.imports.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` } })),
  ];
}

function serialize(tag: HtmlTagDescriptor): string {
  const attrs = Object.entries(tag.attrs ?? {})
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${String(value)}"`))
    .join('');
  return tag.tag === 'script' ? `<script${attrs}></script>` : `<${tag.tag}${attrs}>`;
}

/** `html` with `tags` just before its first module script (unchanged order otherwise). */
export function beforeFirstModuleScript(html: string, tags: readonly HtmlTagDescriptor[]): string {
  const at = html.search(FIRST_MODULE_SCRIPT);
  if (at < 0) throw new Error('vite-early-script: the page has no module script to go before');
  const lineStart = html.lastIndexOf('\n', at) + 1;
  const indent = html.slice(lineStart, at);
  return html.slice(0, at) + tags.map((t) => serialize(t) + '\n' + indent).join('') + html.slice(at);
}

export function earlyScript(entry: string): Plugin {
  return {
    name: 'stsw-early-script',
    config: (_config, { command }) => (command === 'build' ? { build: { rollupOptions: { input: { index: 'index.html', early: entry } } } } : undefined),
    transformIndexHtml: {
      order: 'post',
      // A chunk the entry's own modulepreload links fetch already is not listed twice.
      handler: (html, ctx) => beforeFirstModuleScript(html, earlyScriptTags(entry, ctx).filter((tag) => tag.tag !== 'link' || !html.includes(`"${String(tag.attrs?.href)}"`))),
    },
  };
}
