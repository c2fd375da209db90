import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type DbHandle } from "../client";

/**
 * A fresh, migrated database for one test file. The driver comes from TEST_DB_DRIVER (set per
 * Vitest project): "pglite" gives an in-memory PGlite; "postgres" creates a uniquely named
 * database on the server at TEST_DATABASE_URL and drops it on close. A postgres run without
 * TEST_DATABASE_URL fails loudly: a tier that silently skips proves nothing.
 */
export async function createTestDb(): Promise<DbHandle> {
  const driver = process.env.TEST_DB_DRIVER ?? "pglite";
  if (driver === "pglite") return createDb();
  if (driver !== "postgres") throw new Error(`TEST_DB_DRIVER must be "pglite" or "postgres", not "${driver}".`);

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error("The integration:postgres project needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).");
  }
  const url = new URL(serverUrl);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) {
    throw new Error(`Refusing to create test databases on non-local host ${url.hostname}.`);
  }
  const name = `mm_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
