import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { E2E_OUTPUT, E2E_USERS, storageStatePath } from "./e2e-users";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const port = Number(process.env.E2E_PORT ?? 3410);
// Each run gets a fresh embedded database, seeded before the server starts (PGlite allows one
// process per folder, so seeding and serving never overlap). Never the developer's own data.
const dataDir = process.env.E2E_DATA_DIR ?? join(here, ".data", "pglite-e2e");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(`Chromium not found at ${chromium}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
}

/** Specs that write records; see the "data-entry" project. */
const DATA_ENTRY_SPECS = /(entry-forms|entry-groups|export-scripts|history|import|security-input)\.spec\.ts/;
/** Runs its own production server on PostgreSQL behind a proxy it cuts; see the "postgres-outage" project. */
const OUTAGE_SPEC = /db-outage\.spec\.ts/;

export default defineConfig({
  testDir: "./specs",
  outputDir: E2E_OUTPUT,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: resolve(here, E2E_OUTPUT, "e2e-report.json") }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 1000 },
    reducedMotion: "reduce",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Signs in once per role and saves the cookies; the specs reuse them (auth.spec.ts signs in itself).
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { browserName: "chromium" } },
    {
      name: "chromium",
      dependencies: ["setup"],
      testIgnore: [DATA_ENTRY_SPECS, OUTAGE_SPEC],
      use: { browserName: "chromium", storageState: storageStatePath("analyst") },
    },
    // Specs that add and change records (forms, imports, history) run after every read-only spec, so
    // the counts and lists the others assert on are the seed's.
    {
      name: "data-entry",
      dependencies: ["chromium"],
      testMatch: DATA_ENTRY_SPECS,
      use: { browserName: "chromium", storageState: storageStatePath("analyst") },
    },
    // The database unreachable mid-request (issue #11): its own `next start` on a fresh PostgreSQL database
    // (TEST_DATABASE_URL; skipped without a server, a failure with REQUIRE_POSTGRES=1), signed in by itself.
    { name: "postgres-outage", testMatch: OUTAGE_SPEC, use: { browserName: "chromium" } },
  ],
  webServer: {
    // Fresh database, the seed reports, one account per role (through `pnpm user:create`), then the server.
    command: [
      `rm -rf "${dataDir}"`,
      `pnpm --dir "${root}" db:seed`,
      ...Object.values(E2E_USERS).map(
        (u) =>
          `printf '%s' '${u.password}' | pnpm --silent --dir "${root}" user:create --email ${u.email} --role ${u.role} --password-stdin`,
      ),
      `pnpm --dir "${root}" start`,
    ].join(" && "),
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
      PGLITE_DATA_DIR: dataDir,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
    },
  },
});
