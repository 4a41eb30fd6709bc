import { defineConfig } from "@playwright/test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// Runs every spec twice: with JavaScript (hydrated) and without (server-rendered HTML only), in Debian's
// Chromium. The server under test is the release binary built by `cargo leptos build --release`.
const root = path.resolve(__dirname, "..");
const port = process.env.CYBERHELP_E2E_PORT || "3100";
const bin = process.env.CYBERHELP_BIN || path.join(root, "target/release/cyberhelp");
// workers inherit the path through the environment (the inbox spec invites accounts with the CLI on the same file)
const db = process.env.CYBERHELP_E2E_DB || path.join(os.tmpdir(), `cyberhelp-e2e-${process.pid}.sqlite3`);
process.env.CYBERHELP_E2E_DB = db;
// One recipient (Finland's data protection authority) gets its reports as files in a drop directory, so that a
// spec can play the recipient: read the report's signed link, post an update and a question, and find the
// victim's answer dropped beside it (followup.spec.ts). Every other contact keeps the default channel (e-mail,
// waiting for SMTP). Workers inherit the directory through the environment.
const drop = process.env.CYBERHELP_E2E_DROP || fs.mkdtempSync(path.join(os.tmpdir(), "cyberhelp-e2e-drop-"));
process.env.CYBERHELP_E2E_DROP = drop;
const deliveryConfig = path.join(drop, "delivery.toml");
fs.writeFileSync(
  deliveryConfig,
  `[contacts.fi-office-of-the-data-protection]\ntransport = "file"\ndir = ${JSON.stringify(path.join(drop, "out"))}\n`,
);

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "./tests",
  // Long journeys run axe on the report form five times; on a 2-core CI machine with two workers one took 30.7 s.
  timeout: 90_000,
  retries: 0,
  workers: 2,
  use: { baseURL: `http://127.0.0.1:${port}`, ...chromium },
  projects: [
    { name: "js", use: { javaScriptEnabled: true } },
    { name: "nojs", use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: `"${bin}" serve`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: process.env.CYBERHELP_SITE_ROOT || path.join(root, "target/site"),
      LEPTOS_ENV: "PROD",
      DATABASE_URL: `sqlite:${db}`,
      CYBERHELP_CONTENT_DIR: path.join(root, "content"),
      CYBERHELP_LOG: "warn",
      // every spec posts reports from 127.0.0.1; the per-address limit is tested in tests/reports.rs
      CYBERHELP_REPORT_BURST: "500",
      CYBERHELP_STATUS_BURST: "500",
      CYBERHELP_DELIVERY_CONFIG: deliveryConfig,
      CYBERHELP_DELIVERY_POLL_MS: "200",
    },
  },
});
