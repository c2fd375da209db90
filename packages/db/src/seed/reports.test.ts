import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Citation, checkDatasetReferences, Dataset } from "@monitor/domain";
import { describe, expect, it } from "vitest";
import { buildSeedDataset } from "./index";
import { seedReports } from "./reports";

// packages/db/src/seed -> repository root; the seed documents live beside it in ../shared/seeds.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const seedDocumentsDir = process.env.SEED_DOCUMENTS_DIR ?? path.resolve(repoRoot, "../shared/seeds");

const parsed = seedReports.map((report) => Dataset.parse(report));

/** The dataset `pnpm db:seed` loads: every module merged, group facts folded into their groups. */
const merged: Dataset = Dataset.parse(buildSeedDataset());

/** Every citation in the dataset, labelled with the record it belongs to. */
function allCitations(data: Dataset): { record: string; citation: Citation }[] {
  const out: { record: string; citation: Citation }[] = [];
  const add = (record: string, citations: Citation[]) => {
    for (const citation of citations) out.push({ record, citation });
  };
  for (const g of data.groups) {
    for (const c of g.claims) add(`group ${g.slug} claim ${c.key}`, c.citations);
    for (const l of g.leaders) add(`group ${g.slug} leader ${l.key}`, l.citations);
    for (const s of g.strength) add(`group ${g.slug} strength ${s.key}`, s.citations);
    for (const r of g.roles ?? []) add(`group ${g.slug} role ${r.key}`, r.citations);
  }
  for (const r of data.relationships) add(`relationship ${r.key}`, r.citations);
  for (const s of data.statistics) add(`statistic ${s.key}`, s.citations);
  for (const i of data.incidents) add(`incident ${i.key}`, i.citations);
  for (const e of data.events) add(`event ${e.key}`, e.citations);
  for (const r of data.recommendations) {
    add(`recommendation ${r.key}`, r.citations);
    r.updates.forEach((u, j) => {
      for (const ev of u.evidence) if (ev.kind === "citation") add(`recommendation ${r.key} update ${j}`, [ev.citation]);
    });
  }
  return out;
}

describe("seed reports", () => {
  it("parses every module with the Dataset schema", () => {
    expect(parsed).toHaveLength(seedReports.length);
    for (const report of seedReports) expect(() => Dataset.parse(report)).not.toThrow();
  });

  it("has no broken references, unknown places or duplicate keys in the merged dataset", () => {
    expect(checkDatasetReferences(merged)).toEqual([]);
  });

  it("names a readable seed document for every source", () => {
    for (const s of merged.sources) {
      expect(s.file, `source ${s.slug} has no file`).not.toBeNull();
      const file = path.join(seedDocumentsDir, s.file ?? "");
      expect(existsSync(file), `source ${s.slug}: ${file} not found (set SEED_DOCUMENTS_DIR?)`).toBe(true);
    }
  });

  it("quotes every citation exactly from its source document", () => {
    const documents = new Map<string, string>();
    for (const s of merged.sources) {
      if (s.file) documents.set(s.slug, readFileSync(path.join(seedDocumentsDir, s.file), "utf8"));
    }
    const citations = allCitations(merged);
    expect(citations.length).toBeGreaterThan(0);
    const failures = citations
      .filter(({ citation }) => {
        const text = documents.get(citation.source);
        // Verbatim: the only normalisation is trimming the quote's surrounding whitespace.
        return text === undefined || !text.includes(citation.quote.trim());
      })
      .map(({ record, citation }) => `${record} -> [${citation.source}] ${citation.locator}: "${citation.quote}"`);
    expect(failures, `quotes not found in their source documents:\n${failures.join("\n")}`).toEqual([]);
  });

  it("records the sources' disagreement on the Kabul airport bombing death toll side by side", () => {
    const kabul = merged.statistics.filter((s) => s.key.includes("kabul-airport"));
    const sourceOf = (s: (typeof kabul)[number]) => s.citations[0]?.source;
    const pairs = kabul.flatMap((a, i) =>
      kabul
        .slice(i + 1)
        .filter(
          (b) =>
            sourceOf(a) !== sourceOf(b) &&
            a.metric === b.metric &&
            a.periodStart === b.periodStart &&
            a.periodEnd === b.periodEnd &&
            JSON.stringify(a.geography) === JSON.stringify(b.geography) &&
            (a.value !== b.value || a.qualifier !== b.qualifier),
        )
        .map((b) => [a, b] as const),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(1);
    const bySource = new Map(kabul.map((s) => [sourceOf(s), s]));
    expect(bySource.get("crss-2025")).toMatchObject({ metric: "fatalities", value: 170, qualifier: "over" });
    expect(bySource.get("pips-2022")).toMatchObject({ metric: "fatalities", value: 180, qualifier: "more_than" });
  });
});

describe("seed groups", () => {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  it("has no two groups that are the same organisation (no shared name, abbreviation or alias)", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const g of merged.groups) {
      const names = new Set([g.name, ...(g.abbreviation ? [g.abbreviation] : []), ...g.aliases].map(norm).filter((n) => n.length > 1));
      for (const n of names) {
        const other = owner.get(n);
        if (other && other !== g.slug) clashes.push(`"${n}" names both ${other} and ${g.slug}`);
        owner.set(n, g.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("points every relationship at two existing, different groups", () => {
    const slugs = new Set(merged.groups.map((g) => g.slug));
    for (const r of merged.relationships) {
      expect(slugs.has(r.from), `${r.key}: unknown group ${r.from}`).toBe(true);
      expect(slugs.has(r.to), `${r.key}: unknown group ${r.to}`).toBe(true);
      expect(r.from).not.toBe(r.to);
    }
  });
});
