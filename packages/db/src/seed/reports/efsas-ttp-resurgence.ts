import type { DatasetInput } from "@monitor/domain";

const SOURCE = "efsas-ttp-resurgence";

/**
 * EFSAS study paper (June 2022), "Good Taliban, Bad Taliban: Tracing the Resurgence of the
 * Tehrik-e-Taliban Pakistan (TTP)". Sample curation: the TTP's ties to the Haqqani Network, its
 * 2021 attack growth, and dated events (Red Mosque siege, Zarb-e-Azb, the 2020 US-Taliban deal). The
 * paper has no recommendations section.
 */
export const efsasTtpResurgence = {
  sources: [
    {
      slug: SOURCE,
      title: "Good Taliban, Bad Taliban: Tracing the Resurgence of the Tehrik-e-Taliban Pakistan (TTP)",
      shortTitle: "EFSAS: Good Taliban, Bad Taliban",
      publisher: "European Foundation for South Asian Studies (EFSAS), Amsterdam",
      authors: [],
      year: 2022,
      publishedOn: null,
      kind: "policy_paper",
      url: null,
      file: "002_3ef08c7409378fd9.txt",
      inferred: [],
      notes:
        "EFSAS 'Study Paper'. No author is named. Dated 'June 2022' at the end; publishedOn is left null because only the month is stated. There is no policy recommendations section.",
    },
  ],
  relationships: [
    {
      key: "efsas-ttp-resurgence/rel/haqqani-network-ttp-cooperation",
      from: "haqqani-network",
      to: "ttp",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "The TTP depends on the Haqqani Network for access to Afghanistan; HN and TTP units have occasionally fought side by side, and the HN mediated the late-2021 ceasefire talks between the TTP and Pakistan.",
      citations: [
        {
          source: SOURCE,
          locator: "Relations with the Taliban & Al Qaeda",
          quote:
            "The TTP now depends on the HN for access to Afghanistan and HN and TTP units have occasionally fought alongside each other in Afghanistan and Pakistan",
        },
      ],
    },
  ],
  statistics: [
    {
      key: "efsas-ttp-resurgence/stat/ttp-attacks-pct-change-2021",
      metric: "percent_change",
      label: "TTP attacks in Pakistan, 2021 vs 2020",
      value: 42,
      unit: "percent",
      qualifier: "exact",
      periodStart: "2021-01-01",
      periodEnd: "2021-12-31",
      periodPrecision: "year",
      geography: { country: "PK", province: null, district: null },
      group: "ttp",
      note: "EFSAS cites Afzal (2022). PIPS (2022) gives an 84% increase (87 attacks) for the same comparison.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "TTP attacks in Pakistan have grown dramatically, registering a 42% increase in 2021 when compared to 2020",
          originalProducer: "Afzal (2022)",
        },
      ],
    },
  ],
  incidents: [],
  events: [
    {
      key: "efsas-ttp-resurgence/event/red-mosque-siege-2007-07",
      date: "2007-07-01",
      datePrecision: "month",
      title: "Pakistani Army lays siege to the Red Mosque (Lal Masjid) in Islamabad",
      description: "EFSAS says the storming killed up to 40 Islamists and provoked the Shura that founded the TTP in the following months.",
      kind: "military",
      citations: [
        {
          source: SOURCE,
          locator: "Emergence and ideology",
          quote: "In July 2007, the Pakistani Army laid siege to the Red Mosque in Islamabad",
        },
        {
          source: SOURCE,
          locator: "Emergence and ideology",
          quote: "When the Army stormed the mosque, it killed up to 40 Islamists (Gall & Masood, 2007).",
        },
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/operation-zarb-e-azb-2014-06",
      date: "2014-06-01",
      datePrecision: "month",
      title: "Pakistani Army launches Operation Zarb-e-Azb against TTP bases in the FATA",
      description:
        "Launched 'just days' after the TTP's June 2014 attack on Karachi airport, so dated to June 2014 at month precision. EFSAS says it displaced up to one million people and pushed the TTP into eastern Afghanistan.",
      kind: "military",
      citations: [
        {
          source: SOURCE,
          locator: "Emergence and ideology",
          quote:
            "Following the TTP’s attack on an airport in Karachi in June 2014, the Pakistani Army launched Operation Zarb-e-Azb (\u201csharp and cutting strike\u201d) against TTP bases in the FATA just days later",
        },
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/us-taliban-doha-agreement-2020",
      date: "2020-01-01",
      datePrecision: "year",
      title: "Doha Agreement between the United States and the Taliban",
      description:
        "Under the agreement the US agreed to withdraw and the Taliban affirmed they would not support foreign militant groups. The text dates it only to 2020; the exact day appears only inside a footnote URL in the CRSS report, so year precision is used.",
      kind: "agreement",
      citations: [
        {
          source: SOURCE,
          locator: "Emergence and ideology",
          quote:
            "the 2020 peace agreement and the 2021 Taliban victory boosted the prospects of a similar feat being achievable in Pakistan as well",
        },
        {
          source: "crss-2025",
          locator: "Evolution of Militancy in the Region and its Global Expansion",
          quote:
            "Under the agreement, the United States agreed to withdraw from Afghanistan whereas the Taliban affirmed that the group will not support any foreign militant groups",
        },
      ],
    },
  ],
  recommendations: [],
} satisfies DatasetInput;
