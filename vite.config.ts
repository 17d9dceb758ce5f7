import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { precompress } from './scripts/vite-precompress.ts';
import { compileI18nMessages } from './scripts/vite-i18n-compile.ts';
import { labIndexPlugin } from './scripts/vite-lab-index.ts';
import { earlyScript } from './scripts/vite-early-script.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path (a project site such as /workshop/sts/), not only from /.
  base: './',
  plugins: [compileI18nMessages(), labIndexPlugin(fileURLToPath(new URL('./labs', import.meta.url))), react(), tailwindcss(), earlyScript('src/app/early.ts'), precompress()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
    // No modulepreload polyfill in the entry: every browser the workbench needs (native <dialog>, `inert`)
    // but Safari before 17 supports modulepreload, and there the modules still load through their imports.
    // A dynamic import lists no JavaScript to preload (its stylesheets, yes): each link it adds costs the main
    // thread, and the background fetches of the first load add hundreds; the browser finds a chunk's imports
    // itself. The page's own modulepreload links (the entry's imports) stay.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))) },
  },
  server: { port: 5173 },
});
