/**
 * A Vite build plugin: after the bundle is written, writes x.br (brotli) and x.gz (gzip, level 9) next
 * to every text asset, for `npm start` to serve by content negotiation (src/server/content-encoding.ts).
 * A compressed form that is not smaller than its file is not written. Brotli's best quality (11) for
 * files up to 1 MB, which is everything the first screen loads; quality 9 above (the lazy Monaco
 * chunk), where 11 costs tens of seconds of build for a few percent.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|ttf|txt|map)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const BEST_QUALITY_UP_TO = 1024 * 1024;

/** The compressed forms of `data` worth writing, by file suffix. */
export async function compressedForms(data: Buffer): Promise<{ suffix: '.br' | '.gz'; data: Buffer }[]> {
  const [br, gz] = await Promise.all([
    brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: data.length <= BEST_QUALITY_UP_TO ? 11 : 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gzipAsync(data, { level: 9 }),
  ]);
  return [
    { suffix: '.br' as const, data: br },
    { suffix: '.gz' as const, data: gz },
  ].filter((form) => form.data.length < data.length);
}

export function precompress(): Plugin {
  return {
    name: 'stsw-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      // In parallel: zlib works on libuv's thread pool.
      await Promise.all(
        Object.keys(bundle)
          .filter((fileName) => COMPRESSIBLE.test(fileName))
          .map(async (fileName) => {
            const path = join(outDir, fileName);
            for (const form of await compressedForms(await readFile(path))) await writeFile(path + form.suffix, form.data);
          }),
      );
    },
  };
}
