/**
 * CSV import through the imports procedures: a good file, a file with bad rows (refused, nothing
 * written, unless the editor leaves them out), unknown districts with suggestions, duplicates within
 * the file and of incidents already held, a re-import, figures, and a large generated file, all in
 * one transaction. Runs on PGlite and on PostgreSQL.
 */
import { countAuditEntries, type DbHandle, importDataset } from "@monitor/db";
import { createTestDb, makeDataset } from "@monitor/db/testing";
import { getAdminUnit, listAdminUnits, type Role, suggestMapping, type UserView } from "@monitor/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./index";
import { createUser } from "./services/users";
import { sessionFor, trpcErrorOf } from "./test-sessions";

const CLI = { userId: null, label: "cli:test" };
const clock = new Date("2026-03-10T09:00:00.000Z");
const SOURCE_TEXT = "Militants attacked a checkpoint in Bajaur on 4 March 2022, killing two soldiers.";
let handle: DbHandle;
let ids: { source: string; groupA: string; groupB: string };
let groupName: string;
const users: Partial<Record<Role | "editor2", UserView>> = {};

beforeAll(async () => {
  handle = await createTestDb();
  const data = makeDataset();
  ids = data.ids;
  groupName = data.groups?.[0]?.name ?? "";
  // The source holds its text, so quotes from a quote column are checked against it.
  await importDataset(handle.db, { ...data, sources: data.sources?.map((src) => ({ ...src, text: SOURCE_TEXT })) });
  for (const role of ["editor", "editor2"] as const) {
    users[role] = await createUser(
      handle.db,
      CLI,
      { email: `${role}@example.org`, name: role, role: "editor", password: "a password for tests" },
      clock,
    );
  }
}, 120_000);
afterAll(async () => {
  await handle?.close();
});

const as = (who: keyof typeof users) => {
  const u = users[who] as UserView;
  return createCaller(createContext({ db: handle.db, session: sessionFor(u.role, { id: u.id, email: u.email }), now: () => clock }));
};
const errorOf = trpcErrorOf;

const HEADERS = ["event_date", "admin1", "admin2", "location", "actor1", "sub_event_type", "fatalities", "injuries", "notes"];
type Row = Record<string, string>;
const row = (over: Partial<Row> = {}): Row => ({
  event_date: "2022-03-04",
  admin1: "Khyber Pakhtunkhwa",
  admin2: "Bajaur",
  location: "Khar",
  actor1: groupName,
  sub_event_type: "Armed clash",
  fatalities: "2",
  injuries: "1",
  notes: "Militants attacked a checkpoint.",
  ...over,
});

async function importRows(rows: Row[], options: { chunk?: number; kind?: "incidents" | "statistics"; headers?: string[] } = {}) {
  const kind = options.kind ?? "incidents";
  const { mapping } = suggestMapping(kind, options.headers ?? HEADERS);
  const editor = as("editor");
  const { batchId } = await editor.imports.start({
    fileName: "test.csv",
    mapping: { kind, mapping } as never,
    options: { defaultSource: { source: ids.source, locator: "Imported table" }, dateOrder: "day-first" },
  });
  const chunk = options.chunk ?? 2000;
  const checked = [];
  for (let i = 0; i < rows.length; i += chunk) {
    checked.push(...(await editor.imports.check({ batchId, firstRowNumber: i + 2, rows: rows.slice(i, i + chunk) })));
  }
  const review = await editor.imports.review({ batchId });
  return { batchId, checked, review, editor };
}

const countIncidents = async () => (await as("editor").incidents.list({ limit: 1, offset: 0 })).total;

describe(`CSV import on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("imports a good file in one go: records, groups, citations, and an audit entry per record", async () => {
    const rows = [1, 2, 3].map((i) =>
      row({ event_date: `2022-03-0${i + 4}`, admin2: ["Bajaur", "Khyber", "Peshawar"][i - 1] as string, notes: `Good file ${i}` }),
    );
    const before = await countIncidents();
    const audit = await countAuditEntries(handle.db);
    const { batchId, checked, review, editor } = await importRows(rows);
    expect(checked.every((c) => c.ok)).toBe(true);
    expect(checked[0]?.preview).toMatchObject({ date: "2022-03-05", place: "pk-kp-bajaur" });
    expect(review).toMatchObject({ rows: 3, valid: 3, invalid: 0 });
    const done = await editor.imports.commit({ batchId, expectedRows: 3 });
    expect(done).toMatchObject({ imported: 3, leftOutInvalid: 0, alreadyImported: 0 });
    expect(await countIncidents()).toBe(before + 3);
    // Three records and the import itself.
    expect(await countAuditEntries(handle.db)).toBe(audit + 4);
    const list = await editor.incidents.list({ limit: 50, offset: 0, search: "Good file 2" });
    const incident = list.items.find((i) => i.description?.includes("Good file 2"));
    expect(incident).toMatchObject({ district: "pk-kp-khyber", killed: 2, injured: 1, perpetrators: [{ group: ids.groupA }] });
    expect(incident?.citations[0]).toMatchObject({ source: ids.source, locator: "Imported table" });
    const history = await editor.records.history({ type: "incident", key: incident?.key ?? "" });
    expect(history.entries.map((e) => e.action)).toEqual(["incident.import"]);
    // The batch is settled: it cannot be committed twice.
    expect((await errorOf(editor.imports.commit({ batchId, expectedRows: 3 }))).code).toBe("CONFLICT");
  });

  it("refuses a file with a bad row and writes nothing; leaving the bad rows out imports the rest", async () => {
    const rows = [
      row({ notes: "Bad file ok 1", event_date: "2022-04-01" }),
      row({ notes: "Bad file bad", event_date: "2022-02-30" }),
      row({ notes: "Bad file ok 2", event_date: "2022-04-03", admin2: "Khyber" }),
    ];
    const before = await countIncidents();
    const audit = await countAuditEntries(handle.db);
    const { batchId, checked, review, editor } = await importRows(rows);
    expect(checked.map((c) => c.ok)).toEqual([true, false, true]);
    expect(checked[1]?.errors[0]).toMatchObject({ column: "event_date", value: "2022-02-30" });
    expect(review).toMatchObject({ rows: 3, valid: 2, invalid: 1 });
    const refused = await errorOf(editor.imports.commit({ batchId, expectedRows: 3 }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/1 row\(s\) have errors/);
    expect(await countIncidents()).toBe(before);
    expect(await countAuditEntries(handle.db)).toBe(audit);
    const done = await editor.imports.commit({ batchId, expectedRows: 3, skipInvalid: true });
    expect(done).toMatchObject({ imported: 2, leftOutInvalid: 1 });
    expect(await countIncidents()).toBe(before + 2);
  });

  it("names unknown districts with a suggestion, and refuses an incomplete upload", async () => {
    const { checked, batchId, editor } = await importRows([row({ admin2: "Bajuar", notes: "Typo district" })]);
    expect(checked[0]?.ok).toBe(false);
    expect(checked[0]?.errors.map((e) => e.message).join(" ")).toMatch(/Bajaur/);
    const incomplete = await errorOf(editor.imports.commit({ batchId, expectedRows: 5, skipInvalid: true }));
    expect(incomplete.code).toBe("CONFLICT");
  });

  it("flags duplicates within the file and of incidents held, leaves them out by default, and skips rows imported before", async () => {
    const base = row({ event_date: "2022-05-20", admin2: "Peshawar", notes: "Dup base" });
    const first = await importRows([base]);
    await first.editor.imports.commit({ batchId: first.batchId, expectedRows: 1 });

    const rows = [
      base, // imported before (identical)
      row({ event_date: "2022-05-21", admin2: "Peshawar", notes: "Dup next day" }), // likely the held one
      row({ event_date: "2022-08-01", admin2: "Swat", notes: "Dup in file" }),
      row({ event_date: "2022-08-01", admin2: "Swat", notes: "Dup in file" }), // identical to the row above
      row({ event_date: "2022-09-09", admin2: "Swat", notes: "Fresh row" }),
    ];
    const before = await countIncidents();
    const { batchId, checked, review, editor } = await importRows(rows);
    expect(checked[0]?.alreadyImported).toBe(true);
    expect(checked[1]?.duplicateOf.map((d) => d.date)).toEqual(["2022-05-20"]);
    expect(review.alreadyImported).toBe(1);
    expect(review.duplicatesOfRecords).toBe(1);
    // The next-day row also repeats the first row of the file; the identical row repeats the one above it.
    expect(review.withinFile).toEqual([
      { rowNumber: 3, duplicateOf: [2], reason: "same-event" },
      { rowNumber: 5, duplicateOf: [4], reason: "same-key" },
    ]);
    const done = await editor.imports.commit({ batchId, expectedRows: 5 });
    expect(done).toMatchObject({ imported: 2, alreadyImported: 1, leftOutDuplicates: 2 });
    expect(await countIncidents()).toBe(before + 2);
  });

  it("checks a quote column against the source's text when the Monitor holds it", async () => {
    const headers = [...HEADERS, "quote"];
    const { checked, batchId, editor } = await importRows(
      [
        { ...row({ notes: "Quote ok" }), quote: "attacked a checkpoint in Bajaur" },
        { ...row({ notes: "Quote invented", event_date: "2022-03-09" }), quote: "words the report never printed" },
      ],
      { headers },
    );
    expect(checked.map((c) => c.ok)).toEqual([true, false]);
    expect(checked[1]?.errors[0]).toMatchObject({ column: "quote", field: "quote", value: "words the report never printed" });
    await editor.imports.discard({ batchId });
  });

  it("imports figures", async () => {
    const headers = ["metric", "value", "period", "province", "note"];
    const rows = [
      { metric: "Terror attacks", value: "120", period: "2023", province: "Balochistan", note: "Stat import 1" },
      { metric: "Fatalities", value: "about 300", period: "2023", province: "Balochistan", note: "Stat import 2" },
    ];
    const { batchId, checked, editor } = await importRows(rows, { kind: "statistics", headers });
    expect(checked.map((c) => c.errors)).toEqual([[], []]);
    const done = await editor.imports.commit({ batchId, expectedRows: 2 });
    expect(done.imported).toBe(2);
    const figures = await editor.statistics.list({ limit: 50, offset: 0, province: "PK-BA" });
    expect(figures.items.map((f) => f.value).sort()).toEqual([120, 300]);
  });

  it("keeps imports to their editor", async () => {
    const { batchId } = await importRows([row({ notes: "Someone else's" })]);
    expect((await errorOf(as("editor2").imports.commit({ batchId, expectedRows: 1 }))).code).toBe("FORBIDDEN");
    expect((await as("editor").imports.discard({ batchId })).discarded).toBe(true);
    expect((await errorOf(as("editor").imports.commit({ batchId, expectedRows: 1 }))).code).toBe("CONFLICT");
  });

  it("imports a generated file of 10,000 rows in chunks, in one transaction", async () => {
    const districts = listAdminUnits({ level: "district" }).filter((d) => d.parent?.startsWith("PK-"));
    const rows: Row[] = [];
    for (let i = 0; i < 10_000; i++) {
      const d = districts[i % districts.length] as (typeof districts)[number];
      rows.push(
        row({
          event_date: new Date(Date.UTC(2005, 0, 1) + (i % 7000) * 86_400_000).toISOString().slice(0, 10),
          admin1: getAdminUnit(d.parent ?? "")?.name ?? "",
          admin2: d.name,
          location: `Village ${i}`,
          fatalities: String(i % 17),
          notes: `Generated ${i}`,
          actor1: i % 3 ? groupName : "",
        }),
      );
    }
    const before = await countIncidents();
    const { batchId, review, editor } = await importRows(rows);
    expect(review.invalid).toBe(0);
    const done = await editor.imports.commit({ batchId, expectedRows: rows.length });
    expect(done.imported + done.leftOutDuplicates).toBe(10_000);
    expect(await countIncidents()).toBe(before + done.imported);
  }, 300_000);
});
