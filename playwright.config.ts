import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_WORKERS, SERVER_PORT, STATIC_PORT, serverPort } from './e2e/support/ports';

// Ports are overridable so two checkouts can run their e2e suites side by side (e2e/support/ports.ts).
// Each worker gets its own sandbox server and state directory; spec files are spread over the workers
// (the tests inside one file stay in order on one worker).
const sandboxServers = Array.from({ length: E2E_WORKERS }, (_, index) => {
  const port = serverPort(index);
  // Made by the runner process only: workers load this file too, and start no server.
  const stateDir = process.env.TEST_PARALLEL_INDEX === undefined ? mkdtempSync(join(tmpdir(), 'stsw-e2e-state-')) : '';
  return {
    command: `node --import tsx src/server/main.ts --port ${port} --state-dir ${stateDir}`,
    url: `http://127.0.0.1:${port}/_sandbox/info`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { E2E_STATE_DIR: stateDir },
  };
});

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: E2E_WORKERS,
  retries: 0,
  reporter: 'list',
  use: {
    // This worker's own sandbox server (the config is loaded again in each worker process).
    baseURL: `http://127.0.0.1:${SERVER_PORT}`,
    browserName: 'chromium',
    // The suite finds elements by their English text: the browser asks for English (e2e/i18n.spec.ts switches).
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: [
    ...sandboxServers,
    {
      command: `node scripts/static-serve.mjs ${STATIC_PORT}`,
      url: `http://127.0.0.1:${STATIC_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});

export { SERVER_PORT, STATIC_PORT };
