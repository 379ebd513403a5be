// Browser tests drive the production build (served by `vite preview`) in the system's Chromium.
import { defineConfig } from '@playwright/test';

// Same rule as scripts/ensure-chromium.mjs, which runs first and installs or explains when this is missing.
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4173;
// The graph server the server-*.spec.ts tests use: its own port, a throwaway store seeded on start.
const SERVER_PORT = Number(process.env.E2E_SERVER_PORT) || PORT + 1;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e-artifacts',
  // Screenshot baselines (toHaveScreenshot) beside the tests, one per spec file and name: no browser or platform in
  // the path, since every run uses the same Debian Chromium. Update them with --update-snapshots
  // (docs/architecture.md, Screenshot comparisons).
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  timeout: 60_000,
  expect: {
    timeout: 15_000,
    // Pictures are taken still: no animations, no blinking caret.
    toHaveScreenshot: { animations: 'disabled', caret: 'hide' },
  },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The graph server over the same build, with the bundled story and a generated graph of 100,000 entities
      // in a temporary SQLite store (server/testing/e2eServer.ts), removed when it stops.
      command: 'npx tsx server/testing/e2eServer.ts',
      env: { PORT: String(SERVER_PORT) },
      url: `http://127.0.0.1:${SERVER_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
