/**
 * The timeline events drawn on trend charts: the milestones analysts date things by (PRODUCT.md,
 * "Time markers"). Where sources disagree on a milestone's date (the end of the TTP ceasefire:
 * 2 Sep 2022 per PIPS, Nov 2022 per Akbar), both versions are markers. Each key must exist in the
 * seed (checked by reports.test.ts' companion, markers.test.ts).
 */
export const CHART_MARKER_KEYS: readonly string[] = [
  "crss-2025/event/aps-peshawar-massacre-2014-12",
  "crss-2025/event/fata-merger-2018",
  "crss-2025/event/doha-agreement-2020-02-29",
  "crss-2025/event/fall-of-kabul-2021-08-15",
  "pips-2022/event/al-zawahiri-killed-2022-07-31",
  "pips-2022/event/ttp-ends-ceasefire-2022-09-02",
  "akbar-taliban-2/event/ttp-ceasefire-breakdown-2022-11",
];
