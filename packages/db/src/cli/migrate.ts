import { openConfiguredDb, runCli } from "./open";

await runCli(async () => {
  const handle = await openConfiguredDb(); // createDb applies the committed migrations
  console.log(`Migrations applied to ${handle.where}.`);
  await handle.close();
});
