import { describe, expect, it } from "vitest";
import {
  checkMapping,
  IGNORED_IMPORT_COLUMNS,
  INCIDENT_IMPORT_FIELD_SPECS,
  INCIDENT_IMPORT_FIELDS,
  missingRequiredFields,
  normalizeHeader,
  STATISTIC_IMPORT_FIELD_SPECS,
  STATISTIC_IMPORT_FIELDS,
  suggestMapping,
} from "./columns";

const ACLED_HEADERS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
];

const GTD_HEADERS = [
  "eventid",
  "iyear",
  "imonth",
  "iday",
  "country",
  "country_txt",
  "region",
  "provstate",
  "city",
  "latitude",
  "longitude",
  "summary",
  "suicide",
  "attacktype1",
  "attacktype1_txt",
  "targtype1",
  "targtype1_txt",
  "gname",
  "gname2",
  "claimed",
  "nkill",
  "nwound",
];

describe("normalizeHeader", () => {
  it("ignores case, spaces, underscores and punctuation", () => {
    expect(normalizeHeader("Event Date")).toBe("eventdate");
    expect(normalizeHeader("event_date")).toBe("eventdate");
    expect(normalizeHeader(" EVENT-DATE ")).toBe("eventdate");
    expect(normalizeHeader("\uFEFFdate")).toBe("date");
  });
});

describe("field specs", () => {
  it("cover every field once, in the order of the field lists", () => {
    expect(INCIDENT_IMPORT_FIELD_SPECS.map((s) => s.field)).toEqual([...INCIDENT_IMPORT_FIELDS]);
    expect(STATISTIC_IMPORT_FIELD_SPECS.map((s) => s.field)).toEqual([...STATISTIC_IMPORT_FIELDS]);
  });

  it("never give one column name to two fields of the same kind", () => {
    for (const specs of [INCIDENT_IMPORT_FIELD_SPECS, STATISTIC_IMPORT_FIELD_SPECS]) {
      const owner = new Map<string, string>();
      for (const s of specs) {
        for (const name of [s.field, s.label, ...s.synonyms]) {
          const n = normalizeHeader(name);
          const other = owner.get(n);
          expect(other === undefined || other === s.field, `${name} is claimed by ${other} and ${s.field}`).toBe(true);
          owner.set(n, s.field);
        }
      }
    }
  });

  it("never ignore a column that is a synonym", () => {
    const synonyms = new Set(
      [...INCIDENT_IMPORT_FIELD_SPECS, ...STATISTIC_IMPORT_FIELD_SPECS].flatMap((s) => s.synonyms.map(normalizeHeader)),
    );
    expect(IGNORED_IMPORT_COLUMNS.filter((c) => synonyms.has(normalizeHeader(c)))).toEqual([]);
  });
});

describe("suggestMapping", () => {
  it("maps an ACLED export", () => {
    const s = suggestMapping("incidents", ACLED_HEADERS);
    expect(s.mapping).toMatchObject({
      date: "event_date",
      year: null,
      month: null,
      day: null,
      country: "country",
      province: "admin1",
      district: "admin2",
      place: "location",
      description: "notes",
      type: "sub_event_type",
      target: "actor2",
      killed: "fatalities",
      injured: null,
      groups: "actor1",
      otherGroups: "assoc_actor_1",
      source: "source",
      locator: "event_id_cnty",
    });
    expect(s.missingRequired).toEqual([]);
    expect(s.ignored).toEqual(expect.arrayContaining(["latitude", "longitude", "timestamp", "inter1", "region", "geo_precision"]));
    // event_type lost to sub_event_type, iso to country, admin3 to location, year to event_date.
    expect(s.unmapped).toEqual(["year", "event_type", "assoc_actor_2", "iso", "admin3"]);
  });

  it("maps a GTD export, with the date from iyear/imonth/iday", () => {
    const s = suggestMapping("incidents", GTD_HEADERS);
    expect(s.mapping).toMatchObject({
      date: null,
      year: "iyear",
      month: "imonth",
      day: "iday",
      country: "country",
      province: "provstate",
      place: "city",
      description: "summary",
      type: "attacktype1_txt",
      suicide: "suicide",
      target: "targtype1_txt",
      killed: "nkill",
      injured: "nwound",
      groups: "gname",
      otherGroups: "gname2",
      attribution: "claimed",
      locator: "eventid",
    });
    expect(s.missingRequired).toEqual([]);
    expect(s.unmapped).toEqual(["country_txt", "attacktype1", "targtype1"]);
  });

  it("is insensitive to case, spaces and underscores", () => {
    const s = suggestMapping("incidents", ["Event Date", "PROVINCE", "District Name", "No. Killed", "Wounded", "Perpetrator"]);
    expect(s.mapping).toMatchObject({
      date: "Event Date",
      province: "PROVINCE",
      district: "District Name",
      injured: "Wounded",
      groups: "Perpetrator",
    });
    expect(s.unmapped).toEqual(["No. Killed"]);
  });

  it("maps common names and the fields' own names and labels", () => {
    const s = suggestMapping("incidents", [
      "date",
      "province",
      "district",
      "killed",
      "injuries",
      "group",
      "type",
      "target",
      "title",
      "url",
      "Incident type",
    ]);
    expect(s.mapping).toMatchObject({ date: "date", killed: "killed", injured: "injuries", groups: "group", title: "title", type: "type" });
    // "Incident type" is the label of type, which "type" already took.
    expect(s.unmapped).toEqual(["url", "Incident type"]);
  });

  it("reports the required fields it could not find", () => {
    expect(suggestMapping("incidents", ["province", "killed"]).missingRequired).toEqual(["date"]);
    expect(suggestMapping("statistics", ["province"]).missingRequired).toEqual(["metric", "value", "periodStart"]);
  });

  it("takes a header that appears twice once", () => {
    const s = suggestMapping("incidents", ["date", "date", "deaths"]);
    expect(s.mapping.date).toBe("date");
    expect(s.unmapped).toEqual([]);
  });

  it("maps a statistics file, preferring start/end columns to a period column", () => {
    const s = suggestMapping("statistics", ["Indicator", "Value", "Year", "Province", "Source", "Page", "Quote", "Notes"]);
    expect(s.mapping).toMatchObject({
      metric: "Indicator",
      value: "Value",
      period: "Year",
      periodStart: null,
      province: "Province",
      source: "Source",
      locator: "Page",
      quote: "Quote",
      note: "Notes",
    });
    expect(s.missingRequired).toEqual([]);
    const both = suggestMapping("statistics", ["metric", "value", "year", "start_date", "end_date"]);
    expect(both.mapping).toMatchObject({ period: null, periodStart: "start_date", periodEnd: "end_date" });
    expect(both.unmapped).toEqual(["year"]);
  });
});

describe("missingRequiredFields", () => {
  it("accepts an alternative for a required field", () => {
    expect(missingRequiredFields("incidents", { year: "iyear" })).toEqual([]);
    expect(missingRequiredFields("incidents", { date: null, year: null })).toEqual(["date"]);
    expect(missingRequiredFields("statistics", { metric: "m", value: "v", period: "p" })).toEqual([]);
  });
});

describe("checkMapping", () => {
  const headers = ["event_date", "admin1", "fatalities"];
  it("accepts a good mapping", () => {
    expect(checkMapping("incidents", { date: "event_date", province: "admin1", killed: "fatalities", injured: null }, headers)).toEqual([]);
  });

  it("names a column the file does not have", () => {
    const issues = checkMapping("incidents", { date: "event_date", district: "admin2" }, headers);
    expect(issues).toEqual([{ field: "district", message: expect.stringContaining('The file has no column "admin2"') }]);
  });

  it("refuses a column used twice", () => {
    const issues = checkMapping("incidents", { date: "event_date", killed: "fatalities", injured: "fatalities" }, headers);
    expect(issues).toEqual([{ field: "injured", message: 'Column "fatalities" already fills Killed; a column can fill one field only.' }]);
  });

  it("asks for the required fields and names the alternative", () => {
    const issues = checkMapping("incidents", { killed: "fatalities" }, headers);
    expect(issues).toEqual([{ field: "date", message: expect.stringContaining("Choose the column that holds Date (or map Year)") }]);
  });

  it("refuses a field of another kind", () => {
    const issues = checkMapping("statistics", { metric: "a", value: "b", period: "c", killed: "b" }, ["a", "b", "c"]);
    expect(issues.map((i) => i.field)).toEqual(["killed"]);
  });
});
