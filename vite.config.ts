import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { precompress } from './scripts/vite-precompress.ts';
import { compileI18nMessages } from './scripts/vite-i18n-compile.ts';
import { labIndexPlugin } from './scripts/vite-lab-index.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path (a project site such as /workshop/sts/), not only from /.
  base: './',
  plugins: [compileI18nMessages(), labIndexPlugin(fileURLToPath(new URL('./labs', import.meta.url))), react(), tailwindcss(), precompress()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
    // No modulepreload polyfill in the entry: every browser the workbench needs (native <dialog>, `inert`)
    // but Safari before 17 supports modulepreload, and there the modules still load through their imports.
    modulePreload: { polyfill: false },
  },
  server: { port: 5173 },
});
