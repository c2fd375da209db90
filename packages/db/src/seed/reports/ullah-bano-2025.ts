import type { DatasetInput } from "@monitor/domain";

const SOURCE = "ullah-bano-2025";

/**
 * Karim Ullah & Abida Bano (2025), "Assessing the Implications of TTP Regional Alliances on the
 * Internal Security of Pakistan". Sample curation: the TTP's alliances with al-Qaeda and ISKP (which
 * this paper, unlike CRSS and EFSAS, describes as cooperative), the 2018 Mastung rally bombing, the
 * 2019 announcement of an IS "Pakistan Province", and the conclusion's policy response.
 */
export const ullahBano2025 = {
  sources: [
    {
      slug: SOURCE,
      title: "Assessing the Implications of TTP Regional Alliances on the Internal Security of Pakistan",
      shortTitle: "Ullah & Bano 2025: TTP regional alliances",
      publisher: null,
      authors: ["Karim Ullah", "Abida Bano"],
      year: 2025,
      publishedOn: null,
      kind: "journal_article",
      url: null,
      file: "003_443eb9f47b6d3b66.txt",
      inferred: [],
      notes:
        "Journal article, Vol. 3 No. 9 (September 2025); the seed text does not name the journal. Based on Karim Ullah's MS thesis (Institute of Peace and Conflict Studies, University of Peshawar), supervised by Dr. Abida Bano. Qualitative: semi-structured interviews with 29 respondents. No separate recommendations section; the policy response is in the Conclusion.",
    },
  ],
  relationships: [
    {
      key: "ullah-bano-2025/rel/al-qaeda-ttp-cooperation",
      from: "al-qaeda",
      to: "ttp",
      type: "cooperation",
      start: { date: "2007-01-01", precision: "year" },
      end: null,
      description:
        "Al-Qaeda helped establish the TTP in 2007 with strategic advice, training and logistics, and now offers IED training and media assistance to TTP cadres; the TTP in turn gives al-Qaeda operational depth and territory.",
      citations: [
        {
          source: SOURCE,
          locator: "TTP Relationship with AQ and ISKP",
          quote:
            "AQ played a prominent role in establishing the TTP in 2007, providing it with strategic advice, training, and logistical support, particularly in the North and South Waziristan regions",
        },
        {
          source: SOURCE,
          locator: "TTP Relationship with AQ and ISKP",
          quote: "AQ is presently offering IED training and media assistance to TTP cadres (Gul, 2024).",
        },
      ],
    },
    {
      key: "ullah-bano-2025/rel/ttp-iskp-cooperation",
      from: "ttp",
      to: "iskp",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "The paper argues that the TTP cooperates with ISKP out of practical interest (a shared aim of attacking the Pakistani military) and that the two sometimes join forces in coordinated attacks. CRSS and EFSAS describe the relationship as a rivalry (see that relationship).",
      citations: [
        {
          source: SOURCE,
          locator: "Conclusion",
          quote:
            "Their terrorist activities have worsened the security situation, with ISKP and TTP sometimes joining forces in coordinated attacks.",
        },
        {
          source: SOURCE,
          locator: "Findings and Analysis: Implications of TTP and ISKP Nexus",
          quote: "cooperation between TTP and ISKP is a matter of practical concerns, not of ideological conformity",
        },
      ],
    },
    {
      key: "ullah-bano-2025/rel/lashkar-e-jhangvi-iskp-cooperation",
      from: "lashkar-e-jhangvi",
      to: "iskp",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "LeJ in Balochistan, under Yousaf Mansour Khurasani, has working ties with ISKP to target the Shia Hazara community in and beyond Quetta. CRSS calls this a transactional alliance in which LeJ exchanges cooperation for resources such as funding or training.",
      citations: [
        {
          source: SOURCE,
          locator: "TTP Relationship with AQ and ISKP",
          quote:
            "Mansoor has established working connections with the ISKP to target the Shia-Hazara community in the provincial capital of Quetta and beyond",
        },
        {
          source: "crss-2025",
          locator: "Patterns of Alliance Building Among Terrorist Organizations in Pakistan",
          quote:
            "Transactional alliances involve smaller groups, such as Lashkar-e-Jhangvi (LeJ) cooperating with ISKP in exchange for resources such as funding or training.",
        },
      ],
    },
    {
      key: "ullah-bano-2025/rel/jamaat-ul-ahrar-ttp-splinter",
      from: "jamaat-ul-ahrar",
      to: "ttp",
      type: "splinter",
      start: null,
      end: null,
      description:
        "Jamaat-ul-Ahrar broke away from the TTP amid the factionalism that followed the deaths of Baitullah and Hakimullah Mehsud (no date given). CRSS reports that the TTP has since tried to bring such factions back.",
      citations: [
        {
          source: SOURCE,
          locator: "Tehrik-e-Taliban Pakistan – Resurgence and Fortification",
          quote: "TTP also lost its centralized command structure due to factionalism, including the breakaway of Jamaat-ul-Ahrar (JuA)",
        },
      ],
    },
  ],
  statistics: [],
  incidents: [
    {
      key: "ullah-bano-2025/incident/mastung-election-rally-2018-07",
      title: "Attack on an election rally in Mastung",
      date: "2018-07-01",
      datePrecision: "month",
      country: "PK",
      province: "PK-BA",
      district: "pk-ba-mastung",
      place: "Election rally, Mastung",
      type: "other",
      target: "political",
      killed: 149,
      killedQualifier: "more_than",
      injured: 300,
      injuredQualifier: "over",
      perpetrators: [{ group: "iskp", attribution: "attributed" }],
      description:
        "Described as ISKP's bloodiest attack in Balochistan (source: BBC, 2018). The paper gives the month only and does not describe the method.",
      citations: [
        {
          source: SOURCE,
          locator: "TTP Relationship with AQ and ISKP",
          quote:
            "The bloodiest and most mass casualty attack happened in July 2018 when an election rally was held in Mastung, which resulted in the death of more than 149 people, and over 300 more were injured (BBC, 2018).",
        },
      ],
    },
  ],
  events: [
    {
      key: "ullah-bano-2025/event/islamic-state-pakistan-province-2019-05-15",
      date: "2019-05-15",
      datePrecision: "day",
      title: "Islamic State announces a 'Pakistan Province' (ISPP)",
      description:
        "The IS Amaq agency announced the Islamic State Pakistan Province and claimed two attacks in Balochistan; former TTP commander Dawood Mehsud was named its emir.",
      kind: "other",
      citations: [
        {
          source: SOURCE,
          locator: "TTP Relationship with AQ and ISKP",
          quote:
            "On May 15, 2019, the group Amaq media released a statement that announced the formation of the Islamic State Pakistan Province (ISPP) alongside claiming two terrorist attacks in the Pakistani province of Balochistan (Gul, 2019).",
        },
      ],
    },
  ],
  recommendations: [
    {
      key: "ullah-bano-2025/rec/conclusion-multi-layered-response",
      source: SOURCE,
      number: null,
      title: "Combine intelligence sharing, counter-financing and regional action plans with a counter-ideology offensive",
      text: "Pakistan should combine more effective intelligence sharing, specialised counter-financing efforts and regional counter-terrorism action plans with an effective counter-ideology offensive that undermines the appeal of extremist narratives.",
      theme: "counter_terrorism",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Conclusion",
          quote:
            "Pakistan needs to combine more effective intelligence sharing, specialized counter-financing efforts, and regionally based counterterrorism action plans with an effective counter-ideology offensive to undermine the appeal of extremist narratives.",
        },
      ],
      updates: [],
    },
    {
      key: "ullah-bano-2025/rec/abstract-adaptive-ct-strategy",
      source: SOURCE,
      number: null,
      title: "Develop an adaptive counter-terrorism strategy covering local groups and their transnational partners",
      text: "Pakistan should develop an adaptive counter-terrorism strategy that addresses both domestic insurgencies by local terrorist groups and their transnational partners.",
      theme: "counter_terrorism",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Abstract",
          quote:
            "This study highlights the need to develop an adaptive counterterrorism strategy to address both domestic insurgencies by local terrorist groups and their transnational partners.",
        },
      ],
      updates: [],
    },
  ],
} satisfies DatasetInput;
