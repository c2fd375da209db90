import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { importDataset } from "../dataset/import";
import { openConfiguredDb, runCli } from "./open";

await runCli(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) throw new Error("Name the file to import: pnpm data:import FILE.json");
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
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
