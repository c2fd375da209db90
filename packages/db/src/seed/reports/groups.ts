import type { DatasetInput } from "@monitor/domain";

/**
 * Militant groups discussed by the seed reports, defined once and shared by every report module.
 * Claims, leaders and strength estimates cite whichever report states them; where reports disagree
 * each version is kept as its own claim or estimate.
 */
export const seedGroups = {
  groups: [
    {
      slug: "ttp",
      name: "Tehrik-e-Taliban Pakistan",
      abbreviation: "TTP",
      aliases: ["Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban"],
      kind: "religious_jihadist",
      ideology: "Deobandi",
      founded: { date: "2007-12-01", precision: "month" },
      foundedPlace: "South Waziristan",
      dissolved: null,
      areas: ["PK-KP", "PK-BA", "AF-KHO", "AF-KNR", "AF-NAN", "AF-PKA"],
      mediaWings: ["Umar Media (Al-Umar Media)"],
      summary:
        "Umbrella coalition of Pakistani Taliban factions formed in December 2007 that seeks to overthrow the Pakistani state and replace it with a Sharia-governed polity. Weakened after Operation Zarb-e-Azb (2014), it regrouped under Noor Wali Mehsud from 2018 and, per all five reports, resurged from Afghan sanctuaries after the Taliban takeover of August 2021.",
      claims: [
        {
          key: "ttp/claim/founding-crss",
          topic: "founding",
          text: "Formed in South Waziristan in December 2007, in reaction to Pakistan's alliance with the US-NATO coalition.",
          citations: [
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote:
                "Pakistan's alliance with the US-NATO Coalition forces drew reactions by Islamists and gave birth to the (meanwhile outlawed) Tehrik-e-Taliban Pakistan (TTP), in South Waziristan in December 2007.",
            },
          ],
        },
        {
          key: "ttp/claim/founding-efsas",
          topic: "founding",
          text: "Founded by a Shura of Pashtun jihadi leaders in the FATA in the months after the July 2007 Red Mosque siege; the Shura elected Baitullah Mehsud as first Emir.",
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote:
                "In the months following the siege, Pashtun jihadi leaders gathered in the FATA and held a Shura (Pashto for ‘council’) that culminated in the founding of the TTP.",
            },
          ],
        },
        {
          key: "ttp/claim/ideology-deobandi",
          topic: "ideology",
          text: "Rooted in Deobandi ideology; aims to establish an Islamic state in Pakistan.",
          citations: [
            {
              source: "crss-2025",
              locator: "Executive Summary",
              quote: "The TTP, deeply rooted in Deobandi ideology, aims to establish an Islamic state in Pakistan.",
            },
            {
              source: "akbar-taliban-2",
              locator: "Religious Views and Pashtun Identity",
              quote: "The Taliban and TTP both adhere to Deobandism",
            },
          ],
        },
        {
          key: "ttp/claim/goals-overthrow-state",
          topic: "goals",
          text: "Seeks to overthrow the Pakistani state and replace it with a Sharia-governed polity.",
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Introduction",
              quote: "the TTP seeks to overthrow the Pakistani State and replace it with a Sharia-governed polity",
            },
          ],
        },
        {
          key: "ttp/claim/tactics-security-forces",
          topic: "tactics",
          text: "Prioritises attacks on security forces and says it avoids civilian casualties, a line set out in the 2018 TTP operation manual.",
          citations: [
            {
              source: "crss-2025",
              locator: "Patterns of Alliance Building: Operational Tactics",
              quote:
                "It has prioritized attacks on security forces while avoiding civilian casualties to maintain a narrative of legitimate resistance.",
            },
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote:
                "Mehsud stressed the centrality of internal cohesion and argued that attacks should focus on State institutions and security forces rather than indiscriminately targeting civilians",
            },
          ],
        },
        {
          key: "ttp/claim/financing",
          topic: "financing",
          text: "Historically funded by kidnapping for ransom, resource smuggling, illicit taxation of FATA residents and gifts from international benefactors.",
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote:
                "Historically, the TTP has raised funds through kidnappings and ransom payments, resource smuggling, illicitly taxing local populations in the FATA, and receiving gifts from international benefactors",
            },
          ],
        },
        {
          key: "ttp/claim/recruitment",
          topic: "recruitment",
          text: "Recruits mainly young men from madrassas and from camps for displaced people, especially in the FATA.",
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote:
                "Alongside Deobandi-Wahhabi madrassas, the TTP primarily recruits young men from internationally displaced person (IDP) camps, especially in the FATA",
            },
          ],
        },
        {
          key: "ttp/claim/media-umar",
          topic: "media",
          text: "Umar Media (Al-Umar Media) is the main propaganda arm; its output has become more professional and regular, helped by former AQIS media operatives. Content is mostly in Urdu and Pashto.",
          citations: [
            {
              source: "crss-2025",
              locator: "TTP's Social Media Evolution",
              quote:
                "Al-Umar Media, the group's main propaganda arm, has shifted from sporadic and uncoordinated content to more professional and regular publications. With the integration of former AQIS media operatives, TTP has enhanced its editorial capabilities.",
            },
          ],
        },
        {
          key: "ttp/claim/areas-afghanistan",
          topic: "areas",
          text: "Believed to be based particularly in the Afghan provinces of Khost, Kunar, Nangarhar and Paktika.",
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote:
                "The TTP is currently believed to be particularly present in the Afghan provinces of Khost, Kunar, Nangarhar, and Paktika",
            },
          ],
        },
        {
          key: "ttp/claim/mergers-after-2021",
          topic: "other",
          text: "Has absorbed smaller militant groups since the fall of Kabul: 21 groups and networks according to Akbar (citing Sayed, 2023); its Umar Media claimed a merger of 15 Baloch organisations.",
          citations: [
            {
              source: "akbar-taliban-2",
              locator: "The Re-Emergency of Militant Groups",
              quote: "Since the fall of Kabul, the TTP has absorbed 21 smaller militant groups and networks.",
              originalProducer: "Sayed (2023)",
            },
            {
              source: "crss-2025",
              locator: "Patterns of Alliance Building Among Terrorist Organizations in Pakistan",
              quote: "The TTP's Umar Media has claimed the merger of 15 Baloch organizations with the TTP.",
            },
          ],
        },
      ],
      leaders: [
        {
          key: "ttp/leader/baitullah-mehsud",
          name: "Baitullah Mehsud",
          role: "Emir (first)",
          start: { date: "2007-01-01", precision: "year" },
          end: null,
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote: "The Shura elected Baitullah Mehsud, a member of the Mehsud tribe, as its first Emir",
            },
          ],
        },
        {
          key: "ttp/leader/hakimullah-mehsud",
          name: "Hakimullah Mehsud",
          role: "Emir",
          start: null,
          end: { date: "2013-01-01", precision: "year" },
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote: "In 2013, Maulana Fazlullah succeeded Hakimullah Mehsud as the TTP’s first non-Mehsud Emir.",
            },
          ],
        },
        {
          key: "ttp/leader/maulana-fazlullah",
          name: "Maulana Fazlullah",
          role: "Emir",
          start: { date: "2013-01-01", precision: "year" },
          end: { date: "2018-01-01", precision: "year" },
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote: "In 2013, Maulana Fazlullah succeeded Hakimullah Mehsud as the TTP’s first non-Mehsud Emir.",
            },
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote:
                "With Noor Wali Mehsud, a Mehsud returned to the helm of the TTP after Fazlullah was killed in a US drone strike in 2018.",
            },
          ],
        },
        {
          key: "ttp/leader/noor-wali-mehsud",
          name: "Noor Wali Mehsud",
          role: "Emir",
          start: { date: "2018-01-01", precision: "year" },
          end: null,
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote:
                "With Noor Wali Mehsud, a Mehsud returned to the helm of the TTP after Fazlullah was killed in a US drone strike in 2018.",
            },
            {
              source: "crss-2025",
              locator: "Who are TTP?",
              quote: "The Tehrik-e-Taliban Pakistan (TTP), led by Noor Wali Mehsud",
            },
          ],
        },
        {
          key: "ttp/leader/mufti-muzahim",
          name: "Mufti Muzahim",
          role: "Deputy Emir",
          start: null,
          end: null,
          citations: [
            {
              source: "crss-2025",
              locator: "Who are TTP?, photo caption",
              quote:
                "TTP emir Mufti Noor Wali Mehsud (right) and deputy emir Mufti Muzahim (left) as featured in the group's core media outlet, Umar Media, November 2021.",
            },
          ],
        },
      ],
      strength: [
        {
          key: "ttp/strength/pips-2022",
          low: 4000,
          high: 5000,
          qualifier: "between",
          asOf: { date: "2022-01-01", precision: "year" },
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape of Afghanistan: Tehreek-e-Taliban Pakistan (TTP)",
              quote: "its membership is estimated to be between 4,000 and 5,000 men",
            },
          ],
        },
        {
          key: "ttp/strength/efsas-2022",
          low: 6000,
          high: 6000,
          qualifier: "up_to",
          asOf: { date: "2022-06-01", precision: "month" },
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote: "The TTP is now believed to have up to six thousand fighters under arms (Sayed & Hamming, 2021).",
              originalProducer: "Sayed & Hamming (2021)",
            },
          ],
        },
        {
          key: "ttp/strength/crss-un-2024-07",
          low: 6500,
          high: 6500,
          qualifier: "up_to",
          asOf: { date: "2024-07-01", precision: "month" },
          citations: [
            {
              source: "crss-2025",
              locator: "Who are TTP?",
              quote: "The report noted that the TTP may have up to 6,500 fighters",
              originalProducer: "UN Monitoring Team report, July 2024 (via VOA News, 6 July 2024)",
            },
          ],
        },
      ],
    },
    {
      slug: "iskp",
      name: "Islamic State Khorasan Province",
      abbreviation: "ISKP",
      aliases: ["IS-K", "ISK", "ISIS-K", "Islamic State in Khorasan", "Wilayat Khorasan"],
      kind: "transnational_jihadist",
      ideology: "Salafi-jihadist",
      founded: { date: "2015-01-01", precision: "month" },
      foundedPlace: "Eastern Afghanistan (Nangarhar, Kunar, Nimroz)",
      dissolved: null,
      areas: ["AF-NAN", "AF-KNR", "AF-NIM", "AF-KAB", "pk-kp-bajaur", "PK-BA"],
      mediaWings: ["Al-Azaim Foundation for Media Production"],
      summary:
        "Regional affiliate of the Islamic State, formally established in January 2015 around TTP defectors. It pursues a global caliphate, treats the Afghan Taliban as apostates and is their foremost armed rival; it is known for mass-casualty attacks on Shias, minorities and political gatherings in Afghanistan and Pakistan.",
      claims: [
        {
          key: "iskp/claim/founding-2015",
          topic: "founding",
          text: "Officially formed in January 2015, initially concentrated in Nangarhar, Kunar and Nimroz. Ullah & Bano instead date its surfacing in the region to 2014.",
          citations: [
            {
              source: "crss-2025",
              locator: "ISKP's Arrival in the Region",
              quote:
                "ISKP was officially formed in January 2015, with the initial concentration of its forces in eastern Afghanistan, specifically the provinces of Nangarhar, Kunar, and Nimroz.",
            },
            {
              source: "ullah-bano-2025",
              locator: "TTP Relationship with AQ and ISKP",
              quote: "the region experienced the surfacing of ISKP in 2014",
            },
          ],
        },
        {
          key: "iskp/claim/founding-ttp-defectors",
          topic: "founding",
          text: "Emerged when senior TTP members defected and pledged allegiance to IS; TTP commander Hafiz Saeed Khan became its first leader.",
          citations: [
            {
              source: "crss-2025",
              locator: "ISKP's Arrival in the Region",
              quote:
                "The defection of TTP leaders—including Hafiz Saeed Khan, who was appointed as ISKP's first leader—was a key moment in the group's rise.",
            },
          ],
        },
        {
          key: "iskp/claim/ideology",
          topic: "ideology",
          text: "Follows a radical Salafi-jihadist ideology emphasising global jihad.",
          citations: [
            {
              source: "crss-2025",
              locator: "Who are ISKP?",
              quote:
                "ISKP follows a radical Salafi-jihadist ideology, emphasizing global jihad and strict adherence to an interpretation of Islamic law.",
            },
          ],
        },
        {
          key: "iskp/claim/goals-caliphate",
          topic: "goals",
          text: "Aims to build a caliphate in the Khorasan region rather than an Afghan emirate, and rejects the Taliban's legitimacy.",
          citations: [
            {
              source: "akbar-taliban-2",
              locator: "ISKP; Emerging Extremism",
              quote: "ISKP aims to build its version of the caliphate in the Khorasan region",
            },
            {
              source: "crss-2025",
              locator: "Who are ISKP?",
              quote:
                "Unlike the Taliban, who focus on establishing an Islamic emirate in Afghanistan, ISKP aims to create a global caliphate",
            },
          ],
        },
        {
          key: "iskp/claim/tactics-urban",
          topic: "tactics",
          text: "After losing territory it became an urban insurgency focused on high-profile, mass-casualty attacks.",
          citations: [
            {
              source: "crss-2025",
              locator: "Who are ISKP?",
              quote: "ISKP has evolved into an urban insurgency, focusing on high-profile attacks rather than territorial control.",
            },
          ],
        },
        {
          key: "iskp/claim/financing",
          topic: "financing",
          text: "Financially self-sufficient through extortion, drug trafficking, smuggling, informal banking and cryptocurrencies.",
          citations: [
            {
              source: "crss-2025",
              locator: "Who are ISKP?",
              quote:
                "The ISKP is renowned for its financial self-sufficiency through a variety of illicit activities and adoption of modern means, including extortion, drug trafficking, smuggling, and using informal banking systems and cryptocurrencies.",
            },
          ],
        },
        {
          key: "iskp/claim/media-al-azaim",
          topic: "media",
          text: "Al-Azaim is its primary media outlet, publishing in over 12 languages; CRSS says it has produced over 300 books.",
          citations: [
            {
              source: "crss-2025",
              locator: "ISKP's Social Media Strategy",
              quote:
                "ISK's primary media outlet, Al-Azaim, has grown rapidly since the Taliban's takeover, producing content to undermine Taliban legitimacy.",
            },
            {
              source: "crss-2025",
              locator: "Comparison of Al-Azaim and Al-Umar Media",
              quote: "ISK has produced over 300 books, while TTP rarely publishes books",
            },
          ],
        },
        {
          key: "iskp/claim/recruitment",
          topic: "recruitment",
          text: "Has recruited educated, radicalised Salafists from Pakistan, Bangladesh, the Maldives and Indonesia, and Ikhwani members of former Afghan militant groups.",
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Islamic State in Khorasan (IS-K)",
              quote:
                "The group has reportedly recruited educated and highly radicalized Salafists from Pakistan, Bangladesh, Maldives, Indonesia, and some Ikhwani members from former Afghan militant groups.",
            },
          ],
        },
        {
          key: "iskp/claim/areas-pakistan",
          topic: "areas",
          text: "Its ambitions in Pakistan date to 2013, with Bajaur and Balochistan as hotspots.",
          citations: [
            {
              source: "crss-2025",
              locator: "The Rise of ISKP in Bajaur and Balochistan",
              quote: "ISKP's transnational ambitions in Pakistan began as early as 2013, with Bajaur and Balochistan being the hotspots.",
            },
          ],
        },
      ],
      leaders: [
        {
          key: "iskp/leader/hafiz-saeed-khan",
          name: "Hafiz Saeed Khan",
          role: "Emir (first); former TTP commander",
          start: null,
          end: null,
          citations: [
            {
              source: "crss-2025",
              locator: "ISKP's Arrival in the Region",
              quote: "Hafiz Saeed Khan, who was appointed as ISKP's first leader",
            },
            {
              source: "efsas-ttp-resurgence",
              locator: "The TTP's links to other regional terrorist organizations: ISKP",
              quote: "the aforementioned Hafiz Saeed Khan, ISKP’s first Emir, had previously been a TTP commander",
            },
          ],
        },
        {
          key: "iskp/leader/qari-fateh",
          name: "Qari Fateh",
          role: "Military chief (Taliban claimed to have killed him, Feb 2023)",
          start: null,
          end: { date: "2023-02-01", precision: "month" },
          citations: [
            {
              source: "crss-2025",
              locator: "The Afghan Taliban as a Counterterrorism Partner: ISKP",
              quote: "in February 2023, the Taliban claimed to kill the ISKP military chief, Qari Fateh, in an operation in Kabul",
            },
          ],
        },
      ],
      strength: [
        {
          key: "iskp/strength/un-2021-07",
          low: 500,
          high: 1500,
          qualifier: "about",
          asOf: { date: "2021-07-01", precision: "month" },
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Islamic State in Khorasan (IS-K)",
              quote: "A UN report in July 2021 estimated the number of IS-K fighters in Afghanistan around 500 to 1,500.",
              originalProducer: "UN report, July 2021",
            },
          ],
        },
        {
          key: "iskp/strength/crss-2025",
          low: 2000,
          high: 2500,
          qualifier: "about",
          asOf: { date: "2025-01-01", precision: "year" },
          citations: [
            {
              source: "crss-2025",
              locator: "Who are ISKP?",
              quote:
                "It has approximately 2,000 to 2,500 fighters in Afghanistan, including Central Asian recruits and supporters from and in Europe.",
            },
          ],
        },
      ],
    },
    {
      slug: "afghan-taliban",
      name: "Afghan Taliban (Islamic Emirate of Afghanistan)",
      abbreviation: "IEA",
      aliases: ["Taliban", "Islamic Emirate of Afghanistan", "TTA", "Taliban 2.0"],
      kind: "de_facto_government",
      ideology: "Hanafi-Deobandi",
      founded: { date: "1994-01-01", precision: "year" },
      foundedPlace: null,
      dissolved: null,
      areas: ["AF"],
      mediaWings: [],
      summary:
        "Movement that emerged in 1994, ruled Kabul from 1996 to 2001 and returned to power in August 2021 as the unrecognised Islamic Emirate of Afghanistan. The reports describe a selective counter-terrorism posture: fighting ISKP while sheltering the TTP.",
      claims: [
        {
          key: "afghan-taliban/claim/founding",
          topic: "founding",
          text: "Emerged in 1994 from the intra-mujahidin civil war and captured Kabul in September 1996.",
          citations: [
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote: "The Taliban movement emerged in 1994 from the chaos of the intra-mujahidin civil war.",
            },
          ],
        },
        {
          key: "afghan-taliban/claim/ideology",
          topic: "ideology",
          text: "Avows a Hanafi-Deobandi disposition, distinct from the Salafi thought of the Islamic State.",
          citations: [
            {
              source: "crss-2025",
              locator: "Deobandis and Salafis – Doctrinal Distinctions",
              quote: "the Hanafi-Deobandi disposition that the Taliban avow from the Salafi/Wahabi thought that the Islamic State follows",
            },
          ],
        },
        {
          key: "afghan-taliban/claim/role-dual-approach",
          topic: "role",
          text: "Combats ISKP while tacitly supporting the TTP.",
          citations: [
            {
              source: "crss-2025",
              locator: "Executive Summary",
              quote:
                "The Taliban's dual approach to counterterrorism—combating ISKP while tacitly supporting the TTP—further complicates the security landscape.",
            },
          ],
        },
        {
          key: "afghan-taliban/claim/recognition",
          topic: "other",
          text: "No state had recognised the Taliban government at the time of the CRSS report.",
          citations: [
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote:
                "no state in the world has yet recognized the Taliban government – locally branded as the Islamic Emirate of Afghanistan (IEA)",
            },
          ],
        },
        {
          key: "afghan-taliban/claim/ttp-stance",
          topic: "role",
          text: "Officially calls the TTP an internal matter for Pakistan to settle through dialogue; privately, senior Taliban leaders admitted the TTP leadership is based in Afghanistan.",
          citations: [
            {
              source: "crss-2025",
              locator: "The Afghan Taliban as a Counterterrorism Partner: TTP",
              quote: "Privately, senior Taliban leaders confessed that the TTP leadership is based in Afghanistan.",
            },
            {
              source: "akbar-taliban-2",
              locator: "The Re-Emergency of Militant Groups",
              quote: "the Taliban denies this responsibility, claiming that the TTP is an internal issue of Pakistan",
            },
          ],
        },
      ],
      leaders: [
        {
          key: "afghan-taliban/leader/mullah-muhammad-omar",
          name: "Mullah Muhammad Omar",
          role: "Amir",
          start: null,
          end: null,
          citations: [
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote: "In September 1996, the Taliban, led by their amir Mullah Muhammad Omar, captured Kabul.",
            },
          ],
        },
        {
          key: "afghan-taliban/leader/haibatullah",
          name: "Haibatullah",
          role: "Amir of the Islamic Emirate",
          start: null,
          end: null,
          citations: [
            {
              source: "crss-2025",
              locator: "The Afghan Taliban as a Counterterrorism Partner: TTP",
              quote: "the current TTP leader, Noor Wali Mehsud, has declared his allegiance to the IEA Amir Haibatullah",
            },
          ],
        },
      ],
      strength: [],
      // What the Taliban were, period by period, as CRSS (2025) dates it: the 2021 change of role is the one
      // analysts date everything by.
      roles: [
        {
          key: "afghan-taliban/role/civil-war-movement-1994",
          kind: "religious_jihadist",
          label: "Armed movement in the intra-mujahidin civil war",
          start: { date: "1994-01-01", precision: "year" },
          end: { date: "1996-09-01", precision: "month" },
          citations: [
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote: "The Taliban movement emerged in 1994 from the chaos of the intra-mujahidin civil war.",
            },
          ],
        },
        {
          key: "afghan-taliban/role/government-1996",
          kind: "de_facto_government",
          label: "In power in Kabul (the IEA's first stint in power)",
          start: { date: "1996-09-01", precision: "month" },
          end: { date: "2001-01-01", precision: "year" },
          citations: [
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote: "In September 1996, the Taliban, led by their amir Mullah Muhammad Omar, captured Kabul.",
            },
            {
              source: "crss-2025",
              locator: "The Afghan Taliban as a Counterterrorism Partner: TTP",
              quote: "during the IEA's first stint in power (1996-2001)",
            },
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote:
                "The September 11, 2001, attacks in the United States led to the US and coalition forces dislodging the Taliban from power in Kabul",
            },
          ],
        },
        {
          key: "afghan-taliban/role/insurgency-2001",
          kind: "religious_jihadist",
          label: "Insurgency against the US-led NATO troops",
          start: { date: "2001-01-01", precision: "year" },
          end: { date: "2021-08-15", precision: "day" },
          citations: [
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote:
                "the Taliban were able to regroup themselves during the next couple of years to mount a prolonged insurgency against the US-led NATO troops",
            },
            {
              source: "crss-2025",
              locator: "The Afghan Taliban as a Counterterrorism Partner: TTP",
              quote: "During the Taliban insurgency years (2001-2021)",
            },
          ],
        },
        {
          key: "afghan-taliban/role/de-facto-government-2021",
          kind: "de_facto_government",
          label: "De facto rulers of Afghanistan (Islamic Emirate of Afghanistan, unrecognised)",
          start: { date: "2021-08-15", precision: "day" },
          end: null,
          citations: [
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote:
                "President Ashraf Ghani fleeing the capital on August 15, 2021, paving the way for the Taliban to sweep into the capital",
            },
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote: "The Taliban have since been the unchallenged de facto rulers of the country.",
            },
          ],
        },
      ],
    },
    {
      slug: "al-qaeda",
      name: "Al-Qaeda",
      abbreviation: "AQ",
      aliases: ["al-Qaida", "Al Qaeda"],
      kind: "transnational_jihadist",
      ideology: "Salafi-jihadist",
      founded: { date: "1988-01-01", precision: "year" },
      foundedPlace: null,
      dissolved: null,
      areas: ["AF"],
      mediaWings: [],
      summary:
        "Founded by Osama bin Laden in 1988. The reports describe a low-profile presence under the Taliban (its leader al-Zawahiri was killed in Kabul in July 2022) and enduring support for the TTP, including training.",
      claims: [
        {
          key: "al-qaeda/claim/founding",
          topic: "founding",
          text: "Founded by Osama bin Laden in 1988 to continue jihad beyond the Soviet withdrawal from Afghanistan.",
          citations: [
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote:
                "Bin Laden founded al-Qaeda in 1988 with the vision to continue Jihad beyond the imminent Soviet withdrawal from Afghanistan.",
            },
          ],
        },
        {
          key: "al-qaeda/claim/ideology",
          topic: "ideology",
          text: "Influenced by Salafi-jihadism, yet collaborated with the Hanafi-Deobandi Taliban.",
          citations: [
            {
              source: "crss-2025",
              locator: "Deobandis and Salafis – Doctrinal Distinctions",
              quote: "al-Qaeda, influenced by Salafi-jihadism, found ways to collaborate with the Taliban",
            },
          ],
        },
        {
          key: "al-qaeda/claim/areas-afghanistan",
          topic: "areas",
          text: "UN estimates place it in at least 15 Afghan provinces, mostly in the east and south.",
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Al-Qaeda",
              quote:
                "UN estimates show the group’s presence in at least 15 Afghan provinces, mostly those in east and south of the country",
              originalProducer: "UN Monitoring Team",
            },
          ],
        },
        {
          key: "al-qaeda/claim/role-ttp-support",
          topic: "role",
          text: "Provides IED training and media assistance to TTP cadres.",
          citations: [
            {
              source: "ullah-bano-2025",
              locator: "TTP Relationship with AQ and ISKP",
              quote: "AQ is presently offering IED training and media assistance to TTP cadres (Gul, 2024).",
            },
          ],
        },
      ],
      leaders: [
        {
          key: "al-qaeda/leader/osama-bin-laden",
          name: "Osama bin Laden",
          role: "Founder",
          start: { date: "1988-01-01", precision: "year" },
          end: null,
          citations: [
            {
              source: "crss-2025",
              locator: "Evolution of Militancy in the Region and its Global Expansion",
              quote: "Bin Laden founded al-Qaeda in 1988",
            },
          ],
        },
        {
          key: "al-qaeda/leader/ayman-al-zawahiri",
          name: "Ayman al-Zawahiri",
          role: "Leader",
          start: null,
          end: { date: "2022-07-31", precision: "day" },
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Al-Qaeda",
              quote: "Al-Qaeda leader Ayman Al-Zawahiri was traced and killed by an American drone in Kabul on July 31st.",
            },
          ],
        },
      ],
      strength: [
        {
          key: "al-qaeda/strength/pips-2022",
          low: 400,
          high: 400,
          qualifier: "about",
          asOf: { date: "2022-01-01", precision: "year" },
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Al-Qaeda",
              quote:
                "a little over half a year after the Taliban victory, a reassessment of Al-Qaeda threat revealed the outfit’s membership had doubled to about 400 under Taliban",
              originalProducer: "Seth G. Jones, Council on Foreign Relations (14 April 2022)",
            },
          ],
        },
      ],
    },
    {
      slug: "aqis",
      name: "Al-Qaeda in the Indian Subcontinent",
      abbreviation: "AQIS",
      aliases: [],
      kind: "transnational_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: ["AF-GHA", "AF-HEL", "AF-KAN", "AF-NIM", "AF-PKA", "AF-ZAB"],
      mediaWings: [],
      summary:
        "Believed present in six southern and eastern Afghan provinces, where it fought alongside the Taliban; some of its former media operatives have joined the TTP's media wing.",
      claims: [
        {
          key: "aqis/claim/areas",
          topic: "areas",
          text: "Believed present in Ghazni, Helmand, Kandahar, Nimroz, Paktika and Zabul, where it fought alongside the Taliban against the Ghani government.",
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Al-Qaeda",
              quote:
                "is also believed to have presence in Afghanistan’s Ghazni, Helmand, Kandahar, Nimroz, Paktika, and Zabul provinces where the group fought alongside the Taliban against the ousted Ghani government",
              originalProducer: "UN Monitoring Team, 29th report (3 Feb 2022)",
            },
          ],
        },
        {
          key: "aqis/claim/media-operatives-to-ttp",
          topic: "media",
          text: "Former AQIS media operatives have been integrated into the TTP's media operation.",
          citations: [
            {
              source: "crss-2025",
              locator: "TTP's Social Media Evolution",
              quote: "With the integration of former AQIS media operatives, TTP has enhanced its editorial capabilities.",
            },
          ],
        },
      ],
      leaders: [
        {
          key: "aqis/leader/osama-mehmood",
          name: "Osama Mehmood",
          role: "Leader",
          start: null,
          end: null,
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Al-Qaeda",
              quote: "Al-Qaeda in the Indian Subcontinent (AQIS), led by Osama Mehmood and his deputy Atif Yahya Ghouri",
            },
          ],
        },
        {
          key: "aqis/leader/atif-yahya-ghouri",
          name: "Atif Yahya Ghouri",
          role: "Deputy leader",
          start: null,
          end: null,
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Al-Qaeda",
              quote: "Al-Qaeda in the Indian Subcontinent (AQIS), led by Osama Mehmood and his deputy Atif Yahya Ghouri",
            },
          ],
        },
      ],
      strength: [
        {
          key: "aqis/strength/un-2022-02",
          low: 200,
          high: 400,
          qualifier: "between",
          asOf: { date: "2022-02-01", precision: "month" },
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Al-Qaeda",
              quote:
                "AQIS is estimated to have between 200 and 400 fighters, mainly from Afghanistan, Bangladesh, India, Myanmar, and Pakistan.",
              originalProducer: "UN Monitoring Team, 29th report (3 Feb 2022)",
            },
          ],
        },
      ],
    },
    {
      slug: "jamaat-ul-ahrar",
      name: "Jamaat-ul-Ahrar",
      abbreviation: "JuA",
      aliases: ["Jamat-ul-Ahrar"],
      kind: "religious_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary: "TTP faction that broke away during the group's fragmentation; CRSS reports TTP efforts to bring it back into the fold.",
      claims: [
        {
          key: "jamaat-ul-ahrar/claim/breakaway",
          topic: "founding",
          text: "Broke away from the TTP during the factionalism that followed the deaths of Baitullah and Hakimullah Mehsud.",
          citations: [
            {
              source: "ullah-bano-2025",
              locator: "Tehrik-e-Taliban Pakistan – Resurgence and Fortification",
              quote:
                "TTP also lost its centralized command structure due to factionalism, including the breakaway of Jamaat-ul-Ahrar (JuA)",
            },
          ],
        },
        {
          key: "jamaat-ul-ahrar/claim/ttp-reintegration",
          topic: "other",
          text: "Among the splinter factions the TTP has sought to bring back into its fold.",
          citations: [
            {
              source: "crss-2025",
              locator: "Patterns of Alliance Building Among Terrorist Organizations in Pakistan",
              quote:
                "These groups include both the Taliban factions that have from time to time moved away from the TTP, such as Jamat-ul-Ahrar and Hakimullah Mehsud factions",
            },
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "hafiz-gul-bahadur-group",
      name: "Hafiz Gul Bahadur Group",
      abbreviation: "HGB",
      aliases: [],
      kind: "religious_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary: "Described by Akbar as a TTP faction; she reports an attack by the group in Bannu that killed eight security personnel.",
      claims: [
        {
          key: "hafiz-gul-bahadur-group/claim/bannu-attack",
          topic: "tactics",
          text: "Described as a TTP faction that attacked a military facility in Bannu district, killing eight security personnel (undated in the paper; 'most recently').",
          citations: [
            {
              source: "akbar-taliban-2",
              locator: "Introduction",
              quote:
                "Most recently in the Bannu district of KPK, a number of terrorists form a TTP faction named Hafiz Gul Bahadur Group attacked on military cent and killed 8 security forces.",
            },
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "lashkar-e-jhangvi",
      name: "Lashkar-e-Jhangvi",
      abbreviation: "LeJ",
      aliases: [],
      kind: "sectarian",
      ideology: "Anti-Shia sectarian (sources disagree on Deobandi vs Salafi; see claims)",
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: ["PK-BA"],
      mediaWings: [],
      summary:
        "Sectarian group responsible for long-running anti-Shia violence in Pakistan, with working ties to ISKP in Balochistan. The sources disagree on its doctrinal label.",
      claims: [
        {
          key: "lashkar-e-jhangvi/claim/goals-anti-shia",
          topic: "goals",
          text: "Operates on a sectarian ideology aimed at persecuting Shia Muslims.",
          citations: [
            {
              source: "crss-2025",
              locator: "Pakistan's Deradicalization Policy",
              quote: "operate on a sectarian ideology aimed at persecuting Shia Muslims",
            },
          ],
        },
        {
          key: "lashkar-e-jhangvi/claim/ideology-deobandi",
          topic: "ideology",
          text: "CRSS calls LeJ Deobandi in one passage.",
          citations: [
            {
              source: "crss-2025",
              locator: "Islamist Militants or Proxy Terrorists?",
              quote: "the ISKP’s alliance with the Deobandi Lashkar-e-Jhangvi (LeJ)",
            },
          ],
        },
        {
          key: "lashkar-e-jhangvi/claim/ideology-salafi",
          topic: "ideology",
          text: "Elsewhere CRSS says LeJ and ISKP share a hardline Salafi ideology; Ullah & Bano say LeJ does not follow ISKP's Salafi ideology but shares its anti-Shia hostility.",
          citations: [
            {
              source: "crss-2025",
              locator: "Alliances Between ISKP/TTP and Sectarian Jihadi/Militant Outfits",
              quote: "Both LeJ and ISKP share a hardline Salafi ideology, and their collaboration centers on targeting Shia Muslims",
            },
            {
              source: "ullah-bano-2025",
              locator: "TTP Relationship with AQ and ISKP",
              quote:
                "The LeJ case shows that the group does not adhere to the ISKP Salafi ideology, but it shares a vicious anti-Shia hostility with ISKP.",
            },
          ],
        },
        {
          key: "lashkar-e-jhangvi/claim/ttp-recruited-fighters",
          topic: "recruitment",
          text: "The TTP became heavily sectarian partly by poaching experienced LeJ fighters.",
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Emergence and ideology",
              quote:
                "The TTP concurrently became heavily sectarian by poaching experienced fighters from radical anti-Shia groups such as Lashkar-e-Jhangvi (LeJ)",
            },
          ],
        },
      ],
      leaders: [
        {
          key: "lashkar-e-jhangvi/leader/yousaf-mansour-khurasani",
          name: "Yousaf Mansour Khurasani",
          role: "Leader in Balochistan",
          start: null,
          end: null,
          citations: [
            {
              source: "ullah-bano-2025",
              locator: "TTP Relationship with AQ and ISKP",
              quote: "the Lashkar-e-Jhangvi (LeJ) in Balochistan under Yousaf Mansour Khurasani",
            },
          ],
        },
      ],
      strength: [],
    },
    {
      slug: "lashkar-e-jhangvi-al-alami",
      name: "Lashkar-e-Jhangvi Al-Alami",
      abbreviation: "LeJ-A",
      aliases: ["LeJ-Al Alami"],
      kind: "sectarian",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: ["PK-BA"],
      mediaWings: [],
      summary: "Sectarian faction that CRSS says merged into ISKP in Balochistan (no date given).",
      claims: [
        {
          key: "lashkar-e-jhangvi-al-alami/claim/absorbed-by-iskp",
          topic: "other",
          text: "Absorbed into ISKP, a merger CRSS attributes to shared anti-Shia sentiment; it expanded ISKP's network in Balochistan.",
          citations: [
            {
              source: "crss-2025",
              locator: "The Rise of ISKP in Bajaur and Balochistan: Balochistan",
              quote:
                "Dr. Basit further highlights the absorption of sectarian groups like LeJ-Al Alami into ISKP as a critical development.",
            },
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "haqqani-network",
      name: "Haqqani Network",
      abbreviation: "HN",
      aliases: [],
      kind: "religious_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: ["pk-kp-north-waziristan"],
      mediaWings: [],
      summary:
        "Hardline Taliban faction led by Sirajuddin Haqqani, the Taliban's Interior Minister. EFSAS, citing the UN, calls it the Taliban's hub for ties with foreign militant groups and the TTP's gateway to Afghanistan.",
      claims: [
        {
          key: "haqqani-network/claim/role-liaison",
          topic: "role",
          text: "A 2021 UN Security Council report calls it a hub for outreach to regional foreign terrorist groups and the primary liaison between the Taliban and al-Qaeda.",
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Relations with the Taliban & Al Qaeda",
              quote:
                "remains a hub for outreach and cooperation with regional foreign terrorist groups and is the primary liaison between the Taliban and Al Qaida",
              originalProducer: "UN Security Council Monitoring Team report (2021)",
            },
          ],
        },
        {
          key: "haqqani-network/claim/ideology-hardline",
          topic: "ideology",
          text: "Holds particularly hardline positions, e.g. on women's rights, compared with more moderate Taliban elements.",
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Relations with the Taliban & Al Qaeda",
              quote:
                "The HN espouses particularly hardline positions, for instance regarding women’s rights, that contradict more moderate elements in the Taliban",
            },
          ],
        },
        {
          key: "haqqani-network/claim/areas-north-waziristan",
          topic: "areas",
          text: "Present in North Waziristan; mediated the late-2021 ceasefire talks between the TTP and Pakistan.",
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Relations with the Taliban & Al Qaeda",
              quote: "The Network’s presence in North Waziristan and its central role for negotiations",
            },
            {
              source: "efsas-ttp-resurgence",
              locator: "Relations with the Taliban & Al Qaeda",
              quote:
                "The HN has also functioned as a mediator in the ceasefire negotiations between the TTP and the Pakistani government in late 2021",
            },
          ],
        },
      ],
      leaders: [
        {
          key: "haqqani-network/leader/sirajuddin-haqqani",
          name: "Sirajuddin Haqqani",
          role: "Leader (also Taliban Interior Minister)",
          start: null,
          end: null,
          citations: [
            {
              source: "efsas-ttp-resurgence",
              locator: "Relations with the Taliban & Al Qaeda",
              quote: "the leader of which, Sirajuddin Haqqani, currently serves as the Taliban’s Interior Minister",
            },
          ],
        },
      ],
      strength: [],
    },
    {
      slug: "bla",
      name: "Balochistan Liberation Army",
      abbreviation: "BLA",
      aliases: ["Baloch Liberation Army"],
      kind: "ethno_nationalist_separatist",
      ideology: "Baloch separatist",
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: ["PK-BA"],
      mediaWings: [],
      summary:
        "Baloch separatist insurgent group fighting for Balochistan's independence. It targets security forces, development projects and Chinese and non-Baloch workers, and occasionally cooperates with the TTP.",
      claims: [
        {
          key: "bla/claim/goals-independence",
          topic: "goals",
          text: "Fights for Balochistan's independence.",
          citations: [
            {
              source: "crss-2025",
              locator: "Alliances Between ISKP/TTP and Sectarian Jihadi/Militant Outfits",
              quote: "the BLA fights for Balochistan's independence",
            },
          ],
        },
        {
          key: "bla/claim/targets",
          topic: "tactics",
          text: "Targets security forces, mega development projects and their workers (including Chinese nationals), and non-Baloch workers or settlers.",
          citations: [
            {
              source: "pips-2022",
              locator: "3.2.1 Baloch nationalist insurgent groups: Balochistan Liberation Army (BLA)",
              quote:
                "Security forces, mega development projects and their workers including the Chinese, and non-Baloch workers or settlers are key targets of the BLA.",
            },
          ],
        },
        {
          key: "bla/claim/financing",
          topic: "financing",
          text: "Believed to be funded through hawala and hundi by Baloch dissidents in Europe and North America.",
          citations: [
            {
              source: "pips-2022",
              locator: "3.2.1 Baloch nationalist insurgent groups: Balochistan Liberation Army (BLA)",
              quote:
                "It is believed the group receives funding through hawala and hundi from Baloch dissidents in Europe and North America.",
            },
          ],
        },
        {
          key: "bla/claim/recruitment",
          topic: "recruitment",
          text: "Recruits disaffected Baloch youth, including some with a history in the Baloch Students Organization (Azad).",
          citations: [
            {
              source: "pips-2022",
              locator: "3.2.1 Baloch nationalist insurgent groups: Balochistan Liberation Army (BLA)",
              quote:
                "The outfit recruits from indignant Baloch youths including those with history of association with the Baloch Students Organization (Azad).",
            },
          ],
        },
      ],
      leaders: [
        {
          key: "bla/leader/bashir-zeb",
          name: "Bashir Zeb",
          role: "Leader of the BLA faction in the BRAS alliance",
          start: null,
          end: null,
          citations: [
            {
              source: "pips-2022",
              locator: "3.2.3 Sindhi nationalist insurgent groups",
              quote: "BRAS is an alliance of BLF, Bashir Zeb’s BLA, Gulzar Imam’s BRA and Bukhtiar Domki’s BRG.",
            },
          ],
        },
      ],
      strength: [],
    },
    {
      slug: "etim",
      name: "East Turkistan Islamic Movement / Turkistan Islamic Party",
      abbreviation: "ETIM",
      aliases: ["Turkistan Islamic Party", "TIP", "East Turkestan Islamic Movement", "East Turkish Islamic Movement"],
      kind: "transnational_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: ["AF-BDS", "AF-BGL"],
      mediaWings: [],
      summary:
        "Uyghur militant group that China blames for attacks at home. It has rebuilt strongholds in Badakhshan, and the Taliban say they have moved its fighters away from the Chinese border.",
      claims: [
        {
          key: "etim/claim/areas",
          topic: "areas",
          text: "Has rebuilt strongholds in Badakhshan; its leadership is mainly active in Baghlan.",
          citations: [
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Turkistan Islamic Party (TIP)/East Turkistan Islamic Movement (ETIM)",
              quote:
                "The Turkistan Islamic Party (TIP), also known as East Turkistan Islamic Movement (ETIM) has rebuilt several strongholds in Badakhshan",
              originalProducer: "UN Monitoring Team, 30th report (15 July 2022)",
            },
            {
              source: "pips-2022",
              locator: "2. Post-withdrawal militant landscape: Turkistan Islamic Party (TIP)/East Turkistan Islamic Movement (ETIM)",
              quote: "The ETIM leadership is mainly active in Baghlan.",
            },
          ],
        },
        {
          key: "etim/claim/taliban-relocation",
          topic: "other",
          text: "Taliban officials say they have relocated Uyghur fighters away from the Afghanistan-China border, in response to Chinese demands.",
          citations: [
            {
              source: "crss-2025",
              locator: "Al-Qaeda, ETIM, and Other Regional Groups",
              quote: "the Taliban officials claim to have relocated the Uyghur fighters away from Afghanistan-China border areas",
            },
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "imu",
      name: "Islamic Movement of Uzbekistan",
      abbreviation: "IMU",
      aliases: [],
      kind: "transnational_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary:
        "Central Asian jihadist group once aligned with al-Qaeda; much of its leadership and many of its fighters switched allegiance to ISKP in 2015.",
      claims: [
        {
          key: "imu/claim/allegiance-to-is",
          topic: "other",
          text: "Formerly al-Qaeda-affiliated; in 2015 much of its leadership and fighters shifted allegiance to ISKP.",
          citations: [
            {
              source: "crss-2025",
              locator: "Al-Qaeda, ETIM, and Other Regional Groups",
              quote: "Uzbekistan (IMU) shifted their allegiance to the ISKP in 2015.",
            },
            {
              source: "ullah-bano-2025",
              locator: "TTP Relationship with AQ and ISKP",
              quote:
                "Operating in Afghanistan and formerly AQ-affiliated, IMU also became part of the IS camp and swore allegiance to Baghdadi",
            },
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
  ],
} satisfies DatasetInput;
