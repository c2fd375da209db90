import { describe, expect, it } from "vitest";
import { getAdminUnit, listAdminUnits } from "../geo/admin-units";
import { suggestMapping } from "./columns";
import { duplicatesWithinFile, indexIncidentsForDuplicates } from "./duplicates";
import { importErrorReportRows, importRowOutcome, summarizeImport } from "./error-report";
import { buildGroupLookup } from "./groups";
import { parseIncidentRow } from "./incident-rows";

/**
 * A generated ACLED-style file of 100,000 rows read end to end: mapping, every row parsed, duplicates
 * within the file and against existing records, summary and error report. No timing assertion: it
 * must complete and its counts must match what was generated.
 */
describe("a 100,000-row incident file", () => {
  it("is read, checked for duplicates and summarised", () => {
    const districts = listAdminUnits({ level: "district" });
    const groups = ["TTP", "BLA", "Jamaat-ul-Ahrar", "IS-K", "Unidentified Armed Group (Pakistan)"];
    const knownGroups = buildGroupLookup([
      { slug: "ttp", name: "Tehrik-e-Taliban Pakistan", abbreviation: "TTP" },
      { slug: "bla", name: "Balochistan Liberation Army", abbreviation: "BLA" },
      { slug: "jua", name: "Jamaat-ul-Ahrar", abbreviation: "JuA" },
      { slug: "iskp", name: "Islamic State Khorasan Province", aliases: ["IS-K"] },
    ]);
    const headers = [
      "event_id_cnty",
      "event_date",
      "sub_event_type",
      "actor1",
      "admin1",
      "admin2",
      "location",
      "fatalities",
      "notes",
      "latitude",
    ];
    const types = ["Suicide bomb", "Remote explosive/landmine/IED", "Armed clash", "Attack", "Grenade"];
    const N = 100_000;
    const rows: Record<string, string>[] = [];
    let expectedInvalid = 0;
    let expectedCopies = 0;
    for (let i = 0; i < N; i++) {
      if (i % 500 === 499) {
        // An exact copy of the previous row.
        rows.push({ ...(rows[i - 1] as Record<string, string>) });
        expectedCopies++;
        continue;
      }
      const d = districts[i % districts.length] as (typeof districts)[number];
      const bad = i % 100 === 42;
      if (bad) expectedInvalid++;
      const date = new Date(Date.UTC(2010, 0, 1) + (i % 5000) * 86_400_000).toISOString().slice(0, 10);
      rows.push({
        event_id_cnty: `PAK${i}`,
        event_date: date,
        sub_event_type: types[i % types.length] as string,
        actor1: groups[i % groups.length] as string,
        admin1: getAdminUnit(d.parent ?? "")?.name ?? "",
        admin2: bad ? "Atlantis" : d.name,
        location: `Village ${i % 97}`,
        fatalities: String(i % 25),
        notes: `Generated incident ${i}.`,
        latitude: "33.0",
      });
    }
    expect(rows).toHaveLength(N);

    const { mapping, missingRequired, ignored } = suggestMapping("incidents", headers);
    expect(missingRequired).toEqual([]);
    expect(ignored).toEqual(["latitude"]);
    const ctx = {
      knownGroups,
      knownSources: new Set(["acled-2024"]),
      today: "2025-06-30",
      defaultSource: { source: "acled-2024", locator: "ACLED" },
    };
    const results = rows.map((raw, i) => parseIncidentRow(raw, mapping, { ...ctx, rowNumber: i + 2 }));

    const valid = results.filter((r) => r.ok);
    const invalid = results.filter((r) => !r.ok);
    // Copies (i % 500 = 499) repeat rows with i % 500 = 498, never a bad row (i % 100 = 42).
    expect(invalid).toHaveLength(expectedInvalid);
    expect(valid).toHaveLength(N - expectedInvalid);

    const fileRows = valid.map((r) => ({
      rowNumber: r.rowNumber,
      key: r.value.key,
      date: r.value.date,
      datePrecision: r.value.datePrecision,
      district: r.value.district,
      groups: r.value.perpetrators.map((p) => p.group),
    }));
    const within = duplicatesWithinFile(fileRows);
    const sameKey = within.filter((d) => d.reason === "same-key");
    expect(sameKey).toHaveLength(expectedCopies);

    // Against "existing" records: the first 1,000 valid incidents, already in the Monitor.
    const index = indexIncidentsForDuplicates(
      valid.slice(0, 1000).map((r) => ({
        key: r.value.key,
        date: r.value.date,
        district: r.value.district,
        groups: r.value.perpetrators.map((p) => p.group),
      })),
    );
    const withinByRow = new Map(within.map((d) => [d.rowNumber, d]));
    const outcomes = results.map((r) => {
      if (!r.ok) return importRowOutcome(r);
      const records = index.find(
        { date: r.value.date, district: r.value.district, groups: r.value.perpetrators.map((p) => p.group) },
        { excludeKey: r.value.key },
      );
      return importRowOutcome(r, { withinFile: withinByRow.get(r.rowNumber) ?? null, records: records.map((m) => m.key) });
    });
    const summary = summarizeImport(outcomes);
    expect(summary.rowsRead).toBe(N);
    expect(summary.valid).toBe(N - expectedInvalid);
    expect(summary.invalid).toBe(expectedInvalid);
    expect(summary.duplicates).toBeGreaterThanOrEqual(expectedCopies);

    const report = importErrorReportRows(outcomes);
    expect(report.filter((l) => l.severity === "error")).toHaveLength(expectedInvalid);
    expect(report.find((l) => l.severity === "error")).toMatchObject({
      column: "admin2",
      value: "Atlantis",
      message: expect.stringContaining('Unknown district "Atlantis"'),
    });
  }, 120_000);
});
