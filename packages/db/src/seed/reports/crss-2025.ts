import type { DatasetInput } from "@monitor/domain";

const SOURCE = "crss-2025";
const CRSS_ANNUAL_2024 = "CRSS annual security report 2024";
const PK = { country: "PK", province: null, district: null } as const;
const YEAR_2024 = { periodStart: "2024-01-01", periodEnd: "2024-12-31", periodPrecision: "year" } as const;

/**
 * CRSS (2025), "Complex Terrorism Landscape in Pakistan-Afghanistan Region: Afghan Emirate as
 * Counter-Terror Partner". Sample curation: headline figures of the Introduction (which quote CRSS's
 * 2024 annual security report), the Kabul airport bombing, key relationships, events and all eight
 * policy recommendations.
 */
export const crss2025 = {
  sources: [
    {
      slug: SOURCE,
      title: "Complex Terrorism Landscape in Pakistan-Afghanistan Region: Afghan Emirate as Counter-Terror Partner",
      shortTitle: "CRSS 2025: Complex Terrorism Landscape",
      publisher: "Center for Research and Security Studies (CRSS)",
      authors: ["Aamer Raza", "Elsa Imdad"],
      year: 2025,
      publishedOn: null,
      kind: "think_tank_report",
      url: null,
      file: "000_c7a7d7afc8d6b980.txt",
      inferred: ["year"],
      notes:
        "Author Dr. Aamer Raza, co-author Elsa Imdad; editors Imtiaz Gul & Mustafa Malik. The text prints no publication date; the year 2025 is inferred (the report discusses full-year 2024 figures). Based on key informant interviews and two focus group discussions.",
    },
  ],
  relationships: [
    {
      key: "crss-2025/rel/afghan-taliban-ttp-sanctuary",
      from: "afghan-taliban",
      to: "ttp",
      type: "sanctuary",
      start: { date: "2021-08-01", precision: "month" },
      end: null,
      description:
        "The Taliban's return to power gave the TTP sanctuary in Afghanistan, from which it mounts cross-border attacks; the Taliban have declined to confront it.",
      citations: [
        {
          source: SOURCE,
          locator: "TTP and ISKP Evolution Post-August 2021: Strengthened TTP Base in Afghanistan",
          quote:
            "Taliban's return to power in Afghanistan provided a significant boost to the TTP, enabling the group to find sanctuary in Afghanistan.",
        },
      ],
    },
    {
      key: "crss-2025/rel/iskp-ttp-rivalry",
      from: "iskp",
      to: "ttp",
      type: "rivalry",
      start: null,
      end: null,
      description:
        "ISKP and the TTP are ideological and operational rivals who wage propaganda wars against each other; ISKP casts the TTP as subordinate to the Afghan Taliban. (Ullah & Bano 2025 instead report occasional ISKP-TTP cooperation; see that relationship.)",
      citations: [
        {
          source: SOURCE,
          locator: "Patterns of Alliance Building Among Terrorist Organizations in Pakistan",
          quote:
            "relations between ISKP and TTP remain contentious, with propaganda wars highlighting their ideological and operational rivalries",
        },
        {
          source: "efsas-ttp-resurgence",
          locator: "The TTP's links to other regional terrorist organizations: ISKP",
          quote: "After the TTP renewed its pledge of allegiance to the Taliban in 2021, ISKP branded the TTP apostates",
        },
      ],
    },
    {
      key: "crss-2025/rel/iskp-afghan-taliban-rivalry",
      from: "iskp",
      to: "afghan-taliban",
      type: "rivalry",
      start: null,
      end: null,
      description:
        "The Taliban call ISKP Khawarij and treat it as their foremost security threat. ISKP has killed at least eight high-ranking Taliban officials; Taliban ground offensives have constrained it.",
      citations: [
        {
          source: SOURCE,
          locator: "The Afghan Taliban as a Counterterrorism Partner: ISKP",
          quote: "the Taliban term the ISKP Khawarij and consider the group as its foremost security threat",
        },
        {
          source: SOURCE,
          locator: "The Afghan Taliban as a Counterterrorism Partner: ISKP",
          quote: "the ISKP has killed at least 8 high-ranking Taliban officials",
        },
        {
          source: SOURCE,
          locator: "ISKP's Strategic Shift and Expansion",
          quote: "its operational freedom within Afghanistan is now significantly constrained due to the Taliban's ongoing offensives",
        },
      ],
    },
    {
      key: "crss-2025/rel/lej-al-alami-iskp-merger",
      from: "lashkar-e-jhangvi-al-alami",
      to: "iskp",
      type: "merger",
      start: null,
      end: null,
      description:
        "What began as transactional LeJ-ISKP cooperation developed, according to CRSS, into Lashkar-e-Jhangvi Al-Alami's merger with ISKP. No date is given.",
      citations: [
        {
          source: SOURCE,
          locator: "Patterns of Alliance Building Among Terrorist Organizations in Pakistan",
          quote:
            "relationships can evolve into strategic alliances, as evidenced by Lashkar-e-Jhangvi Al-Alami's eventual merger with ISKP.",
        },
      ],
    },
    {
      key: "crss-2025/rel/ttp-iskp-defection",
      from: "ttp",
      to: "iskp",
      type: "defection",
      start: null,
      end: null,
      description:
        "ISKP was founded by senior TTP defectors, including its first leader Hafiz Saeed Khan. EFSAS adds that ISKP poached TTP cadres after Hakimullah Mehsud's death and Operation Zarb-e-Azb.",
      citations: [
        {
          source: SOURCE,
          locator: "ISKP's Arrival in the Region",
          quote:
            "The defection of TTP leaders—including Hafiz Saeed Khan, who was appointed as ISKP's first leader—was a key moment in the group's rise.",
        },
        {
          source: "efsas-ttp-resurgence",
          locator: "The TTP's links to other regional terrorist organizations: ISKP",
          quote:
            "Mehsud’s death and the intensification of anti-TTP counterterrorism operations fragmented the TTP and allowed ISKP to poach TTP cadres.",
        },
      ],
    },
    {
      key: "crss-2025/rel/imu-iskp-defection-2015",
      from: "imu",
      to: "iskp",
      type: "defection",
      start: { date: "2015-01-01", precision: "year" },
      end: null,
      description: "Much of the IMU's leadership and many of its fighters switched allegiance to ISKP in 2015.",
      citations: [
        {
          source: SOURCE,
          locator: "Al-Qaeda, ETIM, and Other Regional Groups",
          quote: "Uzbekistan (IMU) shifted their allegiance to the ISKP in 2015.",
        },
      ],
    },
    {
      key: "crss-2025/rel/ttp-bla-cooperation",
      from: "ttp",
      to: "bla",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "No formal alliance, but reported occasional joint attacks on military and Chinese targets, driven by shared opposition to the Pakistani state and China.",
      citations: [
        {
          source: SOURCE,
          locator: "Alliances Between ISKP/TTP and Sectarian Jihadi/Militant Outfits",
          quote:
            "There have also been reported incidents of cooperation between the TTP and the Baloch Liberation Army (BLA), who do not have a formal alliance but occasionally work together due to their shared opposition to the Pakistani state and China.",
        },
      ],
    },
    {
      key: "crss-2025/rel/afghan-taliban-al-qaeda-alliance",
      from: "afghan-taliban",
      to: "al-qaeda",
      type: "alliance",
      start: null,
      end: null,
      description:
        "A largely cordial partnership. Al-Qaeda leader al-Zawahiri was killed in Kabul in 2022, contradicting Taliban claims under the Doha Agreement; CRSS notes al-Qaeda has carried out no significant recent attack.",
      citations: [
        {
          source: SOURCE,
          locator: "Islamist Militants or Proxy Terrorists?",
          quote: "The Taliban’s largely cordial partnership with Al-Qaeda",
        },
        {
          source: SOURCE,
          locator: "Al-Qaeda, ETIM, and Other Regional Groups",
          quote: "When Aiman al-Zawahiri was killed in Kabul, it belied the Taliban's claim of abiding by the agreement.",
        },
        {
          source: SOURCE,
          locator: "Al-Qaeda, ETIM, and Other Regional Groups",
          quote: "the group has not carried out any significant attack in recent times",
        },
      ],
    },
  ],
  statistics: [
    {
      key: "crss-2025/stat/fatalities-pct-change-2024",
      metric: "percent_change",
      label: "Violence-related fatalities in Pakistan, 2024 vs 2023",
      value: 66,
      unit: "percent",
      qualifier: "exact",
      ...YEAR_2024,
      geography: PK,
      group: null,
      note: "The Executive Summary calls the same figure 'terror-related fatalities', the highest in nearly a decade.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "Pakistan experienced a dramatic 66% increase in violence-related fatalities in 2024",
          originalProducer: CRSS_ANNUAL_2024,
        },
        {
          source: SOURCE,
          locator: "Executive Summary",
          quote: "In 2024, Pakistan experienced a dramatic 66% increase in terror-related fatalities, the highest in nearly a decade.",
        },
      ],
    },
    {
      key: "crss-2025/stat/fatalities-2024",
      metric: "fatalities",
      label: "Violence-related deaths (terror attacks and counter-terror operations)",
      value: 2546,
      unit: "people",
      qualifier: "exact",
      ...YEAR_2024,
      geography: PK,
      group: null,
      note: "Includes deaths in both terror attacks and counter-terror operations; CRSS calls this a nine-year high.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "with a total of 2,546 deaths and 2,267 injuries across 1,166 incidents of terror attacks and counterterror operations",
          originalProducer: CRSS_ANNUAL_2024,
        },
      ],
    },
    {
      key: "crss-2025/stat/injuries-2024",
      metric: "injuries",
      label: "Injuries in terror attacks and counter-terror operations",
      value: 2267,
      unit: "people",
      qualifier: "exact",
      ...YEAR_2024,
      geography: PK,
      group: null,
      note: null,
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "with a total of 2,546 deaths and 2,267 injuries across 1,166 incidents of terror attacks and counterterror operations",
          originalProducer: CRSS_ANNUAL_2024,
        },
      ],
    },
    {
      key: "crss-2025/stat/incidents-2024",
      metric: "incidents",
      label: "Incidents of terror attacks and counter-terror operations",
      value: 1166,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2024,
      geography: PK,
      group: null,
      note: "Sum of 909 terror attacks and 257 counter-terror operations (stated separately in the same section).",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "with a total of 2,546 deaths and 2,267 injuries across 1,166 incidents of terror attacks and counterterror operations",
          originalProducer: CRSS_ANNUAL_2024,
        },
      ],
    },
    {
      key: "crss-2025/stat/terror-attacks-2024",
      metric: "terror_attacks",
      label: "Terror attacks on civilians and security forces",
      value: 909,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2024,
      geography: PK,
      group: null,
      note: null,
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "terror attacks on civilians and security forces outnumbered counterterror operations by nearly fourfold (909 vs. 257)",
          originalProducer: CRSS_ANNUAL_2024,
        },
      ],
    },
    {
      key: "crss-2025/stat/ct-operations-2024",
      metric: "counter_terror_operations",
      label: "Counter-terror operations",
      value: 257,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2024,
      geography: PK,
      group: null,
      note: null,
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "terror attacks on civilians and security forces outnumbered counterterror operations by nearly fourfold (909 vs. 257)",
          originalProducer: CRSS_ANNUAL_2024,
        },
      ],
    },
    {
      key: "crss-2025/stat/share-fatalities-kp-balochistan-2024",
      metric: "other",
      label: "Share of all violence-related fatalities that occurred in Khyber Pakhtunkhwa and Balochistan",
      value: 94,
      unit: "percent",
      qualifier: "exact",
      ...YEAR_2024,
      geography: PK,
      group: null,
      note: "Two provinces combined (PK-KP and PK-BA), so the province is left null. The Executive Summary gives 'over 90% of casualties' (recorded separately).",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "Alarminglly, 94%\n\nof all fatalities occurred in Khyber Pakhtunkhwa (KP) and Balochistan",
          originalProducer: CRSS_ANNUAL_2024,
        },
      ],
    },
    {
      key: "crss-2025/stat/share-casualties-kp-balochistan-2024",
      metric: "other",
      label: "Share of casualties in Khyber Pakhtunkhwa and Balochistan (Executive Summary)",
      value: 90,
      unit: "percent",
      qualifier: "over",
      ...YEAR_2024,
      geography: PK,
      group: null,
      note: "Two provinces combined (PK-KP and PK-BA), so the province is left null. Says 'casualties' where the Introduction's 94% figure says 'fatalities'.",
      citations: [
        {
          source: SOURCE,
          locator: "Executive Summary",
          quote:
            "This violence was concentrated in Khyber Pakhtunkhwa and Balochistan, which together accounted for over 90% of casualties.",
        },
      ],
    },
    {
      key: "crss-2025/stat/share-fatalities-kp-2024",
      metric: "other",
      label: "Share of all violence-related deaths that occurred in Khyber Pakhtunkhwa",
      value: 63,
      unit: "percent",
      qualifier: "over",
      ...YEAR_2024,
      geography: { country: "PK", province: "PK-KP", district: null },
      group: null,
      note: null,
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "with KP alone accounting for over 63% of the deaths",
          originalProducer: CRSS_ANNUAL_2024,
        },
      ],
    },
    {
      key: "crss-2025/stat/security-forces-deaths-2024",
      metric: "security_forces_deaths",
      label: "Security personnel killed",
      value: 685,
      unit: "people",
      qualifier: "exact",
      ...YEAR_2024,
      geography: PK,
      group: null,
      note: "CRSS calls this the highest number of security-force fatalities in a decade.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "Security personnel endured the highest number of fatalities in a decade, with 685 deaths and 444 attacks recorded in 2024.",
          originalProducer: CRSS_ANNUAL_2024,
        },
      ],
    },
    {
      key: "crss-2025/stat/attacks-on-security-forces-2024",
      metric: "terror_attacks",
      label: "Attacks on security personnel",
      value: 444,
      unit: "count",
      qualifier: "exact",
      ...YEAR_2024,
      geography: PK,
      group: null,
      note: null,
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "Security personnel endured the highest number of fatalities in a decade, with 685 deaths and 444 attacks recorded in 2024.",
          originalProducer: CRSS_ANNUAL_2024,
        },
      ],
    },
    ...(
      [
        [2021, 64],
        [2022, 9],
        [2023, 70],
        [2024, 37],
      ] as const
    ).map(([year, value]) => ({
      key: `crss-2025/stat/security-forces-fatalities-pct-change-${year}`,
      metric: "percent_change" as const,
      label: `Security-forces fatalities in Pakistan, ${year} vs ${year - 1}`,
      value,
      unit: "percent" as const,
      qualifier: "exact" as const,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      periodPrecision: "year" as const,
      geography: PK,
      group: null,
      note: "One of four yearly rises given in a single sentence (64% in 2021, 9% in 2022, 70% in 2023, 37% in 2024); CRSS puts the average yearly increase at nearly 45%.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "Their losses surged by 64% in 2021, 9% in 2022, 70% in 2023, and 37% in 2024, marking an average yearly increase of nearly 45%.",
          originalProducer: CRSS_ANNUAL_2024,
        },
      ],
    })),
    {
      key: "crss-2025/stat/ttp-fighters-2024-07",
      metric: "fighters",
      label: "TTP fighters",
      value: 6500,
      unit: "people",
      qualifier: "up_to",
      periodStart: "2024-07-01",
      periodEnd: "2024-07-31",
      periodPrecision: "month",
      geography: { country: "AF", province: null, district: null },
      group: "ttp",
      note: "From the UN report of July 2024, as cited by CRSS (via VOA News, 6 July 2024). The fighters are based in Afghanistan.",
      citations: [
        {
          source: SOURCE,
          locator: "Who are TTP?",
          quote: "The report noted that the TTP may have up to 6,500 fighters",
          originalProducer: "UN Monitoring Team report, July 2024 (via VOA News)",
        },
      ],
    },
    {
      key: "crss-2025/stat/kabul-airport-bombing-fatalities",
      metric: "fatalities",
      label: "People killed in the August 2021 Kabul airport bombing",
      value: 170,
      unit: "people",
      qualifier: "over",
      periodStart: "2021-08-01",
      periodEnd: "2021-08-31",
      periodPrecision: "month",
      geography: { country: "AF", province: "AF-KAB", district: null },
      group: "iskp",
      note: "CRSS says 'over 170', including 13 U.S. service members; PIPS (2022) says 'more than 180'. The sources give the month only (August 2021), not the day.",
      citations: [
        {
          source: SOURCE,
          locator: "ISKP's Strategic Shift and Expansion",
          quote:
            "the bombing at Kabul's airport during the U.S. withdrawal in August 2021, which killed over 170 people, including 13 U.S. service members",
        },
      ],
    },
  ],
  incidents: [
    {
      key: "crss-2025/incident/kabul-airport-bombing-2021-08",
      title: "Kabul airport bombing during the U.S. withdrawal",
      date: "2021-08-01",
      datePrecision: "month",
      country: "AF",
      province: "AF-KAB",
      district: null,
      place: "Kabul airport",
      type: "ied",
      target: "other",
      killed: 170,
      killedQualifier: "over",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "iskp", attribution: "attributed" }],
      description:
        "Bombing at Kabul airport during the U.S. withdrawal in August 2021 (the sources give no exact day). CRSS: 'over 170' killed, including 13 U.S. service members. PIPS: 'more than 180' killed. Both reports attribute it to ISKP. 'Over 170' is recorded because both figures satisfy it.",
      citations: [
        {
          source: SOURCE,
          locator: "ISKP's Strategic Shift and Expansion",
          quote:
            "the bombing at Kabul's airport during the U.S. withdrawal in August 2021, which killed over 170 people, including 13 U.S. service members",
        },
        {
          source: SOURCE,
          locator: "Who are ISKP?",
          quote: "Some of the most notable ISKP operations include the Kabul Airport attack in 2021",
        },
        {
          source: "pips-2022",
          locator: "2. Post-withdrawal militant landscape: Islamic State in Khorasan (IS-K)",
          quote: "the August 2021 bombing at the Kabul airport that killed more than 180 people",
        },
      ],
    },
    {
      key: "crss-2025/incident/aps-peshawar-2014-12",
      title: "Army Public School massacre, Peshawar",
      date: "2014-12-01",
      datePrecision: "month",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-peshawar",
      place: "Army Public School, Peshawar",
      type: "other",
      target: "civilians",
      killed: 140,
      killedQualifier: "over",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description:
        "Listed by CRSS among the TTP's most notorious attacks: 'over 140 children and their teachers' killed. EFSAS gives 149 killed, mostly children and teenagers. The sources give the month (December 2014), not the day, and do not describe the attack method.",
      citations: [
        {
          source: SOURCE,
          locator: "Who are TTP?",
          quote: "the tragic December 2014 Peshawar Army Public School massacre, which killed over 140 children and their teachers",
        },
        {
          source: "efsas-ttp-resurgence",
          locator: "Emergence and ideology",
          quote: "the school massacre in Peshawar in 2014 (149 victims killed, mostly children and teenagers)",
        },
      ],
    },
    {
      key: "crss-2025/incident/kunduz-shia-mosque-2021-10-08",
      title: "Suicide attack on a Shia mosque in Kunduz",
      date: "2021-10-08",
      datePrecision: "day",
      country: "AF",
      province: "AF-KDZ",
      district: null,
      place: "Shia mosque, Kunduz",
      type: "suicide_bombing",
      target: "religious_minority",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "iskp", attribution: "claimed" }],
      description:
        "The Islamic State claimed the attack and said a Uyghur fighter carried it out (PIPS names him as Muhammad al-Uyghuri). CRSS says it 'killed dozens' but gives no number, so killed is left empty. The claim said the Shia community and the Taliban were targeted over the Taliban's 'willingness to expel Uyghurs to meet demands from China'.",
      citations: [
        {
          source: SOURCE,
          locator: "Al-Qaeda, ETIM, and Other Regional Groups",
          quote:
            "The Islamic State claimed that an October 2021 suicide attack on a Shia Mosque in Kunduz that killed dozens of people was carried out by a Uyghur fighter.",
        },
        {
          source: "pips-2022",
          locator: "2. Post-withdrawal militant landscape: Islamic State in Khorasan (IS-K)",
          quote: "the IS-K’s Kunduz mosque attack on October 8, 2021, which was carried out by a Uyghur militant Muhammad al-Uyghuri",
        },
      ],
    },
  ],
  events: [
    {
      key: "crss-2025/event/tehrik-e-taliban-pakistan-founded-2007-12",
      date: "2007-12-01",
      datePrecision: "month",
      title: "Tehrik-e-Taliban Pakistan formed in South Waziristan",
      description: "CRSS dates the TTP's formation to December 2007; EFSAS places it in the months after the July 2007 Red Mosque siege.",
      kind: "other",
      citations: [
        {
          source: SOURCE,
          locator: "Who are TTP?",
          quote:
            "Since its formation in December 2007, the TTP has been responsible for thousands of attacks against Pakistani security forces and civilians",
        },
      ],
    },
    {
      key: "crss-2025/event/aps-peshawar-massacre-2014-12",
      date: "2014-12-01",
      datePrecision: "month",
      title: "Army Public School massacre in Peshawar",
      description: "TTP attack on the Army Public School in Peshawar; the Pakistani government responded with the National Action Plan.",
      kind: "attack",
      citations: [
        {
          source: SOURCE,
          locator: "Who are TTP?",
          quote: "the tragic December 2014 Peshawar Army Public School massacre, which killed over 140 children and their teachers",
        },
        {
          source: "pips-2022",
          locator: "4.1 Political or soft measures",
          quote: "In the wake of the gruesome massacre at the Army Public School in Peshawar in December 2014",
        },
      ],
    },
    {
      key: "crss-2025/event/iskp-formed-2015-01",
      date: "2015-01-01",
      datePrecision: "month",
      title: "ISKP formally established",
      description: "ISKP is formed in eastern Afghanistan (Nangarhar, Kunar, Nimroz) around TTP defectors.",
      kind: "other",
      citations: [
        {
          source: SOURCE,
          locator: "ISKP's Arrival in the Region",
          quote: "ISKP was officially formed in January 2015",
        },
      ],
    },
    {
      key: "crss-2025/event/fata-merger-2018",
      date: "2018-01-01",
      datePrecision: "year",
      title: "25th Constitutional Amendment merges the tribal areas (FATA) into Khyber Pakhtunkhwa",
      description:
        "CRSS refers to the 25th Constitutional Amendment (2018) and says state institutions in the erstwhile tribal region have not consolidated since. The reports give only the year.",
      kind: "legal",
      citations: [
        {
          source: SOURCE,
          locator: "Policy Recommendations, point 8",
          quote: "In the erstwhile Tribal region, state institutions have not consolidated since the 25th Constitutional Amendment (2018).",
        },
        {
          source: "pips-2022",
          locator: "4.1 Political or soft measures",
          quote: "the ex-FATA has been merged with Khyber Pakhtunkhwa",
        },
      ],
    },
    {
      key: "crss-2025/event/fall-of-kabul-2021-08-15",
      date: "2021-08-15",
      datePrecision: "day",
      title: "Fall of Kabul: President Ghani flees and the Taliban enter the capital",
      description:
        "President Ashraf Ghani fled Kabul on 15 August 2021 and the Taliban took the capital; a chaotic U.S. withdrawal followed.",
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "Evolution of Militancy in the Region and its Global Expansion",
          quote: "President Ashraf Ghani fleeing the capital on August 15, 2021, paving the way for the Taliban to sweep into the capital",
        },
      ],
    },
  ],
  recommendations: [
    {
      key: "crss-2025/rec/01-counter-terrorism-and-de-radicalization",
      source: SOURCE,
      number: "1",
      title: "Counter-terrorism and de-radicalisation: reclaim religious discourse",
      text: "Pakistan needs a candid reappraisal of state-society relations and of religion's ideological role in them. Kinetic action against terrorist groups is needed now, but in the long run the state must take back control of religious discourse from private groups. Only once such a state-centric religious framework exists can an effective national deradicalisation campaign be run.",
      theme: "deradicalisation",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Policy Recommendations, point 1 (Counter-Terrorism and De-Radicalization)",
          quote:
            "While kinetic action against terrorist groups is imminently needed, in the long run, the state has to wrestle back the control of religious discourse from the private groups.",
        },
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/02-promote-alternative-narratives",
      source: SOURCE,
      number: "2",
      title: "Promote alternative narratives beyond elite discourse",
      text: "The alternative narrative the government began with Paigham-e-Pakistan is confined to elite discourse. To work, the counter-narrative must be spread widely by building it into educational curricula and the media.",
      theme: "information_and_media",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Policy Recommendations, point 2 (Promote Alternative Narratives)",
          quote:
            "For more effectiveness, the counternarrative needs to be widely disseminated through integration into educational curricula and media.",
        },
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/03-enhance-counter-insurgency-strategies",
      source: SOURCE,
      number: "3",
      title: "Base counter-insurgency strategy on local realities and transparency",
      text: "Security institutions have failed to build trust with local communities, which makes counterinsurgency harder. A counterinsurgency strategy must be informed by local realities; as the protests in Bannu and Lakki Marwat showed, non-transparent security practices breed discord between local people and the state.",
      theme: "counter_terrorism",
      targetActors: ["military", "law_enforcement"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Policy Recommendations, point 3 (Enhance Counter-Insurgency Strategies)",
          quote: "In this regard, it is critical that a counterinsurgency strategy is informed by local realities.",
        },
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/04-regional-collaboration",
      source: SOURCE,
      number: "4",
      title: "Engage the Taliban cautiously and use China's leverage",
      text: "Engage the Taliban cautiously, focusing on shared security concerns and using regional powers such as China to encourage cooperative behaviour. Set up bilateral dialogue forums on cross-border threats and regional stability.",
      theme: "afghanistan_engagement",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Policy Recommendations, point 4 (Regional Collaboration)",
          quote:
            "There is a need to engage with the Taliban cautiously, focusing on shared security concerns while leveraging regional powers like China to encourage cooperative behavior.",
        },
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/05-regional-counter-terrorism-coordination",
      source: SOURCE,
      number: "5",
      title: "Strengthen intelligence-sharing among South Asian countries",
      text: "Strengthen intelligence-sharing among South Asian countries against transnational militancy. Regional coordination would also help win greater compliance from the IEA with regional security concerns.",
      theme: "regional_cooperation",
      targetActors: ["regional_states", "government_of_pakistan"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Policy Recommendations, point 5 (Promote Regional Counter-Terrorism Coordination)",
          quote:
            "It is critical to strengthen intelligence-sharing mechanisms among South Asian countries to address transnational militancy.",
        },
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/06-role-of-scholars-and-religious-leaders",
      source: SOURCE,
      number: "6",
      title: "Religious scholars should denounce militancy and promote interfaith dialogue",
      text: "Islamic scholars should openly denounce militancy as un-Islamic, drawing on Quranic principles to counter extremist ideologies. Interfaith dialogue can reduce sectarianism and build solidarity between religious groups.",
      theme: "deradicalisation",
      targetActors: ["religious_scholars"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Policy Recommendations, point 6 (Role of Scholars and Religious Leaders)",
          quote:
            "Islamic scholars should actively denounce militancy as un-Islamic, drawing on Quranic principles to counter extremist ideologies.",
        },
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/07-reform-madrassah-education",
      source: SOURCE,
      number: "7",
      title: "Reform madrassah curricula and establish oversight",
      text: "Madrassah curricula should add modern subjects such as critical thinking, science and contemporary skills while reinforcing Islamic principles of peace and non-violence. Oversight mechanisms are needed to monitor and regulate madrassah teaching, and greater political engagement to overcome resistance to reform.",
      theme: "madrassa_reform",
      targetActors: ["government_of_pakistan", "religious_scholars"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Policy Recommendations, point 7 (Reform Madrassah Education)",
          quote:
            "Madrassah curricula should integrate modern subjects like critical thinking, science, and contemporary skills, alongside reinforcing Islamic principles of peace and non-violence.",
        },
        {
          source: SOURCE,
          locator: "Policy Recommendations, point 7 (Reform Madrassah Education)",
          quote:
            "Establishing oversight mechanisms is essential to monitor and regulate madrassah teachings, aligning them with national counter-extremism goals.",
        },
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/08-strengthen-state-institutions",
      source: SOURCE,
      number: "8",
      title: "Strengthen state institutions in the former tribal areas",
      text: "State institutions in the former tribal region have not consolidated since the 25th Constitutional Amendment (2018). Accountability and reform of the police and judiciary are the first step towards strengthening the writ of the state.",
      theme: "governance",
      targetActors: ["government_of_pakistan", "provincial_governments", "law_enforcement"],
      priority: "unspecified",
      status: "not_assessed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Policy Recommendations, point 8 (Strengthen State Institutions)",
          quote: "Accountability and reform in police and judiciary will be the first step in strengthening the writ of the state.",
        },
      ],
      updates: [],
    },
  ],
} satisfies DatasetInput;
