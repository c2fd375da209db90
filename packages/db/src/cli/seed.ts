import { seedDatabase } from "../seed";
import { openConfiguredDb, runCli } from "./open";

await runCli(async () => {
  const handle = await openConfiguredDb();
  try {
    const summary = await seedDatabase(handle.db);
    const parts = Object.entries(summary).map(([k, v]) => `${v} ${k}`);
    console.log(`Seeded ${handle.where}: ${parts.join(", ")}.`);
  } finally {
    await handle.close();
  }
});
