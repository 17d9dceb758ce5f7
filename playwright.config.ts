import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Overridable so two checkouts can run their e2e suites side by side.
const SERVER_PORT = Number(process.env.STSW_SERVER_PORT ?? 4391);
const STATIC_PORT = Number(process.env.STSW_STATIC_PORT ?? 4392);
const stateDir = mkdtempSync(join(tmpdir(), 'stsw-e2e-state-'));

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  use: {
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
    {
      command: `node --import tsx src/server/main.ts --port ${SERVER_PORT} --state-dir ${stateDir}`,
      url: `http://127.0.0.1:${SERVER_PORT}/_sandbox/info`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { E2E_STATE_DIR: stateDir },
    },
    {
      command: `node scripts/static-serve.mjs ${STATIC_PORT}`,
      url: `http://127.0.0.1:${STATIC_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});

export { SERVER_PORT, STATIC_PORT };
