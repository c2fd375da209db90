import { createReadStream, existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { restoreBackup } from "../backup/backup";
import { importDataset } from "../dataset/import";
import { openConfiguredDb, runCli } from "./open";

/**
 * `pnpm data:import FILE.json`: adds or updates the dataset's records (see `pnpm data:export`).
 * `pnpm data:import --backup FILE.jsonl`: restores a full backup into an empty database, exactly.
 */
await runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { backup: { type: "boolean", default: false } } });
  const file = positionals[0];
  if (!file) throw new Error("Name the file to import: pnpm data:import FILE.json (or pnpm data:import --backup FILE.jsonl)");
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (values.backup) {
    if (!existsSync(path)) throw new Error(`There is no file at ${path}. Nothing was restored.`);
    const handle = await openConfiguredDb();
    try {
      const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
      const restored = await restoreBackup(handle.db, lines);
      const rows = Object.values(restored).reduce((a, b) => a + b, 0);
      console.log(`Restored ${rows} rows in ${Object.keys(restored).length} tables into ${handle.where}, in one transaction.`);
    } finally {
      await handle.close();
    }
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`Cannot read ${path} as JSON (${(err as Error).message}). Nothing was imported.`);
  }
  const handle = await openConfiguredDb();
  try {
    const summary = await importDataset(handle.db, data);
    const parts = Object.entries(summary).map(([k, v]) => `${v} ${k}`);
    console.log(`Imported into ${handle.where}: ${parts.join(", ")}. All records were written in one transaction.`);
  } finally {
    await handle.close();
  }
});
