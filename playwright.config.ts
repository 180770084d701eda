// Browser tests run against the built site (dist/), served by `astro preview`, in Debian's Chromium.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 4321);
// CHROMIUM_PATH=bundled uses Playwright's own browser (e.g. on GitHub's runners); default is Debian's.
const chromium = process.env.CHROMIUM_PATH === 'bundled' ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'unit/**/*.test.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
