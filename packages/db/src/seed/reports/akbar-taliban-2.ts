import type { DatasetInput } from "@monitor/domain";

const SOURCE = "akbar-taliban-2";
const PK = { country: "PK", province: null, district: null } as const;

/**
 * Asma Akbar, "Taliban 2.0: Implications for National Security of Pakistan" (research paper).
 * Sample curation: the 2023 attacks the paper dates (Peshawar police-lines mosque, Bajaur rally,
 * Balochistan), the November 2022 ceasefire breakdown, the April 2022 airstrikes, figures quoted
 * from PICSS and SATP, and all six recommendations.
 */
export const akbarTaliban2 = {
  sources: [
    {
      slug: SOURCE,
      title: "Taliban 2.0: Implications for National Security of Pakistan",
      shortTitle: "Akbar: Taliban 2.0",
      publisher: null,
      authors: ["Asma Akbar"],
      year: null,
      publishedOn: null,
      kind: "journal_article",
      url: null,
      file: "004_dd22604b7438ced0.txt",
      inferred: [],
      notes:
        "Headed 'RESEARCH PAPER' and laid out like a journal article (abstract, keywords, corresponding author), but no journal, publisher or date is printed, so 'journal_article' is a judgement from the layout. The author is a Visiting Faculty Lecturer at International Islamic University Islamabad. Year left null: the latest works cited are from 2024, so it was written in 2024 or later.",
    },
  ],
  relationships: [
    {
      key: "akbar-taliban-2/rel/hafiz-gul-bahadur-group-ttp-affiliate",
      from: "hafiz-gul-bahadur-group",
      to: "ttp",
      type: "affiliate",
      start: null,
      end: null,
      description: "Akbar calls the Hafiz Gul Bahadur Group 'a TTP faction'. The other four reports do not discuss the group.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "a number of terrorists form a TTP faction named Hafiz Gul Bahadur Group attacked on military cent and killed 8 security forces",
        },
      ],
    },
  ],
  statistics: [
    {
      key: "akbar-taliban-2/stat/attacks-pct-change-2023-picss",
      metric: "percent_change",
      label:
        "Attacks in Pakistan, 2023 (to early July) vs 2022: the paper says TTP attacks 'across the border'; the cited PICSS report title says 'terror attacks'",
      value: 79,
      unit: "percent",
      qualifier: "exact",
      periodStart: "2023-01-01",
      periodEnd: "2023-07-04",
      periodPrecision: "day",
      geography: PK,
      group: null,
      note: "The body text says 'in the year 2023', but the reference it cites (PICSS, 4 July 2023) describes a '79% spike in terror attacks in 2023 so far than 2022'. The period therefore ends on the reference date. Group left null because the paper and its reference disagree on whether the figure counts TTP attacks only.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "According to a report, an increase of 79 per cent in such attacks occurred in the year 2023 (PICSS, 2023).",
          originalProducer: "PICSS (Pakistan Institute for Conflict and Security Studies), via India Today, 4 July 2023",
        },
        {
          source: SOURCE,
          locator: "References",
          quote: "PICSS. (2023, July 4). Pakistan registers 79% spike in terror attacks in 2023 so far than 2022",
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/ttp-attacks-claimed-2022-04",
      metric: "attacks_claimed",
      label: "Attacks claimed by the TTP, April 2022",
      value: 54,
      unit: "count",
      qualifier: "exact",
      periodStart: "2022-04-01",
      periodEnd: "2022-04-30",
      periodPrecision: "month",
      geography: PK,
      group: "ttp",
      note: "Cites Sayed (2023). PIPS (2022) counts 20 attacks by the TTP and its affiliates in April 2022, which is attacks carried out rather than claimed.",
      citations: [
        {
          source: SOURCE,
          locator: "TTP and Afghan Taliban Nexus",
          quote: "The record was broken again in April 2022, with the TTP claiming 54 attacks.",
          originalProducer: "Sayed (2023)",
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/fatalities-2023-satp",
      metric: "fatalities",
      label: "Deaths 'in the provinces' in 2023 (SATP)",
      value: 929,
      unit: "people",
      qualifier: "exact",
      periodStart: "2023-01-01",
      periodEnd: "2023-12-31",
      periodPrecision: "year",
      geography: PK,
      group: null,
      note: "The sentence does not name 'the provinces'; the preceding paragraph discusses Khyber Pakhtunkhwa and Balochistan. Province left null.",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote: "According to SATP statistics, 74 of the 929 deaths in the provinces in 2023 were caused by ISKP.",
          originalProducer: "SATP (South Asia Terrorism Portal)",
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/iskp-fatalities-2023-satp",
      metric: "fatalities",
      label: "Deaths 'in the provinces' caused by ISKP in 2023 (SATP)",
      value: 74,
      unit: "people",
      qualifier: "exact",
      periodStart: "2023-01-01",
      periodEnd: "2023-12-31",
      periodPrecision: "year",
      geography: PK,
      group: "iskp",
      note: "74 of 929 deaths. 'The provinces' are not named in the sentence (context: Khyber Pakhtunkhwa and Balochistan).",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote: "According to SATP statistics, 74 of the 929 deaths in the provinces in 2023 were caused by ISKP.",
          originalProducer: "SATP (South Asia Terrorism Portal)",
        },
      ],
    },
  ],
  incidents: [
    {
      key: "akbar-taliban-2/incident/peshawar-police-lines-mosque-2023-01-30",
      title: "Suicide bombing at a mosque in Peshawar (mostly policemen killed)",
      date: "2023-01-30",
      datePrecision: "day",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-peshawar",
      place: "Mosque inside a security compound, Peshawar",
      type: "suicide_bombing",
      target: "security_forces",
      killed: 100,
      killedQualifier: "exact",
      injured: 225,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "claimed" }],
      description:
        "The dated passage gives 100 killed and 225 injured, mostly policemen; a later passage in the same paper says 'at least 100' killed and 'more than 225' injured, and calls it Pakistan's bloodiest attack in a decade. The paper says the TTP claimed responsibility.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "On 30 January 2023, a suicide bomber attacked a mosque in Peshawar, killing 100 people and injuring 225 others, mostly policemen. The TTP claimed responsibility for the attack.",
        },
        {
          source: SOURCE,
          locator: "Growing TTP Threats",
          quote:
            "a suicide bomb attack on a mosque inside a security compound in Peshawar killed at least 100 people, mainly police officers, and injured more than 225",
        },
      ],
    },
    {
      key: "akbar-taliban-2/incident/balochistan-police-vehicle-2023-03-06",
      title: "Suicide bombing of a police vehicle in Balochistan",
      date: "2023-03-06",
      datePrecision: "day",
      country: "PK",
      province: "PK-BA",
      district: null,
      place: null,
      type: "suicide_bombing",
      target: "security_forces",
      killed: 9,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "iskp", attribution: "claimed" }],
      description: "Nine police officers were killed. The paper gives no district.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "on 6<sup>th</sup> March 2023, a suicide bomber attacked a police vehicle in Baluchistan, killing nine police officers ISKP claimed responsibility",
        },
      ],
    },
    {
      key: "akbar-taliban-2/incident/kech-soldiers-2023-04-01",
      title: "TTP attack on Pakistani soldiers in Kech",
      date: "2023-04-01",
      datePrecision: "day",
      country: "PK",
      province: "PK-BA",
      district: "pk-ba-kech",
      place: "Kech area",
      type: "other",
      target: "security_forces",
      killed: 4,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description:
        "The paper attributes the attack to the TTP; it does not say whether the group claimed it or how the attack was carried out.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "On 1<sup>st</sup> April 2023, TTP attacked Pakistani soldiers in the Kech area of Baluchistan province, killing four people.",
        },
      ],
    },
    {
      key: "akbar-taliban-2/incident/bajaur-political-rally-2023-07-31",
      title: "Suicide bombing of a political rally in Bajaur",
      date: "2023-07-31",
      datePrecision: "day",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-bajaur",
      place: "Political rally, Bajaur District",
      type: "suicide_bombing",
      target: "political",
      killed: 50,
      killedQualifier: "over",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "iskp", attribution: "claimed" }],
      description: "Over 50 people were killed, including many children.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "on 31<sup>st</sup> July 2023, a suicide bomber attacked a political rally in the Bajaur District of KPK, killing over 50 people, including many children. ISKP claimed responsibility for the attack (Zahid, 2023).",
        },
      ],
    },
  ],
  events: [
    {
      key: "akbar-taliban-2/event/pakistan-airstrikes-afghanistan-2022-04-21",
      date: "2022-04-21",
      datePrecision: "day",
      title: "Pakistani airstrikes on alleged TTP bases in Afghanistan (Khost and Kunar)",
      description:
        "Akbar dates the airstrikes to 21 April 2022 and says they harmed civilians and soured ties with the Taliban. EFSAS places the air raids in Khost and Kunar in April 2022 and says they mainly killed civilians.",
      kind: "military",
      citations: [
        {
          source: SOURCE,
          locator: "TTP and Afghan Taliban Nexus",
          quote:
            "Pakistan launched airstrikes on alleged TTP bases in Afghanistan on April 21, 2022, unintentionally harming civilians and souring ties with the Taliban",
        },
        {
          source: "efsas-ttp-resurgence",
          locator: "Introduction",
          quote: "In April 2022, the Pakistani Air Force conducted a series of air raids in the Afghan provinces of Khost and Kunar",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/ttp-ceasefire-breakdown-2022-11",
      date: "2022-11-01",
      datePrecision: "month",
      title: "TTP ceasefire and talks with Pakistan collapse",
      description:
        "Akbar dates the breakdown of the ceasefire, and of talks between the TTP and the Pakistani government, to November 2022, after which TTP attacks became more concentrated and regular. PIPS (2022) reports the TTP ending its ceasefire on 2 September 2022 (separate event).",
      kind: "agreement",
      citations: [
        {
          source: SOURCE,
          locator: "TTP and Afghan Taliban Nexus",
          quote: "after the ceasefire broke down in November 2022, TTP attacks became more concentrated and regular",
        },
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote: "after the collapse of talks between the TTP and the Pakistani government in November 2022",
        },
      ],
    },
  ],
  recommendations: [
    {
      key: "akbar-taliban-2/rec/1-diplomacy-taliban-cut-ties",
      source: SOURCE,
      number: "1",
      title: "Diplomacy to get the Taliban to cut ties with the TTP and deny Afghan soil for attacks",
      text: "Pakistan needs diplomatic efforts, including negotiations, international pressure and regional diplomacy with countries such as China, Russia and Iran, to convince the Taliban to cut ties with terrorist groups like the TTP and to stop Afghan soil being used for attacks.",
      theme: "afghanistan_engagement",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Recommendations, bullet 1",
          quote:
            "Pakistan needs diplomatic efforts to convince the Taliban to cut ties with terrorist groups like the TTP and prevent the use of Afghan soil for attacks.",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/2-strengthen-border-security",
      source: SOURCE,
      number: "2",
      title: "Strengthen border security and joint patrols with Afghan forces",
      text: "Pakistan should strengthen border security through a larger military presence, better surveillance, and cooperation with Afghan forces on border patrols and intelligence sharing, to reduce cross-border attacks.",
      theme: "border_management",
      targetActors: ["government_of_pakistan", "military"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Recommendations, bullet 2",
          quote:
            "Pakistan should strengthen border security, including increased military presence, enhanced surveillance, and cooperation with Afghan forces on border patrols and intelligence sharing.",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/3-invest-in-afghan-economic-development",
      source: SOURCE,
      number: "3",
      title: "Invest in Afghanistan's economic development",
      text: "Investing in Afghanistan's infrastructure, agriculture and industry can reduce poverty, inequality and the refugee crisis, and promote regional peace and economic interdependence between the two countries.",
      theme: "economic_development",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Recommendations, bullet 3",
          quote:
            "investing in Afghanistan's economic development through infrastructure, agriculture and industrial programs can reduce poverty, inequality and the refugee crisis",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/4-develop-counterterrorism-capabilities",
      source: SOURCE,
      number: "4",
      title: "Develop counter-terrorism capabilities, including economic pressure on the Taliban",
      text: "Developing counter-terrorism capabilities, such as intelligence operations, international cooperation and economic pressure on the Taliban, is critical to combating terrorism effectively.",
      theme: "counter_terrorism",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Recommendations, bullet 4",
          quote:
            "developing counterterrorism capabilities, such as intelligence operations, international cooperation, and economic pressure on the Taliban, are critical to effectively combating terrorism",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/5-counter-narratives",
      source: SOURCE,
      number: "5",
      title: "Comprehensive counter-narratives with religious scholars and communities",
      text: "Pakistan should develop comprehensive counter-narratives to terrorist ideologies, working with religious scholars and community members on counter-extremism measures and on preventing the radicalisation of vulnerable groups.",
      theme: "deradicalisation",
      targetActors: ["government_of_pakistan", "religious_scholars", "civil_society"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Recommendations, bullet 5",
          quote:
            "Pakistan should develop comprehensive counter-narratives to counter terrorist ideologies, including working with religious scholars and community members to develop counter-extremism measures and prevent the radicalization of vulnerable groups.",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/6-social-and-cultural-channels",
      source: SOURCE,
      number: "6",
      title: "Use social and cultural channels (tribal elders, cultural exchange) to build trust with Afghanistan",
      text: "Engaging tribal elders and promoting cultural exchange programmes can build trust and understanding between Pakistan and Afghanistan, and cooperation on issues such as TTP militancy and cross-border trafficking.",
      theme: "afghanistan_engagement",
      targetActors: ["government_of_pakistan", "islamic_emirate_afghanistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Recommendations, bullet 6",
          quote:
            "utilizing social and cultural channels, such as engaging tribal elders and promoting cultural exchange programs can build trust and understanding between the two countries and cooperation on issues such as TTP militancy and cross-border trafficking",
        },
      ],
      updates: [],
    },
  ],
} satisfies DatasetInput;
