import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { exportDataset } from "../dataset/export";
import { openConfiguredDb, runCli } from "./open";

await runCli(async () => {
  const { values } = parseArgs({ options: { out: { type: "string", short: "o" } } });
  const handle = await openConfiguredDb();
  try {
    const data = await exportDataset(handle.db);
    const json = `${JSON.stringify(data, null, 2)}\n`;
    if (!values.out) {
      process.stdout.write(json);
      return;
    }
    // pnpm runs package scripts in the package folder; resolve relative paths against where the user typed the command.
    const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
    writeFileSync(out, json);
    console.error(
      `Exported ${data.sources.length} sources, ${data.groups.length} groups, ${data.relationships.length} relationships, ${data.statistics.length} statistics, ${data.incidents.length} incidents, ${data.events.length} events, ${data.recommendations.length} recommendations from ${handle.where} to ${out}.`,
    );
  } finally {
    await handle.close();
  }
});
