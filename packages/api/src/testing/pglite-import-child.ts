/**
 * Child process for the PGlite crash test (failure.integration.test.ts): opens the data folder given
 * as argv[2], stages an import of argv[3] rows (tagged argv[6], so each run's rows are new) as the editor argv[4] citing source argv[5], and commits it, printing
 * "committing" just before. The parent kills it with SIGKILL somewhere in the commit.
 */
import { createDb } from "@monitor/db";
import { createContext } from "../context";
import { createCaller } from "../index";
import { sessionFor } from "../test-sessions";
import { stageImport } from "./import-fixture";

const [dataDir, rows, editorId, source, tag = "crash"] = process.argv.slice(2);
if (!dataDir || !rows || !editorId || !source) throw new Error("usage: pglite-import-child DIR ROWS EDITOR_ID SOURCE [TAG]");
const handle = await createDb({ dataDir, migrate: false });
const caller = createCaller(createContext({ db: handle.db, session: sessionFor("editor", { id: editorId, email: "editor@example.org" }) }));
const batchId = await stageImport(caller, source, Number(rows), tag);
process.stdout.write("committing\n");
await caller.imports.commit({ batchId, expectedRows: Number(rows) });
process.stdout.write("committed\n");
await handle.close();
