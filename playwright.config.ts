// Browser tests, in Debian's Chromium, against built sites served by tests/lib/server.ts:
// - innehall: the real dist/ (content correctness, and one crawl of every page with all checks);
// - beteende: the fixture corpus tests/fixtures/mini, built once per run by the setup project
//   "fixtur" (at the root and below /cancerrad/), so that editing content cannot break them.
// Unit tests are not here: `npm run test:unit` runs them with Node's test runner.
import { defineConfig } from '@playwright/test';
import { PORTAR, adress } from './tests/lib/portar.ts';
import { chromiumVag } from './scripts/webblasare.ts';

// CHROMIUM_PATH=bundled uses Playwright's own browser (e.g. on GitHub's runners); default is Debian's.
const chromium = chromiumVag() === 'bundled' ? undefined : chromiumVag();

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  timeout: 60_000,
  use: {
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'fixtur', testMatch: 'fixtur.setup.ts', timeout: 300_000 },
    { name: 'beteende', testMatch: 'beteende/**/*.spec.ts', dependencies: ['fixtur'], use: { baseURL: adress(PORTAR.fixtur) } },
    { name: 'innehall', testMatch: 'innehall/**/*.spec.ts', use: { baseURL: adress(PORTAR.dist) } },
  ],
  webServer: {
    command: 'node tests/servrar.ts',
    url: `${adress(PORTAR.dist)}/`,
    // Never someone else's server: another checkout may be testing its own site on this machine.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
