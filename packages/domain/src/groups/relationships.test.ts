import { describe, expect, it } from "vitest";
import {
  compareFuzzyDates,
  formatRelationshipPeriod,
  type GroupLifespan,
  groupExistsAsOf,
  networkAsOf,
  networkYearRange,
  relationshipStatusAsOf,
  relationshipsAsOf,
  yearAsOf,
} from "./relationships";
import type { FuzzyDate } from "./schemas";

const y = (year: number): FuzzyDate => ({ date: `${year}-01-01`, precision: "year" });
const m = (date: string): FuzzyDate => ({ date, precision: "month" });
const d = (date: string): FuzzyDate => ({ date, precision: "day" });

type E = { key: string; from: string; to: string; start: FuzzyDate | null; end: FuzzyDate | null };
const e = (key: string, from: string, to: string, start: FuzzyDate | null, end: FuzzyDate | null = null): E => ({
  key,
  from,
  to,
  start,
  end,
});
const keys = (edges: readonly E[]) => edges.map((x) => x.key);

describe("compareFuzzyDates", () => {
  it("compares at the coarser of the two precisions", () => {
    expect(compareFuzzyDates(y(2015), d("2015-03-12"))).toBe(0);
    expect(compareFuzzyDates(d("2015-12-31"), y(2015))).toBe(0);
    expect(compareFuzzyDates(m("2015-03-01"), d("2015-03-12"))).toBe(0);
    expect(compareFuzzyDates(m("2015-02-01"), d("2015-03-12"))).toBe(-1);
    expect(compareFuzzyDates(d("2015-03-13"), d("2015-03-12"))).toBe(1);
    expect(compareFuzzyDates(m("2016-01-01"), y(2015))).toBe(1);
  });
});

describe("relationshipStatusAsOf", () => {
  it("holds from its start on, and ongoing when it has no end", () => {
    const since2015 = { start: y(2015), end: null };
    expect(relationshipStatusAsOf(since2015, y(2014))).toBe("not_started");
    expect(relationshipStatusAsOf(since2015, y(2015))).toBe("held");
    expect(relationshipStatusAsOf(since2015, y(2040))).toBe("held");
  });

  it("counts a tie dated to a year for the whole of that year, and a month for the whole month", () => {
    // Known only to the year 2015: it may have started on 1 Jan or 31 Dec, so it counts on any day of 2015.
    expect(relationshipStatusAsOf({ start: y(2015), end: null }, d("2015-01-01"))).toBe("held");
    expect(relationshipStatusAsOf({ start: y(2015), end: null }, d("2014-12-31"))).toBe("not_started");
    // Since Aug 2021 (the Taliban takeover): held on 1 Aug 2021 and in the year 2021, not in July.
    const since = { start: m("2021-08-01"), end: null };
    expect(relationshipStatusAsOf(since, d("2021-08-01"))).toBe("held");
    expect(relationshipStatusAsOf(since, y(2021))).toBe("held");
    expect(relationshipStatusAsOf(since, d("2021-07-31"))).toBe("not_started");
    expect(relationshipStatusAsOf(since, m("2021-07-01"))).toBe("not_started");
  });

  it("ends after its end date, read at the end's precision", () => {
    const sanctuary = { start: y(1996), end: m("2001-10-01") };
    expect(relationshipStatusAsOf(sanctuary, y(1995))).toBe("not_started");
    expect(relationshipStatusAsOf(sanctuary, y(2001))).toBe("held");
    expect(relationshipStatusAsOf(sanctuary, d("2001-10-31"))).toBe("held");
    expect(relationshipStatusAsOf(sanctuary, d("2001-11-01"))).toBe("ended");
    expect(relationshipStatusAsOf(sanctuary, y(2002))).toBe("ended");
  });

  it("says when the start is unknown rather than guessing, but still knows an ended tie", () => {
    expect(relationshipStatusAsOf({ start: null, end: null }, y(1990))).toBe("start_unknown");
    expect(relationshipStatusAsOf({ start: null, end: y(2015) }, y(2015))).toBe("start_unknown");
    expect(relationshipStatusAsOf({ start: null, end: y(2015) }, y(2016))).toBe("ended");
  });
});

describe("groupExistsAsOf", () => {
  it("rules a group out before its founding and after its dissolution, at their precision", () => {
    const iskp: GroupLifespan = { slug: "iskp", founded: m("2015-01-01") };
    expect(groupExistsAsOf(iskp, y(2014))).toEqual({ exists: false, known: false, attested: false });
    expect(groupExistsAsOf(iskp, y(2015))).toEqual({ exists: true, known: true, attested: true });
    expect(groupExistsAsOf(iskp, d("2015-01-20"))).toEqual({ exists: true, known: true, attested: true });
    const merged: GroupLifespan = { slug: "tipu-gul", dissolved: m("2022-03-01"), recordYears: [2022] };
    expect(groupExistsAsOf(merged, d("2022-03-30"))).toEqual({ exists: true, known: true, attested: true });
    expect(groupExistsAsOf(merged, y(2023))).toEqual({ exists: false, known: false, attested: false });
  });

  it("without a founding date, takes dated records as evidence: active that year, attested from then on", () => {
    const bras: GroupLifespan = { slug: "bras", recordYears: [2020, 2022] };
    expect(groupExistsAsOf(bras, y(2015))).toEqual({ exists: true, known: false, attested: false });
    expect(groupExistsAsOf(bras, y(2020))).toEqual({ exists: true, known: true, attested: true });
    expect(groupExistsAsOf(bras, y(2021))).toEqual({ exists: true, known: false, attested: true });
    expect(groupExistsAsOf({ slug: "undated" }, y(1900))).toEqual({ exists: true, known: false, attested: false });
  });
});

describe("networkAsOf", () => {
  const groups: GroupLifespan[] = [
    { slug: "ttp", founded: m("2007-12-01") },
    { slug: "iskp", founded: m("2015-01-01") },
    { slug: "afghan-taliban", founded: y(1994) },
    { slug: "al-qaeda", founded: y(1988) },
    // No founding date: the 1996–2001 sanctuary and the 2015 defection are the evidence it existed.
    { slug: "imu", recordYears: [1996, 1997, 1998, 1999, 2000, 2001, 2015] },
    { slug: "tipu-gul", dissolved: m("2022-03-01"), recordYears: [2022] },
    { slug: "leb", founded: y(2008) },
    { slug: "bras", recordYears: [2020] },
    { slug: "bla", recordYears: [2020] },
    { slug: "pflp" },
    { slug: "jra" },
  ];
  const rels = [
    e("ttp-iskp-defection", "ttp", "iskp", y(2015)),
    // A source dates the first defections to 2013, before IS-K existed: the tie waits for the group.
    e("ttp-iskp-defection-2013", "ttp", "iskp", y(2013)),
    e("iskp-taliban-rivalry", "iskp", "afghan-taliban", m("2015-01-01")),
    e("taliban-aq-sanctuary-1996", "afghan-taliban", "al-qaeda", y(1996), m("2001-10-01")),
    e("taliban-ttp-sanctuary-2021", "afghan-taliban", "ttp", m("2021-08-01")),
    e("imu-aq-affiliate", "imu", "al-qaeda", null, y(2015)),
    e("ttp-aq-alliance", "ttp", "al-qaeda", null),
    e("iskp-lej-alliance", "iskp", "lej", null),
    e("tipu-gul-ttp-merger", "tipu-gul", "ttp", m("2022-03-01")),
    e("bla-bras-alliance", "bla", "bras", null),
    e("jra-pflp-alliance", "jra", "pflp", null),
  ];

  it("shows IS-K's founding ties in 2015 and not the ties that start later", () => {
    const net = networkAsOf(rels, groups, { asOf: yearAsOf(2015) });
    expect(keys(net.edges)).toEqual([
      "ttp-iskp-defection",
      "ttp-iskp-defection-2013",
      "iskp-taliban-rivalry",
      "imu-aq-affiliate",
      "ttp-aq-alliance",
      "iskp-lej-alliance",
    ]);
    // LeB has no tie but its founding (2008) shows it active; IMU has a dated record in 2015.
    expect(net.groups).toEqual(["afghan-taliban", "al-qaeda", "imu", "iskp", "leb", "lej", "ttp"]);
  });

  it("leaves out ties whose groups do not exist yet, even undated ones", () => {
    const net = networkAsOf(rels, groups, { asOf: yearAsOf(2014) });
    expect(keys(net.edges)).toEqual(["imu-aq-affiliate", "ttp-aq-alliance"]);
    expect(net.groups).not.toContain("iskp");
    // Before the TTP existed its undated tie with al-Qaeda is not drawn either.
    expect(keys(relationshipsAsOf(rels, groups, { asOf: yearAsOf(2000) }))).toEqual(["taliban-aq-sanctuary-1996", "imu-aq-affiliate"]);
  });

  it("draws an undated tie only once both groups are shown to exist (founded, or a dated record)", () => {
    // BRAS has no founding date; its first dated record is from 2020.
    expect(keys(relationshipsAsOf(rels, groups, { asOf: yearAsOf(2019) }))).not.toContain("bla-bras-alliance");
    expect(keys(relationshipsAsOf(rels, groups, { asOf: yearAsOf(2020) }))).toContain("bla-bras-alliance");
    expect(keys(relationshipsAsOf(rels, groups, { asOf: yearAsOf(2024) }))).toContain("bla-bras-alliance");
    // Nothing dates the PFLP or the Japanese Red Army: their undated tie shows only under "all years".
    for (const year of [1970, 2015, 2024]) {
      expect(keys(relationshipsAsOf(rels, groups, { asOf: yearAsOf(year) }))).not.toContain("jra-pflp-alliance");
    }
    expect(keys(relationshipsAsOf(rels, groups, { asOf: null }))).toContain("jra-pflp-alliance");
  });

  it("ends ties and dissolved groups after their end, and keeps ongoing ones", () => {
    const in2016 = keys(relationshipsAsOf(rels, groups, { asOf: yearAsOf(2016) }));
    expect(in2016).not.toContain("imu-aq-affiliate");
    expect(in2016).not.toContain("taliban-aq-sanctuary-1996");
    const mar2022 = keys(relationshipsAsOf(rels, groups, { asOf: m("2022-03-01") }));
    expect(mar2022).toContain("tipu-gul-ttp-merger");
    expect(mar2022).toContain("taliban-ttp-sanctuary-2021");
    expect(keys(relationshipsAsOf(rels, groups, { asOf: yearAsOf(2023) }))).not.toContain("tipu-gul-ttp-merger");
    const jul2021 = keys(relationshipsAsOf(rels, groups, { asOf: d("2021-07-31") }));
    expect(jul2021).not.toContain("taliban-ttp-sanctuary-2021");
  });

  it("can leave out undated ties and says how many it left out", () => {
    const net = networkAsOf(rels, groups, { asOf: yearAsOf(2015), includeUndated: false });
    expect(keys(net.edges)).toEqual(["ttp-iskp-defection", "ttp-iskp-defection-2013", "iskp-taliban-rivalry"]);
    expect(net.undatedHidden).toBe(3);
    expect(net.groups).not.toContain("lej");
  });

  it("with no date keeps every tie and the groups they join", () => {
    const all = networkAsOf(rels, groups, { asOf: null });
    expect(all.edges).toHaveLength(rels.length);
    // LeB has no tie: in a year it is drawn (its founding is known), across all years there is nothing to show.
    expect(all.groups).toEqual(["afghan-taliban", "al-qaeda", "bla", "bras", "imu", "iskp", "jra", "lej", "pflp", "tipu-gul", "ttp"]);
    const dated = networkAsOf(rels, groups, { asOf: null, includeUndated: false });
    expect(dated.edges).toHaveLength(rels.length - 5);
    expect(dated.undatedHidden).toBe(5);
  });
});

describe("networkYearRange and formatRelationshipPeriod", () => {
  it("spans every dated tie and group", () => {
    expect(networkYearRange([{ start: y(1996), end: m("2001-10-01") }], [{ slug: "x", dissolved: m("2022-03-01") }])).toEqual({
      first: 1996,
      last: 2022,
    });
    expect(networkYearRange([{ start: null, end: null }], [{ slug: "x" }])).toBeNull();
  });

  it("reads a period at its precision", () => {
    expect(formatRelationshipPeriod({ start: y(1996), end: m("2001-10-01") })).toBe("1996 – Oct 2001");
    expect(formatRelationshipPeriod({ start: m("2021-08-01"), end: null })).toBe("since Aug 2021");
    expect(formatRelationshipPeriod({ start: null, end: y(2015) })).toBe("until 2015");
    expect(formatRelationshipPeriod({ start: null, end: null })).toBeNull();
  });
});
