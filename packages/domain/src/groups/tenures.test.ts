import { describe, expect, it } from "vitest";
import type { FuzzyDate } from "./schemas";
import {
  activeInYear,
  fuzzyBounds,
  leadersAt,
  postOf,
  rolesAt,
  spanAt,
  spanBounds,
  spanYears,
  successions,
  tenureOverlaps,
  tenureTimeline,
  yearDate,
  yearOffset,
} from "./tenures";

const year = (y: number): FuzzyDate => ({ date: `${y}-01-01`, precision: "year" });
const month = (ym: string): FuzzyDate => ({ date: `${ym}-01`, precision: "month" });
const day = (d: string): FuzzyDate => ({ date: d, precision: "day" });

type T = { key: string; name: string; role: string; start: FuzzyDate | null; end: FuzzyDate | null };
const t = (key: string, role: string, start: FuzzyDate | null, end: FuzzyDate | null): T => ({ key, name: key, role, start, end });

// The TTP's emirs as the seed reports date them: Baitullah from 2007 (no end given), Hakimullah until
// 2013 (no start given), Fazlullah 2013–2018, Noor Wali Mehsud from 2018; a deputy with no dates.
const ttp = [
  t("baitullah", "Emir (first)", year(2007), null),
  t("hakimullah", "Emir", null, year(2013)),
  t("fazlullah", "Emir", year(2013), year(2018)),
  t("noor-wali", "Emir", year(2018), null),
  t("muzahim", "Deputy Emir", null, null),
];
const keys = (hs: { span: T }[]) => hs.map((h) => h.span.key);

describe("fuzzyBounds", () => {
  it("reads a year, a month and a day as the days they may stand for", () => {
    expect(fuzzyBounds(year(2013))).toEqual({ earliest: "2013-01-01", latest: "2013-12-31" });
    expect(fuzzyBounds(month("2024-02"))).toEqual({ earliest: "2024-02-01", latest: "2024-02-29" });
    expect(fuzzyBounds(month("2023-02"))).toEqual({ earliest: "2023-02-01", latest: "2023-02-28" });
    expect(fuzzyBounds(day("2021-08-15"))).toEqual({ earliest: "2021-08-15", latest: "2021-08-15" });
  });
  it("ignores the day and month that a coarser date carries", () => {
    expect(fuzzyBounds({ date: "2013-06-17", precision: "year" })).toEqual(fuzzyBounds(year(2013)));
    expect(yearDate(2015)).toEqual(year(2015));
  });
});

describe("postOf", () => {
  it("treats qualified roles and the Amir/Emir spellings as one post", () => {
    expect(postOf("Emir (first)")).toBe("emir");
    expect(postOf("Amir")).toBe("emir");
    expect(postOf("Emir; former TTP commander")).toBe("emir");
    expect(postOf("Deputy Emir")).toBe("deputy emir");
    expect(postOf("Leader, Balochistan")).toBe("leader");
  });
});

describe("successions", () => {
  it("orders dated tenures per post; a tenure known only by its end comes before one starting that year", () => {
    const s = successions(ttp, (x) => postOf(x.role));
    const by = new Map(s.map((x) => [x.span.key, x]));
    expect(by.get("baitullah")?.next?.key).toBe("hakimullah");
    expect(by.get("hakimullah")?.next?.key).toBe("fazlullah");
    expect(by.get("fazlullah")?.previous?.key).toBe("hakimullah");
    expect(by.get("noor-wali")?.next).toBeNull();
    // Undated and other posts: no neighbours.
    expect(by.get("muzahim")).toMatchObject({ previous: null, next: null, post: "deputy emir" });
  });
});

describe("spanAt (one tenure at a date)", () => {
  const fazlullah = ttp[2] as T;
  it("is held inside its years and at a day well inside them", () => {
    expect(spanAt(fazlullah, year(2015)).status).toBe("held");
    expect(spanAt(fazlullah, day("2015-06-01"))).toEqual({ status: "held", assumed: false });
  });
  it("counts as held in its first and last year, but only possibly on a day of those years", () => {
    expect(spanAt(fazlullah, year(2013)).status).toBe("held");
    expect(spanAt(fazlullah, year(2018)).status).toBe("held");
    expect(spanAt(fazlullah, day("2013-03-01")).status).toBe("possibly");
    expect(spanAt(fazlullah, month("2018-11")).status).toBe("possibly");
  });
  it("has not begun before its start year and has ended after its end year", () => {
    expect(spanAt(fazlullah, year(2012)).status).toBe("not_yet");
    expect(spanAt(fazlullah, day("2019-01-01")).status).toBe("ended");
  });
  it("with no start given, is only possibly held before its end, and ended after it", () => {
    const hakimullah = ttp[1] as T;
    expect(spanAt(hakimullah, year(2010)).status).toBe("possibly");
    expect(spanAt(hakimullah, year(2013)).status).toBe("held");
    expect(spanAt(hakimullah, year(2014)).status).toBe("ended");
  });
  it("an open tenure without successor is held from its start on, on the open-end assumption", () => {
    const noorWali = ttp[3] as T;
    expect(spanAt(noorWali, year(2018))).toEqual({ status: "held", assumed: false });
    expect(spanAt(noorWali, year(2024))).toEqual({ status: "held", assumed: true });
    expect(spanAt(noorWali, year(2017)).status).toBe("not_yet");
  });
  it("an open tenure ends, at the latest, when its successor takes over", () => {
    const a = t("a", "Emir", year(2000), null);
    const b = t("b", "Emir", month("2005-03"), null);
    expect(spanAt(a, year(2003), { next: b })).toEqual({ status: "held", assumed: true });
    expect(spanAt(a, month("2005-03"), { next: b })).toEqual({ status: "held", assumed: true });
    expect(spanAt(a, day("2005-04-01"), { next: b }).status).toBe("ended");
    // Without the successor it would still be held.
    expect(spanAt(a, day("2005-04-01")).status).toBe("held");
  });
  it("an open tenure whose successor has no start is only possibly held after its first year", () => {
    const b = spanBounds(ttp[0] as T, { next: ttp[1] });
    expect(b).toMatchObject({ endEarliest: "2007-01-01", endLatest: "2013-12-31", endEarliestAssumed: "2007-01-01" });
    expect(spanAt(ttp[0] as T, year(2007), { next: ttp[1] }).status).toBe("held");
    expect(spanAt(ttp[0] as T, year(2010), { next: ttp[1] }).status).toBe("possibly");
    expect(spanAt(ttp[0] as T, year(2014), { next: ttp[1] }).status).toBe("ended");
  });
  it("a start unknown cannot precede the previous holder's start", () => {
    expect(spanAt(ttp[1] as T, year(2005), { previous: ttp[0] }).status).toBe("not_yet");
  });
});

describe("leadersAt", () => {
  it("names the emir surely in office, then the open-ended and the possible ones", () => {
    expect(keys(leadersAt(ttp, year(2015)))).toEqual(["fazlullah"]);
    expect(leadersAt(ttp, year(2024))).toEqual([{ span: ttp[3], status: "held", assumed: true }]);
    // In 2013 Hakimullah's tenure ended and Fazlullah's began: both held it that year.
    // Baitullah's tenure ended by the end of Hakimullah's at the latest: only possibly still in 2013.
    expect(leadersAt(ttp, year(2013)).map((h) => [h.span.key, h.status])).toEqual([
      ["hakimullah", "held"],
      ["fazlullah", "held"],
      ["baitullah", "possibly"],
    ]);
  });
  it("says who may have led when the dates leave it open", () => {
    const at2010 = leadersAt(ttp, year(2010));
    expect(at2010.map((h) => [h.span.key, h.status])).toEqual([
      ["baitullah", "possibly"],
      ["hakimullah", "possibly"],
    ]);
  });
  it("finds no one before the first start, and never places undated tenures", () => {
    expect(leadersAt(ttp, year(2005))).toEqual([]);
    expect(keys(leadersAt(ttp, year(2015)))).not.toContain("muzahim");
  });
  it("keeps separate posts apart: a deputy does not end the emir's tenure", () => {
    const list = [t("emir", "Emir", year(2010), null), t("deputy", "Deputy Emir", year(2012), null)];
    expect(keys(leadersAt(list, year(2014)))).toEqual(["emir", "deputy"]);
  });
});

describe("tenureOverlaps", () => {
  it("flags two holders of one post on the same days as a sure overlap", () => {
    const list = [t("a", "Leader", year(2010), year(2015)), t("b", "Leader", year(2012), year(2016))];
    expect(tenureOverlaps(list)).toEqual([{ a: list[0], b: list[1], post: "leader", certainty: "sure" }]);
  });
  it("a handover within one year is only a possible overlap", () => {
    const overlaps = tenureOverlaps(ttp);
    const pair = overlaps.find((o) => o.a.key === "fazlullah" && o.b.key === "noor-wali");
    expect(pair?.certainty).toBe("possible");
    expect(overlaps.some((o) => o.certainty === "sure")).toBe(false);
  });
  it("ignores different posts, undated tenures and tenures that surely do not meet", () => {
    const list = [
      t("a", "Leader", year(2000), year(2004)),
      t("b", "Leader", day("2005-01-01"), null),
      t("c", "Spokesman", year(2001), year(2003)),
      t("d", "Leader", null, null),
    ];
    expect(tenureOverlaps(list)).toEqual([]);
  });
  it("an open tenure meets its successor only around the successor's start", () => {
    const known = [t("a", "Emir", year(2000), null), t("b", "Emir", day("2005-03-01"), null)];
    expect(tenureOverlaps(known).map((o) => o.certainty)).toEqual(["possible"]);
    const yearLater = [t("a", "Emir", year(2000), year(2004)), t("b", "Emir", year(2005), null)];
    expect(tenureOverlaps(yearLater)).toEqual([]);
    const day1 = [t("a", "Emir", day("2000-01-01"), null), t("b", "Emir", day("2000-01-01"), day("2001-01-01"))];
    expect(tenureOverlaps(day1).map((o) => o.certainty)).toEqual(["sure"]);
  });
});

describe("tenureTimeline", () => {
  const tl = tenureTimeline(ttp, "2025-06-30");
  const bar = (key: string) => tl.bars.find((b) => b.span.key === key);
  it("spans the years from the first date to now when a tenure is open", () => {
    expect(tl.from).toBe(2007);
    expect(tl.to).toBe(2025);
    expect(tl.undated.map((u) => u.key)).toEqual(["muzahim"]);
  });
  it("draws a dated tenure solid between its sure bounds and faded over the imprecision of its years", () => {
    expect(bar("fazlullah")).toMatchObject({
      from: "2013-01-01",
      solidFrom: "2013-12-31",
      solidTo: "2018-01-01",
      to: "2018-12-31",
      openEnd: null,
    });
  });
  it("runs an open tenure without successor to now, solid from its start", () => {
    expect(bar("noor-wali")).toMatchObject({
      solidFrom: "2018-12-31",
      solidTo: "2025-06-30",
      to: "2025-06-30",
      openEnd: "no_end_recorded",
    });
  });
  it("leaves unknown stretches faded: an open tenure whose successor's start is unknown, a tenure with no start", () => {
    expect(bar("baitullah")).toMatchObject({ from: "2007-01-01", solidFrom: null, to: "2013-12-31", openEnd: "successor_end" });
    expect(bar("hakimullah")).toMatchObject({ from: "2007-01-01", solidFrom: null, to: "2013-12-31", startUnknown: true });
  });
  it("ends an open tenure at its successor's start", () => {
    const list = [t("a", "Emir", year(2000), null), t("b", "Emir", month("2005-03"), year(2006))];
    const timeline = tenureTimeline(list, "2025-01-01");
    expect(timeline.bars[0]).toMatchObject({ solidFrom: "2000-12-31", solidTo: "2005-03-01", to: "2005-03-31", openEnd: "successor" });
    expect(timeline.to).toBe(2006);
  });
  it("places dates on the axis in years", () => {
    expect(yearOffset("2007-01-01", 2007)).toBe(0);
    expect(yearOffset("2008-07-02", 2007)).toBeCloseTo(1.5, 2);
  });
});

describe("rolesAt", () => {
  // The Afghan Taliban: insurgency until Aug 2021, de facto government after (roles are one succession).
  const roles = [
    { key: "insurgency", start: year(2001), end: month("2021-08") },
    { key: "government", start: day("2021-08-15"), end: null },
  ];
  it("gives the role at a date, and both in the month of the change", () => {
    expect(rolesAt(roles, year(2015)).map((r) => r.span.key)).toEqual(["insurgency"]);
    expect(rolesAt(roles, year(2023)).map((r) => [r.span.key, r.assumed])).toEqual([["government", true]]);
    expect(rolesAt(roles, month("2021-08")).map((r) => r.span.key)).toEqual(["insurgency", "government"]);
    expect(rolesAt(roles, day("2021-09-01")).map((r) => r.span.key)).toEqual(["government"]);
  });
});

describe("activeInYear", () => {
  it("needs a founding date by then, or a dated record in the year", () => {
    expect(activeInYear({ founded: month("2007-12"), dissolved: null }, [], 2015)).toBe(true);
    expect(activeInYear({ founded: null, dissolved: null }, [2022, 2023], 2022)).toBe(true);
    expect(activeInYear({ founded: null, dissolved: null }, [2022, 2023], 2015)).toBe(false);
  });
  it("is ruled out before the founding year and after the dissolution year", () => {
    expect(activeInYear({ founded: month("2015-01"), dissolved: null }, [2014], 2014)).toBe(false);
    expect(activeInYear({ founded: month("2015-01"), dissolved: null }, [], 2015)).toBe(true);
    expect(activeInYear({ founded: year(2000), dissolved: year(2010) }, [2011], 2011)).toBe(false);
    expect(activeInYear({ founded: year(2000), dissolved: year(2010) }, [], 2010)).toBe(true);
  });
});

describe("spanYears", () => {
  it("lists the years a dated span touches; an open span only its start year; undated none", () => {
    expect(spanYears({ start: year(2013), end: year(2015) })).toEqual([2013, 2014, 2015]);
    expect(spanYears({ start: year(2018), end: null })).toEqual([2018]);
    expect(spanYears({ start: null, end: day("2022-07-31") })).toEqual([2022]);
    expect(spanYears({ start: null, end: null })).toEqual([]);
  });
});
