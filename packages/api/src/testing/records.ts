import type { Incident } from "@monitor/domain";

/**
 * An incident the API tests save and edit: an armed assault on a police post in Bajaur, cited to
 * `source` with a quote from the test source's text ("…an attack on a police post in Bajaur…").
 */
export function policePostIncident(source: string, overrides: Partial<Incident> = {}): Incident {
  return {
    key: "test/2022-05-10/police-post",
    title: "Attack on a police post",
    date: "2022-05-10",
    datePrecision: "day",
    country: "PK",
    province: "PK-KP",
    district: "pk-kp-bajaur",
    place: null,
    type: "armed_assault",
    target: "security_forces",
    killed: 5,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [],
    description: null,
    citations: [{ source, locator: "p. 3", quote: "an attack on a police post in Bajaur" }],
    ...overrides,
  };
}
