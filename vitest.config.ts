import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { labIndexPlugin } from './scripts/vite-lab-index.ts';

export default defineConfig({
  // The lab index the command registry reads (src/state/labIndex.ts), as the build serves it.
  plugins: [labIndexPlugin(fileURLToPath(new URL('./labs', import.meta.url)))],
  test: {
    // One worker per core (vitest's default leaves one core for itself: a single worker on a 2-core machine,
    // while the main process mostly waits).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'conformance',
          include: ['test/conformance/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each file starts its own server on a free port with its own state directory: files can run side by side.
          fileParallelism: true,
        },
      },
    ],
  },
});
