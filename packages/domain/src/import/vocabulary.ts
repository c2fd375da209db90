/**
 * Free text of other databases mapped to the Monitor's enums: incident types and targets (ACLED's
 * sub_event_type and actor2, GTD's attacktype1_txt and targtype1_txt, plain words), statistic metrics,
 * units and attributions.
 *
 * A cell is reduced like a search query (lower case, punctuation a space) and the longest phrase of
 * the table found in it, as whole words, decides; on a tie the earlier entry wins. So "Suicide bomb"
 * is a suicide bombing before it is a bomb, "Facility/Infrastructure Attack" sabotage before an
 * assault, and "Civilians killed" civilian deaths before fatalities. The enum values and their labels
 * are phrases too. A cell that matches nothing gives null: the caller falls back to "other" and warns.
 */

import type { Attribution } from "../incidents/schemas";
import { INCIDENT_TYPE_LABELS, type IncidentType, TARGET_LABELS, type Target } from "../incidents/schemas";
import { normalizeSearchText } from "../search/normalize";
import { METRIC_LABELS, type Metric, type Unit } from "../statistics/schemas";

export type Vocabulary<T extends string> = readonly (readonly [phrase: string, value: T])[];

interface CompiledVocabulary<T extends string> {
  entries: { phrase: string; value: T; order: number }[];
  memo: Map<string, T | null>;
}

const compiled = new WeakMap<Vocabulary<string>, CompiledVocabulary<string>>();

function compile<T extends string>(table: Vocabulary<T>): CompiledVocabulary<T> {
  const hit = compiled.get(table);
  if (hit) return hit as unknown as CompiledVocabulary<T>;
  const entries = table.map(([phrase, value], order) => ({ phrase: ` ${normalizeSearchText(phrase)} `, value, order }));
  const c: CompiledVocabulary<T> = { entries, memo: new Map() };
  compiled.set(table, c as unknown as CompiledVocabulary<string>);
  return c;
}

/** The value of the longest phrase of `table` found in `text` (whole words), or null. */
export function matchVocabulary<T extends string>(text: string, table: Vocabulary<T>): T | null {
  const c = compile(table);
  const hit = c.memo.get(text);
  if (hit !== undefined) return hit;
  const padded = ` ${normalizeSearchText(text)} `;
  let best: { phrase: string; value: T; order: number } | null = null;
  for (const e of c.entries) {
    if (e.phrase.trim() !== "" && padded.includes(e.phrase) && (!best || e.phrase.length > best.phrase.length)) best = e;
  }
  const result = best?.value ?? null;
  if (c.memo.size > 10_000) c.memo.clear();
  c.memo.set(text, result);
  return result;
}

function withEnum<T extends string>(labels: Record<T, string>, table: Vocabulary<T>): Vocabulary<T> {
  const own = (Object.entries(labels) as [T, string][]).flatMap(([value, label]) => [[value, value] as const, [label, value] as const]);
  return [...own, ...table];
}

export const INCIDENT_TYPE_VOCABULARY: Vocabulary<IncidentType> = withEnum(INCIDENT_TYPE_LABELS, [
  ["suicide", "suicide_bombing"],
  ["suicide bomb", "suicide_bombing"],
  ["suicide bomber", "suicide_bombing"],
  ["suicide attack", "suicide_bombing"],
  ["suicide blast", "suicide_bombing"],
  ["svbied", "suicide_bombing"],
  ["ied", "ied"],
  ["ieds", "ied"],
  ["vbied", "ied"],
  ["bomb", "ied"],
  ["bombing", "ied"],
  ["bomb blast", "ied"],
  ["blast", "ied"],
  ["explosion", "ied"],
  ["explosive", "ied"],
  ["explosives", "ied"],
  ["remote explosive", "ied"],
  ["landmine", "ied"],
  ["land mine", "ied"],
  ["roadside bomb", "ied"],
  ["rocket", "rocket_attack"],
  ["rockets", "rocket_attack"],
  ["rocket attack", "rocket_attack"],
  ["grenade", "rocket_attack"],
  ["grenade attack", "rocket_attack"],
  ["hand grenade", "rocket_attack"],
  ["mortar", "rocket_attack"],
  ["mortar attack", "rocket_attack"],
  ["shelling", "rocket_attack"],
  ["artillery", "rocket_attack"],
  ["missile", "rocket_attack"],
  ["missile attack", "rocket_attack"],
  ["kidnapping", "kidnapping"],
  ["kidnap", "kidnapping"],
  ["kidnapped", "kidnapping"],
  ["abduction", "kidnapping"],
  ["abducted", "kidnapping"],
  ["hostage", "kidnapping"],
  ["hostage taking", "kidnapping"],
  ["forced disappearance", "kidnapping"],
  ["hijacking", "kidnapping"],
  ["targeted killing", "targeted_killing"],
  ["target killing", "targeted_killing"],
  ["assassination", "targeted_killing"],
  ["assassinated", "targeted_killing"],
  ["cross border", "cross_border_attack"],
  ["cross border attack", "cross_border_attack"],
  ["cross border raid", "cross_border_attack"],
  ["cross border firing", "cross_border_attack"],
  ["operation", "counter_terror_operation"],
  ["operations", "counter_terror_operation"],
  ["military operation", "counter_terror_operation"],
  ["security operation", "counter_terror_operation"],
  ["search operation", "counter_terror_operation"],
  ["counter terrorism", "counter_terror_operation"],
  ["counter terrorism operation", "counter_terror_operation"],
  ["intelligence based operation", "counter_terror_operation"],
  ["ibo", "counter_terror_operation"],
  ["cto", "counter_terror_operation"],
  ["drone strike", "counter_terror_operation"],
  ["air strike", "counter_terror_operation"],
  ["airstrike", "counter_terror_operation"],
  ["sabotage", "sabotage"],
  ["infrastructure", "sabotage"],
  ["facility infrastructure attack", "sabotage"],
  ["arson", "sabotage"],
  ["property destruction", "sabotage"],
  ["armed assault", "armed_assault"],
  ["armed attack", "armed_assault"],
  ["armed clash", "armed_assault"],
  ["assault", "armed_assault"],
  ["attack", "armed_assault"],
  ["attacks", "armed_assault"],
  ["clash", "armed_assault"],
  ["clashes", "armed_assault"],
  ["firing", "armed_assault"],
  ["gunfire", "armed_assault"],
  ["shooting", "armed_assault"],
  ["gunmen", "armed_assault"],
  ["gun attack", "armed_assault"],
  ["ambush", "armed_assault"],
  ["raid", "armed_assault"],
  ["exchange of fire", "armed_assault"],
  ["unarmed assault", "other"],
  ["unknown", "other"],
]);

export const TARGET_VOCABULARY: Vocabulary<Target> = withEnum(TARGET_LABELS, [
  ["security forces", "security_forces"],
  ["security force", "security_forces"],
  ["security personnel", "security_forces"],
  ["security post", "security_forces"],
  ["check post", "security_forces"],
  ["checkpoint", "security_forces"],
  ["military", "security_forces"],
  ["army", "security_forces"],
  ["soldier", "security_forces"],
  ["soldiers", "security_forces"],
  ["troops", "security_forces"],
  ["police", "security_forces"],
  ["policemen", "security_forces"],
  ["policeman", "security_forces"],
  ["frontier corps", "security_forces"],
  ["fc", "security_forces"],
  ["levies", "security_forces"],
  ["rangers", "security_forces"],
  ["paramilitary", "security_forces"],
  ["civilian", "civilians"],
  ["civilians", "civilians"],
  ["private citizens", "civilians"],
  ["private citizens property", "civilians"],
  ["citizens", "civilians"],
  ["general public", "civilians"],
  ["passengers", "civilians"],
  ["students", "civilians"],
  ["educational institution", "civilians"],
  ["school", "civilians"],
  ["business", "civilians"],
  ["journalists", "civilians"],
  ["journalists media", "civilians"],
  ["ngo", "civilians"],
  ["aid workers", "civilians"],
  ["polio workers", "civilians"],
  ["health workers", "civilians"],
  ["market", "civilians"],
  ["religious minority", "religious_minority"],
  ["minority", "religious_minority"],
  ["minorities", "religious_minority"],
  ["shia", "religious_minority"],
  ["shias", "religious_minority"],
  ["shiite", "religious_minority"],
  ["hazara", "religious_minority"],
  ["hazaras", "religious_minority"],
  ["christian", "religious_minority"],
  ["christians", "religious_minority"],
  ["church", "religious_minority"],
  ["ahmadi", "religious_minority"],
  ["ahmadis", "religious_minority"],
  ["sikh", "religious_minority"],
  ["sikhs", "religious_minority"],
  ["hindu", "religious_minority"],
  ["hindus", "religious_minority"],
  ["imambargah", "religious_minority"],
  ["political", "political"],
  ["politician", "political"],
  ["politicians", "political"],
  ["political party", "political"],
  ["violent political party", "political"],
  ["election", "political"],
  ["rally", "political"],
  ["party workers", "political"],
  ["foreign nationals", "foreign_nationals"],
  ["foreign national", "foreign_nationals"],
  ["foreigners", "foreign_nationals"],
  ["foreign", "foreign_nationals"],
  ["chinese", "foreign_nationals"],
  ["chinese nationals", "foreign_nationals"],
  ["tourists", "foreign_nationals"],
  ["tourist", "foreign_nationals"],
  ["government diplomatic", "foreign_nationals"],
  ["diplomats", "foreign_nationals"],
  ["infrastructure", "infrastructure"],
  ["utilities", "infrastructure"],
  ["transportation", "infrastructure"],
  ["telecommunication", "infrastructure"],
  ["airports aircraft", "infrastructure"],
  ["airport", "infrastructure"],
  ["maritime", "infrastructure"],
  ["food or water supply", "infrastructure"],
  ["pipeline", "infrastructure"],
  ["gas pipeline", "infrastructure"],
  ["power", "infrastructure"],
  ["electricity", "infrastructure"],
  ["pylon", "infrastructure"],
  ["railway", "infrastructure"],
  ["railway track", "infrastructure"],
  ["train", "infrastructure"],
  ["bridge", "infrastructure"],
  ["mobile tower", "infrastructure"],
  ["militants", "militants"],
  ["militant", "militants"],
  ["terrorists", "militants"],
  ["terrorist", "militants"],
  ["insurgents", "militants"],
  ["non state militia", "militants"],
  ["terrorists non state militia", "militants"],
  ["government", "government"],
  ["government general", "government"],
  ["officials", "government"],
  ["official", "government"],
  ["government officials", "government"],
  ["judge", "government"],
  ["judiciary", "government"],
  ["court", "government"],
  ["administration", "government"],
  ["unknown", "other"],
]);

export const METRIC_VOCABULARY: Vocabulary<Metric> = withEnum(METRIC_LABELS, [
  ["incidents", "incidents"],
  ["incident", "incidents"],
  ["events", "incidents"],
  ["number of incidents", "incidents"],
  ["violent incidents", "incidents"],
  ["attacks", "terror_attacks"],
  ["attack", "terror_attacks"],
  ["terrorist attacks", "terror_attacks"],
  ["terror attacks", "terror_attacks"],
  ["militant attacks", "terror_attacks"],
  ["terrorist incidents", "terror_attacks"],
  ["terror incidents", "terror_attacks"],
  ["operations", "counter_terror_operations"],
  ["counter terrorism operations", "counter_terror_operations"],
  ["counter terror operations", "counter_terror_operations"],
  ["military operations", "counter_terror_operations"],
  ["security operations", "counter_terror_operations"],
  ["intelligence based operations", "counter_terror_operations"],
  ["ibos", "counter_terror_operations"],
  ["ctos", "counter_terror_operations"],
  ["fatalities", "fatalities"],
  ["deaths", "fatalities"],
  ["killed", "fatalities"],
  ["dead", "fatalities"],
  ["death toll", "fatalities"],
  ["injuries", "injuries"],
  ["injured", "injuries"],
  ["wounded", "injuries"],
  ["civilian deaths", "civilian_deaths"],
  ["civilians killed", "civilian_deaths"],
  ["civilian fatalities", "civilian_deaths"],
  ["security forces deaths", "security_forces_deaths"],
  ["security forces killed", "security_forces_deaths"],
  ["security forces fatalities", "security_forces_deaths"],
  ["security personnel killed", "security_forces_deaths"],
  ["soldiers killed", "security_forces_deaths"],
  ["policemen killed", "security_forces_deaths"],
  ["militants killed", "militants_killed"],
  ["terrorists killed", "militants_killed"],
  ["insurgents killed", "militants_killed"],
  ["militant deaths", "militants_killed"],
  ["militant fatalities", "militants_killed"],
  ["arrests", "arrests"],
  ["arrested", "arrests"],
  ["detained", "arrests"],
  ["detentions", "arrests"],
  ["attacks claimed", "attacks_claimed"],
  ["claimed attacks", "attacks_claimed"],
  ["suicide attacks", "suicide_attacks"],
  ["suicide attack", "suicide_attacks"],
  ["suicide bombings", "suicide_attacks"],
  ["fighters", "fighters"],
  ["strength", "fighters"],
  ["members", "fighters"],
  ["cadres", "fighters"],
  ["combatants", "fighters"],
  ["percent change", "percent_change"],
  ["percentage change", "percent_change"],
  ["change", "percent_change"],
  ["increase", "percent_change"],
  ["decrease", "percent_change"],
]);

/** Metrics that count people, whose unit defaults to "people". */
export const PEOPLE_METRICS: ReadonlySet<Metric> = new Set([
  "fatalities",
  "injuries",
  "civilian_deaths",
  "security_forces_deaths",
  "militants_killed",
  "arrests",
  "fighters",
]);

const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map([
  ["count", "count"],
  ["number", "count"],
  ["n", "count"],
  ["#", "count"],
  ["incidents", "count"],
  ["people", "people"],
  ["persons", "people"],
  ["person", "people"],
  ["individuals", "people"],
  ["percent", "percent"],
  ["percentage", "percent"],
  ["pct", "percent"],
  ["%", "percent"],
]);

/** A unit cell (count, people, percent and their common spellings), or null when unknown. */
export function matchUnit(text: string): Unit | null {
  return UNIT_WORDS.get(text.trim().toLowerCase()) ?? null;
}

const ATTRIBUTION_WORDS: ReadonlyMap<string, Attribution> = new Map([
  ["claimed", "claimed"],
  ["claim", "claimed"],
  ["claimed responsibility", "claimed"],
  ["yes", "claimed"],
  ["y", "claimed"],
  ["true", "claimed"],
  ["1", "claimed"],
  ["attributed", "attributed"],
  ["attribution", "attributed"],
  ["blamed", "attributed"],
  ["no", "attributed"],
  ["n", "attributed"],
  ["false", "attributed"],
  ["0", "attributed"],
  ["-9", "attributed"],
  ["suspected", "suspected"],
  ["suspect", "suspected"],
  ["alleged", "suspected"],
  ["likely", "suspected"],
  ["probable", "suspected"],
  ["possible", "suspected"],
  ["uncertain", "suspected"],
  ["denied", "denied"],
  ["deny", "denied"],
  ["denial", "denied"],
]);

/**
 * An attribution cell. Empty is "attributed" (the row's source names the group); GTD's claimed
 * column reads 1 as claimed and 0 or -9 (unknown) as attributed. Null when not recognised.
 */
export function matchAttribution(text: string): Attribution | null {
  const t = text.trim().toLowerCase();
  if (t === "") return "attributed";
  return ATTRIBUTION_WORDS.get(t) ?? null;
}

/** A yes/no cell (GTD's suicide column): null when neither. */
export function matchYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (["1", "yes", "y", "true"].includes(t)) return true;
  if (["", "0", "no", "n", "false", "-9"].includes(t)) return false;
  return null;
}
