import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 3199);

/** The main flows, run at phone width too: register and log in, book, join, give, apply. */
const PHONE_FLOWS = [
  'account-flow.spec.ts',
  'bookings.spec.ts',
  'activities.spec.ts',
  'giving.spec.ts',
  'grants.spec.ts',
];

/** Browser tests drive Debian's Chromium against the built server on a fresh SQLite database. */
export default defineConfig({
  testDir: 'e2e',
  // Each test makes its own person (unique e-mail) and browser context, so tests run side by side.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // A stray test.only must not pass CI; one retry in CI is reported as flaky, never hidden.
  forbidOnly: process.env.CI !== undefined,
  retries: process.env.CI !== undefined ? 1 : 0,
  // The long flows (a neighbour coffee from template to waiting list) walk a dozen pages with axe on each.
  timeout: 120_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright-artifacts',
  use: {
    // Traced only on the retry in CI: a test that fails twice leaves the trace of its failing
    // retry. Tracing every run ('retain-on-failure') cost ~18 % on places.spec.ts and took the
    // whole suite past 30 minutes on a 2-core machine; set PW_TRACE=retain-on-failure to trace
    // every run while hunting a flake.
    trace: process.env.PW_TRACE === 'retain-on-failure' ? 'retain-on-failure' : 'on-first-retry',
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    // Every spec at laptop width.
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    // The main flows again on a 375 px phone, where the header's links sit behind "Menu"
    // (e2e/support/header.ts opens it). every-page.spec.ts sizes its own windows, so it runs once.
    {
      name: 'phone',
      testMatch: PHONE_FLOWS,
      use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    // One process: the built server runs inside the starter, so Playwright's SIGTERM shuts it down
    // cleanly. The starter first rebuilds what changed since the last build (up to a minute).
    command: 'node e2e/support/start-server.mjs',
    url: `http://127.0.0.1:${PORT}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'ignore',
    env: { PORT: String(PORT) },
  },
});
