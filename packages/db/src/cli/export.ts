import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeBackup } from "../backup/backup";
import { exportDataset } from "../dataset/export";
import { openConfiguredDb, runCli } from "./open";

/**
 * `pnpm data:export [--out FILE]`: the dataset (sources, groups, figures, incidents, events,
 * recommendations with their citations) as JSON, the format `pnpm data:import` reads and editors exchange.
 * `pnpm data:export --backup --out FILE`: a full backup (every table, users, history and the audit log
 * included) that `pnpm data:import --backup FILE` restores exactly into an empty database.
 */
await runCli(async () => {
  const { values } = parseArgs({ options: { out: { type: "string", short: "o" }, backup: { type: "boolean", default: false } } });
  // pnpm runs package scripts in the package folder; resolve relative paths against where the user typed the command.
  const out = values.out ? resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : undefined;
  const handle = await openConfiguredDb();
  try {
    if (values.backup) {
      if (!out) throw new Error("Name the backup file: pnpm data:export --backup --out FILE.jsonl");
      const fd = openSync(out, "w");
      try {
        const header = await writeBackup(handle.db, (line) => {
          writeSync(fd, `${line}\n`);
        });
        const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
        console.error(
          `Backed up ${rows} rows in ${Object.keys(header.tables).length} tables (history and audit log included) from ${handle.where} to ${out}. Restore with: pnpm data:import --backup ${values.out}`,
        );
      } finally {
        closeSync(fd);
      }
      return;
    }
    const data = await exportDataset(handle.db);
    const json = `${JSON.stringify(data, null, 2)}\n`;
    if (!out) {
      process.stdout.write(json);
      return;
    }
    writeFileSync(out, json);
    console.error(
      `Exported ${data.sources.length} sources, ${data.groups.length} groups, ${data.relationships.length} relationships, ${data.statistics.length} statistics, ${data.incidents.length} incidents, ${data.events.length} events, ${data.recommendations.length} recommendations from ${handle.where} to ${out}.`,
    );
  } finally {
    await handle.close();
  }
});
