import type { DatasetInput } from "@monitor/domain";

type StatisticInput = NonNullable<DatasetInput["statistics"]>[number];
type Geography = StatisticInput["geography"];

const SOURCE = "pips-2022";
const PIPS_DATABASE = "PIPS digital database of security incidents";
const PK: Geography = { country: "PK", province: null, district: null };

const TAKEOVER_YEAR = { periodStart: "2021-08-15", periodEnd: "2022-08-14", periodPrecision: "day" } as const;
const PREVIOUS_YEAR = { periodStart: "2020-08-15", periodEnd: "2021-08-14", periodPrecision: "day" } as const;
const YEAR_2021 = { periodStart: "2021-01-01", periodEnd: "2021-12-31", periodPrecision: "year" } as const;
/** "This year alone till August 20" in a report written in 2022. */
const YEAR_2022_TO_AUG_20 = { periodStart: "2022-01-01", periodEnd: "2022-08-20", periodPrecision: "day" } as const;

const TABLE_1 = "Table 1: Terrorist attacks in Pakistan in one year since the Taliban takeover";
const TABLE_6 = "Table 6: Security/Military Operations against Militants in 2022";

interface Table1Row {
  slug: string;
  region: string;
  geography: Geography;
  /** The row exactly as printed, used as the quote. */
  row: string;
  attacks: [current: number, previous: number];
  killed: [current: number, previous: number];
  /** % change in attacks and in killed; decreases are negative (the table marks them with "¯"). */
  change: [attacks: number, killed: number] | null;
  notes?: { attacksCurrent?: string; attacksPrevious?: string; region?: string };
}

const NOTE_COMBINED = (units: string) =>
  `The table reports ${units} as one row; no single admin unit matches, so the province is left null.`;

const TABLE_1_ROWS: Table1Row[] = [
  {
    slug: "kp",
    region: "Khyber Pakhtunkhwa",
    geography: { country: "PK", province: "PK-KP", district: null },
    row: "KP 156 286 87 151 79% 89%",
    attacks: [156, 87],
    killed: [286, 151],
    change: [79, 89],
  },
  {
    slug: "balochistan",
    region: "Balochistan",
    geography: { country: "PK", province: "PK-BA", district: null },
    row: "Balochistan 79 127 60 113 32% 12%",
    attacks: [79, 60],
    killed: [127, 113],
    change: [32, 12],
  },
  {
    slug: "punjab-islamabad",
    region: "Punjab & Islamabad",
    geography: PK,
    row: "Punjab & Islamabad 6 12 7 15 14%¯ 20%¯",
    attacks: [6, 7],
    killed: [12, 15],
    change: [-14, -20],
    notes: { region: NOTE_COMBINED("Punjab (PK-PB) and Islamabad (PK-IS)") },
  },
  {
    slug: "sindh",
    region: "Sindh",
    geography: { country: "PK", province: "PK-SD", district: null },
    row: "Sindh 9[34] 8 11[35] 15 18%¯ 47%¯",
    attacks: [9, 11],
    killed: [8, 15],
    change: [-18, -47],
    notes: {
      attacksCurrent: "Table footnote [34]: including 5 in Karachi alone.",
      attacksPrevious: "Table footnote [35]: 10 in Karachi alone.",
    },
  },
  {
    slug: "gb-ajk",
    region: "GB & AJK",
    geography: PK,
    row: "GB & AJK 0 0 0 0",
    attacks: [0, 0],
    killed: [0, 0],
    change: null,
    notes: { region: NOTE_COMBINED("Gilgit-Baltistan (PK-GB) and Azad Jammu and Kashmir (PK-JK)") },
  },
  {
    slug: "total",
    region: "Pakistan (total)",
    geography: PK,
    row: "Total 250 433 165 294 51% 47%",
    attacks: [250, 165],
    killed: [433, 294],
    change: [51, 47],
  },
];

const joinNotes = (...notes: (string | undefined)[]) => notes.filter(Boolean).join(" ") || null;

function table1Statistics(r: Table1Row): StatisticInput[] {
  const cite = (column: string) => [
    { source: SOURCE, locator: `${TABLE_1}, row '${r.region}', column '${column}'`, quote: r.row, originalProducer: PIPS_DATABASE },
  ];
  const stats: StatisticInput[] = [
    {
      key: `pips-2022/stat/t1-${r.slug}-attacks-2021-22`,
      metric: "terror_attacks",
      label: `Terrorist attacks, ${r.region}, 15 Aug 2021–14 Aug 2022`,
      value: r.attacks[0],
      unit: "count",
      qualifier: "exact",
      ...TAKEOVER_YEAR,
      geography: r.geography,
      group: null,
      note: joinNotes(r.notes?.region, r.notes?.attacksCurrent),
      citations: cite("August 15, 2021, to August 14, 2022: No. of Attacks"),
    },
    {
      key: `pips-2022/stat/t1-${r.slug}-killed-2021-22`,
      metric: "fatalities",
      label: `People killed in terrorist attacks, ${r.region}, 15 Aug 2021–14 Aug 2022`,
      value: r.killed[0],
      unit: "people",
      qualifier: "exact",
      ...TAKEOVER_YEAR,
      geography: r.geography,
      group: null,
      note: joinNotes(r.notes?.region),
      citations: cite("August 15, 2021, to August 14, 2022: Killed"),
    },
    {
      key: `pips-2022/stat/t1-${r.slug}-attacks-2020-21`,
      metric: "terror_attacks",
      label: `Terrorist attacks, ${r.region}, 15 Aug 2020–14 Aug 2021`,
      value: r.attacks[1],
      unit: "count",
      qualifier: "exact",
      ...PREVIOUS_YEAR,
      geography: r.geography,
      group: null,
      note: joinNotes(r.notes?.region, r.notes?.attacksPrevious),
      citations: cite("August 15, 2020, to August 14, 2021: No. of Attacks"),
    },
    {
      key: `pips-2022/stat/t1-${r.slug}-killed-2020-21`,
      metric: "fatalities",
      label: `People killed in terrorist attacks, ${r.region}, 15 Aug 2020–14 Aug 2021`,
      value: r.killed[1],
      unit: "people",
      qualifier: "exact",
      ...PREVIOUS_YEAR,
      geography: r.geography,
      group: null,
      note: joinNotes(r.notes?.region),
      citations: cite("August 15, 2020, to August 14, 2021: Killed"),
    },
  ];
  if (r.change) {
    const decreaseNote = (v: number) =>
      v < 0
        ? `Printed as '${-v}%¯'; table footnote [33] says '¯' marks a decrease from the previous year, so the value is stored as ${v}.`
        : undefined;
    stats.push(
      {
        key: `pips-2022/stat/t1-${r.slug}-attacks-pct-change`,
        metric: "percent_change",
        label: `Change in terrorist attacks, ${r.region}: 15 Aug 2021–14 Aug 2022 vs 15 Aug 2020–14 Aug 2021`,
        value: r.change[0],
        unit: "percent",
        qualifier: "exact",
        ...TAKEOVER_YEAR,
        geography: r.geography,
        group: null,
        note: joinNotes(r.notes?.region, decreaseNote(r.change[0])),
        citations: cite("% Change: No. of Attacks"),
      },
      {
        key: `pips-2022/stat/t1-${r.slug}-killed-pct-change`,
        metric: "percent_change",
        label: `Change in people killed in terrorist attacks, ${r.region}: 15 Aug 2021–14 Aug 2022 vs 15 Aug 2020–14 Aug 2021`,
        value: r.change[1],
        unit: "percent",
        qualifier: "exact",
        ...TAKEOVER_YEAR,
        geography: r.geography,
        group: null,
        note: joinNotes(r.notes?.region, decreaseNote(r.change[1])),
        citations: cite("% Change: Killed"),
      },
    );
  }
  return stats;
}

interface Table6Row {
  slug: string;
  /** District name as printed. */
  name: string;
  geography: Geography;
  row: string;
  operations: number;
  killed: number;
  injured: number;
  note?: string;
}

const district = (province: string, id: string): Geography => ({ country: "PK", province, district: id });

const TABLE_6_ROWS: Table6Row[] = [
  {
    slug: "awaran",
    name: "Awaran",
    geography: district("PK-BA", "pk-ba-awaran"),
    row: "Awaran 1 4 1",
    operations: 1,
    killed: 4,
    injured: 1,
  },
  { slug: "bannu", name: "Bannu", geography: district("PK-KP", "pk-kp-bannu"), row: "Bannu 3 10 2", operations: 3, killed: 10, injured: 2 },
  {
    slug: "dera-ismail-khan",
    name: "D.I Khan",
    geography: district("PK-KP", "pk-kp-dera-ismail-khan"),
    row: "D.I Khan 4 8 0",
    operations: 4,
    killed: 8,
    injured: 0,
  },
  {
    slug: "gwadar",
    name: "Gwadar",
    geography: district("PK-BA", "pk-ba-gwadar"),
    row: "Gwadar 1 1 0",
    operations: 1,
    killed: 1,
    injured: 0,
  },
  {
    slug: "karachi",
    name: "Karachi",
    geography: { country: "PK", province: "PK-SD", district: null },
    row: "Karachi 1 2 0",
    operations: 1,
    killed: 2,
    injured: 0,
    note: "Karachi covers several districts (Karachi Central, East, South, West, Keamari, Korangi, Malir) and the table does not say which, so the district is left null.",
  },
  { slug: "kech", name: "Kech", geography: district("PK-BA", "pk-ba-kech"), row: "Kech 5 33 1", operations: 5, killed: 33, injured: 1 },
  {
    slug: "khyber",
    name: "Khyber",
    geography: district("PK-KP", "pk-kp-khyber"),
    row: "Khyber 1 3 0",
    operations: 1,
    killed: 3,
    injured: 0,
  },
  { slug: "kohlu", name: "Kohlu", geography: district("PK-BA", "pk-ba-kohlu"), row: "Kohlu 1 1 0", operations: 1, killed: 1, injured: 0 },
  {
    slug: "lakki-marwat",
    name: "Lakki Marwat",
    geography: district("PK-KP", "pk-kp-lakki-marwat"),
    row: "Lakki Marwat 3 8 0",
    operations: 3,
    killed: 8,
    injured: 0,
  },
  {
    slug: "mastung",
    name: "Mastung",
    geography: district("PK-BA", "pk-ba-mastung"),
    row: "Mastung 1 2 1",
    operations: 1,
    killed: 2,
    injured: 1,
  },
  {
    slug: "north-waziristan",
    name: "North Waziristan",
    geography: district("PK-KP", "pk-kp-north-waziristan"),
    row: "North Waziristan 20 57 4",
    operations: 20,
    killed: 57,
    injured: 4,
  },
  {
    slug: "nushki",
    name: "Nushki",
    geography: district("PK-BA", "pk-ba-nushki"),
    row: "Nushki 1 2 0",
    operations: 1,
    killed: 2,
    injured: 0,
  },
  {
    slug: "panjgur",
    name: "Panjgur",
    geography: district("PK-BA", "pk-ba-panjgur"),
    row: "Panjgur 1 6 0",
    operations: 1,
    killed: 6,
    injured: 0,
  },
  {
    slug: "peshawar",
    name: "Peshawar",
    geography: district("PK-KP", "pk-kp-peshawar"),
    row: "Peshawar 3 7 0",
    operations: 3,
    killed: 7,
    injured: 0,
  },
  {
    slug: "quetta",
    name: "Quetta",
    geography: district("PK-BA", "pk-ba-quetta"),
    row: "Quetta 2 9 0",
    operations: 2,
    killed: 9,
    injured: 0,
  },
  { slug: "sibi", name: "Sibi", geography: district("PK-BA", "pk-ba-sibi"), row: "Sibi 1 7 1", operations: 1, killed: 7, injured: 1 },
  { slug: "tank", name: "Tank", geography: district("PK-KP", "pk-kp-tank"), row: "Tank 1 1 0", operations: 1, killed: 1, injured: 0 },
  {
    slug: "ziarat",
    name: "Ziarat",
    geography: district("PK-BA", "pk-ba-ziarat"),
    row: "Ziarat 2 13 0",
    operations: 2,
    killed: 13,
    injured: 0,
  },
  {
    slug: "total",
    name: "Total",
    geography: PK,
    row: "Total 52 174 10",
    operations: 52,
    killed: 174,
    injured: 10,
    note: "The text gives 34 operations in KP, 17 in Balochistan and one in Karachi, but the district rows add up to 35 in KP and 16 in Balochistan (52 in all either way). The text also splits the 174 killed into 164 militants, nine soldiers and one civilian.",
  },
];

function table6Statistics(r: Table6Row): StatisticInput[] {
  const cite = (column: string) => [{ source: SOURCE, locator: `${TABLE_6}, row '${r.name}', column '${column}'`, quote: r.row }];
  const where = r.slug === "total" ? "Pakistan" : r.name;
  return [
    {
      key: `pips-2022/stat/t6-${r.slug}-operations-2022`,
      metric: "counter_terror_operations",
      label: `Security/military operations against militants, ${where} (the table's 'Attacks' column)`,
      value: r.operations,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: r.geography,
      group: null,
      note: r.note ?? null,
      citations: cite("Attacks"),
    },
    {
      key: `pips-2022/stat/t6-${r.slug}-killed-2022`,
      metric: "fatalities",
      label: `People killed in security/military operations against militants, ${where}`,
      value: r.killed,
      unit: "people",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: r.geography,
      group: null,
      note: r.note ?? null,
      citations: cite("Killed"),
    },
    {
      key: `pips-2022/stat/t6-${r.slug}-injured-2022`,
      metric: "injuries",
      label: `People injured in security/military operations against militants, ${where}`,
      value: r.injured,
      unit: "people",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: r.geography,
      group: null,
      note: r.note ?? null,
      citations: cite("Injured"),
    },
  ];
}

/**
 * PIPS (2022), Ahmed Ali, "Fallout of Afghan situation and Pakistan's policy responses". Sample
 * curation: every cell of Table 1 (province-level attacks, 12 months either side of the takeover) and
 * Table 6 (district-level security operations, 2022 to 20 August), group figures, incidents, events
 * and policy options.
 */
export const pips2022 = {
  sources: [
    {
      slug: SOURCE,
      title: "Fallout of Afghan situation and Pakistan's policy responses",
      shortTitle: "PIPS 2022: Fallout of Afghan situation",
      publisher: "Pak Institute for Peace Studies (PIPS)",
      authors: ["Ahmed Ali"],
      year: 2022,
      publishedOn: null,
      kind: "think_tank_report",
      url: null,
      file: "001_0377461bdf9b25df.txt",
      inferred: ["publisher", "year"],
      notes:
        "The text names no publisher or date; it opens with 'An independent think-tank' and draws its data from 'Pak Institute for Peace Studies' digital database'. The year 2022 is inferred: data run to 20 August 2022, the text says the TTP ended its ceasefire 'last week' (2 September), and the latest footnote is dated 3 September 2022. Relative dates in the text ('this year', 'last August') are therefore read as 2022 and August 2021.",
    },
  ],
  relationships: [
    {
      key: "pips-2022/rel/ttp-afghan-taliban-alliance",
      from: "ttp",
      to: "afghan-taliban",
      type: "alliance",
      start: null,
      end: null,
      description:
        "PIPS calls the TTP an ideological and operational ally of the Afghan Taliban whose leaders swear allegiance to the Taliban Emir. EFSAS adds that the TTP renewed this pledge after the fall of Kabul in August 2021.",
      citations: [
        {
          source: SOURCE,
          locator: "2. Post-withdrawal militant landscape: Tehreek-e-Taliban Pakistan (TTP)",
          quote:
            "The TTP has been an ideological and operational ally of the Afghan Taliban. TTP kingpins take oath of allegiance to the so-called Emir of the Afghan Taliban.",
        },
        {
          source: "efsas-ttp-resurgence",
          locator: "Relations with the Taliban & Al Qaeda",
          quote: "after the Taliban took Kabul in August 2021, the TTP renewed its pledge of allegiance to the Taliban high command",
        },
      ],
    },
    {
      key: "pips-2022/rel/etim-ttp-cooperation",
      from: "etim",
      to: "ttp",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "Per the UN assessment cited by PIPS, TIP/ETIM collaborates with the TTP; some 40-50 Uyghurs are also affiliated with IS-K in Nuristan.",
      citations: [
        {
          source: SOURCE,
          locator: "2. Post-withdrawal militant landscape: Turkistan Islamic Party (TIP)/East Turkistan Islamic Movement (ETIM)",
          quote:
            "As per the UN assessment, approximately 40-50 Uyghurs are also affiliated with IS-K in Nuristan province, while the group also collaborates with the TTP.",
          originalProducer: "UN Monitoring Team, 13th report (26 May 2022)",
        },
      ],
    },
  ],
  statistics: [
    ...TABLE_1_ROWS.flatMap(table1Statistics),
    {
      key: "pips-2022/stat/injured-2021-22",
      metric: "injuries",
      label: "People wounded in terrorist attacks, 15 Aug 2021–14 Aug 2022",
      value: 719,
      unit: "people",
      qualifier: "exact",
      ...TAKEOVER_YEAR,
      geography: PK,
      group: null,
      note: "Not in Table 1, which has no injuries column.",
      citations: [
        {
          source: SOURCE,
          locator: "3.1 Geographical spread of insecurity and terrorist violence in Pakistan",
          quote: "In 250 attacks during the period (15 Aug 2021 to 14 Aug 2022), 433 people were killed and 719 wounded.",
          originalProducer: PIPS_DATABASE,
        },
      ],
    },
    ...TABLE_6_ROWS.flatMap(table6Statistics),
    {
      key: "pips-2022/stat/militants-killed-2022",
      metric: "militants_killed",
      label: "Militants killed in security/military operations (mainly TTP and Baloch insurgents)",
      value: 164,
      unit: "people",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: PK,
      group: null,
      note: "Part of the 174 killed in Table 6; nine soldiers and one civilian were also killed.",
      citations: [
        {
          source: SOURCE,
          locator: "4.2 Continuing kinetic actions against militants",
          quote:
            "These actions killed 164 militants of mainly the TTP and Baloch insurgent groups. Nine army soldiers and one civilian were also martyred.",
        },
      ],
    },
    {
      key: "pips-2022/stat/arrests-2022",
      metric: "arrests",
      label: "Suspected militants arrested in 49 search and hunt operations",
      value: 104,
      unit: "people",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: PK,
      group: null,
      note: "Most of those arrested belonged to the TTP or to Baloch and Sindhi insurgent groups.",
      citations: [
        {
          source: SOURCE,
          locator: "4.2 Continuing kinetic actions against militants",
          quote:
            "in 2022 so far (until August 20), the security forces have arrested 104 suspected militants in 49 search and hunt operations they conducted across Pakistan",
        },
      ],
    },
    {
      key: "pips-2022/stat/ttp-attacks-2022",
      metric: "terror_attacks",
      label: "Attacks by the TTP and its affiliates in Pakistan",
      value: 51,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: PK,
      group: "ttp",
      note: "Source says 'so far this year'; the end date follows the report's data cut-off of 20 August 2022 stated elsewhere. 47 of the attacks were in KP, two in Islamabad and Rawalpindi, and one each in Quetta and Karachi.",
      citations: [
        {
          source: SOURCE,
          locator: "3.2.2 Religiously inspired militant groups: TTP",
          quote: "So far this year, the group and its affiliates have perpetrated 51 attacks with 47 of them in KP alone.",
          originalProducer: PIPS_DATABASE,
        },
      ],
    },
    {
      key: "pips-2022/stat/ttp-attacks-2021",
      metric: "terror_attacks",
      label: "Attacks in Pakistan the TTP was believed to be involved in",
      value: 87,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2021,
      geography: PK,
      group: "ttp",
      note: "Source says 'last year' (2021) and 'believed to be involved'.",
      citations: [
        {
          source: SOURCE,
          locator: "3.2.2 Religiously inspired militant groups: TTP",
          quote:
            "Last year, it was believed to be involved in 87 attacks in Pakistan which reflected an increase of 84% as compared to 2020.",
          originalProducer: PIPS_DATABASE,
        },
      ],
    },
    {
      key: "pips-2022/stat/ttp-attacks-pct-change-2021",
      metric: "percent_change",
      label: "TTP attacks in Pakistan, 2021 vs 2020",
      value: 84,
      unit: "percent",
      qualifier: "exact",
      ...YEAR_2021,
      geography: PK,
      group: "ttp",
      note: "EFSAS (citing Afzal, 2022) gives a 42% increase for the same comparison.",
      citations: [
        {
          source: SOURCE,
          locator: "3.2.2 Religiously inspired militant groups: TTP",
          quote:
            "Last year, it was believed to be involved in 87 attacks in Pakistan which reflected an increase of 84% as compared to 2020.",
          originalProducer: PIPS_DATABASE,
        },
      ],
    },
    {
      key: "pips-2022/stat/ttp-attacks-2022-04",
      metric: "terror_attacks",
      label: "Terrorist attacks in Pakistan by the TTP and its affiliates, April 2022",
      value: 20,
      unit: "count",
      qualifier: "exact",
      periodStart: "2022-04-01",
      periodEnd: "2022-04-30",
      periodPrecision: "month",
      geography: PK,
      group: "ttp",
      note: "Includes some attacks from across the border. Akbar (citing Sayed, 2023) says the TTP claimed 54 attacks in April 2022 (recorded separately as attacks claimed).",
      citations: [
        {
          source: SOURCE,
          locator: "3. Emerging terrorist threats in Pakistan",
          quote:
            "In April 2022, the TTP and its affiliates carried out 20 terrorist attacks in Pakistan including some from across the border.",
        },
      ],
    },
    {
      key: "pips-2022/stat/iskp-attacks-pakistan-2022",
      metric: "terror_attacks",
      label: "IS-K attacks in Pakistan",
      value: 19,
      unit: "count",
      qualifier: "exact",
      periodStart: "2022-01-01",
      periodEnd: "2022-08-31",
      periodPrecision: "month",
      geography: PK,
      group: "iskp",
      note: "Source says 'This year (till August)', so the period is taken to the end of August 2022; the report's data cut-off elsewhere is 20 August.",
      citations: [
        {
          source: SOURCE,
          locator: "3.2.2 Religiously inspired militant groups: IS-K",
          quote: "This year (till August), the outfit has carried out 19 attacks in Pakistan, killing at least 87 people.",
          originalProducer: PIPS_DATABASE,
        },
      ],
    },
    {
      key: "pips-2022/stat/iskp-fatalities-pakistan-2022",
      metric: "fatalities",
      label: "People killed in IS-K attacks in Pakistan",
      value: 87,
      unit: "people",
      qualifier: "at_least",
      periodStart: "2022-01-01",
      periodEnd: "2022-08-31",
      periodPrecision: "month",
      geography: PK,
      group: "iskp",
      note: "Source says 'This year (till August)'. The deadliest attack was the Peshawar Shia mosque bombing (65 dead).",
      citations: [
        {
          source: SOURCE,
          locator: "3.2.2 Religiously inspired militant groups: IS-K",
          quote: "This year (till August), the outfit has carried out 19 attacks in Pakistan, killing at least 87 people.",
          originalProducer: PIPS_DATABASE,
        },
      ],
    },
    {
      key: "pips-2022/stat/iskp-attacks-afghanistan-2021",
      metric: "terror_attacks",
      label: "IS-K attacks in Afghanistan",
      value: 339,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2021,
      geography: { country: "AF", province: null, district: null },
      group: "iskp",
      note: "Per the footnoted source, this excludes the 19 attacks IS-K claimed in Khyber Pakhtunkhwa.",
      citations: [
        {
          source: SOURCE,
          locator: "2. Post-withdrawal militant landscape: Islamic State in Khorasan (IS-K)",
          quote: "In 2021, the IS-K perpetrated 339 attacks in Afghanistan, compared to 82 attacks a year before.",
          originalProducer: "Abdul Sayed (@abdsayedd), 31 December 2021",
        },
      ],
    },
    {
      key: "pips-2022/stat/iskp-attacks-afghanistan-2020",
      metric: "terror_attacks",
      label: "IS-K attacks in Afghanistan",
      value: 82,
      unit: "count",
      qualifier: "exact",
      periodStart: "2020-01-01",
      periodEnd: "2020-12-31",
      periodPrecision: "year",
      geography: { country: "AF", province: null, district: null },
      group: "iskp",
      note: null,
      citations: [
        {
          source: SOURCE,
          locator: "2. Post-withdrawal militant landscape: Islamic State in Khorasan (IS-K)",
          quote: "In 2021, the IS-K perpetrated 339 attacks in Afghanistan, compared to 82 attacks a year before.",
          originalProducer: "Abdul Sayed (@abdsayedd), 31 December 2021",
        },
      ],
    },
    {
      key: "pips-2022/stat/iskp-members-2022",
      metric: "fighters",
      label: "IS-K members in Afghanistan ('approaching 4,000')",
      value: 4000,
      unit: "people",
      qualifier: "nearly",
      periodStart: "2022-02-03",
      periodEnd: "2022-02-03",
      periodPrecision: "day",
      geography: { country: "AF", province: null, district: null },
      group: "iskp",
      note: "The text says 'In early 2022'. Footnote [18] ('Ibid') points to the UNSC Monitoring Team's 29th report of 3 February 2022, whose date is used. The rise is attributed to the Taliban's release of prisoners.",
      citations: [
        {
          source: SOURCE,
          locator: "2. Post-withdrawal militant landscape: Islamic State in Khorasan (IS-K)",
          quote: "In early 2022, a UN Security Council report warned that the number of IS-K members was approaching 4,000",
          originalProducer: "UN Monitoring Team, 29th report (3 Feb 2022)",
        },
      ],
    },
    {
      key: "pips-2022/stat/bla-attacks-claimed-2022",
      metric: "attacks_claimed",
      label: "Terrorist attacks claimed by the BLA",
      value: 22,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: PK,
      group: "bla",
      note: null,
      citations: [
        {
          source: SOURCE,
          locator: "3.2.1 Baloch nationalist insurgent groups: Balochistan Liberation Army (BLA)",
          quote: "The BLA has already claimed 22 terrorist attacks in 2022 (until August 20)",
          originalProducer: PIPS_DATABASE,
        },
      ],
    },
    {
      key: "pips-2022/stat/kabul-airport-bombing-fatalities",
      metric: "fatalities",
      label: "People killed in the August 2021 Kabul airport bombing",
      value: 180,
      unit: "people",
      qualifier: "more_than",
      periodStart: "2021-08-01",
      periodEnd: "2021-08-31",
      periodPrecision: "month",
      geography: { country: "AF", province: "AF-KAB", district: null },
      group: "iskp",
      note: "PIPS says 'more than 180'; CRSS (2025) says 'over 170'. The day is not given.",
      citations: [
        {
          source: SOURCE,
          locator: "2. Post-withdrawal militant landscape: Islamic State in Khorasan (IS-K)",
          quote: "the August 2021 bombing at the Kabul airport that killed more than 180 people",
        },
      ],
    },
  ],
  incidents: [
    {
      key: "pips-2022/incident/peshawar-shia-mosque-2022",
      title: "Bombing of a Shia mosque in Peshawar",
      date: "2022-01-01",
      datePrecision: "year",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-peshawar",
      place: "Shia mosque, Peshawar",
      type: "ied",
      target: "religious_minority",
      killed: 65,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "iskp", attribution: "attributed" }],
      description:
        "PIPS calls this the deadliest of IS-K's 19 attacks in Pakistan in 2022 (to August). The text gives no exact date, only 'this year' (2022).",
      citations: [
        {
          source: SOURCE,
          locator: "3.2.2 Religiously inspired militant groups: IS-K",
          quote: "The deadliest of these was the bombing of a Shia Mosque in Peshawar that left 65 dead.",
        },
      ],
    },
    {
      key: "pips-2022/incident/sibi-fc-suicide-attack-2022",
      title: "IS-K suicide attack on Frontier Corps personnel in Sibi",
      date: "2022-01-01",
      datePrecision: "year",
      country: "PK",
      province: "PK-BA",
      district: "pk-ba-sibi",
      place: "Sibi",
      type: "suicide_bombing",
      target: "security_forces",
      killed: 6,
      killedQualifier: "at_least",
      injured: 19,
      injuredQualifier: "exact",
      perpetrators: [{ group: "iskp", attribution: "claimed" }],
      description:
        "A suicide attack claimed by IS-K killed at least six FC personnel and injured 19 others. The text dates it only to 2022.",
      citations: [
        {
          source: SOURCE,
          locator: "3.2.2 Religiously inspired militant groups: IS-K",
          quote:
            "In another suicide attack claimed by the group, at least six FC personnel were martyred, and 19 others were injured in Sibi (Balochistan).",
        },
      ],
    },
    {
      key: "pips-2022/incident/north-waziristan-soldiers-2022-04",
      title: "Attack killing seven soldiers in North Waziristan",
      date: "2022-04-01",
      datePrecision: "month",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-north-waziristan",
      place: null,
      type: "other",
      target: "security_forces",
      killed: 7,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description:
        "One of 20 attacks by the TTP and its affiliates in April 2022; it killed seven army soldiers, and Pakistan demanded stern action against the perpetrators. The method is not described.",
      citations: [
        {
          source: SOURCE,
          locator: "3. Emerging terrorist threats in Pakistan",
          quote: "In one of these attacks in North Waziristan, seven army soldiers were killed.",
        },
        {
          source: SOURCE,
          locator: "3. Emerging terrorist threats in Pakistan",
          quote:
            "In April 2022, the TTP and its affiliates carried out 20 terrorist attacks in Pakistan including some from across the border.",
        },
      ],
    },
  ],
  events: [
    {
      key: "pips-2022/event/national-action-plan-2014-12",
      date: "2014-12-01",
      datePrecision: "month",
      title: "National Action Plan (NAP) announced after the APS massacre",
      description:
        "After the Army Public School massacre, the government issued the 20-point National Action Plan against terrorism and extremism; it was cut to 14 points in a 2021 revision.",
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "4.1 Political or soft measures",
          quote:
            "In the wake of the gruesome massacre at the Army Public School in Peshawar in December 2014, the Pakistani government immediately put out a National Action Plan (NAP) to effectively deal with the scourge of terrorism and extremism.",
        },
      ],
    },
    {
      key: "pips-2022/event/al-zawahiri-killed-2022-07-31",
      date: "2022-07-31",
      datePrecision: "day",
      title: "Al-Qaeda leader Ayman al-Zawahiri killed by a U.S. drone in Kabul",
      description: "The text says 'July 31st'; the year 2022 follows from the report's date and its footnote (BBC News, 2 August 2022).",
      kind: "leadership",
      citations: [
        {
          source: SOURCE,
          locator: "2. Post-withdrawal militant landscape: Al-Qaeda",
          quote: "Al-Qaeda leader Ayman Al-Zawahiri was traced and killed by an American drone in Kabul on July 31st.",
        },
        {
          source: "crss-2025",
          locator: "The Afghan Taliban as a Counterterrorism Partner: Al-Qaeda, ETIM, and Other Regional Groups",
          quote: "When Aiman al-Zawahiri was killed in Kabul, it belied the Taliban's claim of abiding by the agreement.",
        },
      ],
    },
    {
      key: "pips-2022/event/ttp-ends-ceasefire-2022-09-02",
      date: "2022-09-02",
      datePrecision: "day",
      title: "TTP ends its 'indefinite' ceasefire (as reported by PIPS)",
      description:
        "PIPS says the TTP ended the ceasefire declared at Eid-ul-Fitr on 2 September 2022, accusing Pakistan of breaching the agreement brokered by the Afghan Taliban. Akbar instead dates the ceasefire's breakdown to November 2022 (separate event).",
      kind: "agreement",
      citations: [
        {
          source: SOURCE,
          locator: "2. Post-withdrawal militant landscape: Tehreek-e-Taliban Pakistan (TTP)",
          quote:
            "On September 2, the TTP ended the ceasefire after accusing Pakistan of breaching the agreement brokered by the Afghan Taliban.",
        },
      ],
    },
  ],
  recommendations: [
    {
      key: "pips-2022/rec/5-1-bilateral-engagement-with-kabul",
      source: SOURCE,
      number: null,
      title: "Enhance bilateral counter-terrorism, trade and border cooperation with Kabul",
      text: "Pakistan needs to deepen bilateral engagement and cooperation with Kabul on countering terrorism, improving trade and building joint border-security mechanisms. Such agreements could be made informally and formalised once the Taliban government is recognised.",
      theme: "afghanistan_engagement",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "5.1 Dealing with the Afghanistan situation, bullet 1",
          quote:
            "Pakistan needs to enhance bilateral engagement and cooperation with Kabul on countering terrorism, improving trade, and developing joint mechanisms for border security etc.",
        },
      ],
      updates: [],
    },
    {
      key: "pips-2022/rec/5-2-implementation-plans-nsp-nap",
      source: SOURCE,
      number: null,
      title: "Formal implementation plans and timelines for the NSP and NAP, with parliamentary oversight",
      text: "Pakistan needs formal implementation plans with clear timelines to implement the National Security Policy and the National Action Plan meaningfully, with regular reviews and a supervisory role for Parliament.",
      theme: "counter_terrorism",
      targetActors: ["government_of_pakistan", "parliament"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "5.2 Dealing with internal security, bullet 1",
          quote:
            "Pakistan needs to devise formal implementation plans along with well-defined timelines to implement the NSP and NAP in a meaningful way.",
        },
        {
          source: SOURCE,
          locator: "5.2 Dealing with internal security, bullet 1",
          quote: "The Parliament’s supervisory role is also needed for broader transparency and effectiveness.",
        },
      ],
      updates: [],
    },
    {
      key: "pips-2022/rec/5-2-civilian-law-enforcement-capacity",
      source: SOURCE,
      number: null,
      title: "Increase the capacity and role of civilian law enforcement in internal security",
      text: "Increase the capacity and role of civilian law enforcement agencies in internal security, so that security problems do not grow into bigger crises. Civilian structures are rooted in and interact regularly with local communities.",
      theme: "law_enforcement",
      targetActors: ["government_of_pakistan", "law_enforcement"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "5.2 Dealing with internal security, bullet 2",
          quote: "There is a need to increase the capacity and role of civilian law enforcement agencies in internal security matters.",
        },
      ],
      updates: [],
    },
    {
      key: "pips-2022/rec/5-2-multi-level-plans-ttp",
      source: SOURCE,
      number: null,
      title: "Develop multi-level plans to deal with the TTP threat, including a plan B if talks fail",
      text: "Pakistan needs multi-level plans for the TTP threat; nobody knows the government's plan B if the ongoing talks fail, which PIPS considers the likely outcome.",
      theme: "counter_terrorism",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "5.2 Dealing with internal security, bullet 5",
          quote:
            "Pakistan needs to develop multi-level plans to deal with the TTP threat. For instance, nobody knows about the government’s plan-B if the ongoing talks fail, which is the likely scenario.",
        },
      ],
      updates: [],
    },
    {
      key: "pips-2022/rec/5-2-balochistan-comprehensive-policy",
      source: SOURCE,
      number: null,
      title: "Develop a comprehensive policy to resolve the Baloch insurgency",
      text: "Successive governments have had no well-thought-out policy or mechanism for resolving the decades-old Baloch insurgency. The government needs a comprehensive policy to address it.",
      theme: "governance",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "5.2 Dealing with internal security, bullet 4",
          quote: "The government needs to develop a comprehensive policy to address the insurgency.",
        },
      ],
      updates: [],
    },
  ],
} satisfies DatasetInput;
