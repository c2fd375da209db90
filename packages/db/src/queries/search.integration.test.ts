import { foldSearchText, normalizeSearchText, type SearchResponse } from "@monitor/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { groups } from "../schema";
import { buildSeedDataset, seedDatabase } from "../seed";
import { createTestDb } from "../testing";
import { searchRecords } from "./search";

let handle: DbHandle;
const seed = buildSeedDataset();

beforeAll(async () => {
  handle = await createTestDb();
  await seedDatabase(handle.db);
});
afterAll(async () => {
  await handle?.close();
});

const search = (q: string, options: Partial<Parameters<typeof searchRecords>[2]> = {}) =>
  searchRecords(handle.db, q, { limit: 20, ...options });
const top = (r: SearchResponse) => r.results.map((x) => `${x.type}:${x.key}`);

describe(`search on ${process.env.TEST_DB_DRIVER ?? "pglite"}`, () => {
  it("the SQL functions fold exactly like the domain, on every seed name and some hard cases", async () => {
    const corpus = [
      ...(seed.groups ?? []).flatMap((g) => [g.name, g.abbreviation ?? "", ...(g.aliases ?? [])]),
      ...(seed.incidents ?? []).map((i) => i.title),
      ...(seed.recommendations ?? []).map((r) => r.title),
      ...(seed.sources ?? []).flatMap((s) => [s.title, s.shortTitle]),
      "Tahrīk-e-Ṭālibān",
      "Jama’at-ud-Da‘wa",
      "ʿAbd al-Raḥmān",
      "Ｔｅｈｒｉｋ",
      "İslamic ØRDER ß",
      "Yusuf Yousaf Yayha",
      "Mullah Mullahs Haqqanis attacks ISIS isi",
      "al e i ul",
      "   ",
    ];
    const rows = (await handle.db.execute(
      sql`select t, public.search_normalize(t) as n, public.search_fold(t) as f from unnest(${sql.param(corpus)}::text[]) as t`,
    )) as unknown as { rows: { t: string; n: string; f: string }[] };
    expect(rows.rows).toHaveLength(corpus.length);
    for (const r of rows.rows) {
      expect(r.n, r.t).toBe(normalizeSearchText(r.t));
      expect(r.f, r.t).toBe(foldSearchText(r.t));
    }
  });

  it("a transliteration variant of a name finds the group first: Tehreek-e-Taliban, Tehreek-i-Taliban → TTP", async () => {
    for (const q of ["Tehreek-e-Taliban", "Tehreek-i-Taliban Pakistan", "tahrik taliban pakistan", "TTP"]) {
      const r = await search(q);
      expect(top(r)[0], q).toBe("group:ttp");
      expect(r.results[0]?.tier, q).toBe("exact");
    }
  });

  it("ISIS-K, IS-K and ISIL-K find Islamic State Khorasan Province, naming the alias that matched", async () => {
    const r = await search("ISIS-K");
    expect(top(r)[0]).toBe("group:iskp");
    expect(r.results[0]?.matchedName).toBe("ISIS-K");
    // ISIL-K is in no record: a synonym of the domain.
    expect(top(await search("ISIL-K"))[0]).toBe("group:iskp");
    expect(top(await search("Islamic State Khurasan"))[0]).toBe("group:iskp");
    // Incidents titled with another of its names follow the group.
    expect(top(r).slice(1, 4)).toEqual(expect.arrayContaining(["incident:pips-2022/incident/kabul-airport-bombing-2021-08"]));
  });

  it("LeJ finds Lashkar-e-Jhangvi, then Lashkar-e-Jhangvi Al-Alami (whose abbreviation starts with LeJ)", async () => {
    const r = await search("LeJ");
    expect(top(r).slice(0, 2)).toEqual(["group:lashkar-e-jhangvi", "group:lashkar-e-jhangvi-al-alami"]);
    expect(r.results.slice(0, 2).map((x) => [x.tier, x.matchedName])).toEqual([
      ["exact", "LeJ"],
      ["prefix", "LeJ-A"],
    ]);
  });

  it("a misspelling still finds it by trigram similarity", async () => {
    const r = await search("Lashkar-e-Jhanvi");
    expect(top(r)[0]).toBe("group:lashkar-e-jhangvi");
    expect(r.results[0]?.tier).toBe("fuzzy");
    // A vowel slip is a spelling variant: folded, it is the name itself.
    const vowel = await search("Lashkar-e-Jhangvy");
    expect(top(vowel)[0]).toBe("group:lashkar-e-jhangvi");
    expect(top(await search("Jaish-e-Muhamad"))[0]).toBe("group:jem");
  });

  it("finds incidents, sources and recommendations by their words", async () => {
    const incidents = await search("mosque Peshawar", { types: ["incident"] });
    expect(top(incidents).slice(0, 2).sort()).toEqual([
      "incident:akbar-taliban-2/incident/peshawar-police-lines-mosque-2023-01-30",
      "incident:pips-2022/incident/peshawar-shia-mosque-2022",
    ]);
    expect(incidents.totals).toMatchObject({ incident: 3, group: 0, source: 0, recommendation: 0 });
    expect(incidents.results.every((x) => x.type === "incident")).toBe(true);

    const rec = await search("madrassah curricula");
    expect(top(rec)[0]).toBe("recommendation:crss-2025/rec/07-reform-madrassah-education");
    expect(rec.results[0]?.detail).toMatchObject({
      type: "recommendation",
      number: "7",
      sourceShortTitle: expect.stringContaining("CRSS"),
    });

    const source = await search("Pak Institute for Peace Studies");
    expect(top(source)[0]).toBe("source:pips-2022");
    const byTitle = await search("good taliban bad taliban", { types: ["source"] });
    expect(top(byTitle)[0]).toBe("source:efsas-ttp-resurgence");
  });

  it("a source's full text is searched, below records named by the words", async () => {
    const r = await search("Bajaur");
    expect(top(r)[0]).toBe("incident:akbar-taliban-2/incident/bajaur-political-rally-2023-07-31");
    expect(r.totals.source).toBeGreaterThan(0);
    expect(r.results.filter((x) => x.type === "source").every((x) => x.tier === "text")).toBe(true);
  });

  it("a group's other names widen the search: Pakistani Taliban also finds incidents titled TTP…", async () => {
    const r = await search("Pakistani Taliban", { limit: 10 });
    expect(top(r)[0]).toBe("group:ttp");
    expect(r.results.filter((x) => x.type === "incident" && x.title.startsWith("TTP ")).length).toBeGreaterThan(3);
  });

  it("respects the limit and the kinds asked for, and has nothing for punctuation", async () => {
    const r = await search("Taliban", { limit: 3 });
    expect(r.results).toHaveLength(3);
    expect(top(r)[0]).toBe("group:afghan-taliban");
    expect(r.totals.group).toBeGreaterThan(3);
    const groupsOnly = await search("Taliban", { types: ["group"] });
    expect(groupsOnly.results.every((x) => x.type === "group")).toBe(true);
    expect(groupsOnly.totals.incident).toBe(0);
    expect(await search(" -- ")).toEqual({
      query: " -- ",
      results: [],
      totals: { group: 0, source: 0, recommendation: 0, incident: 0 },
      highlight: { literal: [], folded: [] },
    });
    expect((await search("zzqxv")).results).toEqual([]);
  });

  it("keeps the index current: a new alias is found as soon as it is written", async () => {
    expect(top(await search("Lashkar-e-Jhangvi Sunni Front"))[0]).not.toBe("group:lashkar-e-jhangvi");
    const [before] = await handle.db.select({ aliases: groups.aliases }).from(groups).where(eq(groups.slug, "lashkar-e-jhangvi"));
    await handle.db
      .update(groups)
      .set({ aliases: [...(before?.aliases ?? []), "Lashkar-e-Jhangvi Sunni Front"] })
      .where(eq(groups.slug, "lashkar-e-jhangvi"));
    const r = await search("Lashkar-e-Jhangvi Sunni Front");
    expect(top(r)[0]).toBe("group:lashkar-e-jhangvi");
    expect(r.results[0]?.tier).toBe("exact");
  });
});
