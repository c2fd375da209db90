import type { DatasetInput } from "@monitor/domain";
import type { GroupFacts, SeedModule } from "../types";

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
  notes?: { attacksCurrent?: string; attacksPrevious?: string; region?: string; attacksChange?: string };
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
    geography: { ...PK, areas: ["PK-PB", "PK-IS"] },
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
    geography: { ...PK, areas: ["PK-GB", "PK-JK"] },
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
    notes: {
      attacksChange:
        "250 attacks against 165 is a rise of 51.5%, which rounds to 52%; the table (and the text: '51% rise') prints 51%. The other % cells of the table match their counts when rounded.",
    },
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
        note: joinNotes(r.notes?.region, decreaseNote(r.change[0]), r.notes?.attacksChange),
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

// ---------------------------------------------------------------------------------------------
// Everything in the document outside Tables 1 and 6: group figures, arrests, strength estimates,
// groups, relationships, incidents, timeline events and the remaining policy options.
// ---------------------------------------------------------------------------------------------

type Citation = StatisticInput["citations"][number];
type GroupInput = NonNullable<DatasetInput["groups"]>[number];
type RelationshipInput = NonNullable<DatasetInput["relationships"]>[number];
type IncidentInput = NonNullable<DatasetInput["incidents"]>[number];
type EventInput = NonNullable<DatasetInput["events"]>[number];
type RecommendationInput = NonNullable<DatasetInput["recommendations"]>[number];

const L = {
  intro: "Introduction (opening section, untitled)",
  ttp: "2. Post-withdrawal militant landscape: Tehreek-e-Taliban Pakistan (TTP)",
  aq: "2. Post-withdrawal militant landscape: Al-Qaeda",
  isk: "2. Post-withdrawal militant landscape: Islamic State in Khorasan (IS-K)",
  etim: "2. Post-withdrawal militant landscape: Turkistan Islamic Party (TIP)/East Turkistan Islamic Movement (ETIM)",
  taliban: "2.1 The Taliban’s challenges and responses",
  threats: "3. Emerging terrorist threats in Pakistan",
  keyGroups: "3.2 Key terrorist groups in Pakistan",
  baloch: "3.2.1 Baloch nationalist insurgent groups",
  bla: "3.2.1 Baloch nationalist insurgent groups: Balochistan Liberation Army (BLA)",
  blf: "3.2.1 Baloch nationalist insurgent groups: Balochistan Liberation Front (BLF)",
  bna: "3.2.1 Baloch nationalist insurgent groups: Baloch Nationalist Army (BNA)",
  otherBaloch: "3.2.1 Baloch nationalist insurgent groups: Other Baloch Insurgent Groups",
  rTtp: "3.2.2 Religiously inspired militant groups: TTP",
  rIsk: "3.2.2 Religiously inspired militant groups: IS-K",
  rAq: "3.2.2 Religiously inspired militant groups: Al-Qaeda",
  sindhi: "3.2.3 Sindhi nationalist insurgent groups",
  soft: "4.1 Political or soft measures",
  kinetic: "4.2 Continuing kinetic actions against militants",
  afg: "5.1 Dealing with the Afghanistan situation",
  internal: "5.2 Dealing with internal security",
} as const;

const UN_29 = "UN Monitoring Team, 29th report (3 Feb 2022)";
const UN_30 = "UN Monitoring Team, 30th report (15 July 2022)";
const UN_13 = "UN Monitoring Team, 13th report (26 May 2022)";

function c(locator: string, quote: string, originalProducer?: string): Citation {
  return originalProducer ? { source: SOURCE, locator, quote, originalProducer } : { source: SOURCE, locator, quote };
}

const YEAR_2022 = { periodStart: "2022-01-01", periodEnd: "2022-12-31", periodPrecision: "year" } as const;
const AF: Geography = { country: "AF", province: null, district: null };
const prov = (province: string): Geography => ({ country: "PK", province, district: null });
/** Karachi: the city's seven districts together, so a Karachi figure is never painted as Sindh's. */
const KARACHI: Geography = {
  ...prov("PK-SD"),
  areas: [
    "pk-sd-karachi-central",
    "pk-sd-karachi-east",
    "pk-sd-karachi-south",
    "pk-sd-karachi-west",
    "pk-sd-keamari",
    "pk-sd-korangi",
    "pk-sd-malir",
  ],
};
const KARACHI_NOTE = "Karachi spans seven districts and the text does not say which, so the figure covers them together (areas).";

interface StatSpec {
  key: string;
  metric: StatisticInput["metric"];
  label: string;
  value: number;
  unit: StatisticInput["unit"];
  qualifier?: StatisticInput["qualifier"];
  period: { periodStart: string; periodEnd: string; periodPrecision: StatisticInput["periodPrecision"] };
  geography: Geography;
  group: string | null;
  note?: string | null;
  citations: Citation[];
}

const s = (x: StatSpec): StatisticInput => ({
  key: `pips-2022/stat/${x.key}`,
  metric: x.metric,
  label: x.label,
  value: x.value,
  unit: x.unit,
  qualifier: x.qualifier ?? "exact",
  ...x.period,
  geography: x.geography,
  group: x.group,
  note: x.note ?? null,
  citations: x.citations,
});

// --- Quotes used by several records -------------------------------------------------------------
const Q = {
  bla2021: "In 2021, too, the group had carried out 38 terrorist attacks including 37 in Balochistan, and one in Karachi.",
  bla2021Killed: "These attacks had killed 72 people including 43 members of law enforcement.",
  blfReport:
    "In Jan 2022, the BLF issued its 2021 annual report, claiming it had perpetrated 176 attacks against security forces including those deployed at development projects, and killed 226 personnel.",
  blf2021: "In the previous year, BLF claimed 25 attacks including 23 in Balochistan and two in Karachi.",
  blf2021Killed: "These attacks left 18 people dead.",
  blf2021Districts:
    "Most of the attacks were carried out in southern districts including 16 in Kech, 3 in Panjgur, 2 in Lasbela and one each in Gwadar and Khuzdar.",
  bna: "Since its formation, the BNA has claimed two attacks, one each in Lahore and Panjgur.",
  bra: "The group has perpetrated four attacks against government targets, killing five people in Dera Bugti and Kohlu in 2022.",
  uba: "United Baloch Army (UBA) has claimed a single attack so far in 2022, as in 2021.",
  brg2022:
    "Baloch Republican Guard (BRG) has been quite active recently in Naseerabad district of Balochistan, where it has claimed three attacks in 2022 targeting security forces, railways tracks and power pylons.",
  brg2021: "In 2021, the group had claimed a single attack on non-Baloch workers in Sibi.",
  ttp2022: "So far this year, the group and its affiliates have perpetrated 51 attacks with 47 of them in KP alone.",
  ttp2022Rest: "Besides, two attacks were carried out in Islamabad and Rawalpindi, and one each in Quetta and Karachi.",
  isk2021:
    "In 2021, the group had perpetrated a total of eight terrorist attacks including seven (7) in Khyber Pakhtunkhwa and one in Balochistan, claiming in all 21 lives.",
  isk2021Footnote: "excluding the 19 attacks it claimed in Pakistan Khyber Pakhtunkhwa province",
  sra2022:
    "So far, the group has executed three attacks in Sindh in 2022 including one each in Naushahro Firoze, Tando Muhammad Khan and Karachi, targeting a railways track, a power pylon, and security forces, respectively.",
  sra2021:
    "In 2021, too, the group had carried out three attacks in interior Sindh, including one attack in each of Khairpur, Naushahro Firoze and Qambar-Shahdadkot districts targeting security forces, railways track, and a so-called Punjabi settler.",
  killed2021: "In 2021, as many as 186 suspected militants were killed by law enforcement agencies in operations and encounters.",
  arrests2021:
    "In 2021, too, security and law enforcement agencies had arrested 156 suspected terrorists and members of militant groups in as many as 70 search and combing operations conducted all over the country as part of Raddul Fasaad.",
  arrestsTtp: "Highest arrests for any one militant group were made of the TTP and local Taliban militants (74).",
  arrestsSra:
    "As many as 20 members of a Sindhi nationalist insurgent group, Sindhudesh Revolution Army, were detained during different operations conducted by law enforcers in Sindh.",
  arrestsIsAq:
    "security forces and law enforcement agencies arrested as many as 18 members and affiliates of Islamic State terrorist group and six operatives of Al-Qaeda from different parts of the country.",
  arrestsBaloch:
    "A total of 17 suspected militants linked to different Baloch nationalist groups including 10 BLA militants were also detained during the year.",
  arrestsSm: "As many as 7 among those detained were reportedly affiliated with Sipah-e-Muhammad.",
  arrests2022:
    "in 2022 so far (until August 20), the security forces have arrested 104 suspected militants in 49 search and hunt operations",
  ttpSize: "its membership is estimated to be between 4,000 and 5,000 men",
  aqBefore:
    "Just months before the Taliban takeover of Kabul, American intelligence assessed that Al-Qaeda had weakened like never before with its membership below 200 in Afghanistan.",
  aqAfter:
    "a little over half a year after the Taliban victory, a reassessment of Al-Qaeda threat revealed the outfit’s membership had doubled to about 400 under Taliban",
  aqProvinces: "UN estimates show the group’s presence in at least 15 Afghan provinces, mostly those in east and south of the country",
  aqis: "AQIS is estimated to have between 200 and 400 fighters, mainly from Afghanistan, Bangladesh, India, Myanmar, and Pakistan.",
  isk2021Size: "A UN report in July 2021 estimated the number of IS-K fighters in Afghanistan around 500 to 1,500.",
  isk2022Size:
    "In early 2022, a UN Security Council report warned that the number of IS-K members was approaching 4,000 following the release of several thousand prisoners from Afghan jails by the Taliban.",
  iskForeign: "As per reports, about half of its fighters are foreigners.",
  uyghurs: "approximately 40-50 Uyghurs are also affiliated with IS-K in Nuristan province",
  banned:
    "Sixthly, since the launch of NAP, the government has banned 18 outfits and sanctioned 88 individuals, seizing their properties and freezing their bank accounts.",
  trade:
    "According to the Trade Development Authority of Pakistan, there has been a 34% decline in Pakistan’s export to Afghanistan and 2% decrease in import since Taliban took control of Afghanistan.",
  bras1:
    "The outfit has also reportedly joined the umbrella organization of Baloch insurgents called BRAS – an alliance of BLF, Baloch Republican Guards, and factions of BLA and BRA.",
  bras2: "BRAS is an alliance of BLF, Bashir Zeb’s BLA, Gulzar Imam’s BRA and Bukhtiar Domki’s BRG.",
  bnaFormed:
    "The BNA was formed with the merger of United Baloch Army (UBA) and a faction of Baloch Republican Army (BRA) in January 2022.",
  sraBras:
    "The outfit is also linked to the Baloch BRAS (nexus was formed in July 2020), which was especially designed to hit foreign interests in Balochistan.",
  keyOutfits:
    "Key terror outfits with active presence in Afghanistan include Al-Qaeda, Islamic Movement of Uzbekistan (IMU), East Turkistan Islamic Movement (ETIM), Tehreek-e-Taliban Pakistan (TTP), and Islamic State in Khorasan (IS-K).",
} as const;

const SINCE_TAKEOVER_TO_AUG_20 = { periodStart: "2021-08-15", periodEnd: "2022-08-20", periodPrecision: "day" } as const;
const NAP_TO_REPORT = { periodStart: "2014-12-01", periodEnd: "2022-08-20", periodPrecision: "month" } as const;

const ARREST_BREAKDOWN_NOTE =
  "Part of the 156 arrests of 2021. The groups the text names (TTP/local Taliban 74, SRA 20, Islamic State 18, al-Qaeda 6, Baloch groups 17, Sipah-e-Muhammad 7) add up to 142; the text does not attribute the other 14.";

const otherStatistics: StatisticInput[] = [
  // Table 1 footnotes [34] and [35]: the Karachi share of the Sindh row.
  s({
    key: "fn34-karachi-attacks-2021-22",
    metric: "terror_attacks",
    label: "Terrorist attacks in Karachi, 15 Aug 2021–14 Aug 2022 (part of the Sindh row of Table 1)",
    value: 5,
    unit: "count",
    period: TAKEOVER_YEAR,
    geography: KARACHI,
    group: null,
    note: `Table 1 footnote [34] to the Sindh figure of 9 attacks. ${KARACHI_NOTE}`,
    citations: [c(`${TABLE_1}, footnote [34]`, "[34] Including 5 in Karachi alone.", PIPS_DATABASE)],
  }),
  s({
    key: "fn35-karachi-attacks-2020-21",
    metric: "terror_attacks",
    label: "Terrorist attacks in Karachi, 15 Aug 2020–14 Aug 2021 (part of the Sindh row of Table 1)",
    value: 10,
    unit: "count",
    period: PREVIOUS_YEAR,
    geography: KARACHI,
    group: null,
    note: `Table 1 footnote [35] to the Sindh figure of 11 attacks. ${KARACHI_NOTE}`,
    citations: [c(`${TABLE_1}, footnote [35]`, "[35] 10 in Karachi alone.", PIPS_DATABASE)],
  }),
  // TTP 2022 breakdown (3.2.2).
  s({
    key: "ttp-attacks-2022-kp",
    metric: "terror_attacks",
    label: "Attacks by the TTP and its affiliates in Khyber Pakhtunkhwa",
    value: 47,
    unit: "count",
    period: YEAR_2022_TO_AUG_20,
    geography: prov("PK-KP"),
    group: "ttp",
    note: "Part of the 51 TTP attacks 'so far this year' (read as to 20 August 2022, the report's data cut-off).",
    citations: [c(L.rTtp, Q.ttp2022, PIPS_DATABASE)],
  }),
  s({
    key: "ttp-attacks-2022-islamabad-rawalpindi",
    metric: "terror_attacks",
    label: "Attacks by the TTP and its affiliates in Islamabad and Rawalpindi",
    value: 2,
    unit: "count",
    period: YEAR_2022_TO_AUG_20,
    geography: PK,
    group: "ttp",
    note: "Part of the 51 TTP attacks of 2022. Given for Islamabad (PK-IS) and Rawalpindi (Punjab, pk-pb-rawalpindi) together, so the province is left null.",
    citations: [c(L.rTtp, Q.ttp2022Rest, PIPS_DATABASE)],
  }),
  s({
    key: "ttp-attacks-2022-quetta",
    metric: "terror_attacks",
    label: "Attacks by the TTP and its affiliates in Quetta",
    value: 1,
    unit: "count",
    period: YEAR_2022_TO_AUG_20,
    geography: { country: "PK", province: "PK-BA", district: "pk-ba-quetta" },
    group: "ttp",
    note: "Part of the 51 TTP attacks of 2022.",
    citations: [c(L.rTtp, Q.ttp2022Rest, PIPS_DATABASE)],
  }),
  s({
    key: "ttp-attacks-2022-karachi",
    metric: "terror_attacks",
    label: "Attacks by the TTP and its affiliates in Karachi",
    value: 1,
    unit: "count",
    period: YEAR_2022_TO_AUG_20,
    geography: KARACHI,
    group: "ttp",
    note: `Part of the 51 TTP attacks of 2022. ${KARACHI_NOTE}`,
    citations: [c(L.rTtp, Q.ttp2022Rest, PIPS_DATABASE)],
  }),
  // BLA 2021 (3.2.1).
  s({
    key: "bla-attacks-2021",
    metric: "terror_attacks",
    label: "Terrorist attacks carried out by the BLA",
    value: 38,
    unit: "count",
    period: YEAR_2021,
    geography: PK,
    group: "bla",
    note: "37 in Balochistan and one in Karachi.",
    citations: [c(L.bla, Q.bla2021, PIPS_DATABASE)],
  }),
  s({
    key: "bla-attacks-2021-balochistan",
    metric: "terror_attacks",
    label: "Terrorist attacks carried out by the BLA in Balochistan",
    value: 37,
    unit: "count",
    period: YEAR_2021,
    geography: prov("PK-BA"),
    group: "bla",
    note: "Part of the BLA's 38 attacks of 2021.",
    citations: [c(L.bla, Q.bla2021, PIPS_DATABASE)],
  }),
  s({
    key: "bla-attacks-2021-karachi",
    metric: "terror_attacks",
    label: "Terrorist attacks carried out by the BLA in Karachi",
    value: 1,
    unit: "count",
    period: YEAR_2021,
    geography: KARACHI,
    group: "bla",
    note: `Part of the BLA's 38 attacks of 2021. ${KARACHI_NOTE}`,
    citations: [c(L.bla, Q.bla2021, PIPS_DATABASE)],
  }),
  s({
    key: "bla-fatalities-2021",
    metric: "fatalities",
    label: "People killed in BLA attacks",
    value: 72,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: "bla",
    note: "Including 43 members of law enforcement.",
    citations: [c(L.bla, Q.bla2021Killed, PIPS_DATABASE)],
  }),
  s({
    key: "bla-law-enforcement-killed-2021",
    metric: "security_forces_deaths",
    label: "Members of law enforcement killed in BLA attacks",
    value: 43,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: "bla",
    note: "Part of the 72 people killed in BLA attacks in 2021.",
    citations: [c(L.bla, Q.bla2021Killed, PIPS_DATABASE)],
  }),
  // BLF (3.2.1).
  s({
    key: "blf-claimed-attacks-2021-annual-report",
    metric: "attacks_claimed",
    label: "Attacks on security forces the BLF claimed in its 2021 annual report",
    value: 176,
    unit: "count",
    period: YEAR_2021,
    geography: PK,
    group: "blf",
    note: "The group's own claim (annual report issued January 2022), including attacks on forces deployed at development projects. PIPS's own count for the same year is 25 attacks claimed by the BLF (separate record); the document does not reconcile the two.",
    citations: [c(L.blf, Q.blfReport, "BLF 2021 annual report (January 2022)")],
  }),
  s({
    key: "blf-claimed-personnel-killed-2021-annual-report",
    metric: "security_forces_deaths",
    label: "Security personnel the BLF claimed to have killed in its 2021 annual report",
    value: 226,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: "blf",
    note: "The group's own claim (annual report issued January 2022). PIPS records 18 people killed in the 25 BLF attacks it counts for 2021 (separate record); the document does not reconcile the two.",
    citations: [c(L.blf, Q.blfReport, "BLF 2021 annual report (January 2022)")],
  }),
  s({
    key: "blf-attacks-claimed-2021",
    metric: "attacks_claimed",
    label: "Attacks claimed by the BLF (PIPS count)",
    value: 25,
    unit: "count",
    period: YEAR_2021,
    geography: PK,
    group: "blf",
    note: "23 in Balochistan and two in Karachi. Contrast the BLF's own annual-report claim of 176 attacks in 2021 (separate record).",
    citations: [c(L.blf, Q.blf2021, PIPS_DATABASE)],
  }),
  s({
    key: "blf-attacks-claimed-2021-balochistan",
    metric: "attacks_claimed",
    label: "Attacks claimed by the BLF in Balochistan",
    value: 23,
    unit: "count",
    period: YEAR_2021,
    geography: prov("PK-BA"),
    group: "blf",
    note: "Part of the BLF's 25 claimed attacks of 2021; the district breakdown (Kech 16, Panjgur 3, Lasbela 2, Gwadar 1, Khuzdar 1) adds up to 23.",
    citations: [c(L.blf, Q.blf2021, PIPS_DATABASE)],
  }),
  s({
    key: "blf-attacks-claimed-2021-karachi",
    metric: "attacks_claimed",
    label: "Attacks claimed by the BLF in Karachi",
    value: 2,
    unit: "count",
    period: YEAR_2021,
    geography: KARACHI,
    group: "blf",
    note: `Part of the BLF's 25 claimed attacks of 2021. ${KARACHI_NOTE}`,
    citations: [c(L.blf, Q.blf2021, PIPS_DATABASE)],
  }),
  ...(
    [
      ["kech", "Kech", 16],
      ["panjgur", "Panjgur", 3],
      ["lasbela", "Lasbela", 2],
      ["gwadar", "Gwadar", 1],
      ["khuzdar", "Khuzdar", 1],
    ] as const
  ).map(([slug, name, value]) =>
    s({
      key: `blf-attacks-claimed-2021-${slug}`,
      metric: "attacks_claimed",
      label: `Attacks claimed by the BLF in ${name} district`,
      value,
      unit: "count",
      period: YEAR_2021,
      geography: { country: "PK", province: "PK-BA", district: `pk-ba-${slug}` },
      group: "blf",
      note: "Part of the BLF's 23 claimed attacks in Balochistan in 2021 ('in the previous year').",
      citations: [c(L.blf, Q.blf2021Districts, PIPS_DATABASE)],
    }),
  ),
  s({
    key: "blf-fatalities-2021",
    metric: "fatalities",
    label: "People killed in the attacks claimed by the BLF (PIPS count)",
    value: 18,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: "blf",
    note: "In the 25 BLF-claimed attacks of 2021. Contrast the BLF's own claim of 226 personnel killed (separate record).",
    citations: [c(L.blf, Q.blf2021Killed, PIPS_DATABASE)],
  }),
  // BNA, BRA, UBA, BRG (3.2.1).
  s({
    key: "bna-attacks-claimed-2022",
    metric: "attacks_claimed",
    label: "Attacks claimed by the BNA since its formation (January 2022)",
    value: 2,
    unit: "count",
    period: { periodStart: "2022-01-01", periodEnd: "2022-08-20", periodPrecision: "month" },
    geography: PK,
    group: "bna",
    note: "One in Lahore (Punjab) and one in Panjgur (Balochistan). 'Since its formation' (January 2022) to the report's data cut-off (20 August 2022).",
    citations: [c(L.bna, Q.bna, PIPS_DATABASE)],
  }),
  s({
    key: "bna-attacks-claimed-2022-lahore",
    metric: "attacks_claimed",
    label: "Attacks claimed by the BNA in Lahore since its formation",
    value: 1,
    unit: "count",
    period: { periodStart: "2022-01-01", periodEnd: "2022-08-20", periodPrecision: "month" },
    geography: { country: "PK", province: "PK-PB", district: "pk-pb-lahore" },
    group: "bna",
    note: "One of the BNA's two claimed attacks.",
    citations: [c(L.bna, Q.bna, PIPS_DATABASE)],
  }),
  s({
    key: "bna-attacks-claimed-2022-panjgur",
    metric: "attacks_claimed",
    label: "Attacks claimed by the BNA in Panjgur since its formation",
    value: 1,
    unit: "count",
    period: { periodStart: "2022-01-01", periodEnd: "2022-08-20", periodPrecision: "month" },
    geography: { country: "PK", province: "PK-BA", district: "pk-ba-panjgur" },
    group: "bna",
    note: "One of the BNA's two claimed attacks.",
    citations: [c(L.bna, Q.bna, PIPS_DATABASE)],
  }),
  s({
    key: "bra-attacks-2022",
    metric: "terror_attacks",
    label: "Attacks by the BRA against government targets in Dera Bugti and Kohlu",
    value: 4,
    unit: "count",
    period: YEAR_2022_TO_AUG_20,
    geography: prov("PK-BA"),
    group: "bra",
    note: "Given for Dera Bugti and Kohlu districts together, so the district is left null. Period read as 2022 to the report's data cut-off (20 August).",
    citations: [c(L.otherBaloch, Q.bra, PIPS_DATABASE)],
  }),
  s({
    key: "bra-fatalities-2022",
    metric: "fatalities",
    label: "People killed in BRA attacks in Dera Bugti and Kohlu",
    value: 5,
    unit: "people",
    period: YEAR_2022_TO_AUG_20,
    geography: prov("PK-BA"),
    group: "bra",
    note: "Given for Dera Bugti and Kohlu districts together, so the district is left null.",
    citations: [c(L.otherBaloch, Q.bra, PIPS_DATABASE)],
  }),
  s({
    key: "uba-attacks-claimed-2022",
    metric: "attacks_claimed",
    label: "Attacks claimed by the UBA so far in 2022",
    value: 1,
    unit: "count",
    period: YEAR_2022_TO_AUG_20,
    geography: PK,
    group: "uba",
    note: "'A single attack so far in 2022', read as to the report's data cut-off (20 August 2022). Place not given.",
    citations: [c(L.otherBaloch, Q.uba, PIPS_DATABASE)],
  }),
  s({
    key: "uba-attacks-claimed-2021",
    metric: "attacks_claimed",
    label: "Attacks claimed by the UBA in 2021",
    value: 1,
    unit: "count",
    period: YEAR_2021,
    geography: PK,
    group: "uba",
    note: "'as in 2021': one claimed attack. Place not given.",
    citations: [c(L.otherBaloch, Q.uba, PIPS_DATABASE)],
  }),
  s({
    key: "brg-attacks-claimed-2022-naseerabad",
    metric: "attacks_claimed",
    label: "Attacks claimed by the BRG in Naseerabad district (on security forces, railway tracks and power pylons)",
    value: 3,
    unit: "count",
    period: YEAR_2022_TO_AUG_20,
    geography: { country: "PK", province: "PK-BA", district: "pk-ba-nasirabad" },
    group: "brg",
    note: "The text spells the district 'Naseerabad'. Period read as 2022 to the report's data cut-off (20 August).",
    citations: [c(L.otherBaloch, Q.brg2022, PIPS_DATABASE)],
  }),
  s({
    key: "brg-attacks-claimed-2021-sibi",
    metric: "attacks_claimed",
    label: "Attacks claimed by the BRG in 2021 (on non-Baloch workers in Sibi)",
    value: 1,
    unit: "count",
    period: YEAR_2021,
    geography: { country: "PK", province: "PK-BA", district: "pk-ba-sibi" },
    group: "brg",
    citations: [c(L.otherBaloch, Q.brg2021, PIPS_DATABASE)],
  }),
  // IS-K in Pakistan, 2021 (3.2.2) and footnote [19].
  s({
    key: "iskp-attacks-pakistan-2021",
    metric: "terror_attacks",
    label: "IS-K terrorist attacks in Pakistan",
    value: 8,
    unit: "count",
    period: YEAR_2021,
    geography: PK,
    group: "iskp",
    note: "Seven in Khyber Pakhtunkhwa and one in Balochistan. Footnote [19] quotes Abdul Sayed saying IS-K claimed 19 attacks in Khyber Pakhtunkhwa in 2021 (separate record): the document does not reconcile PIPS's 8 (7 in KP) with that figure.",
    citations: [c(L.rIsk, Q.isk2021, PIPS_DATABASE)],
  }),
  s({
    key: "iskp-attacks-pakistan-2021-kp",
    metric: "terror_attacks",
    label: "IS-K terrorist attacks in Khyber Pakhtunkhwa",
    value: 7,
    unit: "count",
    period: YEAR_2021,
    geography: prov("PK-KP"),
    group: "iskp",
    note: "Part of IS-K's 8 attacks in Pakistan in 2021 (PIPS). Contrast footnote [19]: 19 attacks claimed by IS-K in Khyber Pakhtunkhwa in 2021 (Abdul Sayed), a claimed rather than a recorded count.",
    citations: [c(L.rIsk, Q.isk2021, PIPS_DATABASE)],
  }),
  s({
    key: "iskp-attacks-pakistan-2021-balochistan",
    metric: "terror_attacks",
    label: "IS-K terrorist attacks in Balochistan",
    value: 1,
    unit: "count",
    period: YEAR_2021,
    geography: prov("PK-BA"),
    group: "iskp",
    note: "Part of IS-K's 8 attacks in Pakistan in 2021.",
    citations: [c(L.rIsk, Q.isk2021, PIPS_DATABASE)],
  }),
  s({
    key: "iskp-fatalities-pakistan-2021",
    metric: "fatalities",
    label: "Lives claimed by IS-K terrorist attacks in Pakistan",
    value: 21,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: "iskp",
    note: "In IS-K's 8 attacks in Pakistan in 2021.",
    citations: [c(L.rIsk, Q.isk2021, PIPS_DATABASE)],
  }),
  s({
    key: "iskp-attacks-claimed-kp-2021-footnote-19",
    metric: "attacks_claimed",
    label: "Attacks IS-K claimed in Khyber Pakhtunkhwa (footnote [19], Abdul Sayed)",
    value: 19,
    unit: "count",
    period: YEAR_2021,
    geography: prov("PK-KP"),
    group: "iskp",
    note: "From the tweet quoted in footnote [19], which excludes these from IS-K's 339 attacks in Afghanistan in 2021. The main text (PIPS database) gives only 7 IS-K attacks in KP and 8 in Pakistan for 2021: claimed vs recorded counts, not reconciled in the document.",
    citations: [c("Footnote [19]", Q.isk2021Footnote, "Abdul Sayed (@abdsayedd), 31 December 2021")],
  }),
  // SRA (3.2.3).
  s({
    key: "sra-attacks-2022",
    metric: "terror_attacks",
    label: "Attacks by the SRA in Sindh",
    value: 3,
    unit: "count",
    period: YEAR_2022_TO_AUG_20,
    geography: prov("PK-SD"),
    group: "sra",
    note: "One each in Naushahro Firoze (railway track), Tando Muhammad Khan (power pylon) and Karachi (security forces). 'So far' read as to the report's data cut-off (20 August 2022).",
    citations: [c(L.sindhi, Q.sra2022, PIPS_DATABASE)],
  }),
  ...(
    [
      ["naushahro-feroze", "Naushahro Firoze", "pk-sd-naushahro-feroze", "a railway track"],
      ["tando-mohammad-khan", "Tando Muhammad Khan", "pk-sd-tando-mohammad-khan", "a power pylon"],
      ["karachi", "Karachi", null, "security forces"],
    ] as const
  ).map(([slug, name, districtId, target]) =>
    s({
      key: `sra-attacks-2022-${slug}`,
      metric: "terror_attacks",
      label: `Attacks by the SRA in ${name} (targeting ${target})`,
      value: 1,
      unit: "count",
      period: YEAR_2022_TO_AUG_20,
      geography: { country: "PK", province: "PK-SD", district: districtId },
      group: "sra",
      note: districtId ? "One of the SRA's three attacks of 2022." : `One of the SRA's three attacks of 2022. ${KARACHI_NOTE}`,
      citations: [c(L.sindhi, Q.sra2022, PIPS_DATABASE)],
    }),
  ),
  s({
    key: "sra-attacks-2021",
    metric: "terror_attacks",
    label: "Attacks by the SRA in interior Sindh",
    value: 3,
    unit: "count",
    period: YEAR_2021,
    geography: prov("PK-SD"),
    group: "sra",
    note: "One each in Khairpur (security forces), Naushahro Firoze (railway track) and Qambar-Shahdadkot (a 'so-called Punjabi settler').",
    citations: [c(L.sindhi, Q.sra2021, PIPS_DATABASE)],
  }),
  ...(
    [
      ["khairpur", "Khairpur", "pk-sd-khairpur", "security forces"],
      ["naushahro-feroze", "Naushahro Firoze", "pk-sd-naushahro-feroze", "a railway track"],
      ["kambar-shahdadkot", "Qambar-Shahdadkot", "pk-sd-kambar-shahdadkot", "a so-called Punjabi settler"],
    ] as const
  ).map(([slug, name, districtId, target]) =>
    s({
      key: `sra-attacks-2021-${slug}`,
      metric: "terror_attacks",
      label: `Attacks by the SRA in ${name} district (targeting ${target})`,
      value: 1,
      unit: "count",
      period: YEAR_2021,
      geography: { country: "PK", province: "PK-SD", district: districtId },
      group: "sra",
      note: "One of the SRA's three attacks of 2021.",
      citations: [c(L.sindhi, Q.sra2021, PIPS_DATABASE)],
    }),
  ),
  // Kinetic actions (4.2).
  s({
    key: "militants-killed-2021",
    metric: "militants_killed",
    label: "Suspected militants killed by law enforcement agencies in operations and encounters",
    value: 186,
    unit: "people",
    qualifier: "exact",
    period: YEAR_2021,
    geography: PK,
    group: null,
    note: "The text says 'as many as 186'.",
    citations: [c(L.kinetic, Q.killed2021, PIPS_DATABASE)],
  }),
  s({
    key: "search-operations-2022",
    metric: "counter_terror_operations",
    label: "Search and hunt operations in which 104 suspected militants were arrested",
    value: 49,
    unit: "count",
    period: YEAR_2022_TO_AUG_20,
    geography: PK,
    group: null,
    note: "Arrest operations, counted separately from the 52 operations of Table 6.",
    citations: [c(L.kinetic, Q.arrests2022, PIPS_DATABASE)],
  }),
  s({
    key: "arrests-2021",
    metric: "arrests",
    label: "Suspected terrorists and members of militant groups arrested (as part of Raddul Fasaad)",
    value: 156,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: null,
    note: "In 70 search and combing operations. The groups named in the text account for 142 of the 156 (TTP/local Taliban 74, SRA 20, Islamic State 18, al-Qaeda 6, Baloch groups 17, Sipah-e-Muhammad 7); the other 14 are not attributed.",
    citations: [c(L.kinetic, Q.arrests2021, PIPS_DATABASE)],
  }),
  s({
    key: "search-operations-2021",
    metric: "counter_terror_operations",
    label: "Search and combing operations (as part of Raddul Fasaad) in which 156 suspects were arrested",
    value: 70,
    unit: "count",
    period: YEAR_2021,
    geography: PK,
    group: null,
    note: "The text says 'as many as 70'.",
    citations: [c(L.kinetic, Q.arrests2021, PIPS_DATABASE)],
  }),
  s({
    key: "arrests-2021-ttp",
    metric: "arrests",
    label: "TTP and local Taliban militants arrested",
    value: 74,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: "ttp",
    note: `The text groups 'the TTP and local Taliban militants' together. ${ARREST_BREAKDOWN_NOTE}`,
    citations: [c(L.kinetic, Q.arrestsTtp, PIPS_DATABASE)],
  }),
  s({
    key: "arrests-2021-sra",
    metric: "arrests",
    label: "Members of the Sindhudesh Revolution Army detained in operations in Sindh",
    value: 20,
    unit: "people",
    period: YEAR_2021,
    geography: prov("PK-SD"),
    group: "sra",
    note: ARREST_BREAKDOWN_NOTE,
    citations: [c(L.kinetic, Q.arrestsSra, PIPS_DATABASE)],
  }),
  s({
    key: "arrests-2021-islamic-state",
    metric: "arrests",
    label: "Members and affiliates of the Islamic State terrorist group arrested",
    value: 18,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: "iskp",
    note: `The text says 'Islamic State terrorist group'; recorded under IS-K, the IS branch whose operatives the document says were 'nabbed in search operations' in Sindh, KP and Punjab during the past year. ${ARREST_BREAKDOWN_NOTE}`,
    citations: [c(L.kinetic, Q.arrestsIsAq, PIPS_DATABASE)],
  }),
  s({
    key: "arrests-2021-al-qaeda",
    metric: "arrests",
    label: "Al-Qaeda operatives arrested",
    value: 6,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: "al-qaeda",
    note: ARREST_BREAKDOWN_NOTE,
    citations: [c(L.kinetic, Q.arrestsIsAq, PIPS_DATABASE)],
  }),
  s({
    key: "arrests-2021-baloch-groups",
    metric: "arrests",
    label: "Suspected militants linked to different Baloch nationalist groups detained",
    value: 17,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: null,
    note: `Including 10 BLA militants (separate record). ${ARREST_BREAKDOWN_NOTE}`,
    citations: [c(L.kinetic, Q.arrestsBaloch, PIPS_DATABASE)],
  }),
  s({
    key: "arrests-2021-bla",
    metric: "arrests",
    label: "BLA militants detained",
    value: 10,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: "bla",
    note: "Part of the 17 detainees linked to Baloch nationalist groups in 2021.",
    citations: [c(L.kinetic, Q.arrestsBaloch, PIPS_DATABASE)],
  }),
  s({
    key: "arrests-2021-sipah-e-muhammad",
    metric: "arrests",
    label: "Detainees reportedly affiliated with Sipah-e-Muhammad",
    value: 7,
    unit: "people",
    period: YEAR_2021,
    geography: PK,
    group: "sipah-e-muhammad",
    note: ARREST_BREAKDOWN_NOTE,
    citations: [c(L.kinetic, Q.arrestsSm, PIPS_DATABASE)],
  }),
  // Group sizes (2.).
  s({
    key: "ttp-membership-low",
    metric: "fighters",
    label: "TTP membership in Afghanistan: lower end of the estimate 'between 4,000 and 5,000 men'",
    value: 4000,
    unit: "people",
    qualifier: "at_least",
    period: YEAR_2022,
    geography: AF,
    group: "ttp",
    note: "A range: 4,000 to 5,000 (upper end as a separate record). The estimate is undated; read as current at the time of the report (2022).",
    citations: [c(L.ttp, Q.ttpSize)],
  }),
  s({
    key: "ttp-membership-high",
    metric: "fighters",
    label: "TTP membership in Afghanistan: upper end of the estimate 'between 4,000 and 5,000 men'",
    value: 5000,
    unit: "people",
    qualifier: "up_to",
    period: YEAR_2022,
    geography: AF,
    group: "ttp",
    note: "A range: 4,000 to 5,000 (lower end as a separate record). The estimate is undated; read as current at the time of the report (2022).",
    citations: [c(L.ttp, Q.ttpSize)],
  }),
  s({
    key: "al-qaeda-membership-2021",
    metric: "fighters",
    label: "Al-Qaeda membership in Afghanistan 'just months before the Taliban takeover of Kabul' (US intelligence)",
    value: 200,
    unit: "people",
    qualifier: "less_than",
    period: YEAR_2021,
    geography: AF,
    group: "al-qaeda",
    note: "'below 200'; the assessment predates 15 August 2021 by some months, so only the year is used.",
    citations: [c(L.aq, Q.aqBefore, "American intelligence (via Seth G. Jones, Council on Foreign Relations, 14 April 2022)")],
  }),
  s({
    key: "al-qaeda-membership-2022",
    metric: "fighters",
    label: "Al-Qaeda membership in Afghanistan 'a little over half a year after the Taliban victory'",
    value: 400,
    unit: "people",
    qualifier: "about",
    period: YEAR_2022,
    geography: AF,
    group: "al-qaeda",
    note: "'doubled to about 400', mostly recruits from Afghanistan, India, Bangladesh, Myanmar and Pakistan. Early 2022 (the cited article is dated 14 April 2022), so only the year is used.",
    citations: [c(L.aq, Q.aqAfter, "Seth G. Jones, Council on Foreign Relations (14 April 2022)")],
  }),
  s({
    key: "al-qaeda-provinces-2022",
    metric: "other",
    label: "Afghan provinces where al-Qaeda is present (UN estimates), mostly in the east and south",
    value: 15,
    unit: "count",
    qualifier: "at_least",
    period: { periodStart: "2022-07-15", periodEnd: "2022-07-15", periodPrecision: "day" },
    geography: AF,
    group: "al-qaeda",
    note: "Dated by footnote [16], the UN Monitoring Team's 30th report (15 July 2022), which the paragraph cites.",
    citations: [c(L.aq, Q.aqProvinces, UN_30)],
  }),
  s({
    key: "aqis-fighters-low",
    metric: "fighters",
    label: "AQIS fighters: lower end of the estimate 'between 200 and 400'",
    value: 200,
    unit: "people",
    qualifier: "at_least",
    period: { periodStart: "2022-02-03", periodEnd: "2022-02-03", periodPrecision: "day" },
    geography: AF,
    group: "aqis",
    note: "A range: 200 to 400, mainly from Afghanistan, Bangladesh, India, Myanmar and Pakistan. Dated by footnote [17] (UN Monitoring Team, 29th report, 3 February 2022).",
    citations: [c(L.aq, Q.aqis, UN_29)],
  }),
  s({
    key: "aqis-fighters-high",
    metric: "fighters",
    label: "AQIS fighters: upper end of the estimate 'between 200 and 400'",
    value: 400,
    unit: "people",
    qualifier: "up_to",
    period: { periodStart: "2022-02-03", periodEnd: "2022-02-03", periodPrecision: "day" },
    geography: AF,
    group: "aqis",
    note: "A range: 200 to 400. Dated by footnote [17] (UN Monitoring Team, 29th report, 3 February 2022).",
    citations: [c(L.aq, Q.aqis, UN_29)],
  }),
  s({
    key: "iskp-fighters-2021-07-low",
    metric: "fighters",
    label: "IS-K fighters in Afghanistan (UN, July 2021): lower end of 'around 500 to 1,500'",
    value: 500,
    unit: "people",
    qualifier: "about",
    period: { periodStart: "2021-07-01", periodEnd: "2021-07-31", periodPrecision: "month" },
    geography: AF,
    group: "iskp",
    note: "A range: about 500 to 1,500 (upper end as a separate record). 'Multiple accounts suggest the figure may have doubled since the Taliban victory.'",
    citations: [c(L.isk, Q.isk2021Size, "UN report, July 2021")],
  }),
  s({
    key: "iskp-fighters-2021-07-high",
    metric: "fighters",
    label: "IS-K fighters in Afghanistan (UN, July 2021): upper end of 'around 500 to 1,500'",
    value: 1500,
    unit: "people",
    qualifier: "about",
    period: { periodStart: "2021-07-01", periodEnd: "2021-07-31", periodPrecision: "month" },
    geography: AF,
    group: "iskp",
    note: "A range: about 500 to 1,500 (lower end as a separate record).",
    citations: [c(L.isk, Q.isk2021Size, "UN report, July 2021")],
  }),
  s({
    key: "iskp-foreign-fighters-share",
    metric: "other",
    label: "Share of IS-K's fighters who are foreigners ('about half')",
    value: 50,
    unit: "percent",
    qualifier: "about",
    period: { periodStart: "2022-04-14", periodEnd: "2022-04-14", periodPrecision: "day" },
    geography: AF,
    group: "iskp",
    note: "'about half' stored as about 50%. Dated by footnote [20] (Seth G. Jones, Council on Foreign Relations, 14 April 2022).",
    citations: [c(L.isk, Q.iskForeign, "Seth G. Jones, Council on Foreign Relations (14 April 2022)")],
  }),
  s({
    key: "uyghurs-with-iskp-nuristan-low",
    metric: "fighters",
    label: "Uyghurs affiliated with IS-K in Nuristan (UN): lower end of 'approximately 40-50'",
    value: 40,
    unit: "people",
    qualifier: "about",
    period: { periodStart: "2022-05-26", periodEnd: "2022-05-26", periodPrecision: "day" },
    geography: { country: "AF", province: "AF-NUR", district: null },
    group: "iskp",
    note: "A range: about 40 to 50 (upper end as a separate record); a component of IS-K, not its total strength. Stated in the TIP/ETIM section. Dated by footnote [26] (UN Monitoring Team report of 26 May 2022, which the footnote calls the 'Thirteenth').",
    citations: [c(L.etim, Q.uyghurs, UN_13)],
  }),
  s({
    key: "uyghurs-with-iskp-nuristan-high",
    metric: "fighters",
    label: "Uyghurs affiliated with IS-K in Nuristan (UN): upper end of 'approximately 40-50'",
    value: 50,
    unit: "people",
    qualifier: "about",
    period: { periodStart: "2022-05-26", periodEnd: "2022-05-26", periodPrecision: "day" },
    geography: { country: "AF", province: "AF-NUR", district: null },
    group: "iskp",
    note: "A range: about 40 to 50 (lower end as a separate record); a component of IS-K, not its total strength.",
    citations: [c(L.etim, Q.uyghurs, UN_13)],
  }),
  // NAP bans (4.1) and trade (5.1).
  s({
    key: "nap-outfits-banned",
    metric: "other",
    label: "Outfits banned by the government since the launch of the National Action Plan",
    value: 18,
    unit: "count",
    period: NAP_TO_REPORT,
    geography: PK,
    group: null,
    note: "From the launch of the NAP (December 2014) to the time of the report; the end date is the report's data cut-off (20 August 2022), as the text gives none.",
    citations: [c(L.soft, Q.banned)],
  }),
  s({
    key: "nap-individuals-sanctioned",
    metric: "other",
    label: "Individuals sanctioned (properties seized, bank accounts frozen) since the launch of the National Action Plan",
    value: 88,
    unit: "people",
    period: NAP_TO_REPORT,
    geography: PK,
    group: null,
    note: "From the launch of the NAP (December 2014) to the time of the report; the end date is the report's data cut-off (20 August 2022), as the text gives none.",
    citations: [c(L.soft, Q.banned)],
  }),
  s({
    key: "exports-to-afghanistan-change",
    metric: "other",
    label: "Change in Pakistan's exports to Afghanistan since the Taliban took control (a 34% decline)",
    value: -34,
    unit: "percent",
    period: SINCE_TAKEOVER_TO_AUG_20,
    geography: PK,
    group: null,
    note: "Stored as -34 (a decline). 'Since Taliban took control of Afghanistan' (15 August 2021); the end of the period is not given and is set to the report's data cut-off (20 August 2022).",
    citations: [c(`${L.afg}, bullet 6`, Q.trade, "Trade Development Authority of Pakistan")],
  }),
  s({
    key: "imports-from-afghanistan-change",
    metric: "other",
    label: "Change in Pakistan's imports (from Afghanistan) since the Taliban took control (a 2% decrease)",
    value: -2,
    unit: "percent",
    period: SINCE_TAKEOVER_TO_AUG_20,
    geography: PK,
    group: null,
    note: "Stored as -2 (a decrease). The text says '2% decrease in import', in a sentence about Pak-Afghan trade. The end of the period is not given and is set to the report's data cut-off (20 August 2022).",
    citations: [c(`${L.afg}, bullet 6`, Q.trade, "Trade Development Authority of Pakistan")],
  }),
];

type ClaimInput = GroupInput["claims"][number];
const claim = (key: string, topic: ClaimInput["topic"], text: string, citations: Citation[]): ClaimInput => ({
  key: `pips-2022/${key}`,
  topic,
  text,
  citations,
});
type LeaderInput = GroupInput["leaders"][number];
const leader = (key: string, name: string, role: string, citations: Citation[], start: LeaderInput["start"] = null): LeaderInput => ({
  key: `pips-2022/${key}`,
  name,
  role,
  start,
  end: null,
  citations,
});

const groups: GroupInput[] = [
  {
    slug: "blf",
    name: "Balochistan Liberation Front",
    abbreviation: "BLF",
    aliases: [],
    kind: "ethno_nationalist_separatist",
    ideology: "Baloch nationalist",
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: ["PK-BA", "pk-ba-kech", "pk-ba-panjgur", "pk-ba-lasbela", "pk-ba-gwadar", "pk-ba-khuzdar", "PK-SD"],
    mediaWings: [],
    summary:
      "Baloch nationalist insurgent group, a member of the BRAS alliance. It claims to resist the 'forced colonization' of Balochistan; most of its attacks are in the southern districts of Balochistan (above all Kech), with some in Karachi.",
    claims: [
      claim(
        "blf/claim/goals",
        "goals",
        "Its spokesman Gohram Baloch says the BLF is resisting the forced colonisation of Balochistan by Pakistan and its foreign allies.",
        [
          c(
            L.blf,
            "BLF spokesman Gohram Baloch said the outfit was resisting forced colonization of Balochistan by Pakistan and its foreign allies.",
          ),
        ],
      ),
      claim(
        "blf/claim/annual-report-2021",
        "media",
        "Issued a 2021 annual report in January 2022 claiming 176 attacks on security forces (including those at development projects) and 226 personnel killed.",
        [c(L.blf, Q.blfReport)],
      ),
      claim(
        "blf/claim/areas-southern-districts",
        "areas",
        "Most of its 2021 attacks were in southern Balochistan: 16 in Kech, 3 in Panjgur, 2 in Lasbela and one each in Gwadar and Khuzdar; two were in Karachi.",
        [c(L.blf, Q.blf2021Districts), c(L.blf, Q.blf2021)],
      ),
      claim(
        "blf/claim/denies-talks",
        "other",
        "Its spokesman refuted Balochistan Chief Minister Bizenjo's claim that his government was in indirect contact with Baloch insurgent leaders including the BLF.",
        [c(L.soft, "However, his statement was instantly refuted by BLF spokesperson Gohram Baloch.")],
      ),
      claim(
        "blf/claim/threat-foreign-engagements",
        "tactics",
        "PIPS counts BLF attacks, with those of the BLA and BRAS, as highly unpredictable and now capable of high-impact attacks on foreign nationals and interests.",
        [
          c(
            `${L.internal}, bullet 3`,
            "Attacks by BLA, BLF and BRAS are highly unpredictable and recently they have acquired the resolve and capacity to perpetrate high-impact attacks, also targeting foreign nationals and interests.",
          ),
        ],
      ),
    ],
    leaders: [leader("blf/leader/gohram-baloch", "Gohram Baloch", "Spokesman", [c(L.blf, "BLF spokesman Gohram Baloch")])],
    strength: [],
  },
  {
    slug: "bna",
    name: "Baloch Nationalist Army",
    abbreviation: "BNA",
    aliases: [],
    kind: "ethno_nationalist_separatist",
    ideology: null,
    founded: { date: "2022-01-01", precision: "month" },
    foundedPlace: null,
    dissolved: null,
    areas: ["pk-pb-lahore", "pk-ba-panjgur"],
    mediaWings: [],
    summary:
      "Baloch insurgent group formed in January 2022 by the merger of the United Baloch Army and a faction of the Baloch Republican Army; reportedly joined the BRAS alliance.",
    claims: [
      claim(
        "bna/claim/founding",
        "founding",
        "Formed in January 2022 by the merger of the United Baloch Army (UBA) and a faction of the Baloch Republican Army (BRA).",
        [c(L.bna, Q.bnaFormed)],
      ),
      claim(
        "bna/claim/goals",
        "goals",
        "Its spokesman Mureed Baloch said the unification was meant to strengthen the Baloch resistance movement.",
        [c(L.bna, "BNA spokesman Mureed Baloch said the purpose of unification was to strengthen the Baloch resistance movement.")],
      ),
      claim("bna/claim/attacks", "areas", "Has claimed two attacks since its formation, one in Lahore and one in Panjgur.", [
        c(L.bna, Q.bna),
      ]),
    ],
    leaders: [leader("bna/leader/mureed-baloch", "Mureed Baloch", "Spokesman", [c(L.bna, "BNA spokesman Mureed Baloch")])],
    strength: [],
  },
  {
    slug: "bra",
    name: "Baloch Republican Army",
    abbreviation: "BRA",
    aliases: [],
    kind: "ethno_nationalist_separatist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: ["pk-ba-dera-bugti", "pk-ba-kohlu"],
    mediaWings: [],
    summary:
      "Baloch insurgent group made up mainly of Bugti tribesmen. Pakistani agencies call it the militant wing of the Baloch Republican Party headed by Brahamdagh Bugti, which he denies. A faction (Gulzar Imam's) belongs to BRAS; another faction merged into the BNA in January 2022. Less active than in the past.",
    claims: [
      claim("bra/claim/recruitment-bugti", "recruitment", "Consists mainly of Bugti tribesmen.", [
        c(L.otherBaloch, "Baloch Republican Army (BRA) consists of mainly Bugti tribesmen."),
      ]),
      claim(
        "bra/claim/leadership-contested",
        "leadership",
        "Pakistani security agencies claim the BRA is the militant wing of the Baloch Republican Party (BRP), headed by Brahamdagh Bugti; he denies it.",
        [
          c(
            L.otherBaloch,
            "Pakistani security agencies claim BRA is a militant wing of the Baloch Republican Party (BRP) and headed by Brahamdagh Bugti, which he denies.",
          ),
        ],
      ),
      claim(
        "bra/claim/activity-2022",
        "areas",
        "Carried out four attacks on government targets in Dera Bugti and Kohlu in 2022, killing five; less active in militancy than in the past.",
        [
          c(L.otherBaloch, Q.bra),
          c(L.otherBaloch, "Statistics suggest the outfit is not as actively engaged in militancy as it was in the past."),
        ],
      ),
    ],
    leaders: [
      leader("bra/leader/brahamdagh-bugti", "Brahamdagh Bugti", "Head, according to Pakistani security agencies (he denies it)", [
        c(
          L.otherBaloch,
          "Pakistani security agencies claim BRA is a militant wing of the Baloch Republican Party (BRP) and headed by Brahamdagh Bugti, which he denies.",
        ),
      ]),
      leader("bra/leader/gulzar-imam", "Gulzar Imam", "Leader of the BRA faction in the BRAS alliance", [c(L.sindhi, Q.bras2)]),
    ],
    strength: [],
  },
  {
    slug: "uba",
    name: "United Baloch Army",
    abbreviation: "UBA",
    aliases: [],
    kind: "ethno_nationalist_separatist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary:
      "Baloch insurgent group that claimed one attack in 2021 and one in 2022; its more lethal faction is led by Abdul Nabi Bungalzai, expelled from the BLA. Merged with a BRA faction into the BNA in January 2022.",
    claims: [
      claim(
        "uba/claim/bungalzai-faction",
        "leadership",
        "Its more lethal faction is led by Abdul Nabi Bungalzai, a hardliner expelled from the BLA for attacking civilians and looting Baloch traders.",
        [
          c(
            L.otherBaloch,
            "Abdul Nabi Bungalzai, a hardliner commander who was expelled from BLA while attacking the civilians and looting the Baloch traders, leads the more lethal faction of the group.",
          ),
        ],
      ),
      claim(
        "uba/claim/targets-pro-federation-baloch",
        "tactics",
        "Unlike most Baloch insurgents, who avoided attacking civilians, Bungalzai held that pro-federation Baloch elites also deserved to be punished.",
        [
          c(
            L.otherBaloch,
            "The Baloch insurgents usually avoided attacking the civilians, especially the Baloch, but Bungalzai believed that the Baloch elites that do not support the separatists and are pro-federation, also deserved to be punished.",
          ),
        ],
      ),
      claim("uba/claim/merged-into-bna", "other", "Merged with a faction of the BRA to form the Baloch Nationalist Army in January 2022.", [
        c(L.bna, Q.bnaFormed),
      ]),
    ],
    leaders: [
      leader(
        "uba/leader/abdul-nabi-bungalzai",
        "Abdul Nabi Bungalzai",
        "Leader of the group's more lethal faction (expelled from the BLA)",
        [
          c(
            L.otherBaloch,
            "Abdul Nabi Bungalzai, a hardliner commander who was expelled from BLA while attacking the civilians and looting the Baloch traders, leads the more lethal faction of the group.",
          ),
        ],
      ),
    ],
    strength: [],
  },
  {
    slug: "brg",
    name: "Baloch Republican Guard",
    abbreviation: "BRG",
    aliases: ["Baloch Republican Guards"],
    kind: "ethno_nationalist_separatist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: ["pk-ba-nasirabad", "pk-ba-sibi"],
    mediaWings: [],
    summary:
      "Baloch insurgent group led by Bukhtiar Domki and part of the BRAS alliance; recently active in Naseerabad district against security forces, railway tracks and power pylons.",
    claims: [
      claim(
        "brg/claim/activity-naseerabad",
        "tactics",
        "Claimed three attacks in Naseerabad district in 2022, on security forces, railway tracks and power pylons; in 2021 it claimed one attack on non-Baloch workers in Sibi.",
        [c(L.otherBaloch, Q.brg2022), c(L.otherBaloch, Q.brg2021)],
      ),
    ],
    leaders: [leader("brg/leader/bukhtiar-domki", "Bukhtiar Domki", "Leader", [c(L.sindhi, Q.bras2)])],
    strength: [],
  },
  {
    slug: "bras",
    name: "BRAS",
    abbreviation: "BRAS",
    aliases: [],
    kind: "alliance",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: ["PK-BA"],
    mediaWings: [],
    summary:
      "Umbrella alliance of Baloch insurgents (the document does not expand the acronym): the BLF, the BRG and factions of the BLA (Bashir Zeb's) and BRA (Gulzar Imam's); the BNA reportedly joined and the Sindhi SRA is linked to it. Takes an extreme stance on foreign engagement in Balochistan.",
    claims: [
      claim(
        "bras/claim/members",
        "other",
        "An alliance of the BLF, the Baloch Republican Guard(s) and factions of the BLA and BRA: Bashir Zeb's BLA, Gulzar Imam's BRA and Bukhtiar Domki's BRG.",
        [c(L.bna, Q.bras1), c(L.sindhi, Q.bras2)],
      ),
      claim(
        "bras/claim/goals-foreign-interests",
        "goals",
        "Takes an extreme stance on foreign engagement in Balochistan; PIPS says it was especially designed to hit foreign interests there.",
        [c(L.bna, "The BRAS has extreme stance on foreign engagement in Balochistan."), c(L.sindhi, Q.sraBras)],
      ),
    ],
    leaders: [],
    strength: [],
  },
  {
    slug: "sra",
    name: "Sindhudesh Revolution Army",
    abbreviation: "SRA",
    aliases: [],
    kind: "ethno_nationalist_separatist",
    ideology: "Sindhi nationalist",
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: ["PK-SD", "pk-sd-naushahro-feroze", "pk-sd-tando-mohammad-khan", "pk-sd-khairpur", "pk-sd-kambar-shahdadkot"],
    mediaWings: [],
    summary:
      "Sindhi nationalist insurgent group, an emerging threat to foreign interests in interior Sindh and Karachi. With its parent organisation, the SLA/F, it has targeted state infrastructure, security forces and foreign nationals in Sindh since 2013; it is linked to the Baloch BRAS alliance (since July 2020).",
    claims: [
      claim(
        "sra/claim/role-foreign-interests",
        "role",
        "Emerging as a critical threat to foreign interests in interior Sindh and Karachi.",
        [
          c(
            L.sindhi,
            "Sindhudesh Revolution Army (SRA) is emerging as a critical threat to foreign interests in interior Sindh and Karachi.",
          ),
        ],
      ),
      claim(
        "sra/claim/goals-grievances",
        "goals",
        "Accuses Pakistan and China of capturing and exploiting the lands, ports and islands of Sindh's coast, and says Sindhis are being made a minority on their own soil by settlers from outside.",
        [
          c(
            L.sindhi,
            "the group accused Pakistan and China of capturing and exploiting lands, ports, and islands of Sindh’s coastal line.",
          ),
          c(
            L.sindhi,
            "It also said Sindhis were being turned into minority on their own soil and people from outside were being settled and provided employments.",
          ),
        ],
      ),
      claim(
        "sra/claim/targets",
        "tactics",
        "With its parent organisation SLA/F, has targeted state infrastructure, security forces and foreign nationals and interests in Sindh since 2013; its 2021–22 attacks hit railway tracks, power pylons, security forces and a 'so-called Punjabi settler'.",
        [
          c(
            L.sindhi,
            "The SRA and its parent organization Sindhudesh Liberation Army or Front (SLA/F) have been targeting state infrastructure, security forces, and foreign nationals and interests in Sindh since 2013.",
          ),
          c(L.sindhi, Q.sra2022),
          c(L.sindhi, Q.sra2021),
        ],
      ),
      claim(
        "sra/claim/financing-after-bras",
        "financing",
        "Increased its attacks after joining BRAS, which hinted at enhanced funding and training.",
        [c(L.sindhi, "After joining BRAS, SRA increased its attacks, which also hinted at enhanced funding and training for the group.")],
      ),
      claim(
        "sra/claim/crackdown",
        "other",
        "Security forces intensified their crackdown on the group after it hit Chinese nationals and security forces; 20 members were detained in Sindh in 2021.",
        [
          c(L.sindhi, "Security forces also intensified crackdown against the group after it hit Chinese nationals and security forces."),
          c(L.kinetic, Q.arrestsSra),
        ],
      ),
    ],
    leaders: [],
    strength: [],
  },
  {
    slug: "sla",
    name: "Sindhudesh Liberation Army",
    abbreviation: "SLA",
    aliases: ["Sindhudesh Liberation Front", "SLA/F"],
    kind: "ethno_nationalist_separatist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: ["PK-SD"],
    mediaWings: [],
    summary:
      "Sindhi insurgent group that PIPS calls the parent organisation of the SRA ('Sindhudesh Liberation Army or Front', SLA/F); with the SRA it has targeted state infrastructure, security forces and foreign interests in Sindh since 2013.",
    claims: [
      claim(
        "sla/claim/parent-of-sra",
        "role",
        "Parent organisation of the SRA; together they have targeted state infrastructure, security forces and foreign nationals and interests in Sindh since 2013.",
        [
          c(
            L.sindhi,
            "The SRA and its parent organization Sindhudesh Liberation Army or Front (SLA/F) have been targeting state infrastructure, security forces, and foreign nationals and interests in Sindh since 2013.",
          ),
        ],
      ),
    ],
    leaders: [],
    strength: [],
  },
  {
    slug: "leb",
    name: "Lashkar-e-Balochistan",
    abbreviation: "LeB",
    aliases: [],
    kind: "ethno_nationalist_separatist",
    ideology: null,
    founded: { date: "2008-01-01", precision: "year" },
    foundedPlace: null,
    dissolved: null,
    areas: ["PK-BA"],
    mediaWings: [],
    summary:
      "Baloch insurgent group formed in 2008, operating mainly in and around the Makran region and semi-dormant in recent years. PIPS says it is led by Mir Javed Mengal, who denies any links with it.",
    claims: [
      claim(
        "leb/claim/founding-areas",
        "founding",
        "Formed in 2008; operates mainly in and around the Makran region; semi-dormant in recent years.",
        [
          c(
            L.otherBaloch,
            "Lashkar-e-Balochistan has been semi-dormant in recent years. It was formed in 2008 and operates mainly in and around Makran region.",
          ),
        ],
      ),
      claim(
        "leb/claim/leadership",
        "leadership",
        "Led by Mir Javed Mengal, elder brother of BNP chief Akhtar Mengal, who lives in exile in London and the UAE and denies any links with the LeB.",
        [
          c(
            L.otherBaloch,
            "The LeB is led by Mir Javed Mengal, elder brother of BNP chief Akhtar Mengal; Javed lives in exile in London and UAE. However, he denies any links with LeB.",
          ),
        ],
      ),
      claim(
        "leb/claim/mengal-advocacy",
        "other",
        "Javed Mengal and his son Mir Noorudin Mengal plead the Baloch case at international forums; Noorudin Mengal has been active in the UNPO and helped organise events on Balochistan in the US.",
        [
          c(
            L.otherBaloch,
            "Javed Mengal and his son Mir Noorudin Mengal have been active in pleading the Baloch case at different international forums.",
          ),
        ],
      ),
    ],
    leaders: [
      leader("leb/leader/mir-javed-mengal", "Mir Javed Mengal", "Leader (he denies any links with the LeB)", [
        c(L.otherBaloch, "The LeB is led by Mir Javed Mengal, elder brother of BNP chief Akhtar Mengal"),
      ]),
    ],
    strength: [],
  },
  {
    slug: "sipah-e-muhammad",
    name: "Sipah-e-Muhammad",
    abbreviation: null,
    aliases: [],
    kind: "other",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary:
      "Militant group named by PIPS only in its 2021 arrest figures: seven of the 156 people detained in 2021 were reportedly affiliated with it.",
    claims: [
      claim(
        "sipah-e-muhammad/claim/arrests-2021",
        "other",
        "Seven of those detained in 2021 were reportedly affiliated with Sipah-e-Muhammad.",
        [c(L.kinetic, Q.arrestsSm)],
      ),
    ],
    leaders: [],
    strength: [],
  },
  {
    slug: "tipu-gul-lakki-marwat-groups",
    name: "Lakki Marwat militant groups under Maulvi Tipu Gul",
    abbreviation: null,
    aliases: [],
    kind: "other",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: { date: "2022-03-01", precision: "month" },
    areas: ["pk-kp-lakki-marwat"],
    mediaWings: [],
    summary:
      "Three militant groups from Lakki Marwat under Maulvi Tipu Gul whose merger into the TTP the TTP announced in March 2022. The document does not name the groups.",
    claims: [
      claim(
        "tipu-gul-lakki-marwat-groups/claim/merger",
        "other",
        "In March 2022 the TTP announced that these three groups had merged with it.",
        [c(L.rTtp, "In March, TTP announced that three militant groups from Lakki Marwat under Maulvi Tipu Gul had merged with the TTP")],
      ),
    ],
    leaders: [
      leader("tipu-gul-lakki-marwat-groups/leader/maulvi-tipu-gul", "Maulvi Tipu Gul", "Leader", [
        c(L.rTtp, "three militant groups from Lakki Marwat under Maulvi Tipu Gul"),
      ]),
    ],
    strength: [],
  },
];

const groupFacts: GroupFacts[] = [
  {
    group: "ttp",
    areas: ["AF-KNR"],
    claims: [
      claim(
        "ttp/claim/un-largest-foreign-component",
        "role",
        "In July 2022 the UN Security Council noted that the TTP is the largest component of foreign terrorist fighters in Afghanistan.",
        [
          c(
            L.intro,
            "Just in July this year, the UN Security Council noted that the Tehreek-e-Taliban Pakistan (TTP) constitutes the largest component of foreign terrorist fighters in Afghanistan.",
            UN_30,
          ),
        ],
      ),
      claim(
        "ttp/claim/kunar-pashtun-tribes",
        "areas",
        "Allowed to establish itself in Afghanistan's Kunar province next to Pakistan's tribal districts; has forged relations with Afghanistan's Pashtun tribes.",
        [
          c(
            L.ttp,
            "The terror outfit has been allowed to establish itself in the Kunar province that lies just next to the tribal districts of Pakistan.",
          ),
          c(L.ttp, "It has forged relations with Afghanistan’s Pashtun tribes"),
        ],
      ),
      claim(
        "ttp/claim/goals-constitution-fata",
        "goals",
        "Rebukes Pakistan's part in the US-led war on terror, declares Pakistan's constitution un-Islamic and demands the reversal of the ex-FATA merger.",
        [
          c(
            L.ttp,
            "The TTP rebukes Pakistan’s participation in the US-led war on terror, declares the country’s constitution as un-Islamic, and demands the reversal of the merger of ex-FATA.",
          ),
        ],
      ),
      claim(
        "ttp/claim/demands-talks-unverified",
        "goals",
        "Unverified reports say the TTP demands strict Shariah enforcement in ex-FATA and Malakand, prisoners' release, reversal of the FATA merger and its own relocation to its native towns in KP.",
        [
          c(
            L.rTtp,
            "unverified reports claim the TTP demands strict Shariah enforcement in ex-FATA and Malakand, in addition to pushing for prisoners’ release, reversal of FATA merger, and TTP’s relocation to its native towns in KP.",
          ),
        ],
      ),
      claim("ttp/claim/absorbing-groups", "other", "Since August 2021 the TTP has continued to absorb smaller militant groups.", [
        c(L.rTtp, "Since last August, the TTP has continued to absorb smaller militant groups."),
      ]),
      claim(
        "ttp/claim/aps-massacre",
        "tactics",
        "Involved in the massacre of school children in Peshawar (the Army Public School attack, December 2014).",
        [
          c(
            L.ttp,
            "Given the TTP’s detestable record of terrorism in Pakistan including its involvement in the massacre of school children in Peshawar",
          ),
        ],
      ),
      claim(
        "ttp/claim/internal-dissent-talks",
        "other",
        "Not all TTP commanders approve of a peace agreement; PIPS warns that disenchanted fighters could desert to IS-K after a deal.",
        [
          c(L.rTtp, "Not all TTP commanders approve of peace agreement."),
          c(
            L.rTtp,
            "A potential backlash to a possible peace agreement would be disenchanted TTP fighters deserting their parent group and joining IS-K.",
          ),
        ],
      ),
      claim(
        "ttp/claim/return-kp",
        "areas",
        "Militants' movements have been reported in Peshawar, Swat, Dir and Tank, pointing to a gradual expansion into KP's settled districts; members also remained in the merged districts and other KP cities.",
        [
          c(
            L.intro,
            "militants’ movements in the heart of KP such as Peshawar, Swat, Dir, and Tank have also been reported which points to a gradual expansion of militants in the settled districts.",
          ),
          c(
            L.keyGroups,
            "members of Taliban groups have also remained in the merged districts and other cities of KP either by hiding and going underground or keeping low profile.",
          ),
        ],
      ),
    ],
    leaders: [
      leader(
        "ttp/leader/maulvi-faqir-mohammad",
        "Maulvi Faqir Mohammad",
        "Founding member (freed from prison in Kabul after the August 2021 takeover)",
        [c(L.ttp, "Those freed included some key commanders such as the group’s founding member Maulvi Faqir Mohammad etc.")],
      ),
    ],
  },
  {
    group: "iskp",
    areas: ["AF-BAL", "AF-TAK", "AF-NUR", "PK-KP", "PK-BA", "PK-SD", "pk-kp-bajaur"],
    claims: [
      claim(
        "iskp/claim/territory-east",
        "areas",
        "Controls limited territory in eastern Afghanistan but can inflict high-profile attacks such as the August 2021 Kabul airport bombing.",
        [
          c(
            L.isk,
            "The Islamic State in Khorasan (IS-K) controls limited territory in eastern Afghanistan, yet it has the demonstrated ability to inflict high-profile and high-impact terrorist attacks",
          ),
        ],
      ),
      claim(
        "iskp/claim/prisoner-release",
        "strength",
        "Many IS-K members were among the prisoners the Taliban released from Bagram and Pul Charkhi; its numbers may have doubled since the Taliban victory.",
        [
          c(
            L.isk,
            "One explanation is that many IS-K members were amongst the prisoners released from Bagram and Pul Charkhi prisons by the Taliban regime.",
          ),
          c(L.isk, "However, multiple accounts suggest the figure may have doubled since the Taliban victory."),
        ],
      ),
      claim("iskp/claim/uyghurs-nuristan", "strength", "Per the UN, some 40–50 Uyghurs are affiliated with IS-K in Nuristan province.", [
        c(L.etim, Q.uyghurs, UN_13),
      ]),
      claim(
        "iskp/claim/long-war-propaganda",
        "media",
        "Declared a 'new long war' against the Taliban after the Doha deal; its propaganda calls the Taliban an American ally and puppet that abandoned jihad.",
        [
          c(
            L.isk,
            "The IS-K declared a “new long war” against the Taliban and intensified its attacks in Afghanistan after the Doha deal between the US and Taliban.",
          ),
          c(
            L.isk,
            "Likewise, it executes intense propaganda, declaring the Taliban as an American ally and puppet that abandoned the way of jihad.",
          ),
        ],
      ),
      claim(
        "iskp/claim/foreign-fighters",
        "recruitment",
        "Its fighters come from Afghanistan, Central Asia, the Middle East, India, Pakistan, Kashmir and China; about half are foreigners.",
        [
          c(
            L.isk,
            "diverse origins of its fighters who come from Afghanistan, Central Asia, Middle East, India, Pakistan, Kashmir, and China",
          ),
          c(L.isk, Q.iskForeign),
        ],
      ),
      claim(
        "iskp/claim/urban-base",
        "recruitment",
        "Has an urban base where it recruits disgruntled, battle-hardened members of other groups and self-radicalised educated Salafi youth.",
        [
          c(
            L.isk,
            "The IS-K is believed to have an urban base where it recruits disgruntled and battle-hardened members of other groups as well as self-radicalized educated youth from the Salafi school of thought.",
          ),
        ],
      ),
      claim(
        "iskp/claim/cross-border-central-asia",
        "tactics",
        "Has claimed cross-border attacks into Uzbekistan and Tajikistan from Balkh and Takhar.",
        [
          c(
            L.isk,
            "In recent months, the outfit has claimed cross-border attacks inside Uzbekistan and Tajikistan from the northern provinces of Balkh and Takhar.",
          ),
        ],
      ),
      claim(
        "iskp/claim/china-uyghurs",
        "media",
        "Has stepped up propaganda against China's Uyghur policy and its engagement with the Taliban, and protects Uyghur militants in Afghanistan to win their support and recruits.",
        [
          c(L.isk, "the IS-K also has increased its propaganda against China’s Uyghur policy and its engagement with Taliban regime."),
          c(L.isk, "The outfit protects Uyghur militants in Afghanistan with an aim to win their support and recruitment."),
        ],
      ),
      claim(
        "iskp/claim/targets-pakistan",
        "tactics",
        "In Pakistan in 2021–22 it targeted Hazara Shias, the Sikh community, Afghan Taliban members and clerics, political leaders and tribal elders in KP and Balochistan.",
        [
          c(
            L.rIsk,
            "targeting the Hazara Shias, Sikh community, members and clerics of the Afghan Taliban, and political leaders, and tribal elders in KP and Balochistan",
          ),
        ],
      ),
      claim(
        "iskp/claim/propaganda-pakistan",
        "media",
        "Its propaganda increasingly focuses on Khyber Pakhtunkhwa: an eleven-page Urdu pamphlet urged the people of Bajaur to support it with money and manpower, and its Eid message told covert cells to recruit lone wolves and suicide bombers.",
        [
          c(
            L.rIsk,
            "in an eleven-page pamphlet in Urdu, the outfit urged the people of Bajaur to support the group through money and manpower.",
          ),
          c(
            L.rIsk,
            "Likewise, in its Eid message, it instructed its covert cells in Central and South Asia to recruit lone-wolves and suicide bombers.",
          ),
        ],
      ),
      claim(
        "iskp/claim/areas-pakistan-pips",
        "areas",
        "Present in KP, Balochistan and Sindh, with cells busted in Punjab, KP, Sindh and Balochistan; since the Taliban takeover it has focused largely on KP and, to some extent, Balochistan.",
        [
          c(L.rIsk, "Apart from KP, the IS-K also has had presence in Balochistan and Sindh."),
          c(
            L.rIsk,
            "However, in the aftermath of the Taliban takeover of Afghanistan, IS-K has cast its eyes largely on KP and, to some extent, Balochistan.",
          ),
        ],
      ),
    ],
    strength: [
      {
        key: "pips-2022/iskp/strength/un-early-2022",
        low: 4000,
        high: 4000,
        qualifier: "up_to",
        asOf: { date: "2022-02-03", precision: "day" },
        citations: [c(L.isk, Q.isk2022Size, UN_29)],
      },
    ],
  },
  {
    group: "al-qaeda",
    areas: ["AF-FRA", "AF-HER"],
    claims: [
      claim(
        "al-qaeda/claim/recruits",
        "recruitment",
        "Its recent recruits are mostly from Afghanistan, India, Bangladesh, Myanmar and Pakistan.",
        [c(L.aq, "with recruits mostly from Afghanistan, India, Bangladesh, Myanmar, and Pakistan")],
      ),
      claim(
        "al-qaeda/claim/strategic-silence",
        "tactics",
        "Has kept a strategic silence in Afghanistan, likely to avoid trouble for its Taliban hosts; it usually operates with local allies and cells.",
        [
          c(
            L.aq,
            "The outfit has been keeping a strategic silence in Afghanistan for quite some time, likely to avoid any potential trouble for its host, the Taliban.",
          ),
          c(
            L.aq,
            "the outfit usually operates in collusion with its local allies and cells in different parts of the globe including South Asia",
          ),
        ],
      ),
      claim(
        "al-qaeda/claim/westward-north",
        "areas",
        "UN reports suggest some core members may have moved west to Farah and Herat; the UN also reports the group intends to establish itself in northern Afghanistan, mobilise new fighters and raise resources, and calls it a long-term threat.",
        [
          c(L.aq, "UN reports suggest some core members of Al-Qaeda may have moved westward to Farah and Herat regions.", UN_30),
          c(
            L.aq,
            "the UN has also reported about the group’s intention to establish itself in northern Afghanistan, mobilize new fighters, and generate increased resources.",
            UN_30,
          ),
        ],
      ),
      claim(
        "al-qaeda/claim/pakistan-presence",
        "role",
        "Not found involved in terrorism in Pakistan in recent years, but present there with affiliations with local groups.",
        [
          c(
            L.rAq,
            "Although Al-Qaeda has not been found involved in terrorism in Pakistan in recent years, still it has its presence and affiliations with local groups in Pakistan and Afghanistan.",
          ),
        ],
      ),
      claim(
        "al-qaeda/claim/comeback-plans",
        "goals",
        "In April 2021 CNN, citing two al-Qaeda operatives, reported that the group intended to set up operations in the region after the US withdrawal, relying on its ties with the Afghan and Pakistani Taliban.",
        [
          c(
            L.rAq,
            "In April 2021, CNN citing interviews with two Al-Qaeda operatives claimed that the group intended to set up its operations and fighting in the region after the US withdrawal from Afghanistan.",
          ),
        ],
      ),
      claim("al-qaeda/claim/taliban-denial", "other", "The Taliban deny al-Qaeda's presence in Afghanistan.", [
        c(L.aq, "The Taliban deny Al-Qaeda presence in Afghanistan"),
      ]),
    ],
    leaders: [
      leader("al-qaeda/leader/saif-al-adel", "Saif al-Adel", "Senior member (believed to reside in Afghanistan)", [
        c(
          L.aq,
          "Apart from Zawahiri, other senior members of the group such as Saif al-Adel etc. are also believed to be residing in Afghanistan.",
        ),
      ]),
      leader(
        "al-qaeda/leader/amin-muhammad-ul-haq",
        "Amin Muhammad-ul-Haq",
        "Bin Laden's former security manager (reportedly returned to Afghanistan in late August 2021)",
        [
          c(
            L.aq,
            "Another report claims Bin Laden’s former security manager Amin Muhammad-ul-Haq returned to Afghanistan in late August last year.",
          ),
        ],
      ),
    ],
    strength: [
      {
        key: "pips-2022/al-qaeda/strength/us-intelligence-2021",
        low: 0,
        high: 200,
        qualifier: "up_to",
        asOf: { date: "2021-01-01", precision: "year" },
        citations: [c(L.aq, Q.aqBefore, "American intelligence (via Seth G. Jones, Council on Foreign Relations, 14 April 2022)")],
      },
    ],
  },
  {
    group: "etim",
    claims: [
      claim(
        "etim/claim/weapons-expansion",
        "tactics",
        "Expanding its area of operations and covertly buying weapons; analysts say it has expanded its operational space under the Taliban and cultivated relations with local commanders.",
        [
          c(L.etim, "expanding its area of operations and covertly purchasing weapons to improve its capacity for terrorism.", UN_30),
          c(
            L.etim,
            "Analysts believe the group has expanded its operational space under the Taliban and cultivated relations with local commanders to operate locally.",
          ),
        ],
      ),
      claim(
        "etim/claim/entrenchment",
        "recruitment",
        "Entrenching itself through intermarriage with locals and helping Uyghur women relocate to Afghanistan; reportedly opening schools to promote its jihadist ideology.",
        [
          c(
            L.etim,
            "It is further entrenching itself in Afghanistan through intermarriages with local population and facilitating the relocation of Uyghur women to Afghanistan.",
          ),
          c(L.etim, "Reportedly, it is also opening schools to promote its jihadist ideology."),
        ],
      ),
      claim(
        "etim/claim/china",
        "other",
        "China blames it for attacks at home; ETIM and the Uyghurs will remain a major irritant in China-Taliban relations.",
        [
          c(L.etim, "China is highly concerned about ETIM’s presence in Afghanistan which it blames for attacks at home."),
          c(L.etim, "But ETIM and Uyghurs will continue to remain a major irritant in China-Taliban relations."),
        ],
      ),
    ],
  },
  {
    group: "imu",
    claims: [
      claim("imu/claim/presence-afghanistan", "areas", "One of the key terror outfits with an active presence in Afghanistan.", [
        c(L.intro, Q.keyOutfits),
      ]),
    ],
  },
  {
    group: "afghan-taliban",
    claims: [
      claim(
        "afghan-taliban/claim/acts-only-against-iskp",
        "role",
        "So far the Taliban have acted only against IS-K, because it actively challenges them; ideological affinity deters them from acting against other terror groups.",
        [
          c(L.intro, "So far, the Taliban have acted only against the IS-K because it actively challenges the Taliban."),
          c(
            L.intro,
            "However, beyond material resources, ideological affinities between the Taliban and the rest of the terror groups also deter the former to act against the latter.",
          ),
        ],
      ),
      claim(
        "afghan-taliban/claim/un-terrorist-freedom",
        "role",
        "A UN report of February 2022 found no sign that the Taliban were limiting foreign terrorist groups, which 'enjoy greater freedom there than at any time in recent history'.",
        [
          c(
            L.intro,
            "Earlier in February, another UN report revealed there was no sign that the Taliban regime was taking steps to limit the activities of foreign terrorist groups on Afghan soil.",
            UN_29,
          ),
          c(L.intro, "“terrorist groups enjoy greater freedom there than at any time in recent history”, the report noted.", UN_29),
        ],
      ),
      claim(
        "afghan-taliban/claim/internal-rifts",
        "other",
        "A UN report of May 2022 said the Taliban's March 2022 jirga exposed Kandahari vs Haqqani, Kandahari vs de facto cabinet and military vs ulema rivalries, the main divide being between moderates and hardliners; girls' education is another point of divergence.",
        [
          c(
            L.taliban,
            "Taliban’s jirga in March 2022 exposed Kandahari vs Haqqani, Kandahari vs de factor cabinet, and military vs ulema rivalries.",
            UN_13,
          ),
          c(
            L.taliban,
            "One point of divergence within the group was on the question of girls’ education about which the Taliban leaders have expressed contrasting views.",
          ),
        ],
      ),
      claim(
        "afghan-taliban/claim/hrw-killings",
        "tactics",
        "Human Rights Watch said in July 2022 that hundreds of bodies had been dumped in canals and deserted spots in Nangarhar and Kunar since the takeover, and that Taliban forces appear to have free rein to detain, disappear and kill suspected anti-Taliban militants, particularly IS-K.",
        [
          c(
            L.taliban,
            "In July, the Human Rights Watch noted that since the Taliban takeover, hundreds of bodies have been found dumped in canals and deserted spots in Nangarhar and Kunar provinces.",
            "Human Rights Watch (7 July 2022)",
          ),
        ],
      ),
      claim(
        "afghan-taliban/claim/ttp-leverage",
        "role",
        "PIPS suggests the Taliban avoid decisive action against the TTP to extract concessions from Pakistan.",
        [
          c(
            L.ttp,
            "The Taliban regime avoids decisive action against the TTP probably as a strategy to extract concessions from Pakistan in bilateral affairs.",
          ),
        ],
      ),
    ],
  },
  {
    group: "bla",
    areas: ["PK-SD"],
    claims: [
      claim(
        "bla/claim/major-attacks-2022",
        "tactics",
        "Claimed 22 attacks in 2022 (to 20 August), including coordinated fidayeen attacks on FC camps in Panjgur and Nushki, the killing of FC soldiers in Sibi and a female suicide attack on Chinese nationals in Karachi.",
        [
          c(
            L.bla,
            "The BLA has already claimed 22 terrorist attacks in 2022 (until August 20) including some major ones such as the coordinated fidayeen attacks on FC camps in Panjgur and Nushki, killing of FC soldiers in Sibbi, and a female suicide attack on Chinese nationals in Karachi.",
          ),
        ],
      ),
    ],
  },
];

const rel = (
  key: string,
  from: string,
  to: string,
  type: RelationshipInput["type"],
  description: string,
  citations: Citation[],
  start: RelationshipInput["start"] = null,
): RelationshipInput => ({ key: `pips-2022/rel/${key}`, from, to, type, start, end: null, description, citations });

const otherRelationships: RelationshipInput[] = [
  rel(
    "afghan-taliban-ttp-sanctuary",
    "afghan-taliban",
    "ttp",
    "sanctuary",
    "PIPS: the Taliban have bolstered the TTP, freeing hundreds of TTP inmates from Kabul prisons after the August 2021 takeover and letting it establish itself in Kunar next to Pakistan's tribal districts; they avoid decisive action against it.",
    [
      c(
        L.ttp,
        "In turn, the Taliban have bolstered the TTP,[7] for instance, by freeing hundreds of TTP inmates from prisons in Kabul following the August takeover.",
      ),
      c(
        L.ttp,
        "The terror outfit has been allowed to establish itself in the Kunar province that lies just next to the tribal districts of Pakistan.",
      ),
    ],
    { date: "2021-08-01", precision: "month" },
  ),
  rel(
    "afghan-taliban-al-qaeda-sanctuary",
    "afghan-taliban",
    "al-qaeda",
    "sanctuary",
    "PIPS calls the Taliban al-Qaeda's 'host' in Afghanistan, where al-Zawahiri was killed in Kabul and other senior members are believed to reside; the Taliban deny al-Qaeda's presence.",
    [
      c(
        L.aq,
        "The outfit has been keeping a strategic silence in Afghanistan for quite some time, likely to avoid any potential trouble for its host, the Taliban.",
      ),
      c(L.aq, "The Taliban deny Al-Qaeda presence in Afghanistan"),
    ],
  ),
  rel(
    "al-qaeda-afghan-taliban-cooperation",
    "al-qaeda",
    "afghan-taliban",
    "cooperation",
    "Al-Qaeda maintains ties with the Afghan Taliban; per CNN (April 2021) it planned a comeback relying on its enduring ties with the Afghan and Pakistani Taliban. Bin Laden's son Abdullah reportedly visited Afghanistan to meet Taliban leaders in October 2021.",
    [
      c(
        L.rAq,
        "It\u00a0maintains ties with the Afghan Taliban and\u00a0has reportedly helped the TTP in recovering and regrouping in recent years.",
      ),
      c(
        L.rAq,
        "It further added that the outfit was planning a comeback by relying on its enduring ties with the Afghan and Pakistani Taliban.",
        "CNN (30 April 2021)",
      ),
      c(L.aq, "Bin Laden’s son Abdullah visited Afghanistan to meet Taliban leaders in October 2021."),
    ],
  ),
  rel(
    "al-qaeda-ttp-cooperation",
    "al-qaeda",
    "ttp",
    "cooperation",
    "Al-Qaeda has reportedly helped the TTP recover and regroup in recent years, and some AQ-aligned Pakistani groups reportedly joined the TTP.",
    [
      c(
        L.rAq,
        "It\u00a0maintains ties with the Afghan Taliban and\u00a0has reportedly helped the TTP in recovering and regrouping in recent years.",
      ),
      c(L.rAq, "Reports suggest some AQ-aligned Pakistani groups even joined the TTP."),
    ],
  ),
  rel(
    "aqis-al-qaeda-affiliate",
    "aqis",
    "al-qaeda",
    "affiliate",
    "PIPS discusses AQIS, 'Al-Qaeda in the Indian Subcontinent', as al-Qaeda's regional branch within its al-Qaeda section.",
    [c(L.aq, "Al-Qaeda in the Indian Subcontinent (AQIS), led by Osama Mehmood and his deputy Atif Yahya Ghouri")],
  ),
  rel(
    "aqis-afghan-taliban-cooperation",
    "aqis",
    "afghan-taliban",
    "cooperation",
    "AQIS fought alongside the Taliban against the ousted Ghani government in Ghazni, Helmand, Kandahar, Nimroz, Paktika and Zabul (UN).",
    [
      c(
        L.aq,
        "is also believed to have presence in Afghanistan’s Ghazni, Helmand, Kandahar, Nimroz, Paktika, and Zabul provinces where the group fought alongside the Taliban against the ousted Ghani government",
        UN_29,
      ),
    ],
    null,
  ),
  rel(
    "afghan-taliban-iskp-rivalry",
    "afghan-taliban",
    "iskp",
    "rivalry",
    "IS-K actively challenges the Taliban, declared a 'new long war' against them after the Doha deal and attacks Taliban members and clerics; the Taliban have acted against IS-K alone among terror groups and are ruthlessly suppressing it (HRW reports killings and disappearances of suspected IS-K members).",
    [
      c(L.intro, "So far, the Taliban have acted only against the IS-K because it actively challenges the Taliban."),
      c(
        L.isk,
        "The IS-K declared a “new long war” against the Taliban and intensified its attacks in Afghanistan after the Doha deal between the US and Taliban.",
      ),
      c(
        L.taliban,
        "The watchdog said the Taliban have apparently given their forces free rein to detain, disappear, and kill suspected anti-Taliban militants particularly those belonging to IS-K.",
      ),
    ],
  ),
  rel(
    "iskp-ttp-rivalry",
    "iskp",
    "ttp",
    "rivalry",
    "IS-K's propaganda calls TTP commanders 'apostates' and urges TTP fighters to join it for 'true jihad'. PIPS warns that disenchanted TTP fighters could desert to IS-K if the TTP makes peace with Pakistan.",
    [
      c(
        L.rIsk,
        "The ultra-radical group also targets the TTP in its propaganda, calling TTP commanders as “apostates” and urging its fighters to join IS-K for what it calls “true jihad”.",
      ),
      c(
        L.rTtp,
        "A potential backlash to a possible peace agreement would be disenchanted TTP fighters deserting their parent group and joining IS-K.",
      ),
    ],
  ),
  rel(
    "haqqani-network-iskp-defection",
    "haqqani-network",
    "iskp",
    "defection",
    "Experts cited by PIPS say IS-K's Kabul network has absorbed splinters and defectors of the Haqqani network.",
    [
      c(
        L.isk,
        "Experts say the outfit’s Kabul network has absorbed splinters and defectors of the radical Haqqani network.",
        "Abdul Sayed, The Washington Post (29 August 2021)",
      ),
    ],
  ),
  rel(
    "haqqani-network-afghan-taliban-rivalry",
    "haqqani-network",
    "afghan-taliban",
    "rivalry",
    "An internal rivalry: a UN report (May 2022) said the Taliban's March 2022 jirga exposed Kandahari vs Haqqani rivalries, among others, within the Taliban.",
    [
      c(
        L.taliban,
        "Taliban’s jirga in March 2022 exposed Kandahari vs Haqqani, Kandahari vs de factor cabinet, and military vs ulema rivalries.",
        UN_13,
      ),
    ],
    { date: "2022-03-01", precision: "month" },
  ),
  rel(
    "afghan-taliban-etim-sanctuary",
    "afghan-taliban",
    "etim",
    "sanctuary",
    "Analysts say TIP/ETIM has expanded its operational space under the Taliban and rebuilt strongholds in Badakhshan; PIPS expects the Taliban to take a pragmatic approach so as not to antagonise China.",
    [
      c(
        L.etim,
        "Analysts believe the group has expanded its operational space under the Taliban and cultivated relations with local commanders to operate locally.",
      ),
      c(L.etim, "The Taliban regime is unlikely to antagonize China, and most likely would take a pragmatic approach in this regard."),
    ],
  ),
  rel(
    "tipu-gul-groups-ttp-merger",
    "tipu-gul-lakki-marwat-groups",
    "ttp",
    "merger",
    "In March 2022 the TTP announced that three militant groups from Lakki Marwat under Maulvi Tipu Gul had merged with it; a month later some former Taliban commanders from North Waziristan also joined.",
    [
      c(
        L.rTtp,
        "In March, TTP announced that three militant groups from Lakki Marwat under Maulvi Tipu Gul had merged with the TTP, and a month later, some former Taliban commanders from North Waziristan also joined the group.",
      ),
    ],
    { date: "2022-03-01", precision: "month" },
  ),
  rel(
    "uba-bna-merger",
    "uba",
    "bna",
    "merger",
    "The BNA was formed in January 2022 by the merger of the UBA and a faction of the BRA.",
    [c(L.bna, Q.bnaFormed)],
    { date: "2022-01-01", precision: "month" },
  ),
  rel(
    "bra-bna-merger",
    "bra",
    "bna",
    "merger",
    "A faction of the BRA merged with the UBA to form the BNA in January 2022; another BRA faction (Gulzar Imam's) is in BRAS.",
    [c(L.bna, Q.bnaFormed)],
    { date: "2022-01-01", precision: "month" },
  ),
  rel(
    "bna-bras-alliance",
    "bna",
    "bras",
    "alliance",
    "The BNA has reportedly joined the BRAS umbrella of Baloch insurgents.",
    [c(L.bna, Q.bras1)],
    { date: "2022-01-01", precision: "year" },
  ),
  rel(
    "blf-bras-alliance",
    "blf",
    "bras",
    "alliance",
    "The BLF is a member of the BRAS alliance (both of the document's member lists name it).",
    [c(L.bna, Q.bras1), c(L.sindhi, Q.bras2)],
  ),
  rel("bla-bras-alliance", "bla", "bras", "alliance", "A faction of the BLA, Bashir Zeb's, is a member of BRAS.", [
    c(L.bna, Q.bras1),
    c(L.sindhi, Q.bras2),
  ]),
  rel("bra-bras-alliance", "bra", "bras", "alliance", "A faction of the BRA, Gulzar Imam's, is a member of BRAS.", [
    c(L.bna, Q.bras1),
    c(L.sindhi, Q.bras2),
  ]),
  rel("brg-bras-alliance", "brg", "bras", "alliance", "The Baloch Republican Guard (Bukhtiar Domki's BRG) is a member of BRAS.", [
    c(L.bna, Q.bras1),
    c(L.sindhi, Q.bras2),
  ]),
  rel(
    "sra-bras-alliance",
    "sra",
    "bras",
    "alliance",
    "The Sindhi SRA is linked to the Baloch BRAS (the nexus formed in July 2020) and increased its attacks after joining it, hinting at more funding and training.",
    [
      c(L.sindhi, Q.sraBras),
      c(L.sindhi, "After joining BRAS, SRA increased its attacks, which also hinted at enhanced funding and training for the group."),
    ],
    { date: "2020-07-01", precision: "month" },
  ),
  rel(
    "sra-sla-affiliate",
    "sra",
    "sla",
    "affiliate",
    "PIPS calls the Sindhudesh Liberation Army or Front (SLA/F) the SRA's parent organisation; both have targeted the state and foreign interests in Sindh since 2013.",
    [
      c(
        L.sindhi,
        "The SRA and its parent organization Sindhudesh Liberation Army or Front (SLA/F) have been targeting state infrastructure, security forces, and foreign nationals and interests in Sindh since 2013.",
      ),
    ],
  ),
  rel(
    "bla-uba-defection",
    "bla",
    "uba",
    "defection",
    "Abdul Nabi Bungalzai, a hardline commander expelled from the BLA for attacking civilians and looting Baloch traders, now leads the UBA's more lethal faction.",
    [
      c(
        L.otherBaloch,
        "Abdul Nabi Bungalzai, a hardliner commander who was expelled from BLA while attacking the civilians and looting the Baloch traders, leads the more lethal faction of the group.",
      ),
    ],
  ),
];

const otherIncidents: IncidentInput[] = [
  {
    key: "pips-2022/incident/kech-blf-fc-post-2022-01",
    title: "BLF attack on a security post in Kech",
    date: "2022-01-01",
    datePrecision: "month",
    country: "PK",
    province: "PK-BA",
    district: "pk-ba-kech",
    place: "Security post, Kech district",
    type: "other",
    target: "security_forces",
    killed: 10,
    killedQualifier: "at_least",
    injured: 3,
    injuredQualifier: "exact",
    perpetrators: [{ group: "blf", attribution: "attributed" }],
    description:
      "In January 2022 the BLF launched a lethal attack on a security post in Kech district, killing at least 10 FC personnel and injuring three. The method is not described.",
    citations: [
      c(
        L.blf,
        "In January, the group launched a lethal attack on security post in Kech district, martyring at least 10 FC personnel and injuring three others.",
      ),
    ],
  },
  {
    key: "pips-2022/incident/bla-panjgur-nushki-fc-camps-2022",
    title: "Coordinated BLA fidayeen attacks on FC camps in Panjgur and Nushki",
    date: "2022-01-01",
    datePrecision: "year",
    country: "PK",
    province: "PK-BA",
    district: null,
    place: "FC camps in Panjgur and Nushki",
    type: "armed_assault",
    target: "security_forces",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [{ group: "bla", attribution: "claimed" }],
    description:
      "Among the 22 attacks the BLA claimed in 2022 (to 20 August). Coordinated 'fidayeen' (suicide commando) attacks on two FC camps, in Panjgur and Nushki districts, so no single district is set. The text gives no date within 2022 and no casualty figures.",
    citations: [c(L.bla, "the coordinated fidayeen attacks on FC camps in Panjgur and Nushki")],
  },
  {
    key: "pips-2022/incident/bla-sibi-fc-soldiers-2022",
    title: "BLA killing of FC soldiers in Sibi",
    date: "2022-01-01",
    datePrecision: "year",
    country: "PK",
    province: "PK-BA",
    district: "pk-ba-sibi",
    place: "Sibi ('Sibbi' in the text)",
    type: "other",
    target: "security_forces",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [{ group: "bla", attribution: "claimed" }],
    description:
      "Among the BLA's claimed attacks of 2022 (to 20 August). The text gives no date, method or number killed. The IS-K-claimed suicide attack on FC personnel in Sibi in 2022 is recorded separately; the document does not say whether they are related.",
    citations: [c(L.bla, "killing of FC soldiers in Sibbi")],
  },
  {
    key: "pips-2022/incident/bla-karachi-chinese-nationals-2022",
    title: "BLA female suicide attack on Chinese nationals in Karachi",
    date: "2022-01-01",
    datePrecision: "year",
    country: "PK",
    province: "PK-SD",
    district: null,
    place: "Karachi",
    type: "suicide_bombing",
    target: "foreign_nationals",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [{ group: "bla", attribution: "claimed" }],
    description:
      "Among the BLA's claimed attacks of 2022 (to 20 August): a suicide attack by a woman on Chinese nationals in Karachi. The text gives no date or casualty figures; Karachi's district is not given.",
    citations: [c(L.bla, "a female suicide attack on Chinese nationals in Karachi")],
  },
  {
    key: "pips-2022/incident/brg-sibi-non-baloch-workers-2021",
    title: "BRG attack on non-Baloch workers in Sibi",
    date: "2021-01-01",
    datePrecision: "year",
    country: "PK",
    province: "PK-BA",
    district: "pk-ba-sibi",
    place: "Sibi",
    type: "other",
    target: "civilians",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [{ group: "brg", attribution: "claimed" }],
    description: "The BRG's only claimed attack of 2021. The text gives no date, method or casualties.",
    citations: [c(L.otherBaloch, Q.brg2021)],
  },
  {
    key: "pips-2022/incident/sra-karachi-coast-guards-2022-05-12",
    title: "SRA attack near a Coast Guards vehicle in Karachi",
    date: "2022-05-12",
    datePrecision: "day",
    country: "PK",
    province: "PK-SD",
    district: null,
    place: "Near a Coast Guards vehicle, Karachi",
    type: "other",
    target: "security_forces",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [{ group: "sra", attribution: "claimed" }],
    description:
      "The SRA claimed the attack, accusing Pakistan and China of capturing and exploiting Sindh's coastal lands, ports and islands. The text says 'May 12th'; 2022 follows from 'the recent Karachi attack'. Probably the SRA's one Karachi attack of 2022 on security forces counted in the text, though the document does not say so. Method and casualties not given.",
    citations: [c(L.sindhi, "while claiming the recent Karachi attack (on May 12th) near a Coast Guards vehicle")],
  },
  {
    key: "pips-2022/incident/kabul-airport-bombing-2021-08",
    title: "IS-K bombing at Kabul airport",
    date: "2021-08-01",
    datePrecision: "month",
    country: "AF",
    province: "AF-KAB",
    district: null,
    place: "Kabul airport",
    type: "ied",
    target: "civilians",
    killed: 180,
    killedQualifier: "more_than",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [{ group: "iskp", attribution: "attributed" }],
    description:
      "PIPS cites the August 2021 Kabul airport bombing as an example of IS-K's high-impact attacks: more than 180 killed (CRSS gives 'over 170'). The day, the method beyond 'bombing' and the victims are not specified.",
    citations: [c(L.isk, "the August 2021 bombing at the Kabul airport that killed more than 180 people")],
  },
  {
    key: "pips-2022/incident/kunduz-mosque-2021-10-08",
    title: "IS-K attack on a Shia mosque in Kunduz",
    date: "2021-10-08",
    datePrecision: "day",
    country: "AF",
    province: "AF-KDZ",
    district: null,
    place: "Mosque, Kunduz",
    type: "suicide_bombing",
    target: "religious_minority",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [{ group: "iskp", attribution: "claimed" }],
    description:
      "Carried out by the Uyghur militant Muhammad al-Uyghuri. IS-K said it targeted the Shia community and the Taliban for their 'willingness to expel Uyghurs to meet demands from China'. Footnote [24] (Al-Jazeera) calls it a suicide bombing that killed dozens; no exact toll is given.",
    citations: [
      c(
        L.isk,
        "Experts argue the IS-K’s Kunduz mosque attack on October 8, 2021, which was carried out by a Uyghur militant Muhammad al-Uyghuri",
      ),
      c("Footnote [24]", "“Afghanistan: Dozens killed in suicide bombing at Kunduz mosque”, Al-Jazeera, October 8, 2021,"),
    ],
  },
  {
    key: "pips-2022/incident/swat-search-operation-2022-08-10",
    title: "Swat police search operations for militants in Balasoor, Kabal and Khwazkhela",
    date: "2022-08-10",
    datePrecision: "day",
    country: "PK",
    province: "PK-KP",
    district: "pk-kp-swat",
    place: "Mountains of Balasoor and Kabal; Khwazkhela tehsil",
    type: "counter_terror_operation",
    target: "militants",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [],
    description: "On 10 August 2022 Swat police said they were conducting search operations for militants. The text reports no casualties.",
    citations: [
      c(
        L.intro,
        "Similarly, on August 10, the Swat police issued a statement saying they were undertaking search operations for militants in the mountains of Balasoor and Kabal as well as in Khwazkhela tehsil.",
      ),
    ],
  },
];

const ev = (
  key: string,
  date: string,
  datePrecision: EventInput["datePrecision"],
  kind: EventInput["kind"],
  title: string,
  description: string,
  citations: Citation[],
): EventInput => ({ key: `pips-2022/event/${key}`, date, datePrecision, kind, title, description, citations });

const otherEvents: EventInput[] = [
  ev(
    "taliban-takeover-kabul-2021-08-15",
    "2021-08-15",
    "day",
    "military",
    "Taliban take Kabul",
    "PIPS measures its 'one year since the Taliban takeover' from 15 August 2021 ('the ill-fated fall of Kabul last August').",
    [
      c(
        L.intro,
        "For Pakistan watchers it was not hard to foresee the dreadful fallout for Pakistan of the ill-fated fall of Kabul last August.",
      ),
      c(L.intro, "433 people were killed and 719 were wounded in 250 terrorist attacks in Pakistan between 15 Aug 2021 and 14 Aug 2022."),
    ],
  ),
  ev(
    "taliban-free-ttp-inmates-2021-08",
    "2021-08-01",
    "month",
    "other",
    "Taliban free hundreds of TTP inmates from Kabul prisons",
    "After the August 2021 takeover the Taliban freed hundreds of TTP prisoners, including founding member Maulvi Faqir Mohammad; the TTP celebrated with a large vehicle caravan in eastern Afghanistan.",
    [
      c(L.ttp, "by freeing hundreds of TTP inmates from prisons in Kabul following the August takeover."),
      c(
        L.ttp,
        "The TTP celebrated the freedom of its members through a power show by taking out a massive caravan of vehicles in eastern Afghanistan.",
      ),
    ],
  ),
  ev(
    "amin-ul-haq-returns-2021-08",
    "2021-08-01",
    "month",
    "leadership",
    "Bin Laden's former security manager Amin Muhammad-ul-Haq reportedly returns to Afghanistan",
    "A report claims he returned in late August 2021 ('late August last year').",
    [
      c(
        L.aq,
        "Another report claims Bin Laden’s former security manager Amin Muhammad-ul-Haq returned to Afghanistan in late August last year.",
      ),
    ],
  ),
  ev(
    "abdullah-bin-laden-visit-2021-10",
    "2021-10-01",
    "month",
    "other",
    "Bin Laden's son Abdullah reportedly visits Afghanistan to meet Taliban leaders",
    "As per one account cited by PIPS.",
    [c(L.aq, "Bin Laden’s son Abdullah visited Afghanistan to meet Taliban leaders in October 2021.")],
  ),
  ev(
    "bizenjo-talks-baloch-leaders-2021-11",
    "2021-11-01",
    "month",
    "political",
    "Balochistan CM Bizenjo says government in talks with self-exiled Baloch leaders",
    "In November 2021 the new Chief Minister Mir Abdul Qudoos Bizenjo said his government was talking to self-exiled Baloch leaders; he later claimed indirect contact with insurgent leaders including the BLF, which BLF spokesman Gohram Baloch refuted.",
    [
      c(
        L.soft,
        "In November last year, Balochistan’s new Chief Minister Mir Abdul Qudoos Bizenjo said that the government was in talks with self-exiled Baloch leaders.",
      ),
    ],
  ),
  ev(
    "imran-khan-gwadar-baloch-talks-2021-07",
    "2021-07-01",
    "month",
    "political",
    "PM Imran Khan, in Gwadar, says he is considering talks with Baloch insurgents",
    "He also appointed Shahzain Bugti as his assistant on reconciliation and harmony in Balochistan.",
    [c(L.soft, "On his visit to Gwadar in July 2021, Prime Minister Imran Khan promised he was considering talks with Baloch insurgents.")],
  ),
  ev(
    "bajwa-balochistan-bedrock-2021-07-06",
    "2021-07-06",
    "day",
    "political",
    "Army chief Bajwa calls peace in Balochistan the 'bedrock of Pakistan's progress'",
    "The text says 'on July 6'; the year 2021 comes from footnote [44] (Dawn, 6 July 2021).",
    [
      c(
        L.soft,
        "Similarly, on July 6, military chief General Bajwa said peace and prosperity in Balochistan formed the “bedrock of Pakistan’s progress”.",
      ),
    ],
  ),
  ev(
    "cabinet-baloch-talks-2021-07-07",
    "2021-07-07",
    "day",
    "political",
    "Federal cabinet green-lights talks with disaffected Baloch tribes",
    "The text says 'on July 7', after the PM's Gwadar visit of July 2021; footnote [43] is dated 7 July 2021.",
    [
      c(
        L.soft,
        "Later, on July 7, media reported that the federal cabinet had green-signaled to talks with indignant Baloch tribes to achieve peace in the province.",
      ),
    ],
  ),
  ev(
    "nap-revised-2021",
    "2021-01-01",
    "year",
    "political",
    "National Action Plan revised from 20 points to 14",
    "PIPS says action on the revised plan never started, and that experts criticise it as vague, open to misuse and drafted without the political parties and Parliament.",
    [
      c(
        L.soft,
        "In 2021, however, the government did undertake a revision of the NAP, bringing down the 20 points to 14. But action on revised plan never started.",
      ),
    ],
  ),
  ev(
    "ttp-ceasefire-declared-2022",
    "2022-01-01",
    "year",
    "agreement",
    "TTP declares an 'indefinite ceasefire' at Eid-ul-Fitr",
    "Brokered with Afghan Taliban mediation; it lasted only a few months and the TTP ended it on 2 September 2022. The text gives no date beyond 'the eve of Eidul Fitr' (2022).",
    [c(L.ttp, "The “indefinite ceasefire” declared by the TTP on the eve of Eidul Fitr lasted only few months.")],
  ),
  ev(
    "taliban-accuse-pakistan-incursions-2022",
    "2022-01-01",
    "year",
    "political",
    "Taliban accuse Pakistan of military incursions in Khost and Kunar; Pakistani ambassador summoned",
    "The text says 'In early 2022'; Pakistan's Foreign Office said it was looking into the situation.",
    [c(L.threats, "In early 2022, the Taliban regime accused Pakistan of military incursions in Khost and Kunar provinces.")],
  ),
  ev(
    "tipu-gul-groups-join-ttp-2022-03",
    "2022-03-01",
    "month",
    "other",
    "TTP announces merger of three Lakki Marwat groups under Maulvi Tipu Gul",
    "The text says 'In March' in a section on 2022.",
    [c(L.rTtp, "In March, TTP announced that three militant groups from Lakki Marwat under Maulvi Tipu Gul had merged with the TTP")],
  ),
  ev(
    "north-waziristan-commanders-join-ttp-2022-04",
    "2022-04-01",
    "month",
    "other",
    "Former Taliban commanders from North Waziristan join the TTP",
    "'A month later' than the March 2022 merger of the Tipu Gul groups.",
    [c(L.rTtp, "and a month later, some former Taliban commanders from North Waziristan also joined the group.")],
  ),
  ev(
    "taliban-jirga-2022-03",
    "2022-03-01",
    "month",
    "political",
    "Taliban jirga exposes internal rivalries",
    "Per a UN Security Council report of May 2022: Kandahari vs Haqqani, Kandahari vs de facto cabinet, and military vs ulema rivalries.",
    [
      c(
        L.taliban,
        "Taliban’s jirga in March 2022 exposed Kandahari vs Haqqani, Kandahari vs de factor cabinet, and military vs ulema rivalries.",
        UN_13,
      ),
    ],
  ),
  ev(
    "pakistan-demands-action-2022-04",
    "2022-04-01",
    "month",
    "political",
    "Pakistan demands stern Afghan action after TTP attacks",
    "After 20 TTP attacks in April 2022, including one that killed seven soldiers in North Waziristan.",
    [c(L.threats, "In response, Pakistan demanded stern action against the perpetrators.")],
  ),
  ev(
    "bna-formed-2022-01",
    "2022-01-01",
    "month",
    "other",
    "Baloch Nationalist Army formed by the merger of UBA and a BRA faction",
    "BNA spokesman Mureed Baloch said the unification was meant to strengthen the Baloch resistance movement.",
    [c(L.bna, Q.bnaFormed)],
  ),
  ev(
    "blf-annual-report-2022-01",
    "2022-01-01",
    "month",
    "other",
    "BLF issues its 2021 annual report",
    "Claims 176 attacks on security forces and 226 personnel killed in 2021.",
    [c(L.blf, Q.blfReport)],
  ),
  ev(
    "sanaullah-military-authorised-talks-2022-07",
    "2022-07-01",
    "month",
    "political",
    "Interior Minister Rana Sanaullah says a parliamentary committee authorised the military to hold talks with the TTP",
    "He said the talks would stay within the constitution. The Parliamentary Committee on National Security also approved the negotiation process and signalled a Parliamentary Oversight Committee (date not given).",
    [
      c(
        L.ttp,
        "Sensing the heat, Interior Minister Rana Sanaullah revealed in July that the military had been authorized by a parliamentary committee to hold the talks.",
      ),
      c(
        L.ttp,
        "Similarly, the Parliamentary Committee on National Security (PCNS) also approved the process of negotiations and signaled the establishment of a Parliamentary Oversight Committee.",
      ),
    ],
  ),
  ev(
    "military-huddle-ttp-talks-2022-07-22",
    "2022-07-22",
    "day",
    "military",
    "Military meeting chaired by CJCSC Gen. Nadeem Raza discusses 'peace talks' with the TTP",
    "Decided to pursue the matter according to a 'comprehensive security strategy'. The year follows from footnote [11] (Dawn, 23 July 2022).",
    [
      c(
        L.ttp,
        "a military huddle on July 22, chaired by Chairman Joint Chiefs of Staff General Nadeem Raza also discussed the ‘peace talks’",
      ),
    ],
  ),
  ev(
    "ulema-delegation-kabul-2022-07-25",
    "2022-07-25",
    "day",
    "political",
    "Pakistani clerics led by Mufti Taqi Usmani hold talks with the TTP in Kabul (25–26 July)",
    "The delegation reported that the TTP was unrelenting on its demand about FATA. The government's 'red lines': respect for the constitution, TTP disarmament, no reversal of the ex-FATA merger.",
    [
      c(
        L.ttp,
        "A delegation of Pakistani clerics led by Mufti Taqi Usmani that held talks with TTP on July 25-26 in Kabul reported that the TTP was unrelenting in its demand about FATA.",
      ),
      c(L.ttp, "These include respect for the constitution, disarming of the TTP, and no reversal of the merger of ex-FATA."),
    ],
  ),
  ev(
    "khwaja-asif-national-assembly-2022-08-10",
    "2022-08-10",
    "day",
    "political",
    "Defence Minister Khwaja Asif tells National Assembly of anti-Taliban protests in KP",
    "He admitted law and order were worsening in the province. At the same time a video showed Pakistani law-enforcement personnel held by militants claiming to be Taliban; they were reportedly released after talks with a local jirga.",
    [
      c(
        L.intro,
        "On 10 August 2022, Defence Minister Khwaja Asif stated in the National Assembly that anti-Taliban sentiments were raging in Khyber Pakhtunkhwa as locals were marching in protest in various districts against Taliban resurgence in their areas.",
      ),
      c(L.intro, "The personnel were reportedly released later after talks with a local jirga."),
    ],
  ),
  ev(
    "lower-dir-police-advice-2022",
    "2022-01-01",
    "year",
    "other",
    "Lower Dir police advise local notables to take safety measures",
    "Advised to reduce unnecessary movement and keep licensed weapons amid reports of returning TTP militants. The text says only 'Recently' (in 2022).",
    [
      c(
        L.intro,
        "Recently, the police in Lower Dir issued advice to local notables, asking them to take measures for their safety and security in view of the emerging situation in the area.",
      ),
    ],
  ),
  ev(
    "national-security-policy-2022",
    "2022-01-01",
    "year",
    "political",
    "Government approves the National Security Policy (2022-26)",
    "The text gives no approval date, only the policy's span (2022-26). It puts economic security at the core; opposition parties in the Senate objected that Parliament was bypassed.",
    [
      c(
        L.soft,
        "On the other hand, the government has approved a National Security Policy (2022-26) that puts economic security at the core.",
      ),
    ],
  ),
  ev(
    "kp-local-elections-merged-districts-2021-22",
    "2021-01-01",
    "year",
    "political",
    "KP local bodies elections of 2021-22 held in the merged districts for the first time",
    "The text dates the elections only as '2021-22'; the earlier year is used with year precision.",
    [
      c(
        L.soft,
        "In the local bodies elections in KP in 2021-22, polls were also held for the first time in the merged districts which is a major political achievement.",
      ),
    ],
  ),
  ev(
    "peca-2016",
    "2016-01-01",
    "year",
    "legal",
    "Prevention of Electronic Crimes Act, 2016",
    "PIPS notes concerns about the misuse of this cyber-security law and of the Action in Aid of Civil Power law.",
    [c(L.soft, "there have also been concerns about the misuse of cyber security laws (mainly Prevention of Electronic Crimes Act, 2016)")],
  ),
];

const recommendation = (
  key: string,
  locator: string,
  title: string,
  text: string,
  theme: RecommendationInput["theme"],
  targetActors: RecommendationInput["targetActors"],
  quotes: string[],
): RecommendationInput => ({
  key: `pips-2022/rec/${key}`,
  source: SOURCE,
  number: null,
  title,
  text,
  theme,
  targetActors,
  priority: "unspecified",
  status: "proposed",
  nextReviewOn: null,
  citations: quotes.map((q) => c(locator, q)),
  updates: [],
});

const otherRecommendations: RecommendationInput[] = [
  recommendation(
    "4-1-merged-districts-idps-infrastructure",
    L.soft,
    "Repatriate the IDPs of the merged districts and build their basic infrastructure",
    "Despite the first local elections in KP's merged districts, much remains to be done: the IDPs still await repatriation, and basic public infrastructure such as roads and schools needs to be built.",
    "governance",
    ["government_of_pakistan", "provincial_governments"],
    [
      "However, much remains to be done. For instance, the IDPs still await repatriation and basic public infrastructures like roads and schools need to be built.",
    ],
  ),
  recommendation(
    "intro-disclose-terms-of-any-ttp-deal",
    L.intro,
    "Disclose the terms of any deal with the TTP and take the people of KP into confidence",
    "If militants are being allowed back under a deal between the government and the TTP, the people, as the principal stakeholder, deserve to know its terms; experts warn that a deal bypassing them would fail unless they are taken into confidence and given guarantees against militant violence.",
    "governance",
    ["government_of_pakistan"],
    [
      "If the militants are being allowed under any deal between the government and the TTP, the principal stakeholder i.e., the people deserve to know the terms and conditions of any such deal.",
      "Experts warn that any deal bypassing the people would be dashed because the people of KP will resist any peace settlement with the militants unless the former are taken into confidence and given guarantees that the militants will not resort to violence against them.",
    ],
  ),
  recommendation(
    "3-bilateral-cooperation-border-sensitivities",
    L.threats,
    "Enhance cooperation with the Taliban regime, which must respond to Pakistan's border and security sensitivities",
    "Pakistan needs to enhance bilateral cooperation with the Taliban regime, while the Taliban need to respond to Pakistan's border and security sensitivities, since cross-border attacks and the destruction of border fences raise tensions that benefit other terror groups.",
    "border_management",
    ["government_of_pakistan", "islamic_emirate_afghanistan"],
    [
      "While Pakistan needs to enhance bilateral cooperation with the Taliban regime, the latter also needs to respond to Pakistan’s border and security sensitivities.",
    ],
  ),
  recommendation(
    "5-1-joint-ct-not-recognition",
    `${L.afg}, bullet 2`,
    "Temper optimism about a Taliban-run Afghanistan; focus on joint CT strategies rather than pressing recognition",
    "Pakistan should not be over-optimistic about a Taliban-controlled Afghanistan (the Taliban are pragmatic and seek good relations with India). Since there is already de facto recognition, Pakistan may stop raising recognition repeatedly and instead develop joint counter-terrorism strategies for mutual security and stability.",
    "afghanistan_engagement",
    ["government_of_pakistan"],
    [
      "Pakistan needs to resist too much optimism about a Taliban-controlled Afghanistan.",
      "Therefore, Pakistan may resist the urge to take up the issue of recognition repeatedly, and instead it may focus on developing joint CT strategies for mutual security stability.",
    ],
  ),
  recommendation(
    "5-1-outreach-to-afghan-society",
    `${L.afg}, bullet 3`,
    "Reach out to different factions of Afghan society, not only militants and warlords",
    "Pakistan's Afghan policy has centred on militant groups, warlords and corrupt politicians rather than Afghan citizens; it may reach out to different factions of Afghan society to help address anti-Pakistan sentiment.",
    "afghanistan_engagement",
    ["government_of_pakistan"],
    [
      "Therefore, Pakistan may adopt a policy to reach out to different factions of Afghan society to help address anti-Pakistan sentiments held by many Afghans.",
    ],
  ),
  recommendation(
    "5-1-balance-conditions-and-sanctions-relief",
    `${L.afg}, bullet 4`,
    "Balance pressing the Taliban to meet international conditions with lobbying for removal of Western sanctions",
    "Most people consulted said Pakistan should balance encouraging the Taliban to accept international conditions with rallying for the removal of Western sanctions, to show diplomatic grit and dispel the perception that Pakistan is the Taliban's mouthpiece.",
    "afghanistan_engagement",
    ["government_of_pakistan", "international_community"],
    [
      "Most people consulted for this study asserted that Pakistan needs to devise a balance between the onerous task of encouraging the Taliban to acquiesce to international conditions and the mission of rallying for the removal of western sanctions.",
    ],
  ),
  recommendation(
    "5-1-humanitarian-corridors",
    `${L.afg}, bullet 5`,
    "Lead in getting humanitarian assistance into Afghanistan by keeping air and road corridors open",
    "Pakistan needs to take the lead in ensuring humanitarian assistance reaches Afghanistan, keeping air and road corridors open for UN agencies, NGOs and other donors.",
    "afghanistan_engagement",
    ["government_of_pakistan"],
    [
      "Pakistan needs to take lead in ensuring that humanitarian assistance reaches Afghanistan.",
      "This can be done by keeping the air and road corridors open for humanitarian assistance including for UN agencies, NGOs, and other donors.",
    ],
  ),
  recommendation(
    "5-1-oic-commitments",
    `${L.afg}, bullet 5`,
    "Be on the front foot in implementing the OIC's commitments on Afghanistan",
    "Pakistan should take the lead in implementing the Organisation of Islamic Cooperation's commitments on the Afghan situation.",
    "regional_cooperation",
    ["government_of_pakistan"],
    [
      "Moreover, Pakistan shall be on the front foot with regards to implementation of OIC’s commitments pertaining to the Afghan situation.",
    ],
  ),
  recommendation(
    "5-1-pro-trade-policy-barter",
    `${L.afg}, bullet 6`,
    "Adopt a pro-trade policy with Afghanistan, including barter, until its economy stabilises",
    "Pakistan may devise a pro-trade policy that facilitates bilateral trade, including a barter system until Afghanistan's economy stabilises, in line with the National Security Policy's economic focus; exports to Afghanistan fell 34% and imports 2% since the Taliban takeover.",
    "economic_development",
    ["government_of_pakistan"],
    [
      "Pakistan may devise a pro-trade policy that facilitates bilateral trade and also includes barter system until Afghanistan gains an adequate level of economic stability.",
    ],
  ),
  recommendation(
    "5-2-security-for-foreign-projects",
    `${L.internal}, bullet 3`,
    "Maintain very high vigilance and protect foreign projects and workers, preferably with civilian forces",
    "Because BLA, BLF and BRAS attacks are unpredictable and increasingly high-impact, also against foreign nationals and interests, a very high level of vigilance is required, and foreign projects and workers in Balochistan may be protected, preferably by civilian forces.",
    "law_enforcement",
    ["government_of_pakistan", "law_enforcement", "provincial_governments"],
    [
      "Therefore, a very high vigilance level is required to counter the threat.",
      "Foreign projects and workers may be provided security, preferably by civilian forces in Balochistan.",
    ],
  ),
  recommendation(
    "5-2-public-awareness-balochistan",
    `${L.internal}, bullet 3`,
    "Launch public awareness programmes in Balochistan on development projects",
    "Public awareness programmes may be launched in Balochistan, where many people are unaware of ongoing developments; awareness of the utility of development projects may reduce support for militant groups.",
    "information_and_media",
    ["government_of_pakistan", "provincial_governments"],
    [
      "Public awareness programs may be launched in Balochistan as many people are unaware of the ongoing developments there.",
      "Public awareness about the utility of development projects may help reduce support for militant groups.",
    ],
  ),
  recommendation(
    "5-2-balochistan-project-benefits",
    `${L.internal}, bullet 7 (Balochistan-specific)`,
    "Ensure people in Balochistan benefit from mega development projects as soon as possible",
    "The socio-economic trickle-down of mega development projects in Balochistan has been minimal; Pakistan needs to make sure the province's people start reaping their benefits as soon as possible.",
    "economic_development",
    ["government_of_pakistan", "provincial_governments"],
    [
      "As the socioeconomic trickledown impact of mega development projects for masses in the Balochistan has been minimum so far, Pakistan needs to make sure that people in the province start reaping the benefits of big projects as soon as possible.",
    ],
  ),
  recommendation(
    "5-2-socio-cultural-engagement",
    `${L.internal}, bullet 8 (Balochistan-specific)`,
    "Increase socio-cultural engagement between foreign project workers and local people",
    "There is a need for more socio-cultural engagement between foreigners working on development projects in Balochistan and local populations.",
    "economic_development",
    ["government_of_pakistan", "provincial_governments"],
    [
      "There is a need to increase the socio-cultural engagements between foreigners working on development projects and local populations.",
    ],
  ),
  recommendation(
    "5-2-balochistan-government-outreach",
    `${L.internal}, bullet 8 (Balochistan-specific)`,
    "Government of Balochistan to reach out to the public, educated youth and civil society",
    "The Government of Balochistan needs to reach out to people in the province to address the concerns of the general public, educated youth and civil society.",
    "governance",
    ["provincial_governments"],
    [
      "The Government of Balochistan need to reach out to people in the province to address the concerns of general public, educated youth and the civil society.",
    ],
  ),
  recommendation(
    "5-2-technical-institutions-balochistan",
    `${L.internal}, closing paragraph (Balochistan-specific)`,
    "Set up a network of technical institutions in Balochistan's urban areas to train local youth for development jobs",
    "The Baloch demand a network of technical institutions in the province's urban areas to train local youth for development projects; most educated youth are unemployed because they lack the technical qualifications and experience needed for jobs at Gwadar port and future industries.",
    "economic_development",
    ["government_of_pakistan", "provincial_governments"],
    [
      "The Baloch demand a network of technical institutions to be set up in the urban areas of the province to train youth from the area to be actively becoming part of development projects.",
    ],
  ),
];

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
    ...otherRelationships,
  ],
  groups,
  groupFacts,
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
      key: "pips-2022/stat/soldiers-killed-operations-2022",
      metric: "security_forces_deaths",
      label: "Army soldiers killed ('martyred') in security/military operations against militants",
      value: 9,
      unit: "people",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: PK,
      group: null,
      note: "Part of the 174 killed in Table 6 (164 militants, nine soldiers, one civilian).",
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
      key: "pips-2022/stat/civilians-killed-operations-2022",
      metric: "civilian_deaths",
      label: "Civilians killed ('martyred') in security/military operations against militants",
      value: 1,
      unit: "people",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: PK,
      group: null,
      note: "Part of the 174 killed in Table 6 (164 militants, nine soldiers, one civilian).",
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
      key: "pips-2022/stat/ops-kp-2022-prose",
      metric: "counter_terror_operations",
      label: "Security/military operations against militants in KP (figure given in the text)",
      value: 34,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: { country: "PK", province: "PK-KP", district: null },
      group: null,
      note: "The text says 34, but the KP district rows of Table 6 (Bannu 3, D.I Khan 4, Khyber 1, Lakki Marwat 3, North Waziristan 20, Peshawar 3, Tank 1) add up to 35. Both figures are kept; the total is 52 either way.",
      citations: [
        {
          source: SOURCE,
          locator: "4.2 Continuing kinetic actions against militants",
          quote:
            "This year alone till August 20, the forces conducted 52 such operations (as shown in the table below) including 34 in KP, 17 in Balochistan and one in Karachi.",
        },
      ],
    },
    {
      key: "pips-2022/stat/ops-balochistan-2022-prose",
      metric: "counter_terror_operations",
      label: "Security/military operations against militants in Balochistan (figure given in the text)",
      value: 17,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2022_TO_AUG_20,
      geography: { country: "PK", province: "PK-BA", district: null },
      group: null,
      note: "The text says 17, but the Balochistan district rows of Table 6 (Awaran 1, Gwadar 1, Kech 5, Kohlu 1, Mastung 1, Nushki 1, Panjgur 1, Quetta 2, Sibi 1, Ziarat 2) add up to 16. Both figures are kept; the total is 52 either way.",
      citations: [
        {
          source: SOURCE,
          locator: "4.2 Continuing kinetic actions against militants",
          quote:
            "This year alone till August 20, the forces conducted 52 such operations (as shown in the table below) including 34 in KP, 17 in Balochistan and one in Karachi.",
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
    ...otherStatistics,
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
    ...otherIncidents,
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
    ...otherEvents,
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
      status: "proposed",
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
      status: "proposed",
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
      status: "proposed",
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
      status: "proposed",
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
      status: "proposed",
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
    ...otherRecommendations,
  ],
} satisfies SeedModule;
