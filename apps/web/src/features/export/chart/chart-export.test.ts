import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { chartCsv } from "./chart-csv";
import {
  changeCell,
  chartFileName,
  exportedByLine,
  filtersInWords,
  MAP_ATTRIBUTION,
  pageLabel,
  shortQuote,
  slugify,
  uniqueLines,
} from "./chart-export";

describe("filtersInWords", () => {
  it("names each active filter with its label, in order", () => {
    expect(
      filtersInWords([
        { label: "Province", value: "Khyber Pakhtunkhwa" },
        { label: "Group", value: "TTP" },
        { label: "Period", value: "2021–2023" },
      ]),
    ).toBe("Province: Khyber Pakhtunkhwa; Group: TTP; Period: 2021–2023");
  });
  it("skips blank values and says so when nothing is filtered", () => {
    expect(filtersInWords([{ label: "Group", value: "  " }])).toBe("No filters: every record in the database");
    expect(filtersInWords([])).toBe("No filters: every record in the database");
  });
});

describe("file names", () => {
  const at = new Date("2026-11-24T07:31:00Z");
  it("slugs the title and stamps the export's UTC date", () => {
    expect(chartFileName("Published figures: Terror attacks — Khyber Pakhtunkhwa", "pdf", at)).toBe(
      "militancy-monitor_published-figures-terror-attacks-khyber-pakhtunkhwa_2026-11-24.pdf",
    );
    expect(chartFileName("Incidents per year", "png", at)).toBe("militancy-monitor_incidents-per-year_2026-11-24.png");
  });
  it("drops accents and non-Latin letters, cuts long titles at a word, and never returns an empty name", () => {
    expect(slugify("Quetta – Balochistān")).toBe("quetta-balochistan");
    expect(slugify("پشاور")).toBe("chart");
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith("-")).toBe(false);
    expect(long.endsWith("word")).toBe(true);
  });
});

describe("chartCsv", () => {
  it("writes a BOM, the header and one row per data row, with blanks for missing cells", () => {
    const text = chartCsv(
      ["Year", "Incidents", "Change"],
      [
        ["2021", 12, 20],
        ["2022", 7, null],
      ],
    );
    expect(text.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trim(), { skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ["Year", "Incidents", "Change"],
      ["2021", "12", "20"],
      ["2022", "7", ""],
    ]);
  });
  it("escapes cells a spreadsheet would run as a formula, and quotes commas and quotes", () => {
    const text = chartCsv(["Quote"], [["=HYPERLINK(1)"], ['He said "no", twice']]);
    expect(text).toContain('"\'=HYPERLINK(1)"');
    expect(text).toContain('"He said ""no"", twice"');
  });
});

describe("PDF lines", () => {
  it("says who exported and when, in UTC", () => {
    const at = new Date("2026-11-24T07:31:09Z");
    expect(exportedByLine({ name: "Ayesha Khan", email: "a@example.org" }, at)).toBe(
      "Exported by Ayesha Khan (a@example.org) on 24 Nov 2026, 07:31 UTC",
    );
    expect(exportedByLine({ name: null, email: "a@example.org" }, at)).toBe("Exported by a@example.org on 24 Nov 2026, 07:31 UTC");
  });
  it("numbers pages and keeps the map attribution's required wording", () => {
    expect(pageLabel(1, 3)).toBe("Page 1 of 3");
    expect(MAP_ATTRIBUTION.startsWith("Boundaries © OpenStreetMap contributors (ODbL")).toBe(true);
  });
  it("shortens long quotes at a word and removes duplicate source lines", () => {
    const q = shortQuote("alpha beta gamma delta epsilon", 14);
    expect(q).toBe("alpha beta…");
    expect(shortQuote("  short   quote ")).toBe("short quote");
    expect(uniqueLines(["a", "", null, "b", "a"])).toEqual(["a", "b"]);
  });
});

describe("changeCell", () => {
  it("gives the percent as a number, 0 when unchanged, words from zero and blank when unavailable", () => {
    expect(changeCell({ kind: "change", percent: -33.3, direction: "down" })).toBe(-33.3);
    expect(changeCell({ kind: "unchanged" })).toBe(0);
    expect(changeCell({ kind: "from_zero", current: 5 })).toBe("up from zero");
    expect(changeCell({ kind: "unavailable", reason: "no_previous" })).toBe("");
  });
});
