import { describe, expect, it } from "vitest";
import {
  dayNumber,
  duplicatesWithinFile,
  type ExistingIncident,
  findIncidentDuplicates,
  indexIncidentsForDuplicates,
  isLikelyDuplicate,
} from "./duplicates";

const existing: ExistingIncident[] = [
  { key: "a", date: "2021-08-15", district: "pk-kp-peshawar", groups: ["ttp"] },
  { key: "b", date: "2021-08-16", district: "pk-kp-peshawar", groups: ["jua", "ttp"] },
  { key: "c", date: "2021-08-14", district: "pk-kp-peshawar", groups: ["iskp"] },
  { key: "d", date: "2021-08-15", district: "pk-kp-swat", groups: ["ttp"] },
  { key: "e", date: "2021-08-17", district: "pk-kp-peshawar", groups: ["ttp"] },
  { key: "f", date: "2021-08-01", datePrecision: "month", district: "pk-kp-peshawar", groups: ["ttp"] },
  { key: "g", date: "2021-08-15", district: null, groups: ["ttp"] },
];

describe("dayNumber", () => {
  it("counts days across month and year ends", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2021-03-01") - dayNumber("2021-02-28")).toBe(1);
    expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
    expect(dayNumber("2022-01-01") - dayNumber("2021-12-31")).toBe(1);
  });
});

describe("isLikelyDuplicate", () => {
  const base = { date: "2021-08-15", district: "pk-kp-peshawar", groups: ["ttp"] };
  it("matches the same day, a day before or after", () => {
    expect(isLikelyDuplicate(base, base)).toBe(true);
    expect(isLikelyDuplicate(base, { ...base, date: "2021-08-14" })).toBe(true);
    expect(isLikelyDuplicate(base, { ...base, date: "2021-08-16" })).toBe(true);
    expect(isLikelyDuplicate({ ...base, date: "2021-12-31" }, { ...base, date: "2022-01-01" })).toBe(true);
  });
  it("does not match two days apart, another district, no shared group, or a missing district or group", () => {
    expect(isLikelyDuplicate(base, { ...base, date: "2021-08-17" })).toBe(false);
    expect(isLikelyDuplicate(base, { ...base, district: "pk-kp-swat" })).toBe(false);
    expect(isLikelyDuplicate(base, { ...base, groups: ["iskp"] })).toBe(false);
    expect(isLikelyDuplicate({ ...base, district: null }, { ...base, district: null })).toBe(false);
    expect(isLikelyDuplicate({ ...base, groups: [] }, base)).toBe(false);
  });
  it("matches a month- or year-dated incident only to the same month or year", () => {
    const month = { ...base, date: "2021-08-01", datePrecision: "month" as const };
    expect(isLikelyDuplicate(month, month)).toBe(true);
    expect(isLikelyDuplicate(month, { ...base, date: "2021-08-01" })).toBe(false);
    expect(isLikelyDuplicate(month, { ...month, date: "2021-09-01" })).toBe(false);
  });
});

describe("findIncidentDuplicates", () => {
  it("lists the likely duplicates, closest first, with the shared groups", () => {
    expect(findIncidentDuplicates({ date: "2021-08-15", district: "pk-kp-peshawar", groups: ["ttp", "jua"] }, existing)).toEqual([
      { key: "a", date: "2021-08-15", district: "pk-kp-peshawar", dayDifference: 0, sharedGroups: ["ttp"] },
      { key: "b", date: "2021-08-16", district: "pk-kp-peshawar", dayDifference: 1, sharedGroups: ["ttp", "jua"] },
    ]);
  });
  it("finds nothing for an incident without a district", () => {
    expect(findIncidentDuplicates({ date: "2021-08-15", district: null, groups: ["ttp"] }, existing)).toEqual([]);
  });
});

describe("indexIncidentsForDuplicates", () => {
  const index = indexIncidentsForDuplicates(existing);

  it("finds what the plain scan finds", () => {
    const candidates = [
      { date: "2021-08-15", district: "pk-kp-peshawar", groups: ["ttp", "jua"] },
      { date: "2021-08-16", district: "pk-kp-peshawar", groups: ["ttp"] },
      { date: "2021-08-13", district: "pk-kp-peshawar", groups: ["iskp"] },
      { date: "2021-08-15", district: "pk-kp-swat", groups: ["ttp"] },
      { date: "2021-08-01", datePrecision: "month" as const, district: "pk-kp-peshawar", groups: ["ttp"] },
      { date: "2021-08-15", district: "pk-ba-quetta", groups: ["ttp"] },
      { date: "2021-08-15", district: null, groups: ["ttp"] },
    ];
    for (const c of candidates) expect(index.find(c)).toEqual(findIncidentDuplicates(c, existing));
    expect(index.find(candidates[1] as (typeof candidates)[number]).map((d) => d.key)).toEqual(["b", "a", "e"]);
  });

  it("leaves out the record being edited and caps the matches", () => {
    const c = { date: "2021-08-16", district: "pk-kp-peshawar", groups: ["ttp"] };
    expect(index.find(c, { excludeKey: "b" }).map((d) => d.key)).toEqual(["a", "e"]);
    expect(index.find(c, { limit: 1 })).toHaveLength(1);
  });
});

describe("duplicatesWithinFile", () => {
  it("flags rows that repeat an earlier row: same event, or identical content", () => {
    const rows = [
      { rowNumber: 2, date: "2021-08-15", district: "pk-kp-peshawar", groups: ["ttp"], key: "k1" },
      { rowNumber: 3, date: "2021-08-16", district: "pk-kp-peshawar", groups: ["jua", "ttp"], key: "k2" },
      { rowNumber: 4, date: "2021-08-18", district: "pk-kp-peshawar", groups: ["ttp"], key: "k3" },
      { rowNumber: 5, date: "2021-08-15", district: null, groups: [], key: "k4" },
      { rowNumber: 6, date: "2021-08-15", district: null, groups: [], key: "k4" },
      { rowNumber: 7, date: "2021-08-17", district: "pk-kp-peshawar", groups: ["ttp"], key: "k5" },
      { rowNumber: 8, date: "2021-08-15", district: "pk-kp-swat", groups: ["ttp"], key: "k6" },
    ];
    expect(duplicatesWithinFile(rows)).toEqual([
      { rowNumber: 3, duplicateOf: [2], reason: "same-event" },
      { rowNumber: 6, duplicateOf: [5], reason: "same-key" },
      { rowNumber: 7, duplicateOf: [3, 4], reason: "same-event" },
    ]);
  });

  it("lists at most `limit` earlier rows", () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({
      rowNumber: i + 2,
      date: "2021-08-15",
      district: "pk-kp-peshawar",
      groups: ["ttp"],
    }));
    const found = duplicatesWithinFile(rows, { limit: 3 });
    expect(found).toHaveLength(49);
    expect(found.at(-1)).toEqual({ rowNumber: 51, duplicateOf: [2, 3, 4], reason: "same-event" });
  });

  it("handles 100,000 rows without comparing every pair", () => {
    const districts = ["pk-kp-peshawar", "pk-ba-quetta", "pk-kp-bannu", "pk-sd-karachi-east"];
    const rows = Array.from({ length: 100_000 }, (_, i) => ({
      rowNumber: i + 2,
      // Each (district, group) pair recurs every 16 rows, 4 days later: never within a day.
      date: new Date(Date.UTC(2000, 0, 1) + Math.floor(i / 16) * 86_400_000 * 4).toISOString().slice(0, 10),
      district: districts[i % 4] as string,
      groups: [`g${Math.floor(i / 4) % 4}`],
    }));
    // Every 1,000th row repeats the row before it on the next day.
    for (let i = 1000; i < rows.length; i += 1000) {
      const prev = rows[i - 1] as (typeof rows)[number];
      rows[i] = { ...prev, rowNumber: i + 2, date: new Date(Date.parse(prev.date) + 86_400_000).toISOString().slice(0, 10) };
    }
    const found = duplicatesWithinFile(rows);
    expect(found).toHaveLength(99);
    expect(found[0]).toEqual({ rowNumber: 1002, duplicateOf: [1001], reason: "same-event" });
  }, 60_000);
});
