import type { SeedModule } from "../types";

const SOURCE = "akbar-taliban-2";
const PK = { country: "PK", province: null, district: null } as const;
const KP = { country: "PK", province: "PK-KP", district: null } as const;
const BA = { country: "PK", province: "PK-BA", district: null } as const;
const district = (province: "PK-KP" | "PK-BA", id: string) => ({ country: "PK", province, district: id }) as const;
const day = (date: string) => ({ periodStart: date, periodEnd: date, periodPrecision: "day" }) as const;
const SATP = "SATP (South Asia Terrorism Portal)";
const SAYED = "Sayed & Hamming (2023), CTC Sentinel 16(5)";

/** Text of the Introduction's dated list of 2023 attacks (quoted by several records). */
const PESHAWAR_INTRO =
  "On 30 January 2023, a suicide bomber attacked a mosque in Peshawar, killing 100 people and injuring 225 others, mostly policemen. The TTP claimed responsibility for the attack.";
const PESHAWAR_LATER =
  "a suicide bomb attack on a mosque inside a security compound in Peshawar killed at least 100 people, mainly police officers, and injured more than 225";
const BALOCHISTAN_0306 =
  "on 6<sup>th</sup> March 2023, a suicide bomber attacked a police vehicle in Baluchistan, killing nine police officers ISKP claimed responsibility";
const KECH_0401 =
  "On 1<sup>st</sup> April 2023, TTP attacked Pakistani soldiers in the Kech area of Baluchistan province, killing four people.";
const BAJAUR_0731 =
  "on 31<sup>st</sup> July 2023, a suicide bomber attacked a political rally in the Bajaur District of KPK, killing over 50 people, including many children. ISKP claimed responsibility for the attack (Zahid, 2023).";
const MASTUNG_0929 =
  "on the 29<sup>th</sup> of September 2023, a bomb exploded at a religious procession in Mastone, Baluchistan, killing at least 10 people and injuring dozens more, but no one claimed responsibility";
const SATP_DEATHS = "According to SATP statistics, 74 of the 929 deaths in the provinces in 2023 were caused by ISKP.";
const KAKAR =
  "the [then] Pakistan's interim Prime Minister Anwar Haq Kakkar criticized the Afghan Taliban regime and stated that the Taliban leadership supported the anti-Pakistani Taliban insurgency, which led to a significant increase in violence in Pakistan, killing 2,867 Pakistanis. Since the Taliban took control of Afghanistan in August 2021.";
const DIR_MPA =
  "On August 5, 2022, Liaqat Ali Khan, a member of the provincial assembly of Khyber Pakhtunkhwa, was attacked by unidentified militants in the adjacent Dir district, where he was severely injured. His three friends and brother were killed as a result of this attack (Asad H, 2022).";
const ABSTRACT_RECS =
  "the research recommends strengthening border security measures, diplomatic engagement with the Afghan Taliban, counterterrorism cooperation with regional partners, and addressing the root causes of extremism";
const DISCUSSION_RECS =
  "Addressing these challenges requires a multi-pronged approach, including strengthening border security, strengthening regional cooperation and working together to address the root causes of extremism in the region.";

/**
 * Asma Akbar, "Taliban 2.0: Implications for National Security of Pakistan" (research paper).
 * Curated end to end: the figures it quotes (PICSS, SATP, Sayed & Hamming, caretaker PM Kakar), the
 * dated attacks of 2009–2023, the Swat events of August 2022, the milestones it dates, its account of
 * the TTP–Afghan Taliban nexus and of ISKP, and every recommendation (abstract, discussion, the
 * Recommendations section, and those it reports from the works it reviews).
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
        "Headed 'RESEARCH PAPER' and laid out like a journal article (abstract, keywords, corresponding author), but no journal, publisher or date is printed, so 'journal_article' is a judgement from the layout. The author is a Visiting Faculty Lecturer at International Islamic University Islamabad. Year left null: the latest works cited are from 2024, so it was written in 2024 or later. Qualitative study (primary and secondary data) framed by constructivism. Most figures are quoted from other producers (PICSS, SATP, Sayed & Hamming in CTC Sentinel, a UN report, caretaker PM Kakar via USIP); the paper's chronology is loose in places (see the notes on the December 2021 / April 2022 attack records and on Swat in August 2021).",
    },
  ],
  groupFacts: [
    {
      group: "ttp",
      aliases: ["Tehreek-e-Taliban"],
      areas: ["pk-kp-swat", "AF"],
      claims: [
        {
          key: "akbar-taliban-2/ttp/claim/goals-overthrow-state",
          topic: "goals",
          text: "Committed to overthrowing the Pakistani government and establishing a Taliban-style Islamic state (Akbar, summarising Sayed, 2023).",
          citations: [
            {
              source: SOURCE,
              locator: "Literature Review",
              quote:
                "TTP is a group of Islamic militants who are committed to overthrowing the Pakistani government and establishing a Taliban-style Islamic state.",
              originalProducer: "Sayed (2023)",
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/goals-border-territories",
          topic: "goals",
          text: "In a late-July 2021 interview, TTP chief Noor Wali Mehsud said the group would keep fighting Pakistani security forces to control border territories and establish independence.",
          citations: [
            {
              source: SOURCE,
              locator: "Religious Views and Pashtun Identity",
              quote:
                "TTP chief Noor Wali Mehsud said in an interview in late July 2021 that the group would continue its fight against Pakistani security forces to control border territories and establish independence.",
              originalProducer: "PIPS (2023)",
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/ideology-sharia-state",
          topic: "ideology",
          text: "Shares with the Afghan Taliban a strict Sunni (Deobandi, Hanafi) outlook: an Islamic state under Sharia law as the only acceptable government, rejection of secular government and of Western influence in the region.",
          citations: [
            {
              source: SOURCE,
              locator: "Common History and Ideology",
              quote:
                "Same Perspective according to a strict interpretation of Sunni Islam, the TTP and the Afghan Taliban have the same goal of establishing Islamic authority based on their interpretations of Sharia law.",
            },
            {
              source: SOURCE,
              locator: "Religious Views and Pashtun Identity",
              quote: "They believe that Islamic law should be the only source of legislation and reject secular forms of government.",
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/ideology-pashtun-identity",
          topic: "ideology",
          text: "Most members are Pashtun; the TTP regards itself, like the Afghan Taliban, as a guardian of Pashtun customs and highly values Pashtunwali, including 'Badal' (retaliation).",
          citations: [
            {
              source: SOURCE,
              locator: "Religious Views and Pashtun Identity",
              quote: "Pashtunwali, the Pashtun code of honour, is highly valued by the TTP and the Afghan Taliban.",
              originalProducer: "Zahid (2023)",
            },
            {
              source: SOURCE,
              locator: "Religious Views and Pashtun Identity",
              quote: "most of them belong to the Pashtun ethnicity, which brings them closer together (Kurtzman, 2014)",
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/tactics",
          topic: "tactics",
          text: "Suicide bombings, assassinations, kidnappings and violence against civilians, military personnel and infrastructure; after 2021 its attacks spread from the tribal heartland into major cities, specifically targeting security forces.",
          citations: [
            {
              source: SOURCE,
              locator: "Introduction",
              quote:
                "TTP continues to launch attacks in Pakistan, such as suicide bombings, assassinations, kidnappings, and committing violence and terrorism against civilians, military personnel, and infrastructure",
            },
            {
              source: SOURCE,
              locator: "The Re-Emergency of Militant Groups",
              quote:
                "The group's attacks have escalated dramatically, spreading from the tribal heartland into the country's major cities and specifically targeting security forces.",
              originalProducer: SAYED,
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/resurgence",
          topic: "role",
          text: "A resurgent group, more dangerous and sophisticated than in the past; its resurgence was helped by the US withdrawal from Afghanistan and the rise of ISKP (Akbar summarising Sayed, 2023). Since the takeover it, like ISKP, has increased its presence in Pakistan's tribal areas.",
          citations: [
            {
              source: SOURCE,
              locator: "Literature Review",
              quote:
                "He believes that the TTP is a more dangerous and sophisticated organization than in the past and poses a serious threat to Pakistan's security.",
              originalProducer: "Sayed (2023)",
            },
            {
              source: SOURCE,
              locator: "Literature Review",
              quote:
                "In addition, he explores the factors that contributed to the group's resurgence, such as the withdrawal of U.S. troops from Afghanistan and the rise of ISKP.",
              originalProducer: "Sayed (2023)",
            },
            {
              source: SOURCE,
              locator: "Literature Review",
              quote:
                "Since the Taliban takeover, other militant groups such as the TTP and the Islamic State Khorasan Province ISKP have increased their presence in Pakistan's tribal areas.",
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/changes-after-takeover",
          topic: "other",
          text: "After the Taliban takeover the TTP underwent four significant changes: mergers, a centralised organisational structure, more operations and stronger media operations (Sayed, 2023).",
          citations: [
            {
              source: SOURCE,
              locator: "The Re-Emergency of Militant Groups",
              quote:
                "After the Taliban took over Afghanistan, the TTP underwent four significant changes: mergers, centralized organizational structure, increased operational activities, and strengthening of media operations.",
              originalProducer: SAYED,
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/prisoners-released",
          topic: "strength",
          text: "The Taliban takeover strengthened the TTP through the release of hundreds of its members held by the US military and the former Afghan government, including militants and senior leaders.",
          citations: [
            {
              source: SOURCE,
              locator: "The Re-Emergency of Militant Groups",
              quote:
                "the Taliban takeover also immediately strengthened the power of the TTP through the release of hundreds of TTP members held by the US military and the former Afghan government",
            },
            {
              source: SOURCE,
              locator: "Growing TTP Threats",
              quote: "many prisoners in the country were released, including militants and senior leaders of the TTP",
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/weapons",
          topic: "other",
          text: "Attackers allegedly use new weaponry from American stocks left behind in Afghanistan; Pakistan asked a UN panel in December 2023 to investigate how the TTP acquires modern weapons.",
          citations: [
            {
              source: SOURCE,
              locator: "The Re-Emergency of Militant Groups",
              quote:
                "terrorists allegedly utilizing brand-new weaponry that they received from American weaponry that was left behind in Afghanistan (Khattak, 2022)",
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/role-celebrated-takeover",
          topic: "role",
          text: "The first insurgent group to celebrate the Afghan Taliban's victory publicly; in a statement of 17 August 2021 it called the Taliban's return a significant success for the Islamic Jihadi mission.",
          citations: [
            {
              source: SOURCE,
              locator: "The Re-Emergency of Militant Groups",
              quote: "the TTP became the first insurgent group to celebrate the victory publicly (Abbasi, 2024)",
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/areas-afghanistan-base",
          topic: "areas",
          text: "Based in Afghanistan, which it uses as a base to launch attacks in Pakistan; resurged in Swat, where it had been highly active in 2008.",
          citations: [
            {
              source: SOURCE,
              locator: "Conclusion",
              quote: "The TTP, based in Afghanistan, is a major threat to peace in Pakistan.",
            },
            {
              source: SOURCE,
              locator: "Growing TTP Threats",
              quote: "In August 2021, the TTP resurgence re-emerged in Swat Pakistan with heavy weaponry (Jan, A., 2022).",
            },
          ],
        },
        {
          key: "akbar-taliban-2/ttp/claim/leadership-noor-wali",
          topic: "leadership",
          text: "Noor Wali Mehsud is named as TTP chief (interview of late July 2021); he said the group has close ties with the Afghan Taliban.",
          citations: [
            {
              source: SOURCE,
              locator: "Religious Views and Pashtun Identity",
              quote:
                "He said his group has close ties with the Afghan Taliban and hopes to benefit from the Taliban's success in Pakistan (PIPS, 2023).",
              originalProducer: "PIPS (2023)",
            },
          ],
        },
      ],
    },
    {
      group: "iskp",
      aliases: ["IS-KP", "Islamic State of Khorasan Province"],
      areas: ["AF", "PK"],
      claims: [
        {
          key: "akbar-taliban-2/iskp/claim/ideology",
          topic: "ideology",
          text: "Rooted in the ideology of ISIS in Iraq and Syria; holds Salafi-jihadist beliefs and Takfirist teachings and seeks a worldwide caliphate under its interpretation of Islamic law.",
          citations: [
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote:
                "It has the beliefs of Salafi-jihadist ideas and acknowledges Takfirist teachings, which seek to create a worldwide caliphate ruled by its interpretation of Islamic law (Ali, 2020).",
            },
          ],
        },
        {
          key: "akbar-taliban-2/iskp/claim/goals-khorasan",
          topic: "goals",
          text: "Aims at its own caliphate in the Khorasan region (historically parts of Afghanistan, Pakistan, Iran, Central Asia and to some extent India) and refuses to acknowledge the legitimacy of the Taliban's rule.",
          citations: [
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote:
                "ISKP aims to build its version of the caliphate in the Khorasan region, which historically covered parts of modern-day Afghanistan, Pakistan, Iran, Central Asia, and, to some extent, India",
            },
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote:
                "Unlike the TTP, ISKP tends to implement its version of the caliphate and has refused to acknowledge the legitimacy of the Taliban caliphate.",
            },
          ],
        },
        {
          key: "akbar-taliban-2/iskp/claim/tactics",
          topic: "tactics",
          text: "Suicide bombings, assassinations and mass murder; targets places of worship and political rallies, and Pak-China infrastructure projects could be targeted; attacks on civilians, security officials and religious minorities.",
          citations: [
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote:
                "To further their objectives, they utilize terrible methods, including suicide bombs, assassinations, and mass murder.",
            },
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote:
                "targeted attacks on places of worship, political rallies, and even Pak-China infrastructure projects could be targeted",
            },
            {
              source: SOURCE,
              locator: "The Re-Emergency of Militant Groups",
              quote:
                "The group has proved its ability to carry out violent and destabilizing acts through numerous attacks against civilians, security officials, and religious minorities.",
            },
          ],
        },
        {
          key: "akbar-taliban-2/iskp/claim/areas",
          topic: "areas",
          text: "A militant organisation in Afghanistan and Pakistan that has strengthened its roots in various areas of both countries and is active along Pakistan's border with Afghanistan.",
          citations: [
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote: "The ISKP has strengthened its roots in the various areas of both Pakistan and Afghanistan (Sikandar, 2023).",
            },
            {
              source: SOURCE,
              locator: "The Re-Emergency of Militant Groups",
              quote: "which is active along its insecure border with Afghanistan (Khan R, 2023)",
            },
            {
              source: SOURCE,
              locator: "Literature Review",
              quote:
                "Since the Taliban takeover, other militant groups such as the TTP and the Islamic State Khorasan Province ISKP have increased their presence in Pakistan's tribal areas.",
            },
          ],
        },
        {
          key: "akbar-taliban-2/iskp/claim/attacks-after-takeover",
          topic: "other",
          text: "Its attacks increased in the month after the Taliban took control of Afghanistan (2021), when it launched more attacks than ever.",
          citations: [
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote:
                "Attacks by ISKP increased in the month after the Taliban took control in Afghanistan. The ISKP launched more attacks than ever.",
            },
          ],
        },
        {
          key: "akbar-taliban-2/iskp/claim/resources",
          topic: "strength",
          text: "Lacks the economic resources and manpower to monitor a population and enforce the law, so territorial control is costly for it; a prime target of airstrikes by the Afghan Army and the US Air Force.",
          citations: [
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote: "ISKP lacks the economic resources and manpower to monitor the population and enforce the law (Palmer & Holtz, 2023).",
            },
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote: "it has become a prime target for airstrikes organized by the Afghan",
            },
          ],
        },
      ],
    },
    {
      group: "afghan-taliban",
      aliases: ["Afghanistan Taliban"],
      claims: [
        {
          key: "akbar-taliban-2/afghan-taliban/claim/1996-pakistan-support",
          topic: "founding",
          text: "Became an important political and military force in 1996 and received diplomatic and material support from Pakistan (Akhtar, 2008).",
          citations: [
            {
              source: SOURCE,
              locator: "Literature Review",
              quote:
                "In 1996, the Taliban became an important political and military force. They received diplomatic and material support from Pakistan.",
            },
          ],
        },
        {
          key: "akbar-taliban-2/afghan-taliban/claim/ideology-deobandi",
          topic: "ideology",
          text: "Adheres, like the TTP, to Deobandism, a branch of Hanafi Islam; regards itself as a guardian of Pashtun customs and opposes Western presence in the region.",
          citations: [
            {
              source: SOURCE,
              locator: "Religious Views and Pashtun Identity",
              quote:
                "The Taliban and TTP both adhere to Deobandism; they primarily aligned themselves with the Deobandi School, a specific branch of Hanafi Islam",
            },
          ],
        },
        {
          key: "akbar-taliban-2/afghan-taliban/claim/role-supports-ttp",
          topic: "role",
          text: "Has a long history of supporting terrorist groups such as the TTP, has failed to stop the flow of weapons from Afghanistan to Pakistan and is reluctant to act against the TTP.",
          citations: [
            {
              source: SOURCE,
              locator: "Introduction",
              quote: "Furthermore, The Afghan Taliban has a long history of supporting terrorist groups, such as TTP.",
            },
            {
              source: SOURCE,
              locator: "Introduction",
              quote: "The Taliban has also failed to stop the flow of weapons from Afghanistan to Pakistan (Donnell, 2023).",
            },
            {
              source: SOURCE,
              locator: "Conclusion",
              quote: "However, the Afghan Taliban is reluctant to take any action against them.",
            },
          ],
        },
        {
          key: "akbar-taliban-2/afghan-taliban/claim/role-denial",
          topic: "role",
          text: "Follows a denial strategy on the TTP's presence in Afghanistan; observers see Pakistan's hard line on Afghan refugees as a response to it.",
          citations: [
            {
              source: SOURCE,
              locator: "TTP and Afghan Taliban Nexus",
              quote:
                "According to multiple observers, Pakistan's severe stance towards the Afghan refugees is a result of the Afghan Taliban denial strategy in terms of TTP Presence in Afghanistan.",
            },
          ],
        },
        {
          key: "akbar-taliban-2/afghan-taliban/claim/role-iskp-threat",
          topic: "role",
          text: "Has taken severe action against ISKP, which it considers an existential threat to its Islamic Emirate.",
          citations: [
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote:
                "The Afghanistan Taliban have taken severe actions against ISKP and consider it as an existential threat to its Islamic Emirate (Zaidi, Abbasi & Hayat, 2024).",
            },
          ],
        },
      ],
    },
    {
      group: "al-qaeda",
      claims: [
        {
          key: "akbar-taliban-2/al-qaeda/claim/areas-afghanistan",
          topic: "areas",
          text: "Named by Prime Minister Shehbaz Sharif at the UN General Assembly (September 2022), with ISKP and the TTP, among the major terrorist groups operating in Afghanistan.",
          citations: [
            {
              source: SOURCE,
              locator: "Literature Review",
              quote:
                "Pakistan shares the global concern about the threat posed by major terrorist groups operating in Afghanistan, especially ISKP and TTP, as well as Al-Qaeda.",
              originalProducer: "Prime Minister Shehbaz Sharif, UN General Assembly speech (via Kaura, 2022)",
            },
          ],
        },
      ],
    },
    {
      group: "islamic-state",
      claims: [
        {
          key: "akbar-taliban-2/islamic-state/claim/areas-middle-east",
          topic: "areas",
          text: "Akbar places ISIS in the Middle East, 'majorly in Iraq and Syria', and roots ISKP's ideology in it.",
          citations: [
            {
              source: SOURCE,
              locator: "ISKP; Emerging Extremism",
              quote:
                "The ideology of the ISKP has its roots in the significant ideology of ISIS in the Middle East, majorly in Iraq and Syria.",
            },
          ],
        },
      ],
    },
    {
      group: "hafiz-gul-bahadur-group",
      areas: ["pk-kp-bannu"],
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
      description:
        "Akbar calls the Hafiz Gul Bahadur Group 'a TTP faction' and credits it with an undated ('most recently') attack in Bannu that killed 8 security personnel.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "a number of terrorists form a TTP faction named Hafiz Gul Bahadur Group attacked on military cent and killed 8 security forces",
        },
      ],
    },
    {
      key: "akbar-taliban-2/rel/afghan-taliban-shelters-ttp-since-2021",
      from: "afghan-taliban",
      to: "ttp",
      type: "sanctuary",
      start: { date: "2021-08-01", precision: "month" },
      end: null,
      description:
        "Since the takeover of August 2021 Afghanistan serves as a safe haven for the TTP: the Taliban give TTP commanders and fighters sanctuary, have not compelled the TTP to leave and refuse to resolve the sanctuary issue; Pakistani officials say the Taliban-led government gives the TTP safe havens. The Taliban deny responsibility and call the TTP an internal issue of Pakistan.",
      citations: [
        {
          source: SOURCE,
          locator: "TTP and Afghan Taliban Nexus",
          quote: "Taliban, the group currently gives TTP commanders and fighters sanctuary (Kaleem, 2023).",
        },
        {
          source: SOURCE,
          locator: "TTP and Afghan Taliban Nexus",
          quote: "Pakistani officials said that the Taliban-led Afghan government is giving the TTP safe havens (Iqbal S, 2023).",
        },
        {
          source: SOURCE,
          locator: "TTP and Afghan Taliban Nexus",
          quote: "The Taliban has not compelled the TTP to flee Afghanistan despite their only offer to mediate.",
        },
        {
          source: SOURCE,
          locator: "Discussion",
          quote:
            "The Taliban's refusal to effectively resolve the TTP sanctuary issue undermines Pakistan's counterterrorism efforts and hinders regional stability.",
        },
      ],
    },
    {
      key: "akbar-taliban-2/rel/afghan-taliban-shelters-ttp-historical",
      from: "afghan-taliban",
      to: "ttp",
      type: "sanctuary",
      start: null,
      end: null,
      description:
        "Before 2021 (undated): TTP militants fleeing Pakistani military operations were given protection and assistance in Afghanistan by the Afghan Taliban, returning the shelter the TTP's predecessors had given the Afghan Taliban in the early 2000s.",
      citations: [
        {
          source: SOURCE,
          locator: "Common History and Ideology",
          quote:
            "Similarly, the TTP terrorists were fleeing Pakistani military operations, and the Afghan Taliban offered them protection and assistance in Afghanistan in the same manner.",
        },
      ],
    },
    {
      key: "akbar-taliban-2/rel/ttp-forerunners-shelter-afghan-taliban-2000s",
      from: "ttp",
      to: "afghan-taliban",
      type: "sanctuary",
      start: null,
      end: null,
      description:
        "In the early 2000s, after the US attacked Afghanistan, many Afghan Taliban fighters took shelter in Pakistan's tribal areas, where they were welcomed by 'the ancestors of TTP' (the TTP itself was not yet formed; the paper gives no year).",
      citations: [
        {
          source: SOURCE,
          locator: "Common History and Ideology",
          quote:
            "In the early 2000s, when the US attacked Afghanistan, many of the fighters of various ranks of Afghan Taliban took shelter in the tribal areas of Pakistan, where they were warmly welcomed by the ancestors of TTP (Khan & Durrani, 2024).",
        },
      ],
    },
    {
      key: "akbar-taliban-2/rel/ttp-afghan-taliban-alliance",
      from: "ttp",
      to: "afghan-taliban",
      type: "alliance",
      start: null,
      end: null,
      description:
        "Akbar's central finding: shared ideology (Deobandi, Sharia rule), Pashtun identity and common history make the TTP and the Afghan Taliban 'natural allies' with a strong alliance that lets the TTP use Afghan territory to plan and carry out attacks on Pakistan; the TTP chief said in July 2021 his group has close ties with the Afghan Taliban. She adds that the Afghan Taliban keep strong ties with the TTP partly to prevent TTP–ISKP collaboration.",
      citations: [
        {
          source: SOURCE,
          locator: "ABSTRACT",
          quote:
            "The research found strong substantiation of increased cross-border terror activity and revealed the nexus between the TTP and the Afghan Taliban, facilitating attacks in Pakistan.",
        },
        {
          source: SOURCE,
          locator: "TTP and Afghan Taliban Nexus",
          quote:
            "Due to the mentioned factors, both groups become natural allies; which has a strong adverse effect on Pakistan especially in terms of security.",
        },
        {
          source: SOURCE,
          locator: "Discussion",
          quote:
            "Shared ideology, Pashtun identity and historical ties foster a strong alliance that allows the TTP to use Afghan territory as a safe haven from which to plan and carry out attacks against Pakistan.",
        },
        {
          source: SOURCE,
          locator: "ISKP; Emerging Extremism",
          quote:
            "Therefore, the Afghan Taliban keeps strong ties with the TTP to avoid any possible collaboration between the TTP and ISKP and keep the latter completely isolated.",
        },
      ],
    },
    {
      key: "akbar-taliban-2/rel/ttp-afghan-taliban-cooperation-war",
      from: "ttp",
      to: "afghan-taliban",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "Various TTP factions greatly assisted the Afghan Taliban in the war against Western forces in Afghanistan, and the two have sometimes coordinated operations where their goals coincide (no dates given).",
      citations: [
        {
          source: SOURCE,
          locator: "Common History and Ideology",
          quote:
            "Moreover, the various factions of TTP greatly assisted the Afghan Taliban in the war against the Western forces in Afghanistan.",
        },
        {
          source: SOURCE,
          locator: "Common History and Ideology",
          quote:
            "The TTP and the Afghan Taliban have sometimes coordinated their operations, particularly in fields where their goals coincide.",
        },
      ],
    },
    {
      key: "akbar-taliban-2/rel/ttp-allegiance-islamic-emirate",
      from: "ttp",
      to: "afghan-taliban",
      type: "affiliate",
      start: null,
      end: null,
      description:
        "Pakistani security officials describe the TTP and the Afghan Taliban as 'two sides of the same coin', citing the TTP's recent allegiance to the Islamic Emirate of Afghanistan (Thomas, 2021).",
      citations: [
        {
          source: SOURCE,
          locator: "Growing TTP Threats",
          quote:
            "Pakistani security officials have described the two groups TTP and Afghan Taliban are the two sides of the same coin due to their recent allegiance to the Islamic Emirate of Afghanistan",
        },
      ],
    },
    {
      key: "akbar-taliban-2/rel/iskp-afghan-taliban-rivalry",
      from: "iskp",
      to: "afghan-taliban",
      type: "rivalry",
      start: null,
      end: null,
      description:
        "ISKP views the Taliban as an enemy (ideological differences, competing goals in Afghanistan) and rejects the legitimacy of their rule; the Afghan Taliban have taken severe action against ISKP and consider it an existential threat to the Islamic Emirate.",
      citations: [
        {
          source: SOURCE,
          locator: "ISKP; Emerging Extremism",
          quote:
            "However, ISKP views the Taliban as an enemy because of ideological differences and because of the competing nature of their goals in Afghanistan.",
        },
        {
          source: SOURCE,
          locator: "ISKP; Emerging Extremism",
          quote:
            "The Afghanistan Taliban have taken severe actions against ISKP and consider it as an existential threat to its Islamic Emirate (Zaidi, Abbasi & Hayat, 2024).",
        },
      ],
    },
    {
      key: "akbar-taliban-2/rel/ttp-supplies-weapons-iskp-un",
      from: "ttp",
      to: "iskp",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "A UN report presented to the Security Council on 25 August 2023 (quoted via SATP) says the TTP and other factions linked to the Taliban and al-Qaeda supply NATO-calibre weapons to ISKP. This sits uneasily with the paper's own claims that ISKP is 'a majorly distinct group' from the TTP and that the Afghan Taliban keep close ties with the TTP to prevent TTP–ISKP collaboration.",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote:
            "the TTP and other factions linked to the Taliban and Al Qaeda are also supplying NATO-caliber weapons to ISKP (SATP, 2024)",
          originalProducer: "UN report to the Security Council, 25 August 2023 (via SATP)",
        },
      ],
    },
    {
      key: "akbar-taliban-2/rel/ttp-al-qaeda-linked-un",
      from: "ttp",
      to: "al-qaeda",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "The UN report quoted via SATP speaks of 'the TTP and other factions linked to the Taliban and Al Qaeda', i.e. it counts the TTP among factions linked to al-Qaeda. The paper says nothing more about the tie.",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote: "the TTP and other factions linked to the Taliban and Al Qaeda",
          originalProducer: "UN report to the Security Council, 25 August 2023 (via SATP)",
        },
      ],
    },
    {
      key: "akbar-taliban-2/rel/iskp-islamic-state-affiliate",
      from: "iskp",
      to: "islamic-state",
      type: "affiliate",
      start: null,
      end: null,
      description:
        "Akbar roots ISKP's ideology in that of ISIS in the Middle East (Iraq and Syria); she calls ISKP 'ISIS' when describing airstrikes on its regional safe haven.",
      citations: [
        {
          source: SOURCE,
          locator: "ISKP; Emerging Extremism",
          quote:
            "The ideology of the ISKP has its roots in the significant ideology of ISIS in the Middle East, majorly in Iraq and Syria.",
        },
      ],
    },
  ],
  statistics: [
    {
      key: "akbar-taliban-2/stat/attacks-pct-change-2023-picss",
      metric: "percent_change",
      label:
        "Increase in attacks in Pakistan, 2023 (to early July) vs 2022: the paper says TTP attacks 'across the border'; the cited PICSS report title says 'terror attacks'",
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
          originalProducer: "PICSS (Pakistan Institute for Conflict and Security Studies), via India Today, 4 July 2023",
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/ttp-attacks-2021-12",
      metric: "terror_attacks",
      label: "TTP attacks reported in December 2021, 'the highest number of attacks in a single month in several years'",
      value: 45,
      unit: "count",
      qualifier: "exact",
      periodStart: "2021-12-01",
      periodEnd: "2021-12-31",
      periodPrecision: "month",
      geography: PK,
      group: "ttp",
      note: "Chronology as printed is inconsistent: the sentence follows 'after the ceasefire broke down in November 2022' and says 'within a month, 45 TTP attacks were reported', yet names December 2021 as the record month (and April 2022 as the next record, 54 claimed attacks). Both dates precede November 2022, so the 45 attacks of December 2021 must follow an earlier ceasefire; the month given in the text (December 2021) is used. Cites Sayed & Hamming (2023); the paper does not say whether these were claimed or counted attacks ('reported'), though 'the record was broken again' with 54 claimed attacks suggests claims.",
      citations: [
        {
          source: SOURCE,
          locator: "TTP and Afghan Taliban Nexus",
          quote:
            "Within a month, 45 TTP attacks were reported; December 2021 saw the highest number of attacks in a single month in several years.",
          originalProducer: SAYED,
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/ttp-attacks-claimed-2022-04",
      metric: "attacks_claimed",
      label: "Attacks claimed by the TTP in April 2022 (a new monthly record)",
      value: 54,
      unit: "count",
      qualifier: "exact",
      periodStart: "2022-04-01",
      periodEnd: "2022-04-30",
      periodPrecision: "month",
      geography: PK,
      group: "ttp",
      note: "Cites Sayed & Hamming (2023). Printed after 'after the ceasefire broke down in November 2022', although April 2022 precedes that date (see the December 2021 record). PIPS (2022) counts 20 attacks by the TTP and its affiliates in April 2022, which is attacks carried out rather than claimed.",
      citations: [
        {
          source: SOURCE,
          locator: "TTP and Afghan Taliban Nexus",
          quote: "The record was broken again in April 2022, with the TTP claiming 54 attacks.",
          originalProducer: SAYED,
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/fatalities-2023-satp",
      metric: "fatalities",
      label: "Deaths 'in the provinces' in 2023 (SATP); context: Khyber Pakhtunkhwa and Balochistan",
      value: 929,
      unit: "people",
      qualifier: "exact",
      periodStart: "2023-01-01",
      periodEnd: "2023-12-31",
      periodPrecision: "year",
      geography: { ...PK, areas: ["PK-KP", "PK-BA"] },
      group: null,
      note: "A figure for several provinces together: the sentence does not name 'the provinces'; the preceding paragraph discusses Khyber Pakhtunkhwa and Balochistan, and the SATP/SCO source is about those two provinces. Province left null.",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote: SATP_DEATHS,
          originalProducer: SATP,
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/iskp-fatalities-2023-satp",
      metric: "fatalities",
      label: "Deaths 'in the provinces' caused by ISKP in 2023 (SATP); context: Khyber Pakhtunkhwa and Balochistan",
      value: 74,
      unit: "people",
      qualifier: "exact",
      periodStart: "2023-01-01",
      periodEnd: "2023-12-31",
      periodPrecision: "year",
      geography: { ...PK, areas: ["PK-KP", "PK-BA"] },
      group: "iskp",
      note: "74 of the 929 deaths (about 8%). A figure for several provinces together: 'the provinces' are not named in the sentence (context: Khyber Pakhtunkhwa and Balochistan). Province left null.",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote: SATP_DEATHS,
          originalProducer: SATP,
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/pakistanis-killed-since-takeover-kakar",
      metric: "fatalities",
      label:
        "Pakistanis killed in the increase in violence since the Taliban took control of Afghanistan in August 2021 (caretaker PM Kakar)",
      value: 2867,
      unit: "people",
      qualifier: "exact",
      periodStart: "2021-08-01",
      periodEnd: "2023-11-16",
      periodPrecision: "month",
      geography: PK,
      group: "ttp",
      note: "Kakar attributed the deaths to 'the anti-Pakistani Taliban insurgency' (the TTP) supported by the Taliban leadership. Start: the paper says only 'August 2021'. End: the statement is undated in the text; the period ends on the date of the cited article (Mir, USIP, 16 November 2023).",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote: KAKAR,
          originalProducer: "Anwar-ul-Haq Kakar, caretaker Prime Minister of Pakistan, via Mir (2023), United States Institute of Peace",
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/ttp-groups-absorbed-since-fall-of-kabul",
      metric: "other",
      label: "Smaller militant groups and networks absorbed by the TTP since the fall of Kabul",
      value: 21,
      unit: "count",
      qualifier: "exact",
      periodStart: "2021-08-01",
      periodEnd: "2023-12-31",
      periodPrecision: "month",
      geography: PK,
      group: "ttp",
      note: "Start: the fall of Kabul (August 2021, as the paper dates the takeover). End: the paper gives none; the period ends with the year of the work it cites (Sayed & Hamming, CTC Sentinel, 2023). The groups are not named.",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote: "Since the fall of Kabul, the TTP has absorbed 21 smaller militant groups and networks.",
          originalProducer: SAYED,
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/peshawar-mosque-2023-01-30-killed-introduction",
      metric: "fatalities",
      label: "People killed in the suicide bombing of a mosque in Peshawar, 30 January 2023 (Introduction: 100)",
      value: 100,
      unit: "people",
      qualifier: "exact",
      ...day("2023-01-30"),
      geography: district("PK-KP", "pk-kp-peshawar"),
      group: "ttp",
      note: "The paper gives the toll twice: here as exactly 100 killed (mostly policemen); in 'Growing TTP Threats' as 'at least 100' (separate record). The reference list cites Al Jazeera: 'toll in Peshawar mosque blast rises to 100'. The TTP claimed the attack.",
      citations: [
        { source: SOURCE, locator: "Introduction", quote: PESHAWAR_INTRO },
        {
          source: SOURCE,
          locator: "References",
          quote: "Pakistan mourns as toll in Peshawar mosque blast rises to 100.",
          originalProducer: "Al Jazeera (2023)",
        },
      ],
    },
    {
      key: "akbar-taliban-2/stat/peshawar-mosque-2023-01-30-killed-growing-ttp-threats",
      metric: "fatalities",
      label: "People killed in the suicide bombing of a mosque inside a security compound in Peshawar (Growing TTP Threats: at least 100)",
      value: 100,
      unit: "people",
      qualifier: "at_least",
      ...day("2023-01-30"),
      geography: district("PK-KP", "pk-kp-peshawar"),
      group: "ttp",
      note: "Same attack as the Introduction's 30 January 2023 bombing (this passage gives no date); the Introduction says exactly 100 killed, this passage 'at least 100', mainly police officers. Called Pakistan's bloodiest attack in a decade.",
      citations: [
        { source: SOURCE, locator: "Growing TTP Threats", quote: PESHAWAR_LATER, originalProducer: "Hussain (2023), Al Jazeera" },
      ],
    },
    {
      key: "akbar-taliban-2/stat/peshawar-mosque-2023-01-30-injured-introduction",
      metric: "injuries",
      label: "People injured in the suicide bombing of a mosque in Peshawar, 30 January 2023 (Introduction: 225)",
      value: 225,
      unit: "people",
      qualifier: "exact",
      ...day("2023-01-30"),
      geography: district("PK-KP", "pk-kp-peshawar"),
      group: "ttp",
      note: "The Introduction gives 225 injured; 'Growing TTP Threats' says 'more than 225' (separate record).",
      citations: [{ source: SOURCE, locator: "Introduction", quote: PESHAWAR_INTRO }],
    },
    {
      key: "akbar-taliban-2/stat/peshawar-mosque-2023-01-30-injured-growing-ttp-threats",
      metric: "injuries",
      label:
        "People injured in the suicide bombing of a mosque inside a security compound in Peshawar (Growing TTP Threats: more than 225)",
      value: 225,
      unit: "people",
      qualifier: "more_than",
      ...day("2023-01-30"),
      geography: district("PK-KP", "pk-kp-peshawar"),
      group: "ttp",
      note: "Same attack as the Introduction's 30 January 2023 bombing, where the paper says exactly 225 injured.",
      citations: [
        { source: SOURCE, locator: "Growing TTP Threats", quote: PESHAWAR_LATER, originalProducer: "Hussain (2023), Al Jazeera" },
      ],
    },
    {
      key: "akbar-taliban-2/stat/balochistan-police-vehicle-2023-03-06-killed",
      metric: "security_forces_deaths",
      label: "Police officers killed in the suicide bombing of a police vehicle in Balochistan, 6 March 2023 (claimed by ISKP)",
      value: 9,
      unit: "people",
      qualifier: "exact",
      ...day("2023-03-06"),
      geography: BA,
      group: "iskp",
      note: "No district given.",
      citations: [{ source: SOURCE, locator: "Introduction", quote: BALOCHISTAN_0306 }],
    },
    {
      key: "akbar-taliban-2/stat/kech-2023-04-01-killed",
      metric: "fatalities",
      label: "People killed when the TTP attacked Pakistani soldiers in Kech, 1 April 2023",
      value: 4,
      unit: "people",
      qualifier: "exact",
      ...day("2023-04-01"),
      geography: district("PK-BA", "pk-ba-kech"),
      group: "ttp",
      note: "The paper says 'four people' (the attack targeted soldiers).",
      citations: [{ source: SOURCE, locator: "Introduction", quote: KECH_0401 }],
    },
    {
      key: "akbar-taliban-2/stat/bajaur-rally-2023-07-31-killed",
      metric: "fatalities",
      label: "People killed in the suicide bombing of a political rally in Bajaur, 31 July 2023 (claimed by ISKP)",
      value: 50,
      unit: "people",
      qualifier: "over",
      ...day("2023-07-31"),
      geography: district("PK-KP", "pk-kp-bajaur"),
      group: "iskp",
      note: "'Including many children'.",
      citations: [
        { source: SOURCE, locator: "Introduction", quote: BAJAUR_0731, originalProducer: "Zahid (2023), Pak Institute for Peace Studies" },
      ],
    },
    {
      key: "akbar-taliban-2/stat/mastung-procession-2023-09-29-killed",
      metric: "fatalities",
      label: "People killed by a bomb at a religious procession in Mastung ('Mastone'), 29 September 2023",
      value: 10,
      unit: "people",
      qualifier: "at_least",
      ...day("2023-09-29"),
      geography: district("PK-BA", "pk-ba-mastung"),
      group: null,
      note: "The paper spells the place 'Mastone'; 'dozens more' were injured (no figure). No one claimed responsibility.",
      citations: [{ source: SOURCE, locator: "Introduction", quote: MASTUNG_0929 }],
    },
    {
      key: "akbar-taliban-2/stat/dir-mpa-attack-2022-08-05-killed",
      metric: "fatalities",
      label: "People killed in the attack on MPA Liaqat Ali Khan in Dir, 5 August 2022 (his three friends and his brother)",
      value: 4,
      unit: "people",
      qualifier: "exact",
      ...day("2022-08-05"),
      geography: KP,
      group: null,
      note: "The paper says 'His three friends and brother were killed' (3 + 1 = 4); the MPA was severely injured. 'Dir district' is not split into Upper/Lower Dir in the text, so the district is left null. Attackers were 'unidentified militants'.",
      citations: [{ source: SOURCE, locator: "Growing TTP Threats", quote: DIR_MPA, originalProducer: "Asad (2022), Dawn News" }],
    },
  ],
  incidents: [
    {
      key: "akbar-taliban-2/incident/army-headquarters-attack-2009",
      title: "TTP attack on the Pakistan Army Headquarters (2009)",
      date: "2009-01-01",
      datePrecision: "year",
      country: "PK",
      province: null,
      district: null,
      place: "Pakistan Army Headquarters",
      type: "other",
      target: "security_forces",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description:
        "Named, with only its year, among the terrorist attacks for which the TTP has been responsible (Akbar summarising Sayed, 2023). The paper gives no casualties, no city and no method.",
      citations: [
        {
          source: SOURCE,
          locator: "Literature Review",
          quote:
            "The TTP has been responsible for several terrorist attacks in Pakistan, including the 2009 attack on the Pakistan Army Headquarters and the 2014 attack on the Army Public School in Peshawar.",
          originalProducer: "Sayed (2023)",
        },
      ],
    },
    {
      key: "akbar-taliban-2/incident/army-public-school-peshawar-2014",
      title: "TTP attack on the Army Public School, Peshawar (2014)",
      date: "2014-01-01",
      datePrecision: "year",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-peshawar",
      place: "Army Public School, Peshawar",
      type: "other",
      target: "civilians",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description:
        "Named, with only its year, among the terrorist attacks for which the TTP has been responsible (Akbar summarising Sayed, 2023). The paper gives no day, casualties or method.",
      citations: [
        {
          source: SOURCE,
          locator: "Literature Review",
          quote:
            "The TTP has been responsible for several terrorist attacks in Pakistan, including the 2009 attack on the Pakistan Army Headquarters and the 2014 attack on the Army Public School in Peshawar.",
          originalProducer: "Sayed (2023)",
        },
      ],
    },
    {
      key: "akbar-taliban-2/incident/pakistan-airstrikes-afghanistan-2022-04-21",
      title: "Pakistani airstrikes on alleged TTP bases in Afghanistan",
      date: "2022-04-21",
      datePrecision: "day",
      country: "AF",
      province: null,
      district: null,
      place: "Alleged TTP bases in Afghanistan",
      type: "counter_terror_operation",
      target: "militants",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [],
      description:
        "Pakistan's retaliation for record TTP attacks (Sayed, 2023). The strikes unintentionally harmed civilians and soured ties with the Taliban; the paper names no Afghan province and gives no casualty figures (EFSAS places April 2022 air raids in Khost and Kunar).",
      citations: [
        {
          source: SOURCE,
          locator: "TTP and Afghan Taliban Nexus",
          quote:
            "In retaliation, Pakistan launched airstrikes on alleged TTP bases in Afghanistan on April 21, 2022, unintentionally harming civilians and souring ties with the Taliban (Sayed, 2023).",
        },
      ],
    },
    {
      key: "akbar-taliban-2/incident/dir-mpa-liaqat-ali-khan-2022-08-05",
      title: "Attack on MPA Liaqat Ali Khan in Dir",
      date: "2022-08-05",
      datePrecision: "day",
      country: "PK",
      province: "PK-KP",
      district: null,
      place: "Dir district",
      type: "armed_assault",
      target: "political",
      killed: 4,
      killedQualifier: "exact",
      injured: 1,
      injuredQualifier: "exact",
      perpetrators: [],
      description:
        "Liaqat Ali Khan, a member of the Khyber Pakhtunkhwa provincial assembly, was severely injured by unidentified militants; his three friends and his brother were killed. The paper does not say whether this was Upper or Lower Dir, nor the method; it presents the attack as part of the TTP's re-emergence but does not attribute it.",
      citations: [{ source: SOURCE, locator: "Growing TTP Threats", quote: DIR_MPA, originalProducer: "Asad (2022), Dawn News" }],
    },
    {
      key: "akbar-taliban-2/incident/chupariyal-matta-police-station-2022-08-07",
      title: "Alleged TTP attack on the police station at Chupariyal, Matta tehsil",
      date: "2022-08-07",
      datePrecision: "day",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-swat",
      place: "Chupariyal area, Matta tehsil",
      type: "armed_assault",
      target: "security_forces",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "suspected" }],
      description:
        "On 7 and 8 August 2022 TTP terrorists 'allegedly' attacked a police station in Chupariyal (Matta tehsil, in the Swat passage of the paper); the sentence names the Chupariyal Station House Officer, Tariq Khan, but is garbled and gives no casualties. Police are said to have opened fire after seeing someone behaving strangely.",
      citations: [
        {
          source: SOURCE,
          locator: "Growing TTP Threats",
          quote:
            "On August 7 and 8, 2022, TTP terrorists allegedly attacked a police station in the Chupariyal area of Matta tehsil, Chupariyal Station House Officer (SHO) Tariq Khan.",
          originalProducer: "Khaliq (2022), Dawn News",
        },
      ],
    },
    {
      key: "akbar-taliban-2/incident/swat-army-major-police-officer-abducted-2022-08",
      title: "TTP holds an army major, a police officer and a soldier in Swat",
      date: "2022-08-01",
      datePrecision: "month",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-swat",
      place: "Swat",
      type: "kidnapping",
      target: "security_forces",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description:
        "A week after the 7–8 August 2022 Matta attack, a video surfaced online showing the TTP holding ('arresting') an army major, a police officer and a soldier (three people); they were later released through negotiations. Date: August 2022, day not given.",
      citations: [
        {
          source: SOURCE,
          locator: "Growing TTP Threats",
          quote:
            "A week later, a video surfaced online showing the TTP arresting an army major, a police officer, and a soldier. The prisoners were later released through negotiations.",
          originalProducer: "Khaliq (2022), Dawn News",
        },
      ],
    },
    {
      key: "akbar-taliban-2/incident/peshawar-police-lines-mosque-2023-01-30",
      title: "Suicide bombing at a mosque in a security compound in Peshawar (mostly policemen killed)",
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
        "The dated passage gives 100 killed and 225 injured, mostly policemen; a later passage in the same paper says 'at least 100' killed and 'more than 225' injured, and calls it Pakistan's bloodiest attack in a decade (both versions are kept as statistics). The paper says the TTP claimed responsibility.",
      citations: [
        { source: SOURCE, locator: "Introduction", quote: PESHAWAR_INTRO },
        { source: SOURCE, locator: "Growing TTP Threats", quote: PESHAWAR_LATER },
        {
          source: SOURCE,
          locator: "Growing TTP Threats",
          quote: "The attack was Pakistan's bloodiest in a decade and highlighted a surge in attacks by armed groups (Hussain, 2023).",
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
      description: "Nine police officers were killed; ISKP claimed responsibility. The paper gives no district.",
      citations: [{ source: SOURCE, locator: "Introduction", quote: BALOCHISTAN_0306 }],
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
        "Four people killed. The paper attributes the attack to the TTP; it does not say whether the group claimed it or how the attack was carried out.",
      citations: [{ source: SOURCE, locator: "Introduction", quote: KECH_0401 }],
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
      description: "Over 50 people were killed, including many children; ISKP claimed responsibility (Zahid, 2023).",
      citations: [{ source: SOURCE, locator: "Introduction", quote: BAJAUR_0731 }],
    },
    {
      key: "akbar-taliban-2/incident/chitral-cross-border-attack-2023-09-06",
      title: "Large-scale cross-border attack from Afghanistan in Chitral",
      date: "2023-09-06",
      datePrecision: "day",
      country: "PK",
      province: "PK-KP",
      district: null,
      place: "Chitral region",
      type: "cross_border_attack",
      target: "other",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [],
      description:
        "'A large number of terrorists' attacked from the Afghan border into the Chitral region. The paper names no group, target or casualties; district left null because Chitral is now split into Upper and Lower Chitral and the text does not say which.",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "on the 6<sup>th</sup> of September, 2023 a large number of terrorists attacked from the Afghanistan border in the Chitral region of Pakistan",
        },
      ],
    },
    {
      key: "akbar-taliban-2/incident/mastung-religious-procession-2023-09-29",
      title: "Bombing of a religious procession in Mastung",
      date: "2023-09-29",
      datePrecision: "day",
      country: "PK",
      province: "PK-BA",
      district: "pk-ba-mastung",
      place: "Religious procession, Mastung ('Mastone')",
      type: "ied",
      target: "civilians",
      killed: 10,
      killedQualifier: "at_least",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [],
      description:
        "A bomb exploded at a religious procession, killing at least 10 people and injuring 'dozens more' (no figure). No one claimed responsibility. The paper spells the place 'Mastone'.",
      citations: [{ source: SOURCE, locator: "Introduction", quote: MASTUNG_0929 }],
    },
  ],
  events: [
    {
      key: "akbar-taliban-2/event/taliban-force-pakistan-support-1996",
      date: "1996-01-01",
      datePrecision: "year",
      title: "Taliban become an important political and military force, backed by Pakistan",
      description:
        "In 1996 the Taliban became an important political and military force and received diplomatic and material support from Pakistan (Akhtar, 2008).",
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "Literature Review",
          quote:
            "In 1996, the Taliban became an important political and military force. They received diplomatic and material support from Pakistan.",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/ttp-active-in-swat-2008",
      date: "2008-01-01",
      datePrecision: "year",
      title: "TTP highly active in Swat and the tribal belt",
      description:
        "Akbar recalls 'the dangerous times in 2008' when the TTP was highly active in Swat and the tribal belt, before the military pushed it out.",
      kind: "other",
      citations: [
        {
          source: SOURCE,
          locator: "Growing TTP Threats",
          quote:
            "People were reminded of the dangerous times in 2008 when the TTP was highly active in the Swat area and tribal belt of the country.",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/military-operations-2009-2014",
      date: "2009-01-01",
      datePrecision: "year",
      title: "Pakistani military operations against the TTP (2009–2014)",
      description:
        "Military operations between 2009 and 2014 made TTP attacks less frequent; the group had killed hundreds in attacks from 2007 to 2014 and showed signs of resurgence in 2021.",
      kind: "military",
      citations: [
        {
          source: SOURCE,
          locator: "Growing TTP Threats",
          quote: "Due to military operations in Pakistan between 2009 to 2014, these incidents were less frequent",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/noor-wali-mehsud-interview-2021-07",
      date: "2021-07-01",
      datePrecision: "month",
      title: "TTP chief Noor Wali Mehsud vows to fight on and cites close ties with the Afghan Taliban",
      description:
        "In an interview in late July 2021 the TTP chief said the group would continue fighting Pakistani security forces to control border territories, that it has close ties with the Afghan Taliban and hopes to benefit from their success (PIPS, 2023).",
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "Religious Views and Pashtun Identity",
          quote:
            "TTP chief Noor Wali Mehsud said in an interview in late July 2021 that the group would continue its fight against Pakistani security forces to control border territories and establish independence.",
          originalProducer: "PIPS (2023)",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/taliban-takeover-2021-08",
      date: "2021-08-01",
      datePrecision: "month",
      title: "Taliban take over Afghanistan (fall of Kabul)",
      description:
        "The Afghan Taliban take control of Kabul in August 2021; Akbar dates the sharp deterioration of Pakistan's security from this point. The paper gives the month, not the day.",
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote: "Pakistan's security has dramatically deteriorated after the Taliban takeover in August 2021.",
        },
        {
          source: SOURCE,
          locator: "Conclusion",
          quote:
            "Worries about the security situation along the Pak-Afghan border have been highlighted after the Taliban takeover of Afghanistan in August 2021.",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/ttp-prisoners-released-2021-08",
      date: "2021-08-01",
      datePrecision: "month",
      title: "Hundreds of TTP members freed from Afghan and US custody after the takeover",
      description:
        "The takeover 'immediately' strengthened the TTP through the release of hundreds of its members held by the US military and the former Afghan government, including militants and senior leaders.",
      kind: "military",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote:
            "the Taliban takeover also immediately strengthened the power of the TTP through the release of hundreds of TTP members held by the US military and the former Afghan government",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/ttp-reemerges-swat-2021-08",
      date: "2021-08-01",
      datePrecision: "month",
      title: "TTP re-emerges in Swat with heavy weaponry (dated August 2021 by Akbar)",
      description:
        "Akbar dates the TTP's re-emergence in Swat to August 2021 (citing Jan, 2022), yet the Swat events she goes on to describe (Dir, Matta, the 'Swat Olasi Pasyon' protests) are all dated August 2022, and the protesters contrast 'Swat in 2022' with 2007. PIPS (2022) likewise reports militant movements in Swat in 2022. The date is kept as printed.",
      kind: "military",
      citations: [
        {
          source: SOURCE,
          locator: "Growing TTP Threats",
          quote: "In August 2021, the TTP resurgence re-emerged in Swat Pakistan with heavy weaponry (Jan, A., 2022).",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/ttp-statement-celebrates-takeover-2021-08-17",
      date: "2021-08-17",
      datePrecision: "day",
      title: "TTP statement hails the Taliban's return as a success for the 'Islamic Jihadi mission'",
      description:
        "The TTP, the first insurgent group to celebrate the Taliban's victory publicly, issued the statement on 17 August 2021.",
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote:
            "The TTP said in a statement on August 17, 2021, that the Taliban's return to power was a significant success for the Islamic Jihadi mission.",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/pakistan-airstrikes-afghanistan-2022-04-21",
      date: "2022-04-21",
      datePrecision: "day",
      title: "Pakistani airstrikes on alleged TTP bases in Afghanistan",
      description:
        "Akbar dates the airstrikes to 21 April 2022 and says they were retaliation for record TTP attacks, harmed civilians and soured ties with the Taliban. EFSAS places April 2022 air raids in Khost and Kunar and says they mainly killed civilians.",
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
      key: "akbar-taliban-2/event/swat-olasi-pasyon-2022-08-09",
      date: "2022-08-09",
      datePrecision: "day",
      title: "'Swat Olasi Pasyon' protest movement formed against militancy in Swat",
      description:
        "Hundreds of protesters gathered at Nishat Chowk, Mingora, for peace, rejected the re-emergence of militancy and urged the state to act decisively; they said Swat in 2022 is not Swat of 2007.",
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "Growing TTP Threats",
          quote:
            "on August 9th, 2022, the “Swat Olasi Pasyon” protesting movement was formed to unite against militancy in Swat. Hundreds of protesters at Mingora Nishat Chowk support peace and warn against repeating past mistakes.",
          originalProducer: "Khaliq (2022), Dawn News",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/sharif-unga-speech-2022-09",
      date: "2022-09-01",
      datePrecision: "month",
      title: "PM Shehbaz Sharif at the UN General Assembly on terrorist groups in Afghanistan",
      description:
        "Prime Minister Shehbaz Sharif (spelt 'Sherbaz Sharif' in the paper) told the UN General Assembly that Pakistan shares the global concern about ISKP, the TTP and al-Qaeda operating in Afghanistan, and urged the Afghan authorities to stop such groups attacking Pakistan (Kaura, 2022).",
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "Literature Review",
          quote:
            "In his speech to the United Nations General Assembly in September 2022, Pakistani Prime Minister Sherbaz Sharif noted that Pakistan shares the global concern about the threat posed by major terrorist groups operating in Afghanistan, especially ISKP and TTP, as well as Al-Qaeda.",
        },
        {
          source: SOURCE,
          locator: "Literature Review",
          quote:
            "Pakistan urges the Afghan authorities to take important measures to prevent such terrorist groups from attacking Pakistan (Kaura, 2022)",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/ttp-ceasefire-breakdown-2022-11",
      date: "2022-11-01",
      datePrecision: "month",
      title: "TTP ceasefire and talks with Pakistan collapse",
      description:
        "Akbar dates the breakdown of the ceasefire, and of talks between the TTP and the Pakistani government, to November 2022, after which TTP attacks became more concentrated and regular and security-force losses rose in 2023. PIPS (2022) reports the TTP ending its ceasefire on 2 September 2022 (separate event).",
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
          quote:
            "Security force losses increased significantly in 2023 after the collapse of talks between the TTP and the Pakistani government in November 2022 (Taylor, 2024).",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/chaman-torkham-border-clashes-2023",
      date: "2023-01-01",
      datePrecision: "year",
      title: "Cross-border firing and clashes at the Chaman and Torkham borders",
      description:
        "In 2023 Pakistan saw several significant cross-border firings and clashes at the Chaman and Torkham border with Afghanistan (no dates or casualties given).",
      kind: "military",
      citations: [
        {
          source: SOURCE,
          locator: "Introduction",
          quote:
            "in 2023 Chaman and Torkham border with Afghanistan, Pakistan came across several significant events in terms of cross-border firings and clashes",
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/un-report-nato-weapons-iskp-2023-08-25",
      date: "2023-08-25",
      datePrecision: "day",
      title: "UN report to the Security Council: TTP and others supply NATO-calibre weapons to ISKP",
      description:
        "A UN report presented at the Security Council in New York says the TTP and other factions linked to the Taliban and al-Qaeda are supplying NATO-calibre weapons to ISKP (quoted via SATP).",
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote:
            "According to a United Nations (UN) report presented at the Security Council meeting in New York on 25 August 2023, the TTP and other factions linked to the Taliban and Al Qaeda are also supplying NATO-caliber weapons to ISKP (SATP, 2024).",
          originalProducer: SATP,
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/fo-advanced-weapons-2023-09-08",
      date: "2023-09-08",
      datePrecision: "day",
      title: "Foreign Office voices concern over 'advanced weapons' used by terrorists operating from Afghanistan",
      description:
        "FO spokesperson Mumtaz Zahra Baloch said modern weapons had fallen into the wrong hands, were being used to attack Pakistan and its security forces, and urged the international community to take responsibility (reported by SATP).",
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote:
            'According to SATP on September 8th, 2023, Pakistan\'s Foreign Office (FO) Spokesperson Mumtaz Zahra Baloch expressed concern over the use of "advanced weapons" by terrorists operating in Afghanistan.',
          originalProducer: SATP,
        },
      ],
    },
    {
      key: "akbar-taliban-2/event/un-panel-ttp-weapons-request-2023-12-15",
      date: "2023-12-15",
      datePrecision: "day",
      title: "Pakistan asks a UN panel to investigate how the TTP acquires modern weapons",
      description: null,
      kind: "political",
      citations: [
        {
          source: SOURCE,
          locator: "The Re-Emergency of Militant Groups",
          quote:
            "On December 15, 2023, Pakistan urged a United Nations (UN) panel to investigate how TTP was acquiring modern weaponry to carry out terrorist attacks in the country.",
          originalProducer: SATP,
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
      targetActors: ["government_of_pakistan", "regional_states", "international_community"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Recommendations, bullet 1",
          quote:
            "Pakistan needs diplomatic efforts to convince the Taliban to cut ties with terrorist groups like the TTP and prevent the use of Afghan soil for attacks. This includes negotiations, international pressure and regional diplomacy with countries such as China, Russia and Iran.",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/2-strengthen-border-security",
      source: SOURCE,
      number: "2",
      title: "Strengthen border security and joint patrols with Afghan forces",
      text: "Pakistan should strengthen border security through a larger military presence, better surveillance, and cooperation with Afghan forces on border patrols and intelligence sharing, to reduce the chances of attacks and cross-border terrorist activities.",
      theme: "border_management",
      targetActors: ["government_of_pakistan", "military", "islamic_emirate_afghanistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Recommendations, bullet 2",
          quote:
            "Pakistan should strengthen border security, including increased military presence, enhanced surveillance, and cooperation with Afghan forces on border patrols and intelligence sharing. This will help reduce the chances of attacks and cross-border terrorist activities.",
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
      status: "proposed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Recommendations, bullet 3",
          quote:
            "investing in Afghanistan's economic development through infrastructure, agriculture and industrial programs can reduce poverty, inequality and the refugee crisis. This promotes regional peace and economic interdependence between the two countries.",
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
      status: "proposed",
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
      status: "proposed",
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
      text: "Engaging tribal elders and promoting cultural exchange programmes can build trust and understanding between Pakistan and Afghanistan, and cooperation on issues such as TTP militancy and cross-border trafficking; the two countries can improve relations and cooperation by promoting positive narratives and reducing misunderstandings.",
      theme: "afghanistan_engagement",
      targetActors: ["government_of_pakistan", "islamic_emirate_afghanistan", "civil_society"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Recommendations, bullet 6",
          quote:
            "utilizing social and cultural channels, such as engaging tribal elders and promoting cultural exchange programs can build trust and understanding between the two countries and cooperation on issues such as TTP militancy and cross-border trafficking",
        },
        {
          source: SOURCE,
          locator: "Recommendations, bullet 6",
          quote:
            "Pakistan and Afghanistan can improve their relations and cooperation by promoting positive narratives and reducing misunderstandings",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/abstract-border-security",
      source: SOURCE,
      number: null,
      title: "Strengthen border security measures (abstract and discussion)",
      text: "Strengthen border security measures; the abstract lists this first among the paper's recommendations and the Discussion calls for it as part of a multi-pronged approach (detailed in Recommendations bullet 2).",
      theme: "border_management",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        { source: SOURCE, locator: "ABSTRACT", quote: ABSTRACT_RECS },
        { source: SOURCE, locator: "Discussion", quote: DISCUSSION_RECS },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/abstract-diplomatic-engagement",
      source: SOURCE,
      number: null,
      title: "Diplomatic engagement with the Afghan Taliban (abstract)",
      text: "Engage the Afghan Taliban diplomatically (recommended in the abstract; detailed in Recommendations bullet 1).",
      theme: "afghanistan_engagement",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [{ source: SOURCE, locator: "ABSTRACT", quote: ABSTRACT_RECS }],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/abstract-regional-ct-cooperation",
      source: SOURCE,
      number: null,
      title: "Counter-terrorism cooperation with regional partners (abstract and discussion)",
      text: "Pursue counter-terrorism cooperation with regional partners and strengthen regional cooperation (abstract; repeated in the Discussion).",
      theme: "regional_cooperation",
      targetActors: ["government_of_pakistan", "regional_states"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        { source: SOURCE, locator: "ABSTRACT", quote: ABSTRACT_RECS },
        { source: SOURCE, locator: "Discussion", quote: DISCUSSION_RECS },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/abstract-root-causes-of-extremism",
      source: SOURCE,
      number: null,
      title: "Address the root causes of extremism (abstract and discussion)",
      text: "Address the root causes of extremism in the region, working together (abstract; repeated in the Discussion).",
      theme: "governance",
      targetActors: ["government_of_pakistan", "regional_states"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        { source: SOURCE, locator: "ABSTRACT", quote: ABSTRACT_RECS },
        { source: SOURCE, locator: "Discussion", quote: DISCUSSION_RECS },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/sayed-comprehensive-approach-root-causes",
      source: SOURCE,
      number: null,
      title: "(Sayed, 2023) A more comprehensive approach to the TTP that addresses poverty and inequality",
      text: "As reported in the literature review: the Pakistani government needs a more comprehensive approach to combating the TTP and must do more to address the root causes of militancy, such as poverty and inequality.",
      theme: "governance",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Literature Review",
          quote:
            "He concludes his book by arguing that the Pakistani government needs to take a more comprehensive approach to combating TTP. He called on the government to address the root causes of militancy, such as poverty and inequality.",
          originalProducer: "Sayed (2023)",
        },
        {
          source: SOURCE,
          locator: "Literature Review",
          quote: "The government must do more to address the root causes of militancy, such as poverty and inequality.",
          originalProducer: "Sayed (2023)",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/sayed-intelligence-ct-capabilities",
      source: SOURCE,
      number: null,
      title: "(Sayed, 2023) Improve intelligence-gathering and counter-terrorism capabilities",
      text: "As reported in the literature review: the Pakistani government must also improve its intelligence-gathering and counter-terrorism capabilities.",
      theme: "counter_terrorism",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Literature Review",
          quote: "It must also improve its intelligence-gathering and counter-terrorism capabilities (Sayed, 2023).",
          originalProducer: "Sayed (2023)",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/threlkeld-afghanistan-crack-down",
      source: SOURCE,
      number: null,
      title: "(Threlkeld & Easterly, 2021) Afghanistan should build trust by cracking down on terrorist groups and improving governance",
      text: "As reported in the literature review: Afghanistan should try to build trust with Pakistan by cracking down on terrorist groups and working to improve governance.",
      theme: "counter_terrorism",
      targetActors: ["islamic_emirate_afghanistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Literature Review",
          quote:
            "she suggested that Afghanistan should try to build trust with Pakistan by cracking down on terrorist groups and working to improve governance",
          originalProducer: "Threlkeld & Easterly (2021), United States Institute of Peace",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/threlkeld-pakistan-non-interference",
      source: SOURCE,
      number: null,
      title: "(Threlkeld & Easterly, 2021) Pakistan should stop interfering in Afghanistan's internal affairs",
      text: "As reported in the literature review: Pakistan should stop interfering in Afghanistan's internal affairs.",
      theme: "afghanistan_engagement",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Literature Review",
          quote:
            "She also suggested that Pakistan stop interfering in Afghanistan's internal affairs and work to resolve the refugee crisis.",
          originalProducer: "Threlkeld & Easterly (2021), United States Institute of Peace",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/threlkeld-pakistan-resolve-refugee-crisis",
      source: SOURCE,
      number: null,
      title: "(Threlkeld & Easterly, 2021) Pakistan should work to resolve the refugee crisis",
      text: "As reported in the literature review: Pakistan should work to resolve the refugee crisis.",
      theme: "refugees",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Literature Review",
          quote:
            "She also suggested that Pakistan stop interfering in Afghanistan's internal affairs and work to resolve the refugee crisis.",
          originalProducer: "Threlkeld & Easterly (2021), United States Institute of Peace",
        },
      ],
      updates: [],
    },
    {
      key: "akbar-taliban-2/rec/threlkeld-joint-ct-border-security",
      source: SOURCE,
      number: null,
      title: "(Threlkeld & Easterly, 2021) Pakistan and Afghanistan must cooperate on counter-terrorism and border security",
      text: "As reported in the literature review: the two countries must cooperate on counter-terrorism and border security to create a more peaceful and prosperous region.",
      theme: "border_management",
      targetActors: ["government_of_pakistan", "islamic_emirate_afghanistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        {
          source: SOURCE,
          locator: "Literature Review",
          quote:
            "The two countries must cooperate on counter-terrorism and border security to create a more peaceful and prosperous region (Threlkeld, & Easterly, 2021)",
          originalProducer: "Threlkeld & Easterly (2021), United States Institute of Peace",
        },
      ],
      updates: [],
    },
  ],
} satisfies SeedModule;
