// Finds a Chromium for the e2e tests (contracts §1): CHROMIUM_PATH, a system Chromium, or Playwright's
// own; when there is none, installs Debian's `chromium` as root on Debian, or says exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

async function playwrightOwn() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export async function findBrowser({ install = true } = {}) {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
  }
  for (const path of SYSTEM) if (existsSync(path)) return path;
  const own = await playwrightOwn();
  if (own) return own;
  if (install) {
    const isRoot = process.getuid?.() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version')) {
      console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (r.status === 0 && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
    }
    console.log('No Chromium found: trying Playwright\'s download (npx playwright install chromium)…');
    const r = spawnSync(process.execPath, ['node_modules/playwright-core/cli.js', 'install', 'chromium'], { stdio: 'inherit' });
    if (r.status === 0) {
      const after = await playwrightOwn();
      if (after) return after;
    }
  }
  throw new Error(
    'No Chromium for the browser tests. Install one and run again:\n' +
      '  Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
      '  anywhere else:  npx playwright install chromium\n' +
      '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  findBrowser()
    .then((path) => {
      console.log(path);
      try {
        console.log(execFileSync(path, ['--version']).toString().trim());
      } catch {
        /* the version is informative only */
      }
    })
    .catch((e) => {
      console.error(e.message);
      process.exit(1);
    });
}
