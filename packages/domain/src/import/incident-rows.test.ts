import { describe, expect, it } from "vitest";
import { Incident } from "../incidents/schemas";
import { RecordKey } from "../shared/schemas";
import { INCIDENT_IMPORT_FIELDS, type IncidentImportField, suggestMapping } from "./columns";
import { buildGroupLookup } from "./groups";
import { parseIncidentRow } from "./incident-rows";
import type { ImportRowContext } from "./rows";

const knownGroups = buildGroupLookup([
  { slug: "ttp", name: "Tehrik-e-Taliban Pakistan", abbreviation: "TTP", aliases: ["Pakistani Taliban", "Tehrik-i-Taliban Pakistan"] },
  { slug: "bla", name: "Balochistan Liberation Army", abbreviation: "BLA", aliases: [] },
  { slug: "jua", name: "Jamaat-ul-Ahrar", abbreviation: "JuA", aliases: [] },
  { slug: "iskp", name: "Islamic State Khorasan Province", abbreviation: "ISKP", aliases: ["IS-K"] },
]);
const knownSources = new Set(["pips-2022", "acled-2024", "gtd-2021"]);
const ctx = (over: Partial<ImportRowContext> = {}): ImportRowContext => ({
  rowNumber: 2,
  knownGroups,
  knownSources,
  today: "2025-06-30",
  ...over,
});

/** A mapping where each field's column has the field's own name. */
const identity = Object.fromEntries(INCIDENT_IMPORT_FIELDS.map((f) => [f, f])) as Record<IncidentImportField, string>;

const native = {
  date: "2022-01-25",
  province: "Balochistan",
  district: "Kech",
  place: "FC post",
  title: "BLF attack on a security post in Kech",
  type: "armed assault",
  target: "FC",
  killed: "at least 10",
  injured: "3",
  groups: "BLA",
  attribution: "claimed",
  source: "pips-2022",
  locator: "p. 12",
  quote: "the group launched a lethal attack on security post in Kech district",
  description: "An attack on a security post.",
};

function ok(result: ReturnType<typeof parseIncidentRow>) {
  if (!result.ok) throw new Error(`expected a valid row, got ${JSON.stringify(result.errors)}`);
  return result;
}
function bad(result: ReturnType<typeof parseIncidentRow>) {
  if (result.ok) throw new Error("expected errors");
  return result;
}

describe("parseIncidentRow: good rows", () => {
  it("reads a row in the Monitor's own columns", () => {
    const r = ok(parseIncidentRow(native, identity, ctx()));
    expect(r.warnings).toEqual([]);
    expect(r.rowNumber).toBe(2);
    expect(r.value).toEqual({
      key: expect.stringMatching(/^import\/pips-2022\/2022-01-25\/[0-9a-f]{14}$/),
      title: "BLF attack on a security post in Kech",
      date: "2022-01-25",
      datePrecision: "day",
      country: "PK",
      province: "PK-BA",
      district: "pk-ba-kech",
      place: "FC post",
      type: "armed_assault",
      target: "security_forces",
      killed: 10,
      killedQualifier: "at_least",
      injured: 3,
      injuredQualifier: "exact",
      perpetrators: [{ group: "bla", attribution: "claimed" }],
      description: "An attack on a security post.",
      citations: [{ source: "pips-2022", locator: "p. 12", quote: native.quote, originalProducer: null }],
    });
    expect(Incident.safeParse(r.value).success).toBe(true);
    expect(RecordKey.safeParse(r.value.key).success).toBe(true);
  });

  it("reads an ACLED row with its suggested mapping and a default source", () => {
    const row = {
      event_id_cnty: "PAK98765",
      event_date: "15 August 2021",
      year: "2021",
      event_type: "Explosions/Remote violence",
      sub_event_type: "Suicide bomb",
      actor1: "TTP: Tehreek-e-Taliban Pakistan",
      assoc_actor_1: "",
      actor2: "Police Forces of Pakistan (2018-)",
      iso: "586",
      country: "Pakistan",
      admin1: "Khyber Pakhtunkhwa",
      admin2: "Peshawar",
      admin3: "Peshawar",
      location: "Hayatabad",
      latitude: "34.0",
      longitude: "71.4",
      source: "Dawn; Express Tribune",
      notes: "On 15 August 2021, a suicide bomber attacked a police post in Hayatabad, killing 4 policemen.",
      fatalities: "4",
    };
    const { mapping } = suggestMapping("incidents", Object.keys(row));
    const r = ok(parseIncidentRow(row, mapping, ctx({ defaultSource: { source: "acled-2024", locator: "ACLED export, May 2025" } })));
    expect(r.value).toMatchObject({
      date: "2021-08-15",
      datePrecision: "day",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-peshawar",
      place: "Hayatabad",
      type: "suicide_bombing",
      target: "security_forces",
      killed: 4,
      injured: null,
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      title: "Suicide bombing in Hayatabad",
      citations: [{ source: "acled-2024", locator: "PAK98765", quote: row.notes, originalProducer: "Dawn; Express Tribune" }],
    });
    expect(r.value.key.startsWith("import/acled-2024/2021-08-15/")).toBe(true);
    expect(r.warnings).toEqual([
      '"Dawn; Express Tribune" is not a source in the Monitor: the row cites the file\'s default source acled-2024, with "Dawn; Express Tribune" as the original producer.',
      "No quote: the description is cited as the source's words. Check that it quotes the source, or add a quote column.",
    ]);
  });

  it("reads a GTD row: iyear/imonth/iday, numeric country, suicide flag, claimed", () => {
    const row = {
      eventid: "201412160001",
      iyear: "2014",
      imonth: "12",
      iday: "16",
      country: "153",
      country_txt: "Pakistan",
      provstate: "Khyber Pakhtunkhwa",
      city: "Peshawar",
      summary: "12/16/2014: Assailants attacked the Army Public School in Peshawar.",
      suicide: "1",
      attacktype1_txt: "Armed Assault",
      targtype1_txt: "Educational Institution",
      gname: "Tehrik-i-Taliban Pakistan (TTP)",
      gname2: "",
      claimed: "1",
      nkill: "150",
      nwound: "131",
    };
    const { mapping } = suggestMapping("incidents", Object.keys(row));
    const r = ok(parseIncidentRow(row, mapping, ctx({ defaultSource: { source: "gtd-2021", locator: "GTD" } })));
    expect(r.value).toMatchObject({
      date: "2014-12-16",
      datePrecision: "day",
      country: "PK",
      province: "PK-KP",
      district: null,
      place: "Peshawar",
      type: "suicide_bombing",
      target: "civilians",
      killed: 150,
      injured: 131,
      perpetrators: [{ group: "ttp", attribution: "claimed" }],
      citations: [{ source: "gtd-2021", locator: "201412160001", quote: row.summary, originalProducer: null }],
    });
  });

  it("reads GTD's unknown month and day as a date known to the year or the month", () => {
    const base = { iyear: "2009", imonth: "0", iday: "0", provstate: "NWFP", gname: "Unknown", nkill: "-99" };
    const mapping = { year: "iyear", month: "imonth", day: "iday", province: "provstate", groups: "gname", killed: "nkill" };
    const c = ctx({ defaultSource: { source: "gtd-2021", locator: "GTD" } });
    const year = parseIncidentRow({ ...base, summary: "x" }, { ...mapping, description: "summary" }, c);
    expect(ok(year).value).toMatchObject({ date: "2009-01-01", datePrecision: "year", province: "PK-KP", perpetrators: [], killed: null });
    const month = parseIncidentRow({ ...base, imonth: "3", summary: "x" }, { ...mapping, description: "summary" }, c);
    expect(ok(month).value).toMatchObject({ date: "2009-03-01", datePrecision: "month" });
  });

  it("matches province and district aliases", () => {
    for (const [province, district, id] of [
      ["KPK", "D.I. Khan", "pk-kp-dera-ismail-khan"],
      ["Khyber-Pakhtunkhwa", "DI Khan", "pk-kp-dera-ismail-khan"],
      ["NWFP", "Peshawar", "pk-kp-peshawar"],
      ["Baluchistan", "Qila Abdullah", "pk-ba-killa-abdullah"],
      ["", "Bajaur Agency", "pk-kp-bajaur"],
    ] as const) {
      const r = ok(parseIncidentRow({ ...native, province, district }, identity, ctx()));
      expect(r.value.district).toBe(id);
      expect(r.value.province).toBe(id.startsWith("pk-kp") ? "PK-KP" : "PK-BA");
    }
  });

  it("puts a pre-2018 former FATA district without a province in FATA", () => {
    const r = ok(parseIncidentRow({ ...native, date: "2014-06-15", province: "", district: "North Waziristan" }, identity, ctx()));
    expect(r.value).toMatchObject({ province: "PK-TA", district: "pk-kp-north-waziristan" });
  });

  it("keeps an Afghan district as the place", () => {
    const r = ok(parseIncidentRow({ ...native, province: "Nangarhar", district: "Jalalabad", place: "" }, identity, ctx()));
    expect(r.value).toMatchObject({ country: "AF", province: "AF-NAN", district: null, place: "Jalalabad" });
    expect(r.warnings).toEqual([expect.stringContaining("Afghan districts are not in the boundary data")]);
  });

  it("reads several groups from both group columns, once each", () => {
    const r = ok(parseIncidentRow({ ...native, groups: "TTP; JuA", otherGroups: "Tehrik-e-Taliban Pakistan; IS-K" }, identity, ctx()));
    expect(r.value.perpetrators).toEqual([
      { group: "ttp", attribution: "claimed" },
      { group: "jua", attribution: "claimed" },
      { group: "iskp", attribution: "claimed" },
    ]);
  });

  it("leaves state forces out of the perpetrators with a warning, and 'unknown' silently", () => {
    const r = ok(parseIncidentRow({ ...native, groups: "Military Forces of Pakistan (2018-); unknown" }, identity, ctx()));
    expect(r.value.perpetrators).toEqual([]);
    expect(r.warnings).toEqual([expect.stringContaining('"Military Forces of Pakistan (2018-)" is not a militant group')]);
  });

  it("sets unrecognised types and targets to other with a warning; empty ones silently", () => {
    const r = ok(
      parseIncidentRow({ ...native, type: "Strategic developments", target: "Religious Figures/Institutions" }, identity, ctx()),
    );
    expect(r.value).toMatchObject({ type: "other", target: "other" });
    expect(r.warnings).toEqual([
      'Incident type "Strategic developments" was not recognised and is set to Other; pick the right one after import, or fix the cell.',
      'Target "Religious Figures/Institutions" was not recognised and is set to Other; pick the right one after import, or fix the cell.',
    ]);
    const empty = ok(parseIncidentRow({ ...native, type: "", target: "" }, identity, ctx()));
    expect(empty.value).toMatchObject({ type: "other", target: "other" });
    expect(empty.warnings).toEqual([]);
  });

  it("makes a title from the type and the place when there is none", () => {
    const r = ok(parseIncidentRow({ ...native, title: "", type: "IED", place: "" }, identity, ctx()));
    expect(r.value.title).toBe("IED / bombing in Kech");
    const other = ok(parseIncidentRow({ ...native, title: "", type: "", place: "", district: "" }, identity, ctx()));
    expect(other.value.title).toBe("Incident in Balochistan");
  });

  it("keeps qualifiers and unknown counts", () => {
    const r = ok(parseIncidentRow({ ...native, killed: "12+", injured: "about 30" }, identity, ctx()));
    expect(r.value).toMatchObject({ killed: 12, killedQualifier: "at_least", injured: 30, injuredQualifier: "about" });
    const unknown = ok(parseIncidentRow({ ...native, killed: "unknown", injured: "" }, identity, ctx()));
    expect(unknown.value).toMatchObject({ killed: null, killedQualifier: "exact", injured: null });
  });

  it("reads slashed dates in the file's order", () => {
    expect(ok(parseIncidentRow({ ...native, date: "05/08/2021" }, identity, ctx())).value.date).toBe("2021-08-05");
    expect(ok(parseIncidentRow({ ...native, date: "05/08/2021" }, identity, ctx({ dateOrder: "month-first" }))).value.date).toBe(
      "2021-05-08",
    );
  });

  it("gives the same key to the same content and another key to other content", () => {
    const a = ok(parseIncidentRow(native, identity, ctx())).value.key;
    const b = ok(parseIncidentRow({ ...native, province: "Baluchistan" }, identity, ctx({ rowNumber: 99 }))).value.key;
    const c = ok(parseIncidentRow({ ...native, killed: "11" }, identity, ctx())).value.key;
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it("reads missing cells and unmapped fields as empty", () => {
    const r = ok(
      parseIncidentRow(
        { date: "2022-01-25", district: "Kech", q: "words" },
        { date: "date", district: "district", quote: "q" },
        ctx({ defaultSource: { source: "pips-2022", locator: "p. 1" } }),
      ),
    );
    expect(r.value).toBeDefined();
    // Unmapped counts, groups and description stay empty rather than being guessed.
    expect(r.value).toMatchObject({ killed: null, injured: null, perpetrators: [], description: null, district: "pk-ba-kech" });
  });
});

describe("parseIncidentRow: bad rows", () => {
  const only = (result: ReturnType<typeof parseIncidentRow>) => bad(result).errors;

  it("refuses an empty date", () => {
    expect(only(parseIncidentRow({ ...native, date: "" }, identity, ctx()))).toEqual([
      { column: "date", field: "date", value: "", message: "The date is empty; every incident needs a date (the year at least)." },
    ]);
  });

  it("refuses an empty GTD year on the year column", () => {
    const errors = only(
      parseIncidentRow(
        { iyear: "", imonth: "3", iday: "1", provstate: "Sindh", summary: "x" },
        { year: "iyear", month: "imonth", day: "iday", province: "provstate", description: "summary" },
        ctx({ defaultSource: { source: "gtd-2021", locator: "GTD" } }),
      ),
    );
    expect(errors).toEqual([
      { column: "iyear", field: "date", value: "", message: "The date is empty; every incident needs a date (the year at least)." },
    ]);
  });

  it("refuses a date that does not exist", () => {
    expect(only(parseIncidentRow({ ...native, date: "2022-02-30" }, identity, ctx()))).toEqual([
      { column: "date", field: "date", value: "2022-02-30", message: "2022-02 has no day 30; check the day and the month." },
    ]);
  });

  it("refuses a date after today", () => {
    expect(only(parseIncidentRow({ ...native, date: "2026-01-01" }, identity, ctx()))).toEqual([
      {
        column: "date",
        field: "date",
        value: "2026-01-01",
        message: "The date 2026-01-01 is after today (2025-06-30); check the year and the date order.",
      },
    ]);
  });

  it("refuses a GTD date with a bad month, on the year column", () => {
    const errors = only(
      parseIncidentRow(
        { iyear: "2014", imonth: "13", iday: "1", provstate: "Sindh", summary: "x" },
        { year: "iyear", month: "imonth", day: "iday", province: "provstate", description: "summary" },
        ctx({ defaultSource: { source: "gtd-2021", locator: "GTD" } }),
      ),
    );
    expect(errors).toEqual([{ column: "iyear", field: "date", value: "2014", message: expect.stringContaining("no month 13") }]);
  });

  it("refuses a district outside the province", () => {
    expect(only(parseIncidentRow({ ...native, province: "Punjab", district: "Kech" }, identity, ctx()))).toEqual([
      {
        column: "district",
        field: "district",
        value: "Kech",
        message: "Kech is in Balochistan, not in Punjab. Fix the province or the district.",
      },
    ]);
  });

  it("refuses an unknown district and suggests the closest names", () => {
    expect(only(parseIncidentRow({ ...native, province: "KP", district: "Peshwar" }, identity, ctx()))).toEqual([
      {
        column: "district",
        field: "district",
        value: "Peshwar",
        message: 'Unknown district "Peshwar" in Khyber Pakhtunkhwa. Did you mean Peshawar?',
      },
    ]);
  });

  it("refuses an unknown province", () => {
    expect(only(parseIncidentRow({ ...native, province: "Gondwana", district: "" }, identity, ctx()))).toEqual([
      {
        column: "province",
        field: "province",
        value: "Gondwana",
        message: 'Unknown province "Gondwana". Use a province name from the province picker.',
      },
    ]);
  });

  it("refuses a row without a place", () => {
    expect(only(parseIncidentRow({ ...native, province: "", district: "" }, identity, ctx()))).toEqual([
      {
        column: "country",
        field: "country",
        value: "",
        message: "The row has no place: give the country (Pakistan or Afghanistan), a province or a district.",
      },
    ]);
  });

  it.each([
    ["-3", '"-3" is negative; a count cannot be below 0.'],
    ["10-12", 'is a range; give one number with a qualifier, e.g. "at least 10" or "up to 12".'],
    ["twelve", '"twelve" is not a number we can read.'],
    ["250000", "larger than 100,000"],
    ["40%", "is a percentage; give a count of people"],
  ])("refuses the killed count %j", (killed, message) => {
    const errors = only(parseIncidentRow({ ...native, killed }, identity, ctx()));
    expect(errors).toEqual([{ column: "killed", field: "killed", value: killed, message: expect.stringContaining(message) }]);
    expect(errors[0]?.message.startsWith("Killed: ")).toBe(true);
  });

  it("refuses an unknown group with a hint", () => {
    expect(only(parseIncidentRow({ ...native, groups: "BLA; Jamaat-ul-Ahmar" }, identity, ctx()))).toEqual([
      {
        column: "groups",
        field: "perpetrators",
        value: "BLA; Jamaat-ul-Ahmar",
        message:
          'Unknown group "Jamaat-ul-Ahmar". Did you mean jua? Use a name or alias the Monitor knows, write "unknown", or add the group first.',
      },
    ]);
  });

  it("refuses more than ten groups", () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ slug: `g${i}`, name: `Group Number ${i}` }));
    const errors = only(
      parseIncidentRow({ ...native, groups: many.map((g) => g.name).join(";") }, identity, ctx({ knownGroups: buildGroupLookup(many) })),
    );
    expect(errors).toEqual([
      expect.objectContaining({ field: "perpetrators", message: expect.stringContaining("names 11 groups; an incident lists 10 at most") }),
    ]);
  });

  it("refuses an attribution it cannot read", () => {
    expect(only(parseIncidentRow({ ...native, attribution: "perhaps" }, identity, ctx()))).toEqual([
      {
        column: "attribution",
        field: "attribution",
        value: "perhaps",
        message: expect.stringContaining("use claimed, attributed, suspected or denied"),
      },
    ]);
  });

  it("refuses an unknown source without a default source", () => {
    expect(only(parseIncidentRow({ ...native, source: "Dawn" }, identity, ctx()))).toEqual([
      {
        column: "source",
        field: "source",
        value: "Dawn",
        message:
          'Unknown source "Dawn". Use the slug of a source in the Monitor (add the source first if it is new), or choose a default source for the file.',
      },
    ]);
  });

  it("accepts a source written as its title when it slugs to a known source", () => {
    expect(ok(parseIncidentRow({ ...native, source: "PIPS 2022" }, identity, ctx())).value.citations[0]?.source).toBe("pips-2022");
  });

  it("refuses a row without any source", () => {
    expect(only(parseIncidentRow({ ...native, source: "" }, identity, ctx()))).toEqual([
      {
        column: "source",
        field: "source",
        value: "",
        message: "The row names no source. Map a source column or choose a default source for the file: every record needs a citation.",
      },
    ]);
  });

  it("refuses a default source that the Monitor does not have", () => {
    const errors = only(parseIncidentRow({ ...native, source: "" }, identity, ctx({ defaultSource: { source: "nope", locator: "p. 1" } })));
    expect(errors).toEqual([
      expect.objectContaining({ field: "source", message: expect.stringContaining('default source "nope" is not a source') }),
    ]);
  });

  it("refuses a citation without locator or quote", () => {
    const errors = only(parseIncidentRow({ ...native, locator: "", quote: "", description: "" }, identity, ctx()));
    expect(errors).toEqual([
      { column: "locator", field: "citation.locator", value: "", message: expect.stringContaining("The citation needs a locator") },
      { column: "quote", field: "citation.quote", value: "", message: expect.stringContaining("The citation needs a quote") },
    ]);
  });

  it("refuses a title that is too long", () => {
    expect(only(parseIncidentRow({ ...native, title: "x".repeat(301) }, identity, ctx()))).toEqual([
      { column: "title", field: "title", value: "x".repeat(301), message: "The title is 301 characters long; shorten it to 300 at most." },
    ]);
  });

  it("refuses a suicide flag that is neither yes nor no", () => {
    expect(only(parseIncidentRow({ ...native, suicide: "maybe" }, identity, ctx()))).toEqual([
      {
        column: "suicide",
        field: "type",
        value: "maybe",
        message: '"maybe" is not yes or no; write 1 for a suicide attack and 0 otherwise.',
      },
    ]);
  });

  it("reports every problem of a row at once, with its warnings", () => {
    const r = bad(
      parseIncidentRow(
        { ...native, date: "someday", district: "Atlantis", killed: "-1", groups: "Nobody Front", type: "weird" },
        identity,
        ctx(),
      ),
    );
    expect(r.errors.map((e) => e.field)).toEqual(["date", "district", "killed", "perpetrators"]);
    expect(r.warnings).toEqual([expect.stringContaining('Incident type "weird"')]);
  });
});
