import { suggestMapping } from "@monitor/domain";
import type { createCaller } from "../index";

/**
 * A CSV import of `rows` generated incident rows staged through the procedures (start, then check in
 * chunks), ready to commit: what the failure tests interrupt mid-commit.
 */
const HEADERS = ["event_date", "admin1", "admin2", "location", "actor1", "sub_event_type", "fatalities", "injuries", "notes"];
const DISTRICTS = ["Bajaur", "Khyber", "Peshawar", "Swat", "Bannu"];

export async function stageImport(caller: ReturnType<typeof createCaller>, source: string, rows: number, tag: string) {
  const { batchId } = await caller.imports.start({
    fileName: `${tag}.csv`,
    mapping: { kind: "incidents", mapping: suggestMapping("incidents", HEADERS).mapping } as never,
    options: { defaultSource: { source, locator: "Imported table" }, dateOrder: "day-first" },
  });
  const all = Array.from({ length: rows }, (_, i) => ({
    event_date: `20${String(10 + (i % 12)).padStart(2, "0")}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`,
    admin1: "Khyber Pakhtunkhwa",
    admin2: DISTRICTS[i % DISTRICTS.length] as string,
    location: `${tag} place ${i}`,
    actor1: "",
    sub_event_type: "Armed clash",
    fatalities: String(i % 7),
    injuries: String(i % 5),
    notes: `${tag} row ${i}: a generated incident for the failure tests`,
  }));
  for (let i = 0; i < all.length; i += 2000) {
    await caller.imports.check({ batchId, firstRowNumber: i + 2, rows: all.slice(i, i + 2000) });
  }
  return batchId;
}
