/**
 * Where the e2e servers listen. Each Playwright worker drives its own sandbox server (its own port and
 * state directory), so specs running side by side never share sessions, the sandbox clock or world
 * edits; the static server (dist/ with no sandbox behind it) holds no state and is shared.
 *
 * Worker i's sandbox server listens on STSW_SERVER_PORT + 2·i (4391, 4393, … by default), so two
 * checkouts whose port pairs are (n, n+1) never collide.
 */

/**
 * How many Playwright workers run the spec files (STSW_E2E_WORKERS). The default stays 1 until the suite
 * has run green three times in a row with 2 on a quiet 2-core machine; 2 is the setting that brings
 * `npm test` under 10 minutes there.
 */
export const E2E_WORKERS = Math.max(1, Number(process.env.STSW_E2E_WORKERS ?? 1));

export const STATIC_PORT = Number(process.env.STSW_STATIC_PORT ?? 4392);

const FIRST_SERVER_PORT = Number(process.env.STSW_SERVER_PORT ?? 4391);

/** The sandbox server port of worker `index` (Playwright's TEST_PARALLEL_INDEX). */
export function serverPort(index: number): number {
  return FIRST_SERVER_PORT + 2 * index;
}

/** This process's sandbox server: a worker's own one (the runner process itself counts as worker 0). */
export const SERVER_PORT = serverPort(Number(process.env.TEST_PARALLEL_INDEX ?? 0));
