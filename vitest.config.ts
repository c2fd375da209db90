import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Three projects: pure unit tests, integration tests on an in-process PGlite, and the same
// integration tests on a PostgreSQL server named by TEST_DATABASE_URL (CI sets it; without it
// that project fails loudly rather than skipping — see packages/db/src/testing/create-test-db.ts).
const integrationInclude = ["packages/*/src/**/*.integration.test.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        // The web app's "~/…" imports (tsconfig paths), for its pure modules' tests.
        resolve: { alias: { "~": fileURLToPath(new URL("./apps/web/src", import.meta.url)) } },
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/web/src/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration:pglite",
          include: integrationInclude,
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          env: { TEST_DB_DRIVER: "pglite" },
        },
      },
      {
        test: {
          name: "integration:postgres",
          include: integrationInclude,
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          env: { TEST_DB_DRIVER: "postgres" },
        },
      },
    ],
  },
});
