import { defineConfig } from '@playwright/test';

// The end-to-end suite loads the built extension (.output/chrome-mv3) into Debian's Chromium.
// One worker: each test owns a persistent browser context, and the machine has two cores.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
