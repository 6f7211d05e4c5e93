import { availableParallelism } from 'node:os'
import { defineConfig } from '@playwright/test'

/**
 * Browser tests against a running Skillgap backend (which serves the built SPA).
 * The Java e2e test starts the app on a random port and sets E2E_BASE_URL.
 * Never downloads a browser: uses the system Chromium.
 *
 * Every test brings its own people (unique accounts), so all tests run in parallel against the one
 * backend: one worker (a Chromium) per CPU core, or E2E_WORKERS.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? availableParallelism()),
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:8080',
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'off',
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
})
