// End-to-end tests against the production build. The build happens before Playwright starts
// (`npx vite build && npx playwright test`); this config only serves dist/ with `vite preview`.
import { defineConfig } from "@playwright/test";

const chromium = {
  // Debian's Chromium: no browser downloads on this machine.
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "*.spec.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: "list",
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: "http://127.0.0.1:4173",
    browserName: "chromium",
    launchOptions: chromium,
    actionTimeout: 10_000,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "desktop", testIgnore: "chaos*.spec.ts", use: { viewport: { width: 1280, height: 800 } } },
    { name: "mobile", testIgnore: "chaos*.spec.ts", use: { viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true } },
    // The seeded chaotic reader resizes between phone and desktop itself: it runs once, here.
    { name: "chaos", testMatch: "chaos*.spec.ts", use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: "node_modules/.bin/vite preview",
    url: "http://127.0.0.1:4173",
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
