import type { Indicator } from "@monitor/domain";
import type { SeedModule } from "../types";

/**
 * Editors' tracker decisions on the seed recommendations, kept apart from the per-document modules
 * (which hold only what each document says):
 *
 * - families: recommendations confirmed to be one recommendation made in several places, so the
 *   tracker can say how often and since when it has been asked for. Every member keeps its own
 *   record and quote; the family only links them.
 * - provinces: where a recommendation's implementation is tracked per province because the text
 *   names the province (Balochistan, the merged tribal districts of Khyber Pakhtunkhwa).
 * - indicators: the figure a recommendation should move, shown with its status changes.
 */
export const seedFamilies: NonNullable<SeedModule["recommendationFamilies"]> = [
  {
    key: "family/diplomatic-engagement-with-kabul-on-the-ttp",
    title: "Engage Kabul diplomatically to deny the TTP Afghan soil",
    note: "Each report asks Pakistan to work through diplomacy and bilateral cooperation with the Afghan Taliban against cross-border militancy.",
    members: [
      "pips-2022/rec/5-1-bilateral-engagement-with-kabul",
      "crss-2025/rec/es-quiet-forceful-diplomacy-with-kabul",
      "akbar-taliban-2/rec/1-diplomacy-taliban-cut-ties",
      "akbar-taliban-2/rec/abstract-diplomatic-engagement",
    ],
  },
  {
    key: "family/strengthen-border-security-with-afghanistan",
    title: "Strengthen border security and cooperate with Afghanistan on the border",
    note: null,
    members: [
      "pips-2022/rec/3-bilateral-cooperation-border-sensitivities",
      "akbar-taliban-2/rec/2-strengthen-border-security",
      "akbar-taliban-2/rec/abstract-border-security",
      "akbar-taliban-2/rec/threlkeld-joint-ct-border-security",
    ],
  },
  {
    key: "family/regional-counter-terrorism-cooperation",
    title: "Regional counter-terrorism cooperation and intelligence sharing",
    note: null,
    members: [
      "crss-2025/rec/05-regional-counter-terrorism-coordination",
      "crss-2025/rec/es-regional-consensus",
      "ullah-bano-2025/rec/conclusion-regional-ct-action-plans",
      "akbar-taliban-2/rec/abstract-regional-ct-cooperation",
    ],
  },
  {
    key: "family/address-the-root-causes-of-extremism",
    title: "Address the root causes of extremism: poverty, inequality, governance",
    note: null,
    members: [
      "crss-2025/rec/es-address-root-causes",
      "akbar-taliban-2/rec/abstract-root-causes-of-extremism",
      "akbar-taliban-2/rec/sayed-comprehensive-approach-root-causes",
    ],
  },
  {
    key: "family/counter-narratives",
    title: "Counter-narratives against militant ideology",
    note: null,
    members: [
      "crss-2025/rec/02-promote-alternative-narratives",
      "ullah-bano-2025/rec/conclusion-counter-ideology-offensive",
      "akbar-taliban-2/rec/5-counter-narratives",
    ],
  },
  {
    key: "family/china-leverage-on-the-taliban",
    title: "Use China's leverage on the Taliban over the TTP",
    note: null,
    members: ["crss-2025/rec/04-regional-collaboration", "crss-2025/rec/conclusion-china-leverage-on-ttp"],
  },
];

/** Provinces whose implementation is tracked separately, by recommendation key. */
export const seedRecommendationProvinces: Record<string, string[]> = {
  "crss-2025/rec/08-strengthen-state-institutions": ["PK-KP"],
  "pips-2022/rec/4-1-merged-districts-idps-infrastructure": ["PK-KP"],
  "pips-2022/rec/5-2-balochistan-comprehensive-policy": ["PK-BA"],
  "pips-2022/rec/5-2-public-awareness-balochistan": ["PK-BA"],
  "pips-2022/rec/5-2-balochistan-project-benefits": ["PK-BA"],
  "pips-2022/rec/5-2-balochistan-government-outreach": ["PK-BA"],
  "pips-2022/rec/5-2-technical-institutions-balochistan": ["PK-BA"],
  "pips-2022/rec/5-2-civilian-law-enforcement-capacity": ["PK-KP", "PK-BA"],
};

/** Outcome indicators, by recommendation key. */
export const seedRecommendationIndicators: Record<string, Indicator> = {
  "pips-2022/rec/5-2-balochistan-comprehensive-policy": { metric: "fatalities", province: "PK-BA", group: null },
  "crss-2025/rec/08-strengthen-state-institutions": { metric: "fatalities", province: "PK-KP", group: null },
  "pips-2022/rec/5-2-civilian-law-enforcement-capacity": { metric: "terror_attacks", province: null, group: null },
  "pips-2022/rec/5-1-bilateral-engagement-with-kabul": { metric: "fatalities", province: null, group: null },
  "pips-2022/rec/5-2-multi-level-plans-ttp": { metric: "terror_attacks", province: null, group: "ttp" },
};
