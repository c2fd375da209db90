/**
 * Synthetic incidents for the benchmark (pure: no I/O). Every incident is a function of (seed, index)
 * alone, so a database of N incidents is the same whatever the batch size, and a run can be repeated.
 *
 * The shape imitates the real log, not its numbers: 2006–2025 with the 2009–2013 peak, the 2017–2020
 * lull and the rise since 2021; Khyber Pakhtunkhwa and Balochistan far ahead (PIPS 2021–22 in the seed:
 * KP 156 attacks, Balochistan 79, Sindh 9), the former FATA agencies recorded under FATA before the
 * 2018 merger, the seed's hotspot districts (Peshawar, the Waziristans, Bajaur, Swat, Quetta, Kech,
 * Mastung, Sibi …) weighted up, groups by region (TTP in the north-west, BLA/BLF in Balochistan, SRA in
 * Sindh, ISKP in Afghanistan), and casualties with a long tail (most incidents kill nobody, a few kill
 * over a hundred). Nothing here is real: every incident cites the "synthetic-benchmark" source.
 */
import { getAdminUnit, type IncidentType, listAdminUnits, type Target } from "@monitor/domain";

export const SYNTHETIC_SOURCE_SLUG = "synthetic-benchmark";
export const SYNTHETIC_SOURCE_TITLE = "SYNTHETIC benchmark data — not real";
export const SYNTHETIC_KEY_PREFIX = "synthetic/incident/";

/** Deterministic 32-bit hash of two integers (murmur3's finalizer over a simple mix). */
export function hash32(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a small, fast PRNG with 32 bits of state; uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A picker over weighted choices: `pick(u)` with u uniform in [0, 1) returns a choice with probability weight / total. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (u: number) => T {
  const items = entries.filter(([, w]) => w > 0);
  if (items.length === 0) throw new Error("weighted() needs at least one positive weight");
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of items) {
    total += w;
    cumulative.push(total);
  }
  return (u: number) => {
    const x = u * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x < (cumulative[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return (items[lo] as readonly [T, number])[0];
  };
}

/** Relative number of incidents per year: the 2009–2013 peak, the 2017–2020 lull, the rise since 2021. */
export const YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2006, 3],
  [2007, 6],
  [2008, 8],
  [2009, 10],
  [2010, 9],
  [2011, 8],
  [2012, 8.5],
  [2013, 9],
  [2014, 7],
  [2015, 4.5],
  [2016, 3.2],
  [2017, 2.6],
  [2018, 2],
  [2019, 1.8],
  [2020, 1.8],
  [2021, 2.6],
  [2022, 3.6],
  [2023, 4.6],
  [2024, 5.6],
  [2025, 6],
];

/**
 * Provinces. Pakistan: KP and Balochistan lead (PIPS 2021–22: 156 and 79 attacks, Sindh 9); FATA is
 * not picked directly: incidents in the former agencies before the merger are filed under it.
 * Afghanistan: Kabul, Nangarhar and the eastern border provinces the seed's incidents name.
 */
export const PROVINCE_WEIGHTS: readonly (readonly [string, number])[] = [
  ["PK-KP", 46],
  ["PK-BA", 24],
  ["PK-SD", 6],
  ["PK-PB", 4.5],
  ["PK-IS", 1],
  ["PK-GB", 0.6],
  ["PK-JK", 0.4],
  ["AF-KAB", 4],
  ["AF-NAN", 3],
  ["AF-KDZ", 1],
  ["AF-KHO", 1],
  ["AF-KNR", 1],
  ["AF-PKA", 0.8],
  ["AF-HEL", 0.8],
  ["AF-KAN", 0.8],
  ["AF-BAL", 0.4],
  ["AF-HER", 0.4],
  ["AF-TAK", 0.3],
  ["AF-LOG", 0.3],
];

/** Districts the seed's incidents and groups name, weighted above the rest of their province (weight 1). */
export const DISTRICT_HOTSPOTS: Readonly<Record<string, number>> = {
  "pk-kp-peshawar": 14,
  "pk-kp-north-waziristan": 14,
  "pk-kp-south-waziristan": 9,
  "pk-kp-bajaur": 7,
  "pk-kp-khyber": 7,
  "pk-kp-swat": 5,
  "pk-kp-bannu": 7,
  "pk-kp-lakki-marwat": 5,
  "pk-kp-dera-ismail-khan": 6,
  "pk-kp-kurram": 5,
  "pk-kp-mohmand": 3,
  "pk-kp-orakzai": 3,
  "pk-ba-quetta": 14,
  "pk-ba-kech": 7,
  "pk-ba-mastung": 5,
  "pk-ba-sibi": 4,
  "pk-ba-panjgur": 4,
  "pk-ba-gwadar": 4,
  "pk-ba-khuzdar": 4,
  "pk-ba-dera-bugti": 3,
  "pk-ba-kohlu": 3,
  "pk-ba-nasirabad": 3,
  "pk-ba-lasbela": 2,
  "pk-sd-karachi-central": 4,
  "pk-sd-karachi-east": 3,
  "pk-sd-karachi-south": 4,
  "pk-sd-karachi-west": 4,
  "pk-sd-keamari": 2,
  "pk-sd-korangi": 2,
  "pk-pb-lahore": 6,
  "pk-pb-rawalpindi": 5,
};

/** The share of Pakistani incidents whose district is not stated. */
export const NO_DISTRICT_SHARE = 0.08;

/** FATA merged into Khyber Pakhtunkhwa in mid-2018: earlier incidents in the former agencies are filed under FATA. */
export const FATA_MERGER_DATE = "2018-06-01";

export const TYPE_WEIGHTS: readonly (readonly [IncidentType, number])[] = [
  ["armed_assault", 24],
  ["ied", 20],
  ["targeted_killing", 15],
  ["suicide_bombing", 6],
  ["counter_terror_operation", 12],
  ["rocket_attack", 5],
  ["kidnapping", 4],
  ["cross_border_attack", 3],
  ["sabotage", 4],
  ["other", 7],
];

const ATTACK_TARGETS = weighted<Target>([
  ["security_forces", 38],
  ["civilians", 24],
  ["government", 6],
  ["political", 5],
  ["religious_minority", 6],
  ["infrastructure", 8],
  ["foreign_nationals", 2],
  ["other", 11],
]);

/**
 * Groups by region (slugs of the seed's groups). An incident names a group about half the time; a
 * counter-terror operation names the group it was aimed at.
 */
export const GROUP_WEIGHTS: Readonly<
  Record<"kp" | "ba" | "sd" | "pb" | "af-before-2021" | "af-since-2021", readonly (readonly [string, number])[]>
> = {
  kp: [
    ["ttp", 62],
    ["jamaat-ul-ahrar", 8],
    ["hafiz-gul-bahadur-group", 7],
    ["iskp", 8],
    ["haqqani-network", 3],
    ["tipu-gul-lakki-marwat-groups", 3],
    ["lashkar-e-jhangvi", 3],
    ["al-qaeda", 2],
    ["hakimullah-mehsud-faction", 2],
  ],
  ba: [
    ["bla", 34],
    ["blf", 22],
    ["brg", 5],
    ["bra", 4],
    ["bna", 3],
    ["lashkar-e-jhangvi", 7],
    ["lashkar-e-jhangvi-al-alami", 3],
    ["iskp", 7],
    ["ttp", 12],
    ["jundullah", 3],
  ],
  sd: [
    ["sra", 30],
    ["bla", 15],
    ["ttp", 22],
    ["lashkar-e-jhangvi", 12],
    ["sipah-e-muhammad", 5],
    ["iskp", 5],
  ],
  pb: [
    ["ttp", 45],
    ["lashkar-e-jhangvi", 16],
    ["jem", 8],
    ["let", 4],
    ["jamaat-ul-ahrar", 8],
    ["bna", 3],
    ["iskp", 5],
  ],
  "af-before-2021": [
    ["afghan-taliban", 55],
    ["haqqani-network", 14],
    ["iskp", 20],
    ["al-qaeda", 3],
    ["ttp", 4],
  ],
  "af-since-2021": [
    ["iskp", 70],
    ["ttp", 10],
    ["afghan-taliban", 8],
    ["al-qaeda", 3],
  ],
};

/** How sure the sources are that a named group did it (never-zero denials, as in the seed). */
export const ATTRIBUTION_WEIGHTS = [
  ["claimed", 30],
  ["attributed", 36],
  ["suspected", 29],
  ["denied", 5],
] as const;

/** Every group slug the profile names (the generator checks them against the database before writing). */
export function profileGroupSlugs(): string[] {
  return [...new Set(Object.values(GROUP_WEIGHTS).flatMap((list) => list.map(([slug]) => slug)))].sort();
}

export interface SyntheticIncident {
  id: string;
  key: string;
  title: string;
  date: string;
  datePrecision: "day" | "month" | "year";
  country: "PK" | "AF";
  province: string;
  district: string | null;
  place: string;
  type: IncidentType;
  target: Target;
  killed: number | null;
  killedQualifier: "exact" | "about" | "over";
  injured: number | null;
  injuredQualifier: "exact" | "about" | "over";
  description: string;
  perpetrators: { group: string; attribution: (typeof ATTRIBUTION_WEIGHTS)[number][0] }[];
}

/**
 * A casualty count with a long tail: `zeroShare` of incidents have none; the rest follow a discrete
 * Pareto (P(X ≥ x) = x^-alpha), capped, so most are 1–5 and a handful per thousand exceed 100.
 */
export function longTail(u0: number, u1: number, opts: { zeroShare: number; alpha: number; scale: number; cap: number }): number {
  if (u0 < opts.zeroShare) return 0;
  const x = Math.floor(opts.scale * (1 - u1) ** (-1 / opts.alpha));
  return Math.min(Math.max(x, 1), opts.cap);
}

const pickYear = weighted(YEAR_WEIGHTS);
const pickProvince = weighted(PROVINCE_WEIGHTS);
const pickType = weighted(TYPE_WEIGHTS);
const pickAttribution = weighted(ATTRIBUTION_WEIGHTS);
const groupPickers = Object.fromEntries(Object.entries(GROUP_WEIGHTS).map(([k, v]) => [k, weighted(v)])) as Record<
  keyof typeof GROUP_WEIGHTS,
  (u: number) => string
>;
const districtPickers = new Map<string, (u: number) => string>();
const FORMER_FATA = new Set(
  listAdminUnits({ level: "district" })
    .filter((d) => d.formerFata)
    .map((d) => d.id),
);

function districtPicker(province: string): ((u: number) => string) | null {
  let picker = districtPickers.get(province);
  if (!picker) {
    const districts = listAdminUnits({ level: "district", parent: province });
    if (districts.length === 0) return null;
    picker = weighted(districts.map((d) => [d.id, DISTRICT_HOTSPOTS[d.id] ?? 1] as const));
    districtPickers.set(province, picker);
  }
  return picker;
}

function groupRegion(province: string, date: string): keyof typeof GROUP_WEIGHTS {
  if (province.startsWith("AF-")) return date < "2021-08-15" ? "af-before-2021" : "af-since-2021";
  if (province === "PK-BA") return "ba";
  if (province === "PK-SD") return "sd";
  if (province === "PK-KP" || province === "PK-TA") return "kp";
  return "pb";
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number) => String(n).padStart(2, "0");

/** A UUID (version-4 layout) from the seed and index: random-looking, so index inserts behave like real ones, and unique by construction. */
export function syntheticId(seed: number, index: number): string {
  const h = (k: number) => hash32(hash32(seed, index), k).toString(16).padStart(8, "0");
  const a = h(1);
  const b = h(2);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-8${h(3).slice(0, 3)}-${index.toString(16).padStart(12, "0")}`;
}

/** The incident number `index` of the data set drawn with `seed`. */
export function syntheticIncident(seed: number, index: number): SyntheticIncident {
  const r = mulberry32(hash32(seed, index));
  const year = pickYear(r());
  const month = Math.floor(r() * 12);
  const leap = year % 4 === 0 && month === 1 ? 1 : 0;
  const day = 1 + Math.floor(r() * ((DAYS_IN_MONTH[month] as number) + leap));
  const p = r();
  const datePrecision = p < 0.94 ? "day" : p < 0.99 ? "month" : "year";
  const date =
    datePrecision === "day"
      ? `${year}-${pad(month + 1)}-${pad(day)}`
      : datePrecision === "month"
        ? `${year}-${pad(month + 1)}-01`
        : `${year}-01-01`;

  let province = pickProvince(r());
  const country = province.startsWith("AF") ? "AF" : "PK";
  const districts = districtPicker(province);
  const du = r();
  const district = districts && r() >= NO_DISTRICT_SHARE ? districts(du) : null;
  if (district && FORMER_FATA.has(district) && date < FATA_MERGER_DATE) province = "PK-TA";

  const type = pickType(r());
  const target = type === "counter_terror_operation" ? "militants" : ATTACK_TARGETS(r());
  const heavy = type === "suicide_bombing" || type === "ied";
  const killedKnown = r() >= 0.04;
  const killed = killedKnown
    ? longTail(r(), r(), { zeroShare: heavy ? 0.2 : 0.45, alpha: heavy ? 0.9 : 1.4, scale: heavy ? 2 : 1, cap: 400 })
    : null;
  const injuredKnown = r() >= 0.1;
  const injured = injuredKnown
    ? longTail(r(), r(), { zeroShare: heavy ? 0.15 : 0.55, alpha: heavy ? 0.85 : 1.3, scale: heavy ? 3 : 1, cap: 800 })
    : null;
  const qualifier = (n: number | null) => (n !== null && n >= 20 ? (r() < 0.3 ? "about" : r() < 0.3 ? "over" : "exact") : "exact");

  const perpetrators: SyntheticIncident["perpetrators"] = [];
  const named = r();
  const pickGroup = groupPickers[groupRegion(province, date)];
  if (named < (type === "counter_terror_operation" ? 0.7 : 0.5)) {
    const first = pickGroup(r());
    perpetrators.push({ group: first, attribution: pickAttribution(r()) });
    if (r() < 0.08) {
      const second = pickGroup(r());
      if (second !== first) perpetrators.push({ group: second, attribution: pickAttribution(r()) });
    }
  }

  const place = `${getAdminUnit(district ?? province)?.name ?? province} village ${1 + Math.floor(r() * 400)}`;
  const typeLabel = type.replaceAll("_", " ");
  return {
    id: syntheticId(seed, index),
    key: `${SYNTHETIC_KEY_PREFIX}${seed}-${index}`,
    title: `Synthetic ${typeLabel} near ${place}`,
    date,
    datePrecision,
    country,
    province,
    district,
    place,
    type,
    target,
    killed,
    killedQualifier: qualifier(killed),
    injured,
    injuredQualifier: qualifier(injured),
    // Short on purpose: the generated search_vector column costs about 1.5 ms per row of today's text
    // (see BENCHMARKS.md), and every word adds to it.
    description: "SYNTHETIC benchmark record, not a real event.",
    perpetrators,
  };
}
