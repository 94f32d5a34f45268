// End-to-end tests against the production build. The build happens before Playwright starts
// (`npx vite build && npx playwright test`); this config only serves dist/ with `vite preview`.
import { defineConfig } from "@playwright/test";

// Every port can be moved (two checkouts on one machine): the story, and for the embed tests a host
// page and a third origin (tests/embed/serve.mjs serves both).
const storyPort = process.env.STORY_PORT ?? "4173";
const hostPort = process.env.HOST_PORT ?? "4177";
const thirdPort = process.env.THIRD_PORT ?? "4178";
// A real WordPress for tests/e2e/wordpress.spec.ts (tests/wordpress/serve.sh).
const wpPort = process.env.WP_PORT ?? "4179";

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
    baseURL: `http://127.0.0.1:${storyPort}`,
    browserName: "chromium",
    launchOptions: chromium,
    actionTimeout: 10_000,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "desktop", testIgnore: "chaos*.spec.ts", use: { viewport: { width: 1280, height: 800 } } },
    // The embed tests and the harness check run once, at desktop size: their subject is not the layout.
    // The layout tests set their own sizes (phones, landscape, desktop, host columns): they run once, here.
    { name: "mobile", testIgnore: ["chaos*.spec.ts", "embed*.spec.ts", "harness.spec.ts", "layout*.spec.ts"], use: { viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true } },
    // The seeded chaotic reader resizes between phone and desktop itself: it runs once, here.
    { name: "chaos", testMatch: "chaos*.spec.ts", use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      command: `node_modules/.bin/vite preview --port ${storyPort}`,
      url: `http://127.0.0.1:${storyPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node tests/embed/serve.mjs ${hostPort} ${thirdPort} ${storyPort}`,
      url: `http://127.0.0.1:${hostPort}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // Installs Debian's wordpress, mariadb-server and php-cli first if they are missing (as root).
      command: `bash tests/wordpress/serve.sh ${wpPort} ${storyPort}`,
      url: `http://127.0.0.1:${wpPort}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      // Its script removes the site's database and config file on SIGTERM.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
