import type { SeedModule } from "../types";

const SOURCE = "crss-2025";
const CRSS_ANNUAL_2024 = "CRSS annual security report 2024";
const UN_JULY_2024 = "UN Monitoring Team report, July 2024 (via VOA News, 6 July 2024)";
const PK = { country: "PK", province: null, district: null } as const;
const AF = { country: "AF", province: null, district: null } as const;
const YEAR_2024 = { periodStart: "2024-01-01", periodEnd: "2024-12-31", periodPrecision: "year" } as const;
/** The report prints no date; 2025 is inferred (it discusses full-year 2024 figures). Used for undated "current" figures. */
const REPORT_YEAR = { periodStart: "2025-01-01", periodEnd: "2025-12-31", periodPrecision: "year" } as const;
const REPORT_DATE = "2025-01-01";

/** Section headings of the document, used as citation locators. */
const L = {
  es: "Executive Summary",
  intro: "Introduction",
  introFootnote1: "Introduction, footnote 1",
  evo: "Evolution of Militancy in the Region and its Global Expansion",
  deo: "Deobandis and Salafis – Doctrinal Distinctions",
  proxy: "Deobandis and Salafis: Islamist Militants or Proxy Terrorists?",
  radical: "Radical Pathways: How Social Upheaval Shapes Extremist Affiliations in Afghanistan",
  whoIskp: "Who are ISKP?",
  whoIskpCaption: "Who are ISKP?, photo caption",
  arrival: "ISKP's Arrival in the Region",
  whoTtp: "Who are TTP?",
  returnIea: "Return of the Taliban (IEA) in Afghanistan",
  ttpBase: "TTP and ISKP Evolution Post-August 2021: Strengthened TTP Base in Afghanistan",
  iskpShift: "TTP and ISKP Evolution Post-August 2021: ISKP's Strategic Shift and Expansion",
  iskpPk: "TTP and ISKP Evolution Post-August 2021: Expansion of ISKP into Pakistan",
  rise: "The Rise of ISKP in Bajaur and Balochistan",
  bajaur: "The Rise of ISKP in Bajaur and Balochistan: Bajaur",
  balochistan: "The Rise of ISKP in Bajaur and Balochistan: Balochistan",
  alliance: "Patterns of Alliance Building Among Terrorist Organizations in Pakistan",
  ideo: "Patterns of Alliance Building: Ideological Patterns",
  tactics: "Patterns of Alliance Building: Operational Tactics",
  propaganda: "Propaganda Campaigns",
  iskpSocial: "ISKP's Social Media Strategy",
  ttpSocial: "TTP's Social Media Evolution",
  comparison: "Comparison of Al-Azaim and Al-Umar Media",
  table: "Table: Differences between Al-Umar Media and Al-Azaim Foundation",
  recIskp: "Recruitment Strategies of ISKP",
  recTtp: "Recruitment Strategies of TTP",
  partner: "The Afghan Taliban as a Counterterrorism Partner: A Bridge too Far?",
  partnerIskp: "The Afghan Taliban as a Counterterrorism Partner: ISKP",
  partnerTtp: "The Afghan Taliban as a Counterterrorism Partner: TTP",
  partnerAq: "The Afghan Taliban as a Counterterrorism Partner: Al-Qaeda, ETIM, and Other Regional Groups",
  sectarian: "Implications for Policy and Security: Alliances Between ISKP/TTP and Sectarian Jihadi/Militant Outfits",
  defection: "Implications for Policy and Security: IEA's Stance on TTP Defection to ISKP",
  chinaRussia: "Implications for Policy and Security: Working with the IEA: China and Russia's Approach",
  derad: "Implications for Policy and Security: Pakistan's Deradicalization Policy",
  recs: "Policy Recommendations",
  concl: "Conclusion",
} as const;

function cite(locator: string, quote: string, originalProducer?: string) {
  return originalProducer ? { source: SOURCE, locator, quote, originalProducer } : { source: SOURCE, locator, quote };
}

/** The ten rows of the table comparing ISKP's Al-Azaim and TTP's Al-Umar Media: [number, ISKP cell, TTP cell]. */
export const MEDIA_TABLE_ROWS = [
  [1, "Young, operational since 2021", "Experienced, operational since 2003"],
  [2, "Top-down and bottom-up", "Top-down"],
  [3, "No website", "A dedicated website"],
  [4, "Anti-Taliban", "Pro-Taliban"],
  [
    5,
    "Focus: Global, regional and local Target audience: South & Central Asia, Europe",
    "Focus: Pakistan-centric Target audience: Pakistan",
  ],
  [
    6,
    "Extensive network of supporters and sympathisers on social media channels producing original content",
    "Few supporter channels which only re-circulate official materials but do not produce their own content",
  ],
  [
    7,
    "More elaborate and extensive digital footprint (Telegram, X, Rocket Chat, etc.)",
    "On X, WhatsApp, and Telegram, and limited footprint on Facebook and Instagram",
  ],
  [
    8,
    "Propaganda in more than 12 languages (Urdu, English, Pashto, Russian, Persian, Tajik, Uzbek, Hindi, Tamil, Malayalam, Arabic, Russian, Dari, Bengali)",
    "In Urdu, Pashto, and occasionally in Arabic and English",
  ],
  [9, "Extensively translate media materials", "Rarely translate media materials"],
  [10, "Regularly publishes books", "Rarely publishes books"],
] as const;

const MEDIA_TABLE_NOTES: Partial<Record<number, { iskp?: string; ttp?: string }>> = {
  1: {
    iskp: " The table dates Al-Azaim's operations to 2021, although the report dates ISKP itself to January 2015.",
    ttp: " The table says TTP's media has operated since 2003, four years before the report's own date for the TTP's formation (December 2007); the report does not explain the difference.",
  },
  8: {
    iskp: " The cell lists fourteen language names, but Russian appears twice, so thirteen distinct languages are named.",
  },
};

const mediaTableFacts = (group: "iskp" | "ttp") =>
  MEDIA_TABLE_ROWS.map(([n, iskp, ttp]) => ({
    key: `${SOURCE}/${group}/claim/media-table-row-${n}`,
    topic: "media" as const,
    text: `${group === "iskp" ? "Al-Azaim (ISKP)" : "Al-Umar Media (TTP)"}, row ${n} of the CRSS comparison table: "${group === "iskp" ? iskp : ttp}" (the other group: "${group === "iskp" ? ttp : iskp}").${MEDIA_TABLE_NOTES[n]?.[group] ?? ""}`,
    citations: [cite(`${L.table}, row ${n}`, `${n}\t${iskp}\t${ttp}`)],
  }));

/**
 * CRSS (2025), "Complex Terrorism Landscape in Pakistan-Afghanistan Region: Afghan Emirate as
 * Counter-Terror Partner". Curated from the whole report: the Introduction's figures (quoted from
 * CRSS's 2024 annual security report), the groups and their ties (alliance-building, propaganda and
 * recruitment sections, the Taliban-as-partner review), incidents, timeline events, the eight
 * numbered policy recommendations and the policy options of the Executive Summary and Conclusion.
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
        "Author Dr. Aamer Raza, co-author Elsa Imdad; editors Imtiaz Gul & Mustafa Malik. The text prints no publication date; the year 2025 is inferred (the report discusses full-year 2024 figures). Based on key informant interviews and two focus group discussions with Pakistani and Afghan tribal elders, religious scholars and members of civil society. Experts quoted: Abdul Basit, Mary Hunter, Michael Kugelman, Riccardo Valle (spelt 'Ricardo Valle' in the text), Rahimullah Yusufzai, Niaz Ahmed Khan.",
    },
  ],
  groups: [
    {
      slug: "aqi",
      name: "Al-Qaeda in Iraq",
      abbreviation: "AQI",
      aliases: [],
      kind: "transnational_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary: "Founded by Abu-Musab al-Zarqawi, a veteran of the Afghan resistance; CRSS says it later morphed into the Islamic State.",
      claims: [
        {
          key: "crss-2025/aqi/claim/founding-zarqawi",
          topic: "founding",
          text: "Founded by Abu-Musab al-Zarqawi, one of the foreign fighters drawn to the Afghan resistance against the Soviets; it later morphed into the Islamic State.",
          citations: [
            cite(L.evo, "the founder of al-Qaeda in Iraq, Abu-Musab al-Zarqawi (AQI - which later morphed into the Islamic State)"),
          ],
        },
      ],
      leaders: [
        {
          key: "crss-2025/aqi/leader/abu-musab-al-zarqawi",
          name: "Abu-Musab al-Zarqawi",
          role: "Founder",
          start: null,
          end: null,
          citations: [cite(L.evo, "the founder of al-Qaeda in Iraq, Abu-Musab al-Zarqawi")],
        },
      ],
      strength: [],
    },
    {
      slug: "maktab-al-khidamat",
      name: "Maktab al-Khidamat",
      abbreviation: null,
      aliases: [],
      kind: "other",
      ideology: null,
      founded: null,
      foundedPlace: "Peshawar",
      dissolved: null,
      areas: ["pk-kp-peshawar"],
      mediaWings: [],
      summary:
        "Organisation founded in Peshawar by the Jordanian-Palestinian scholar Abdullah Azzam that facilitated thousands of foreign fighters ('Arab Afghans') arriving for the anti-Soviet jihad.",
      claims: [
        {
          key: "crss-2025/maktab-al-khidamat/claim/role-foreign-fighters",
          topic: "role",
          text: "Founded in Peshawar by Abdullah Azzam; facilitated thousands of foreign fighters, the so-called 'Arab Afghans', on their arrival in the region.",
          citations: [
            cite(
              L.evo,
              "Azzam, a Jordanian-Palestinian scholar, laid the foundation of Maktab al-Khidamat in Peshawar that facilitated thousands of foreign fighters - so-called “Arab Afghans” - on arrival in the region.",
            ),
          ],
        },
      ],
      leaders: [
        {
          key: "crss-2025/maktab-al-khidamat/leader/abdullah-azzam",
          name: "Abdullah Azzam",
          role: "Founder",
          start: null,
          end: null,
          citations: [cite(L.evo, "Azzam, a Jordanian-Palestinian scholar, laid the foundation of Maktab al-Khidamat in Peshawar")],
        },
      ],
      strength: [],
    },
    {
      slug: "hezb-e-islami",
      name: "Hezb-e-Islami",
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
        "Afghan Islamist resistance group led by Gulbadin Hekmatyar that resisted President Daud Khan's modernisation programme and then the Soviet-backed PDPA.",
      claims: [
        {
          key: "crss-2025/hezb-e-islami/claim/resistance",
          topic: "goals",
          text: "Resisted President Sardar Daud Khan's modernisation programme before the Soviet invasion, and went on to oppose the Soviet-backed People's Democratic Party of Afghanistan (PDPA).",
          citations: [
            cite(
              L.evo,
              "In Afghanistan, Hezb-e-Islami led by Gulbadin Hekmatyar,⁵ and Professor Burhanuddin Rabbani-led Jamiat-i-Islami had already initiated their resistance to the modernization program of Afghanistan's President Sardar Daud Khan.",
            ),
            cite(
              L.evo,
              "Both Hekmatyar and Rabbani continued their opposition also to the Soviet-backed Leninist-Marxist People's Democratic Party of Afghanistan (PDPA).",
            ),
          ],
        },
      ],
      leaders: [
        {
          key: "crss-2025/hezb-e-islami/leader/gulbadin-hekmatyar",
          name: "Gulbadin Hekmatyar",
          role: "Leader",
          start: null,
          end: null,
          citations: [cite(L.evo, "Hezb-e-Islami led by Gulbadin Hekmatyar")],
        },
      ],
      strength: [],
    },
    {
      slug: "jamiat-i-islami",
      name: "Jamiat-i-Islami",
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
        "Afghan Islamist resistance group led by Professor Burhanuddin Rabbani that resisted President Daud Khan's modernisation programme and then the Soviet-backed PDPA.",
      claims: [
        {
          key: "crss-2025/jamiat-i-islami/claim/resistance",
          topic: "goals",
          text: "Resisted President Sardar Daud Khan's modernisation programme before the Soviet invasion, and went on to oppose the Soviet-backed PDPA.",
          citations: [
            cite(
              L.evo,
              "Professor Burhanuddin Rabbani-led Jamiat-i-Islami had already initiated their resistance to the modernization program of Afghanistan's President Sardar Daud Khan.",
            ),
            cite(
              L.evo,
              "Both Hekmatyar and Rabbani continued their opposition also to the Soviet-backed Leninist-Marxist People's Democratic Party of Afghanistan (PDPA).",
            ),
          ],
        },
      ],
      leaders: [
        {
          key: "crss-2025/jamiat-i-islami/leader/burhanuddin-rabbani",
          name: "Burhanuddin Rabbani",
          role: "Leader",
          start: null,
          end: null,
          citations: [cite(L.evo, "Professor Burhanuddin Rabbani-led Jamiat-i-Islami")],
        },
      ],
      strength: [],
    },
    {
      slug: "peshawar-seven",
      name: "Peshawar Seven",
      abbreviation: null,
      aliases: [],
      kind: "alliance",
      ideology: null,
      founded: null,
      foundedPlace: "Peshawar",
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary:
        "Loose alliance of Afghan mujahidin groups at the centre of the anti-Soviet jihad; ethnically and religiously divided but united politically by opposition to the Soviet occupation.",
      claims: [
        {
          key: "crss-2025/peshawar-seven/claim/role",
          topic: "role",
          text: "A loose alliance of mujahidin groups, central to the jihadist groups organised (with US and Saudi aid) against the Kabul regime and its Soviet backers.",
          citations: [
            cite(L.evo, "Central to these militant groups was a loose alliance of mujahidin groups, often called the Peshawar Seven."),
          ],
        },
        {
          key: "crss-2025/peshawar-seven/claim/divided",
          topic: "other",
          text: "The Peshawar Seven and other groups backed by regional powers such as Iran were ethnically and religiously divided, but united politically by opposition to the Soviet occupation.",
          citations: [
            cite(
              L.evo,
              "The Peshawar Seven and other groups backed by other regional powers, such as Iran, were both ethnically and religiously divided, yet opposition to the Soviet occupation of Afghanistan united them politically.",
            ),
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "northern-alliance",
      name: "Northern Alliance",
      abbreviation: null,
      aliases: [],
      kind: "alliance",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary:
        "Groups holding some northern Afghan provinces against the first Taliban government, reportedly backed by Iran and India; with the 2001 western assault it drove the Taliban into Pakistan's border regions.",
      claims: [
        {
          key: "crss-2025/northern-alliance/claim/areas-backers",
          topic: "areas",
          text: "Controlled some northern provinces while the Taliban held most of the country after 1996; reportedly backed by regional powers such as Iran and India.",
          citations: [
            cite(
              L.evo,
              "territorial hold on most of the country with some northern provinces still controlled by groups that were often referred to as the Northern Alliance – reportedly backed by regional powers, such as Iran and India.",
            ),
          ],
        },
        {
          key: "crss-2025/northern-alliance/claim/2001",
          topic: "role",
          text: "Together with the western assault of 2001, forced the Taliban and foreign fighters to seek shelter in Pakistan's border regions.",
          citations: [
            cite(
              L.evo,
              "The western assault together with the Northern Alliance forced the Taliban and foreign fighters to seek shelter in the Pakistani border regions.",
            ),
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "jamil-ur-rahman-emirate",
      name: "Jamil ur Rahman's emirate in Kunar",
      abbreviation: null,
      aliases: [],
      kind: "other",
      ideology: "Salafi",
      founded: null,
      foundedPlace: "Kunar",
      dissolved: null,
      areas: ["AF-KNR"],
      mediaWings: [],
      summary:
        "Emirate created by Jamil ur Rahman in Kunar during the Afghan jihad of the 1980s; CRSS calls it a turning point that marked the early seeds of Salafi influence, later evolving into al-Qaeda's collaboration with the Taliban and the ambitions of ISIS.",
      claims: [
        {
          key: "crss-2025/jamil-ur-rahman-emirate/claim/salafi-seeds",
          topic: "ideology",
          text: "A turning point marking the early seeds of Salafi influence in the Afghan jihad.",
          citations: [
            cite(L.deo, "The creation of Jamil ur Rahman's emirate in Kunar was a turning point, marking the early seeds of Salafi"),
          ],
        },
      ],
      leaders: [
        {
          key: "crss-2025/jamil-ur-rahman-emirate/leader/jamil-ur-rahman",
          name: "Jamil ur Rahman",
          role: "Founder",
          start: null,
          end: null,
          citations: [cite(L.deo, "The creation of Jamil ur Rahman's emirate in Kunar was a turning point")],
        },
      ],
      strength: [],
    },
    {
      slug: "hakimullah-mehsud-faction",
      name: "Hakimullah Mehsud faction",
      abbreviation: null,
      aliases: [],
      kind: "religious_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary: "Pakistani Taliban faction that moved away from the TTP; CRSS reports TTP efforts to bring it back into the fold.",
      claims: [
        {
          key: "crss-2025/hakimullah-mehsud-faction/claim/splinter",
          topic: "other",
          text: "One of the Taliban factions that have from time to time moved away from the TTP, which the TTP has sought to bring back into its fold.",
          citations: [
            cite(
              L.alliance,
              "These groups include both the Taliban factions that have from time to time moved away from the TTP, such as Jamat-ul-Ahrar and Hakimullah Mehsud factions",
            ),
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "aslam-farooqi-group",
      name: "Aslam Farooqi Group",
      abbreviation: null,
      aliases: [],
      kind: "religious_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary:
        "Described by CRSS as a Pakistani al-Qaeda affiliate and one of the splinter Islamist groups the TTP has sought to bring back into its fold.",
      claims: [
        {
          key: "crss-2025/aslam-farooqi-group/claim/aq-affiliate",
          topic: "role",
          text: "A Pakistani al-Qaeda affiliate, among the splinter Islamist groups the TTP has sought to bring back into its fold.",
          citations: [
            cite(L.alliance, "Additionally, the TTP has sought to bring splinter Islamist groups back to its fold."),
            cite(L.alliance, "and also Pakistani al-Qaeda affiliates, such as Aslam Farooqi Group."),
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "brohi-factions",
      name: "Brohi factions (Balochistan)",
      abbreviation: null,
      aliases: [],
      kind: "sectarian",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: ["PK-BA"],
      mediaWings: [],
      summary:
        "Factions in Balochistan that CRSS groups with Lashkar-e-Jhangvi among the sectarian jihadi outfits allied with ISKP; known for supporting militancy against the Pakistani state, they have given ISKP a strategic base.",
      claims: [
        {
          key: "crss-2025/brohi-factions/claim/role",
          topic: "role",
          text: "Known for their support of militant activities against the Pakistani state; they have provided ISKP a strategic base to expand its operations in Balochistan.",
          citations: [
            cite(
              L.sectarian,
              "the Brohi factions in Balochistan, which are known for their support of militant activities against the Pakistani state, have provided a strategic base for ISKP to expand its operations in the region.",
            ),
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "jui-f",
      name: "Jamiat Ulema-e-Islam Fazl",
      abbreviation: "JUI-F",
      aliases: ["JUIF"],
      kind: "other",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary:
        "Pakistani religious political party (not a militant group) that CRSS names because of its ties to the militant landscape: ISKP sees it as a pro-state party aligned with democracy, has targeted its leaders and gatherings, and condemns the TTP for its associations with it; JUI-F in turn organised Lashkars against ISKP in Afghanistan's Kunar province.",
      claims: [
        {
          key: "crss-2025/jui-f/claim/role-pro-state-party",
          topic: "role",
          text: "ISKP perceives JUI-F as a pro-state political party aligned with democratic principles, which ISKP vehemently opposes.",
          citations: [
            cite(
              L.bajaur,
              "ISKP has also singled out the JUI-F, which it perceives as a pro-state political party aligned with democratic principles it vehemently opposes.",
            ),
          ],
        },
        {
          key: "crss-2025/jui-f/claim/anti-iskp-lashkars",
          topic: "tactics",
          text: "Has organised Lashkars (militias) to counter ISKP in Afghanistan's Kunar province, which CRSS gives as the source of ISKP's enmity towards it.",
          citations: [
            cite(
              L.bajaur,
              "This enmity stems from JUI-F's anti-ISKP efforts, such as organizing Lashkars to counter the group in Afghanistan's Kunar province.",
            ),
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "pdpa",
      name: "People's Democratic Party of Afghanistan",
      abbreviation: "PDPA",
      aliases: [],
      kind: "other",
      ideology: "Leninist-Marxist",
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary:
        "The Soviet-backed Leninist-Marxist ruling party of Afghanistan (not a militant group), named by CRSS as the target of the continued opposition of Hekmatyar's Hezb-e-Islami and Rabbani's Jamiat-i-Islami.",
      claims: [
        {
          key: "crss-2025/pdpa/claim/role-soviet-backed",
          topic: "role",
          text: "Soviet-backed Leninist-Marxist party, opposed by Hekmatyar (Hezb-e-Islami) and Rabbani (Jamiat-i-Islami) after they had resisted President Sardar Daud Khan's modernisation programme.",
          citations: [
            cite(
              L.evo,
              "Both Hekmatyar and Rabbani continued their opposition also to the Soviet-backed Leninist-Marxist People's Democratic Party of Afghanistan (PDPA).",
            ),
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
  ],
  groupFacts: [
    {
      group: "islamic-state",
      aliases: ["ISIS", "Islamic State (central)"],
      claims: [
        {
          key: "crss-2025/islamic-state/claim/caliphate-2014",
          topic: "founding",
          text: "Declared a caliphate in 2014 under Abu Bakr al-Baghdadi.",
          citations: [
            cite(
              L.whoIskp,
              "The ISKP, also referred to as Wilayat Khorasan, is a regional affiliate of the global Islamic State (IS) group¹⁹, which declared a caliphate in 2014 under Abu Bakr al-Baghdadi.",
            ),
          ],
        },
        {
          key: "crss-2025/islamic-state/claim/origin-aqi",
          topic: "founding",
          text: "Al-Qaeda in Iraq (AQI), founded by Abu-Musab al-Zarqawi, later morphed into the Islamic State.",
          citations: [
            cite(L.evo, "the founder of al-Qaeda in Iraq, Abu-Musab al-Zarqawi (AQI - which later morphed into the Islamic State)"),
          ],
        },
        {
          key: "crss-2025/islamic-state/claim/ideology-salafi",
          topic: "ideology",
          text: "Follows Salafi/Wahabi thought, as distinct from the Hanafi-Deobandi disposition of the Taliban.",
          citations: [
            cite(
              L.deo,
              "the Hanafi-Deobandi disposition that the Taliban avow from the Salafi/Wahabi thought that the Islamic State follows",
            ),
          ],
        },
        {
          key: "crss-2025/islamic-state/claim/goals-expansion",
          topic: "goals",
          text: "Forming ISKP served the Islamic State's desire to expand beyond its core territories in Iraq and Syria.",
          citations: [
            cite(
              L.arrival,
              "One of the strategic motivations for the group's formation in the region was its desire to expand the Islamic State's presence beyond its core territories in Iraq and Syria.",
            ),
          ],
        },
        {
          key: "crss-2025/islamic-state/claim/rejects-taliban-ttp",
          topic: "ideology",
          text: "ISIS rejected both the Taliban and the TTP as insufficiently pure and tribally pragmatic; it regards the Taliban's Hanafi jurisprudence and local customs as apostasy.",
          citations: [
            cite(L.deo, "ISIS rejected both the Taliban and TTP, accusing them of insufficient purity and tribal pragmatism."),
            cite(L.deo, "For ISIS, the Taliban's adherence to Hanafi jurisprudence and local customs amounted to apostasy (Mir, 2020)."),
          ],
        },
        {
          key: "crss-2025/islamic-state/claim/superseded-by-iskp",
          topic: "role",
          text: "In recent years ISKP has superseded the Islamic State (central) in frequency, fatality and brutality of attacks.",
          citations: [
            cite(
              L.partnerIskp,
              "during recent years, the group has superseded the Islamic State (central) in frequency, fatality, and brutality of attacks.",
            ),
          ],
        },
        {
          key: "crss-2025/islamic-state/claim/kunduz-claim",
          topic: "tactics",
          text: "Claimed that the October 2021 suicide attack on a Shia mosque in Kunduz was carried out by a Uyghur fighter.",
          citations: [
            cite(
              L.partnerAq,
              "The Islamic State claimed that an October 2021 suicide attack on a Shia Mosque in Kunduz that killed dozens of people was carried out by a Uyghur fighter.",
            ),
          ],
        },
      ],
    },
    {
      group: "let",
      aliases: ["Lashkar-e-Tayyaba"],
      claims: [
        {
          key: "crss-2025/let/claim/origin-kashmir",
          topic: "founding",
          text: "One of the new offspring spawned by Pakistan's jihadi networks after the Soviet withdrawal (1989), focused on the fight in Kashmir.",
          citations: [
            cite(
              L.evo,
              "In Pakistan, the Jihadi networks spawned new offspring, such as Lashkar-e-Tayyaba and Jaish-e-Muhammad, that focused their attention on the freedom fight in Kashmir.",
            ),
          ],
        },
      ],
    },
    {
      group: "jem",
      aliases: ["Jaish-e-Muhammad"],
      claims: [
        {
          key: "crss-2025/jem/claim/origin-kashmir",
          topic: "founding",
          text: "One of the new offspring spawned by Pakistan's jihadi networks after the Soviet withdrawal (1989), focused on the fight in Kashmir.",
          citations: [
            cite(
              L.evo,
              "In Pakistan, the Jihadi networks spawned new offspring, such as Lashkar-e-Tayyaba and Jaish-e-Muhammad, that focused their attention on the freedom fight in Kashmir.",
            ),
          ],
        },
      ],
    },
    {
      group: "ttp",
      areas: ["pk-kp-south-waziristan", "AF-KAB"],
      claims: [
        {
          key: "crss-2025/ttp/claim/goals-islamic-state",
          topic: "goals",
          text: "A coalition of militant groups that seeks to establish an Islamic state in Pakistan governed by its interpretation of Sharia law.",
          citations: [
            cite(
              L.whoTtp,
              "is a coalition of militant groups that seeks to establish an Islamic state in Pakistan governed by their interpretation of Sharia law",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/goals-demands",
          topic: "goals",
          text: "Its demands, such as territorial concessions and the imposition of sharia law, represent an existential challenge to Pakistan's state apparatus.",
          citations: [
            cite(
              L.concl,
              "The TTP's demands, such as territorial concessions and the imposition of sharia law, represent an existential challenge to Pakistan's fragile state apparatus.",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/ideology-pashtun-insurgent",
          topic: "ideology",
          text: "In the deradicalisation section CRSS calls the TTP primarily a Pashtun-based insurgent group focused on territorial control and resistance to the state (elsewhere: 'deeply rooted in Deobandi ideology').",
          citations: [
            cite(
              L.derad,
              "For example, the TTP is primarily a Pashtun-based insurgent group, focused on territorial control and resistance to the state.",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/tactics-campaign",
          topic: "tactics",
          text: "Waged a deadly campaign including suicide attacks, mostly in Khyber Pakhtunkhwa and Balochistan; responsible for thousands of attacks since December 2007. Violence eased between 2015 and early 2021 before rising again.",
          citations: [
            cite(
              L.evo,
              "The TTP went on to in a deadly violence campaign, including suicide attacks, mostly in parts of the Khyber Pakhtukhwa province and Balochistan.",
            ),
            cite(
              L.evo,
              "With some respite between 2015 and early 2021, the TTP ratcheted up its violence as explained in the preceding paragraphs.",
            ),
            cite(
              L.whoTtp,
              "Since its formation in December 2007, the TTP has been responsible for thousands of attacks against Pakistani security forces and civilians",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/areas-afghan-base",
          topic: "areas",
          text: "Resurgent under Noor Wali Mehsud since August 2021, it increasingly operates from Afghanistan as a base for cross-border attacks into Pakistan; its leadership's presence in Kabul is widely known.",
          citations: [
            cite(
              L.whoTtp,
              "It has increasingly operated from Afghanistan, utilizing the country as a base from which it conducts cross-border attacks into Pakistan.",
            ),
            cite(L.evo, "the widely known presence of TTP leadership in Kabul belies the Taliban claims"),
            cite(
              L.ttpBase,
              "The porous Pakistan-Afghanistan 2,560-kilometer border allows the TTP to carry out cross-border attacks, leading to a surge in violence in Pakistan.",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/tactics-targets-recruits",
          topic: "tactics",
          text: "Targets Pakistani military personnel and civilian law enforcement agencies, often using Afghan nationals and local fighters recruited mostly from border regions.",
          citations: [
            cite(
              L.whoTtp,
              "The TTP continues to target Pakistani military personnel and civilian law enforcement agencies, often also using Afghan nationals and local militants fighters recruited mostly from border regions.",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/tactics-high-profile",
          topic: "tactics",
          text: "Under the Taliban regime's protection it has strengthened its organisational structure and adopted more strategic, coordinated operations focused on high-profile attacks in Pakistan.",
          citations: [
            cite(
              L.ttpBase,
              "The TTP, under the protection of the Taliban regime, has also been able to strengthen its organizational structure, adopting more strategic, coordinated operations with a focus on high-profile attacks within Pakistan.",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/tactics-governance",
          topic: "tactics",
          text: "Has modelled its operational methods on the Afghan Taliban, building governance-like and proto-bureaucratic systems in its areas of influence.",
          citations: [
            cite(
              L.tactics,
              "TTP has adopted operational methods modeled after the Afghan Taliban, focusing on building structured governance-like systems.",
            ),
            cite(
              L.tactics,
              "proto-bureaucratic systems within its areas of influence highlight its transformation into a full-fledged insurgent force.",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/umbrella-since-2020",
          topic: "leadership",
          text: "Since 2020 it has restructured to present itself as an umbrella organisation for Pakistani Taliban factions, aligning its policies with the Afghan Taliban and portraying itself as a legitimate opposition to the Pakistani state.",
          citations: [
            cite(
              L.ideo,
              "Since 2020, it has actively restructured to present itself as an umbrella organization for Pakistani Taliban factions, emphasizing unity and a regional focus.",
            ),
            cite(
              L.ideo,
              "TTP portrays itself as a legitimate opposition to the Pakistani state, seeking to gain local and international legitimacy³⁸.",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/leadership-noor-wali-allegiance",
          topic: "leadership",
          text: "Led by Noor Wali Mehsud, who has declared his allegiance to the IEA's Amir Haibatullah.",
          citations: [
            cite(
              L.partnerTtp,
              "Additionally, the current TTP leader, Noor Wali Mehsud, has declared his allegiance to the IEA Amir Haibatullah.",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/leadership-antecedents",
          topic: "founding",
          text: "Nek Muhammad Wazir led the militant antecedent of the TTP and fought alongside the Afghan Taliban against the Northern Alliance (1996-2001); the first TTP commander, Baitullah Mehsud, had been Mullah Omar's governor for the Mehsud area before founding the TTP.",
          citations: [
            cite(
              L.partnerTtp,
              "The leader of the militant antecedent to the current TTP, Nek Muhammad Wazir fought alongside the Afghan Taliban against the Northern Alliance during the IEA's first stint in power (1996-2001).",
            ),
            cite(
              L.partnerTtp,
              "The first TTP commander, Baitullah Mehsud was appointed as Mullah Omar's governor for the Mehsud area before he founded TTP.",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/western-weapons",
          topic: "other",
          text: "Russia has warned that Western military weapons left in Afghanistan could empower groups such as the TTP.",
          citations: [
            cite(
              L.arrival,
              "alongside the proliferation of Western military weapons left in Afghanistan, which could empower groups such as the TTP²⁶",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/financing-indian-proxies",
          topic: "financing",
          text: "In March 2024 Pakistan's then Special Envoy to Afghanistan, Asif Durrani, alleged that the TTP received funding from Indian proxies.",
          citations: [
            cite(
              L.proxy,
              "In March 2024, for instance, Pakistan’s then Special Envoy to Afghanistan, Asif Durrani, alleged that the TTP received funding from Indian proxies¹⁶.",
            ),
          ],
        },
        {
          key: "crss-2025/ttp/claim/baloch-outreach",
          topic: "media",
          text: "Courts Baloch militant groups by presenting itself as the chief resistance to the state's alleged atrocities against the Baloch, and has started producing content in Balochi.",
          citations: [
            cite(
              L.alliance,
              "More fascinatingly, the TTP is trying to court Baloch militant groups by situating itself as the chief militant resistance to the Pakistani state's alleged atrocities against the Baloch people³⁵.",
            ),
            cite(L.alliance, "As its propaganda offensive, the TTP has also started to create and share content in Balochi language³⁶."),
          ],
        },
        {
          key: "crss-2025/ttp/claim/media-propaganda",
          topic: "media",
          text: "Its propaganda portrays it as a legitimate entity opposing the Pakistani state, framed as regional struggle, and avoids messages aligning it with international jihadist agendas.",
          citations: [
            cite(L.propaganda, "TTP's propaganda focuses on portraying itself as a legitimate entity opposing the Pakistani state."),
            cite(L.propaganda, "TTP avoids propagating messages that overtly align it with"),
          ],
        },
        {
          key: "crss-2025/ttp/claim/media-audience-platforms",
          topic: "media",
          text: "Targets a Pakistan-centric audience, mostly in Urdu and Pashto with occasional Arabic and English translations, through WhatsApp, Telegram and X; its media operation is centralised, with few supporter-generated materials, and its content is mainly videos, attack claims and periodicals.",
          citations: [
            cite(L.ttpSocial, "Unlike ISK's global outreach, TTP focuses on a Pakistan-centric audience."),
            cite(L.ttpSocial, "Most of its content is in Urdu and Pashto, with occasional translations into Arabic and English."),
            cite(L.comparison, "In contrast, TTP operates with a more centralized approach, with fewer supporter-generated materials."),
            cite(L.comparison, "TTP's content mainly consists of videos, attack claims, and periodicals"),
          ],
        },
        ...mediaTableFacts("ttp"),
        {
          key: "crss-2025/ttp/claim/recruitment-kinship",
          topic: "recruitment",
          text: "Recruits through affective politics, kinship imagery (protecting the ummah, avenging Muslim sisters), religious indoctrination in madrasas and local gatherings, and promises of salaries and family support; it also frames women as supporters and relies on social and familial networks.",
          citations: [
            cite(
              L.recTtp,
              "TTP leverages affective politics, religious ideology, and localized grievances to recruit members and assert its sovereignty.",
            ),
            cite(
              L.recTtp,
              "The group invokes powerful imagery of kinship, such as protecting the ummah or avenging the violation of Muslim sisters, to foster emotional bonds.",
            ),
            cite(
              L.recTtp,
              "The group uses madrasas and local gatherings to disseminate its radical interpretation of Islam, often blending theological arguments with grievances against state corruption and Western influence.",
            ),
            cite(
              L.recTtp,
              "Promises of financial support, including salaries and provisions for families, attract young men with limited prospects.",
            ),
            cite(L.recTtp, "Recruitment is also facilitated through established social and familial networks, ensuring trust and loyalty."),
          ],
        },
        {
          key: "crss-2025/ttp/claim/recruitment-outreach",
          topic: "recruitment",
          text: "Unlike ISKP, it initially relied on localised outreach (leaflets, community meetings, radio broadcasts) and traditional social and tribal networks, adapting to new technology over time.",
          citations: [
            cite(
              L.recTtp,
              "Unlike ISKP's reliance on digital platforms, the TTP initially focused on localized outreach, including leaflets, community meetings, and radio broadcasts.",
            ),
            cite(
              L.comparison,
              "TTP, while present on similar platforms, has a more limited reach and relies on more traditional recruitment methods, such as social and tribal networks.",
            ),
          ],
        },
      ],
    },
    {
      group: "iskp",
      areas: ["AF"],
      claims: [
        {
          key: "crss-2025/iskp/claim/role-is-affiliate",
          topic: "role",
          text: "Also called Wilayat Khorasan; a regional affiliate of the global Islamic State, named after the historical region of Khorasan (parts of Afghanistan, Pakistan, Iran and Central Asia). CRSS says it was 'formally established in 2015' and, in the next section, 'officially formed in January 2015'.",
          citations: [
            cite(
              L.whoIskp,
              "ISKP was formally established in 2015, and its name references Khorasan, an ancient region that historically covered parts of Afghanistan, Pakistan, Iran, and Central Asia.",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/leadership-mix",
          topic: "leadership",
          text: "Its leadership has mixed foreign fighters with defectors from local militant groups, including Pakistani and Afghan Taliban factions.",
          citations: [
            cite(
              L.whoIskp,
              "ISKP's leadership has been a mix of foreign fighters and defectors from local militant groups, including Pakistani and Afghan Taliban factions.",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/tactics-mass-casualty",
          topic: "tactics",
          text: "Known for brutality and mass-casualty attacks on civilians, religious minorities (particularly Shias), Afghan security forces, officials, Shia mosques and foreign diplomats; notable operations include the 2021 Kabul airport attack and attacks on Hazara communities.",
          citations: [
            cite(
              L.whoIskp,
              "Despite being rivaled by the Taliban and regional states, ISKP has built for itself a reputation for carrying out mass-casualty attacks on a wide range of targets, including Afghan security forces, government officials, Shia mosques, religious minorities, and even foreign diplomats.",
            ),
            cite(
              L.whoIskp,
              "Some of the most notable ISKP operations include the Kabul Airport attack in 2021 and attacks on Afghan Shiite Hazara communities.",
            ),
            cite(L.whoIskpCaption, "ISKP attack on a girls' school in Dasht e Barchi, Kabul (Getty Images)"),
          ],
        },
        {
          key: "crss-2025/iskp/claim/tactics-early-attacks",
          topic: "tactics",
          text: "Its early attacks, including suicide bombings and targeted assassinations, targeted Afghan security forces, local militias and civilians, to undermine the Taliban's territorial control.",
          citations: [
            cite(L.arrival, "ISKP's initial attacks were focused on undermining the Taliban's territorial control"),
            cite(
              L.arrival,
              "including suicide bombings and targeted assassinations, were aimed at Afghan security forces, local militias, and civilians.",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/areas-nangarhar",
          topic: "areas",
          text: "Initially held territory in eastern Afghanistan, notably Nangarhar, which by 2016 had become a stronghold; lost territory to Afghan, U.S. and Taliban offensives and turned to urban insurgency in Kabul and other cities, while remaining able to operate across Afghanistan, Pakistan and Central Asia.",
          citations: [
            cite(
              L.arrival,
              "By 2016, ISKP had significantly expanded its influence in Nangarhar province, which became a stronghold for the group.",
            ),
            cite(
              L.whoIskp,
              "Despite the loss of territorial control, ISKP remains a potent threat, known for its ability to operate across Afghanistan, Pakistan, and Central Asia.",
            ),
            cite(
              L.arrival,
              "In view of the territorial losses, ISKP shifted tactics, turning to urban insurgency and focusing on high-profile attacks in Kabul and other urban centers.²⁴",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/structure",
          topic: "other",
          text: "Its financing methods and decentralised organisational structure make it a formidable transnational threat.",
          citations: [
            cite(L.whoIskp, "Its financing methods and decentralized organizational structure make it a formidable transnational threat."),
          ],
        },
        {
          key: "crss-2025/iskp/claim/areas-expansion",
          topic: "areas",
          text: "Has expanded into Pakistan, targeting the military and civilians, and into Central Asia (Tajikistan, Uzbekistan), recruiting from minority and disenfranchised groups; more recently it has attacked abroad, in Russia and Iran, as Taliban offensives constrain it at home.",
          citations: [
            cite(
              L.arrival,
              "Over the years, ISKP has expanded its operations into neighboring Pakistan, where it targeted the Pakistani military and civilians, as well as Central Asia, particularly in Tajikistan and Uzbekistan",
            ),
            cite(
              L.iskpShift,
              "Over the past few years, the group has increasingly focused on targets outside Afghanistan, conducting attacks in countries such as Russia and Iran.",
            ),
            cite(
              L.partnerIskp,
              "The group has carried out attacks against Pakistan, Iran and Russia and against the Chinese citizens and interests.",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/tactics-high-impact",
          topic: "tactics",
          text: "Shifted from frequent small-scale attacks to larger high-impact operations meant to discredit the Taliban's claims of stability, targeting Taliban officials, religious leaders, Shia and Sufi communities and civilians.",
          citations: [
            cite(
              L.iskpShift,
              "It has shifted from frequent, small-scale attacks to larger, high-impact operations aimed at discrediting the Taliban's claims of restoring stability to Afghanistan.",
            ),
            cite(
              L.tactics,
              "These operations are designed to target high-value individuals, such as prominent Taliban figures and Shia and Sufi communities, to exploit sectarian tensions.",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/areas-pakistan-networks",
          topic: "areas",
          text: "Under Taliban pressure many operatives have fled into Pakistan, building urban and rural networks and targeting security forces, religious minorities and public gatherings; displaced fighters have moved into the newly merged tribal districts, including Bajaur.",
          citations: [
            cite(
              L.iskpPk,
              "As ISKP faces increasing pressure from the Taliban in Afghanistan, many operatives have fled across the border into Pakistan.",
            ),
            cite(L.bajaur, "Displaced ISKP fighters have moved into Pakistan's newly merged tribal districts, including Bajaur"),
          ],
        },
        {
          key: "crss-2025/iskp/claim/bajaur",
          topic: "areas",
          text: "In Bajaur it exploited the leadership void left by the 2013 arrest of TTP leaders such as Qari Fakir Muhammad, and the appeal of Panjpiri ideology.",
          citations: [
            cite(
              L.bajaur,
              "Ricardo Valle highlights how the arrest of key TTP leaders in 2013, such as Qari Fakir Muhammad, created a leadership void that ISKP exploited.",
            ),
            cite(
              L.bajaur,
              "This vacuum was further amplified by the influence of Panjpiri ideology, a hardline interpretation of Islam that resonates with sections of the local population.",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/jui-f-targeting",
          topic: "tactics",
          text: "Targets JUI-F, which it sees as a pro-state democratic party, including a high-profile attack on a JUI-F workers' convention before the general elections (undated in the report); JUI-F had organised Lashkars against ISKP in Kunar.",
          citations: [
            cite(
              L.bajaur,
              "Dr. Abdul Basit notes that ISKP has targeted JUI-F leaders and gatherings, including a high-profile attack on a workers' convention before the general elections.",
            ),
            cite(
              L.bajaur,
              "This enmity stems from JUI-F's anti-ISKP efforts, such as organizing Lashkars to counter the group in Afghanistan's Kunar province.",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/balochistan",
          topic: "areas",
          text: "In Balochistan its rise rests on sectarian dynamics (absorbing LeJ-Al Alami), porous borders with Afghanistan and Iran, rugged terrain and smuggled arms; it carries out shrine bombings and targeted killings and targets Hazara Shias.",
          citations: [
            cite(
              L.balochistan,
              "In Balochistan, ISKP's rise is driven by sectarian dynamics, geographic advantages, and historical factors.",
            ),
            cite(L.balochistan, "operational network and conduct high-profile attacks, including shrine bombings and targeted killings."),
            cite(
              L.balochistan,
              "it leverages anti-Shia sentiments and targets vulnerable minority communities, particularly the Hazara Shias.",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/ideology-vs-ttp",
          topic: "ideology",
          text: "Condemns the TTP for implicitly supporting democratic methods through associations with JUI-F, and sees itself as purist, committed to a global caliphate and transnational jihad.",
          citations: [
            cite(L.ideo, "ISKP condemns the TTP for"),
            cite(
              L.ideo,
              "implicitly supporting democratic methods through associations with groups like Jamiat Ulema-e-Islam Fazl (JUIF).",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/alliances-limited",
          topic: "other",
          text: "Its strict Salafism limits its alliances and makes it an outlier, preventing alignment with groups such as al-Qaeda affiliates.",
          citations: [
            cite(
              L.alliance,
              "However, ISKP's ability to form alliances has been limited by its strict adherence to Salafist ideology, which alienates many other groups.",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/media-propaganda",
          topic: "media",
          text: "Its propaganda is sophisticated and multilingual (over 12 languages, including English, Pashto, Dari and Uzbek), spread on Telegram, X, RocketChat and Facebook through both top-down and supporter-led channels; it brands the Taliban apostates and casts the TTP as subordinate to them. Its output includes books, manuals and infographics.",
          citations: [
            cite(
              L.propaganda,
              "It utilizes platforms such as Telegram and releases content in over 12 languages, including English, to galvanize local and international supporters.",
            ),
            cite(
              L.propaganda,
              "ISKP's propaganda emphasizes its distinct ideology and critiques the TTP as subordinate to the Afghan Taliban and insufficiently committed to jihad.",
            ),
            cite(
              L.iskpSocial,
              "The group has focused on branding the Taliban as apostates and spreading its messages in over 12 languages, including Pashto, Dari, and Uzbek.",
            ),
            cite(
              L.iskpSocial,
              "ISK's digital strategy is extensive, utilizing platforms such as Telegram, X (formerly Twitter), and RocketChat.",
            ),
            cite(
              L.iskpSocial,
              "ISK also targets global audiences, with particular efforts to recruit individuals from Central Asia and the West, as seen in their role in inspiring attacks in Europe.",
            ),
            cite(
              L.comparison,
              "ISKP uses both top-down and bottom-up channels for its propaganda, allowing for a wider reach through supporter-led dissemination.",
            ),
            cite(L.comparison, "ISKP's media is more diverse, with a variety of propaganda including books, manuals, and infographics"),
          ],
        },
        {
          key: "crss-2025/iskp/claim/media-resilience",
          topic: "media",
          text: "Despite Taliban efforts to infiltrate its channels, it has regained its online presence; the Taliban have been less effective against its digital presence than on the ground.",
          citations: [
            cite(
              L.iskpSocial,
              "Despite efforts by the Taliban to infiltrate ISK's channels, ISK has demonstrated resilience in regaining its online presence.",
            ),
          ],
        },
        ...mediaTableFacts("iskp"),
        {
          key: "crss-2025/iskp/claim/recruitment-appeal",
          topic: "recruitment",
          text: "Recruits with the promise of a transnational caliphate, an idealised Islamic masculinity, local grievances (drone strikes, military operations), a role for women as supporters, and digital outreach; it also draws disillusioned youth, former militants and defectors from other factions.",
          citations: [
            cite(
              L.recIskp,
              "Central to its appeal is the promise of participating in a utopian Islamic caliphate that transcends national boundaries",
            ),
            cite(L.recIskp, "One of ISKP's most potent tools is its idealization of Islamic masculinity."),
            cite(
              L.recIskp,
              "ISKP also exploits local grievances, such as the disenfranchisement⁴⁴ of communities and the fallout from drone strikes or military operations.",
            ),
            cite(
              L.iskpPk,
              "ISKP has also managed to recruit disillusioned youth, former militants, and marginalized ethnic groups who have been left vulnerable by state policies and local grievances.",
            ),
            cite(
              L.concl,
              "ISKP, meanwhile, has bolstered its ranks by recruiting defectors from other militant factions, amplifying its operational strength and reach.",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/recruitment-salaries",
          topic: "financing",
          text: "At its peak it offered salaries as high as $800, far above the Afghan Army and the Taliban, plus family support and marriage opportunities; as its finances dwindled it shifted to ideological and emotional appeals.",
          citations: [
            cite(
              L.recIskp,
              "Financial incentives were initially a significant draw, with ISKP offering salaries as high as \\$800 during its peak years, far outpacing the Afghan Army and the Taliban.",
            ),
            cite(
              L.recIskp,
              "However, as ISKP's financial resources dwindled, the group shifted focus toward ideological alignment and emotional appeals",
            ),
          ],
        },
        {
          key: "crss-2025/iskp/claim/role-superseded-is-central",
          topic: "role",
          text: "CRSS calls ISKP the least complicated target for counter-terrorism cooperation; it has superseded the Islamic State (central) in frequency, fatality and brutality of attacks and openly seeks to harm western countries.",
          citations: [
            cite(
              L.partnerIskp,
              "Of the terrorist threats emanating from Afghanistan, the ISKP provides the least complicated target for counterterrorism cooperation.",
            ),
            cite(
              L.partnerIskp,
              "It has also made no secret of its hatred for the west and its desire to inflict harm on the western countries.",
            ),
          ],
        },
      ],
    },
    {
      group: "afghan-taliban",
      claims: [
        {
          key: "crss-2025/afghan-taliban/claim/founding-pakistan-backing",
          topic: "founding",
          text: "Rose with help from Pakistani truckers and Pakistani and Afghan students of Pakistani madrassas, and with Pakistan's backing became the most potent force in Afghanistan.",
          citations: [
            cite(
              L.evo,
              "Aided by the Pakistani truckers and bolstered by the support from the Pakistani and Afghan students of Pakistani madrassas, the Taliban gained the backing of Pakistan to emerge as the most potent force in Afghanistan.",
            ),
          ],
        },
        {
          key: "crss-2025/afghan-taliban/claim/ideology-pashtun",
          topic: "ideology",
          text: "CRSS also describes the Taliban's ideology as based more on local Pashtun tribalism and nationalism, in contrast to ISKP's globalism; grounded in Deobandi teachings, its approach is pragmatic and territorial.",
          citations: [
            cite(
              L.arrival,
              "The Taliban's ideology, which was based more on local Pashtun tribalism and nationalism, sharply contrasted with ISKP's more globalist agenda.",
            ),
            cite(
              L.deo,
              "Grounded in Deobandi teachings, the Taliban's approach was pragmatic, rooted in consolidating local power and negotiating political settlements¹⁵.",
            ),
          ],
        },
        {
          key: "crss-2025/afghan-taliban/claim/governance",
          topic: "other",
          text: "Since 2021 its rule has been marked by a strict interpretation of Islamic law, restrictions on women's rights, economic collapse, isolation and a humanitarian crisis; it has not let girls return to high school, and several leaders remain on the UN sanctions list.",
          citations: [
            cite(
              L.returnIea,
              "Their governance has been marred by economic collapse, international isolation, and a humanitarian crisis, which have provided fertile ground for insurgent activities.",
            ),
            cite(
              L.evo,
              "the Taliban's refusal to allow girls to return to high schools and the establishment of a more inclusive government",
            ),
            cite(L.partner, "Several prominent Taliban leaders continue to remain on the UN sanctions list."),
          ],
        },
        {
          key: "crss-2025/afghan-taliban/claim/ct-capacity",
          topic: "other",
          text: "Tactically effective against ISKP through ground offensives, but lacks specialised counter-terrorism forces, resists collaborating with international partners and has no cross-border coordination with Pakistan; it has set up a section to handle foreign militants in Afghanistan.",
          citations: [
            cite(
              L.partner,
              "Experts opine that IEA has demonstrated tactical effectiveness in countering ISKP, with ground offensives significantly disrupting ISKP's activities within Afghanistan.",
            ),
            cite(
              L.partner,
              "The IEA's limitations are further evident in its lack of specialized counterterrorism forces and reluctance to collaborate with international partners.",
            ),
            cite(
              L.partnerAq,
              "Reports note that the Taliban have assigned the matter of the presence of foreign militants based in Afghanistan to a section specifically established for the purpose.",
            ),
          ],
        },
        {
          key: "crss-2025/afghan-taliban/claim/suppress-salafis",
          topic: "other",
          text: "Ideologically opposed to ISKP, the Taliban have taken steps to suppress it and Afghan Salafi communities in general; the former Taliban governor of Kunar, Haji Usman Turabi, reportedly adopted repressive measures against ISKP and its alleged Salafi backers.",
          citations: [
            cite(
              L.arrival,
              "Although the Afghan Taliban ideologically oppose the ISKP and has taken steps to suppress the group and the Afghan Salafi communities in general",
            ),
            cite(
              L.partnerIskp,
              "The former Taliban governor of Kunar, Haji Usman Turabi is said to have adopted repressive measures against the ISKP and their alleged Salafi backers.",
            ),
          ],
        },
        {
          key: "crss-2025/afghan-taliban/claim/ttp-policy",
          topic: "role",
          text: "Denies that the TTP leadership is in Afghanistan and calls the TTP Pakistan's domestic matter; privately, leaders say acting against it could push TTP fighters to ISKP and divide the Taliban. One leader said many TTP fighters and families were moved away from the Pakistani border. The IEA has offered to facilitate indirect TTP-Pakistan talks and facilitated meetings of Pakistani scholars and elders with the TTP.",
          citations: [
            cite(
              L.partnerTtp,
              "The official stance of the Taliban regime has been to deny the presence of the TTP leadership in the country.",
            ),
            cite(
              L.partnerTtp,
              "The IEA's response to Pakistan's call for action has been to assert that it is Pakistan's domestic matter and therefore the country should deal with it through dialogue.",
            ),
            cite(
              L.partnerTtp,
              "However, one Taliban leader stated that to prevent the TTP from causing harm to Pakistan, they had moved many fighters and their families away from the Pakistani border.",
            ),
            cite(L.ttpBase, "Instead, they have offered to facilitate indirect negotiations between the TTP and the Pakistani government."),
            cite(
              L.partnerTtp,
              "Pakistani religious scholars and tribal leaders have, for instance, held meetings with the TTP leadership in Afghanistan. The meetings were facilitated by the IEA.",
            ),
          ],
        },
      ],
      leaders: [
        {
          key: "crss-2025/afghan-taliban/leader/haji-usman-turabi",
          name: "Haji Usman Turabi",
          role: "Governor of Kunar (former)",
          start: null,
          end: null,
          citations: [
            cite(
              L.partnerIskp,
              "The former Taliban governor of Kunar, Haji Usman Turabi is said to have adopted repressive measures against the ISKP and their alleged Salafi backers.",
            ),
          ],
        },
        {
          key: "crss-2025/afghan-taliban/leader/dawood-muzzamil",
          name: "Maulavi Dawood Muzzamil",
          role: "Governor of Baghlan (killed by ISKP; date not given)",
          start: null,
          end: null,
          citations: [cite(L.partnerIskp, "including the Governor of Baghlan Maulavi Dawood Muzzamil")],
        },
        {
          key: "crss-2025/afghan-taliban/leader/khalil-ur-rahman-haqqani",
          name: "Khalil-ur-Rahman Haqqani",
          role: "Minister for Refugees (killed by ISKP; 'recently', no date given)",
          start: null,
          end: null,
          citations: [
            cite(L.partnerIskp, "and recently, the Minister for Refugees Khalil-ur-Rahman Haqqani."),
            cite(
              L.iskpShift,
              "The recent killing of the interim Taliban minister Khalil Haqqani represents another example of the ISKP demonstrating its growing operational influence.",
            ),
          ],
        },
      ],
    },
    {
      group: "al-qaeda",
      claims: [
        {
          key: "crss-2025/al-qaeda/claim/bin-laden-return-1998",
          topic: "areas",
          text: "Osama bin Laden returned to Afghanistan in early 1998, invited not by the Taliban but by commanders in Nangarhar; when the area fell to the Taliban, al-Qaeda and the Taliban formed a close bond.",
          citations: [
            cite(L.evo, "Among the jihadists returning to Afghanistan was Osama bin Laden in early 1998."),
            cite(
              L.evo,
              "Contrary to the common belief, bin Laden was not initially invited by the Taliban but by other commanders in the eastern province of Nangarhar.",
            ),
          ],
        },
        {
          key: "crss-2025/al-qaeda/claim/goals-global",
          topic: "goals",
          text: "Focused on waging a global war against the West; influenced militant groups in the Middle East, South Asia, Chechnya and Africa.",
          citations: [
            cite(L.deo, "While al-Qaeda focused on waging a global war against the west"),
            cite(
              L.evo,
              "Al-Qaeda, in particular, went on to influence militant groups in the Middle East, South Asia, Chechnya, and Africa.",
            ),
          ],
        },
        {
          key: "crss-2025/al-qaeda/claim/attacks-1990s-2001",
          topic: "tactics",
          text: "The late-1990s attacks on US diplomatic missions in Kenya and Tanzania and the 9/11 attacks drew attention to al-Qaeda's leadership in Taliban-ruled Afghanistan.",
          citations: [
            cite(
              L.partner,
              "The attacks on US diplomatic missions in Kenya and Tanzania in the late 90s and the September 11 attacks in 2001 would inevitably bring attention to the presence of al-Qaeda's leadership in the country.",
            ),
          ],
        },
        {
          key: "crss-2025/al-qaeda/claim/no-recent-attacks",
          topic: "other",
          text: "Has carried out no significant attack in recent times, whether because of Taliban policy or its own diminishing ability; al-Zawahiri was killed in central Kabul in late July 2022.",
          citations: [
            cite(
              L.partnerAq,
              "Whether owing to the Taliban's policy or al-Qaeda's diminishing ability, the group has not carried out any significant attack in recent times.",
            ),
            cite(L.evo, "the killing of al-Qaeda leader Aiman al-Zawahiri in central Kabul in late July"),
          ],
        },
      ],
    },
    {
      group: "lashkar-e-jhangvi",
      claims: [
        {
          key: "crss-2025/lashkar-e-jhangvi/claim/sectarian-attacks",
          topic: "tactics",
          text: "Long responsible for sectarian attacks in Pakistan; found common cause with ISKP, which taps its networks.",
          citations: [
            cite(
              L.sectarian,
              "LeJ, which has long been responsible for sectarian attacks in Pakistan, has found common cause with ISKP's broader jihadist agenda, making them natural allies.",
            ),
          ],
        },
        {
          key: "crss-2025/lashkar-e-jhangvi/claim/transactional",
          topic: "financing",
          text: "An example of a smaller group in a transactional alliance, cooperating with ISKP in exchange for resources such as funding or training.",
          citations: [
            cite(
              L.alliance,
              "Transactional alliances involve smaller groups, such as Lashkar-e-Jhangvi (LeJ) cooperating with ISKP in exchange for resources such as funding or training.",
            ),
          ],
        },
      ],
    },
    {
      group: "etim",
      aliases: ["ETIM/TIP"],
      claims: [
        {
          key: "crss-2025/etim/claim/targets-china",
          topic: "goals",
          text: "Primarily targets China; China has voiced grave concern about ETIM/TIP and urged Afghanistan's interim government to act against terrorism.",
          citations: [
            cite(
              L.partnerAq,
              "With regard to groups such as the Uyghur separatists, and East Turkish Islamic Movement, that primarily targets China",
            ),
            cite(L.arrival, "Similarly, China has stated grave concerns²⁷ about the ISKP, Al-Qaida, and ETIM/TIP"),
          ],
        },
      ],
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
        "The Taliban's return to power (August 2021) gave the TTP sanctuary in Afghanistan, from which it mounts cross-border attacks; the Taliban have declined to confront it, officially deny the TTP leadership's presence, but privately admit it is based in Afghanistan. CRSS calls the approach a range from 'strategic ambivalence to ideological endorsement and operational space'. The report contradicts this once: its Bajaur section speaks of 'The Taliban's crackdown on the TTP in Afghanistan' as a cause of ISKP's rise in Bajaur, followed at once by 'Displaced ISKP fighters have moved into Pakistan', so the phrase may be meant for ISKP; it is kept here as printed.",
      citations: [
        cite(
          L.ttpBase,
          "Taliban's return to power in Afghanistan provided a significant boost to the TTP, enabling the group to find sanctuary in Afghanistan.",
        ),
        cite(
          L.ttpBase,
          "The Afghan Taliban's approach toward the TTP ranges from strategic ambivalence to ideological endorsement and operational space.",
        ),
        cite(
          L.es,
          "Benefitting from the Taliban's sanctuary in Afghanistan, the group has exploited the porous border to regroup and intensify cross-border attacks.",
        ),
        cite(L.partner, "While aggressively targeting ISKP, the Taliban continues to shelter the TTP, a longstanding ally"),
        cite(L.partnerTtp, "Privately, senior Taliban leaders confessed that the TTP leadership is based in Afghanistan."),
        cite(
          L.defection,
          "The TTP has already found a safe haven in Afghanistan, with many of its leaders operating from Taliban-controlled areas.",
        ),
        cite(
          L.ttpBase,
          "However, Pakistani officials believe that the IEA’s refusal to reign in the TTP indicates the regime’s willingness to use the Pakistani Taliban as a leverage in its dealings with Pakistan.",
        ),
        cite(L.partnerTtp, "Pakistan has launched cross-border operations against the TTP bases on the Afghan side of the border."),
        cite(L.bajaur, "The Taliban's crackdown on the TTP in Afghanistan has also contributed to ISKP's rise in Bajaur."),
      ],
    },
    {
      key: "crss-2025/rel/ttp-afghan-taliban-alliance",
      from: "ttp",
      to: "afghan-taliban",
      type: "alliance",
      start: null,
      end: null,
      description:
        "Distinct organisations that have closely cooperated and operated jointly; TTP leader Noor Wali Mehsud has declared allegiance to the IEA's Amir Haibatullah. CRSS (citing a July 2024 UN report) says the Afghan Taliban do not consider the TTP a terrorist group and give it significant support, and counts the TTP among the Taliban's ideological allies.",
      citations: [
        cite(
          L.partnerTtp,
          "Even though Tehrik-i-Taliban Pakistan has a distinct organizational and operational structure from the Afghan Taliban, the two groups closely cooperated and operated jointly.",
        ),
        cite(L.partnerTtp, "the current TTP leader, Noor Wali Mehsud, has declared his allegiance to the IEA Amir Haibatullah."),
        cite(
          L.whoTtp,
          "The United Nations report from July 2024 confirmed that the Afghan Taliban do not consider the TTP a terrorist group.",
          UN_JULY_2024,
        ),
        cite(
          L.whoTtp,
          "Instead, the two groups share ideological and strategic bonds, with the Afghan Taliban providing significant support to the TTP.",
          UN_JULY_2024,
        ),
        cite(
          L.concl,
          "the Taliban's refusal to distance itself from its ideological allies, including al-Qaeda and the TTP, remains a significant obstacle.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/ttp-afghan-taliban-cooperation-2001-2021",
      from: "ttp",
      to: "afghan-taliban",
      type: "cooperation",
      start: { date: "2001-01-01", precision: "year" },
      end: { date: "2021-01-01", precision: "year" },
      description:
        "During the Taliban insurgency (2001-2021) the TTP supported the Afghan Taliban whenever needed. The cooperation predates the TTP: its antecedent's leader Nek Muhammad Wazir fought with the Taliban against the Northern Alliance (1996-2001) and sheltered fighters fleeing the 2001 US invasion; Baitullah Mehsud was Mullah Omar's governor for the Mehsud area. Occasional resentment caused local hostilities in areas like Kunar, but the two remained largely cooperative.",
      citations: [
        cite(L.partnerTtp, "Operational cooperation between the Afghan and Pakistani Taliban goes back to the IEA's first administration."),
        cite(
          L.partnerTtp,
          "During the Taliban insurgency years (2001-2021), the TTP extended support to the Afghan Taliban whenever the latter group was in need.",
        ),
        cite(
          L.partnerTtp,
          "He also facilitated the evacuation and sheltering of numerous Afghan and foreign fighters after they left in disarray after the US invasion in 2001.",
        ),
        cite(
          L.partnerTtp,
          "Despite the occasional resentment against the presence of the Pakistani Taliban in Afghanistan resulting in local hostilities in areas like Kunar, the two groups remained largely cooperative.",
        ),
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
        "ISKP and the TTP are ideological and operational rivals who wage propaganda wars against each other; ISKP casts the TTP as subordinate to the Afghan Taliban, condemns its association with JUI-F, and in Bajaur has sought to challenge TTP dominance. (Ullah & Bano 2025 instead report occasional ISKP-TTP cooperation, and EFSAS has ISKP branding the TTP apostates; each is recorded as its own relationship.)",
      citations: [
        cite(
          L.alliance,
          "relations between ISKP and TTP remain contentious, with propaganda wars highlighting their ideological and operational rivalries",
        ),
        cite(
          L.es,
          "This rivalry between TTP and ISKP reflects broader ideological and operational divergences within the region's militant ecosystem.",
        ),
        cite(L.bajaur, "creating opportunities for ISKP to challenge TTP dominance"),
      ],
    },
    {
      key: "crss-2025/rel/iskp-afghan-taliban-rivalry",
      from: "iskp",
      to: "afghan-taliban",
      type: "rivalry",
      start: { date: "2015-01-01", precision: "month" },
      end: null,
      description:
        "From its formation (January 2015) ISKP sought to challenge the Afghan Taliban, which calls it Khawarij and treats it as its foremost security threat. ISKP has killed at least eight high-ranking Taliban officials (including the Governor of Baghlan and the Minister for Refugees Khalil-ur-Rahman Haqqani); the Taliban's ground offensives have constrained it inside Afghanistan, and in February 2023 they claimed to kill its military chief Qari Fateh in Kabul.",
      citations: [
        cite(
          L.arrival,
          "ISKP's establishment marked a shift in the region's jihadist dynamics, as the group sought to challenge both the Afghan Taliban and al-Qaeda affiliates",
        ),
        cite(L.partnerIskp, "the Taliban term the ISKP Khawarij and consider the group as its foremost security threat"),
        cite(
          L.partnerIskp,
          "The Taliban have shown clear desire to eradicate the ISKP from Afghanistan⁵², even before the IEA's takeover of Kabul in 2021.",
        ),
        cite(
          L.es,
          "On one hand, the Taliban have demonstrated effectiveness in targeting ISKP, reducing its operational capacity in urban centers like Kabul.",
        ),
        cite(L.partnerIskp, "the ISKP has killed at least 8 high-ranking Taliban officials"),
        cite(
          L.iskpShift,
          "its operational freedom within Afghanistan is now significantly constrained due to the Taliban's ongoing offensives",
        ),
        cite(
          L.es,
          "While the Taliban view ISKP as an existential threat and have launched aggressive operations against the group, their reluctance to confront the TTP stems from ideological alignment and strategic considerations.",
        ),
        cite(
          L.returnIea,
          "ISKP remains ideologically opposed to the Taliban and views them as insufficiently hardline and collaborators with foreign powers.",
        ),
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
        "What began as transactional LeJ-ISKP cooperation developed, according to CRSS, into Lashkar-e-Jhangvi Al-Alami's merger with (absorption into) ISKP, rooted in shared anti-Shia sentiment; it expanded ISKP's network in Balochistan. No date is given.",
      citations: [
        cite(
          L.alliance,
          "relationships can evolve into strategic alliances, as evidenced by Lashkar-e-Jhangvi Al-Alami's eventual merger with ISKP.",
        ),
        cite(
          L.balochistan,
          "Dr. Basit further highlights the absorption of sectarian groups like LeJ-Al Alami into ISKP as a critical development.",
        ),
        cite(L.balochistan, "This merger, rooted in shared anti-Shia sentiments, allowed ISKP to expand its"),
      ],
    },
    {
      key: "crss-2025/rel/iskp-lej-alliance",
      from: "iskp",
      to: "lashkar-e-jhangvi",
      type: "alliance",
      start: null,
      end: null,
      description:
        "A transactional alliance (LeJ cooperating with ISKP for funding or training) centred on targeting Shia Muslims, which lets ISKP tap LeJ's networks in Pakistan. CRSS contradicts itself on LeJ's doctrine: one passage calls it 'the Deobandi Lashkar-e-Jhangvi', another says 'Both LeJ and ISKP share a hardline Salafi ideology'.",
      citations: [
        cite(L.proxy, "the ISKP’s alliance with the Deobandi Lashkar-e-Jhangvi (LeJ)"),
        cite(
          L.alliance,
          "Transactional alliances involve smaller groups, such as Lashkar-e-Jhangvi (LeJ) cooperating with ISKP in exchange for resources such as funding or training.",
        ),
        cite(L.sectarian, "Both LeJ and ISKP share a hardline Salafi ideology, and their collaboration centers on targeting Shia Muslims"),
        cite(L.sectarian, "This alliance allows ISKP to tap into LeJ's networks, bolstering its operational capacity in Pakistan."),
      ],
    },
    {
      key: "crss-2025/rel/iskp-brohi-factions-alliance",
      from: "iskp",
      to: "brohi-factions",
      type: "alliance",
      start: null,
      end: null,
      description:
        "CRSS names the Brohi factions in Balochistan, with LeJ, among the sectarian outfits whose evolving relationship with ISKP threatens regional security; they have given ISKP a strategic base to expand in Balochistan.",
      citations: [
        cite(
          L.sectarian,
          "The evolving relationship between ISKP and sectarian jihadi groups, such as Lashkar-e-Jhangvi (LeJ) and the Brohi factions in Balochistan, poses a significant threat to regional security.",
        ),
        cite(
          L.sectarian,
          "the Brohi factions in Balochistan, which are known for their support of militant activities against the Pakistani state, have provided a strategic base for ISKP to expand its operations in the region.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/ttp-iskp-defection",
      from: "ttp",
      to: "iskp",
      type: "defection",
      start: { date: "2015-01-01", precision: "year" },
      end: null,
      description:
        "ISKP was founded by senior TTP defectors, including its first leader Hafiz Saeed Khan, dissatisfied with the TTP's local agenda. CRSS warns that pushing the TTP too hard could drive more of its fighters to ISKP (the Taliban cite the same fear). EFSAS's version (ISKP poaching TTP cadres after Hakimullah Mehsud's death) is recorded as its own relationship.",
      citations: [
        cite(
          L.arrival,
          "The defection of TTP leaders—including Hafiz Saeed Khan, who was appointed as ISKP's first leader—was a key moment in the group's rise.",
        ),
        cite(
          L.whoIskp,
          "The group emerged after senior TTP members, dissatisfied with the TTP's local agenda and the Taliban's ideological position,",
        ),
        cite(
          L.defection,
          "As tensions between Pakistan and the TTP escalate, there is a growing risk that pushing the TTP too aggressively could lead to the defection of its fighters to ISKP.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/afghan-taliban-iskp-defection",
      from: "afghan-taliban",
      to: "iskp",
      type: "defection",
      start: null,
      end: null,
      description:
        "ISKP's leadership includes defectors from Afghan (as well as Pakistani) Taliban factions, and ISKP has 'made a dent' in the Taliban's ranks by questioning their Islamist credentials; it presents itself as the recourse for fighters dissatisfied with IEA policies. No dates are given.",
      citations: [
        cite(
          L.whoIskp,
          "ISKP's leadership has been a mix of foreign fighters and defectors from local militant groups, including Pakistani and Afghan Taliban factions.",
        ),
        cite(
          L.partnerIskp,
          "Further, the ISKP has questioned the Taliban's Islamist ideological credentials and has made a dent in the group's ranks.",
        ),
        cite(L.arrival, "it has positioned itself as the potential recourse for fighters who are dissatisfied with the IEA's policies."),
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
      citations: [cite(L.partnerAq, "Uzbekistan (IMU) shifted their allegiance to the ISKP in 2015.")],
    },
    {
      key: "crss-2025/rel/ttp-bla-cooperation",
      from: "ttp",
      to: "bla",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "No formal alliance, but reported occasional joint attacks on military and Chinese targets, driven by shared opposition to the Pakistani state and China rather than ideology.",
      citations: [
        cite(
          L.sectarian,
          "There have also been reported incidents of cooperation between the TTP and the Baloch Liberation Army (BLA), who do not have a formal alliance but occasionally work together due to their shared opposition to the Pakistani state and China.",
        ),
        cite(L.sectarian, "leading to occasional joint attacks on military and Chinese targets."),
      ],
    },
    {
      key: "crss-2025/rel/aqis-ttp-defection",
      from: "aqis",
      to: "ttp",
      type: "defection",
      start: null,
      end: null,
      description:
        "Former AQIS media operatives have been integrated into the TTP's Al-Umar Media, improving its editorial capabilities (over 'the past two years' before the report).",
      citations: [cite(L.ttpSocial, "With the integration of former AQIS media operatives, TTP has enhanced its editorial capabilities.")],
    },
    {
      key: "crss-2025/rel/jamaat-ul-ahrar-ttp-splinter",
      from: "jamaat-ul-ahrar",
      to: "ttp",
      type: "splinter",
      start: null,
      end: null,
      description:
        "One of the Taliban factions that have from time to time moved away from the TTP; the TTP has sought to bring it back into its fold (CRSS gives no dates).",
      citations: [
        cite(L.alliance, "Additionally, the TTP has sought to bring splinter Islamist groups back to its fold."),
        cite(
          L.alliance,
          "These groups include both the Taliban factions that have from time to time moved away from the TTP, such as Jamat-ul-Ahrar and Hakimullah Mehsud factions",
        ),
      ],
    },
    {
      key: "crss-2025/rel/hakimullah-mehsud-faction-ttp-splinter",
      from: "hakimullah-mehsud-faction",
      to: "ttp",
      type: "splinter",
      start: null,
      end: null,
      description:
        "One of the Taliban factions that have from time to time moved away from the TTP; the TTP has sought to bring it back into its fold (no dates given).",
      citations: [
        cite(L.alliance, "Additionally, the TTP has sought to bring splinter Islamist groups back to its fold."),
        cite(
          L.alliance,
          "These groups include both the Taliban factions that have from time to time moved away from the TTP, such as Jamat-ul-Ahrar and Hakimullah Mehsud factions",
        ),
      ],
    },
    {
      key: "crss-2025/rel/aslam-farooqi-group-ttp-splinter",
      from: "aslam-farooqi-group",
      to: "ttp",
      type: "splinter",
      start: null,
      end: null,
      description:
        "CRSS lists the Aslam Farooqi Group, a Pakistani al-Qaeda affiliate, among the 'splinter Islamist groups' the TTP has sought to bring back into its fold (no dates given).",
      citations: [
        cite(L.alliance, "Additionally, the TTP has sought to bring splinter Islamist groups back to its fold."),
        cite(L.alliance, "and also Pakistani al-Qaeda affiliates, such as Aslam Farooqi Group."),
      ],
    },
    {
      key: "crss-2025/rel/aslam-farooqi-group-al-qaeda-affiliate",
      from: "aslam-farooqi-group",
      to: "al-qaeda",
      type: "affiliate",
      start: null,
      end: null,
      description: "CRSS calls the Aslam Farooqi Group a Pakistani al-Qaeda affiliate.",
      citations: [cite(L.alliance, "and also Pakistani al-Qaeda affiliates, such as Aslam Farooqi Group.")],
    },
    {
      key: "crss-2025/rel/iskp-islamic-state-affiliate",
      from: "iskp",
      to: "islamic-state",
      type: "affiliate",
      start: { date: "2015-01-01", precision: "month" },
      end: null,
      description:
        "ISKP (Wilayat Khorasan) is the Islamic State's regional affiliate, formed when TTP defectors pledged allegiance to IS; it follows the broader IS strategy of a global caliphate.",
      citations: [
        cite(L.whoIskp, "The ISKP, also referred to as Wilayat Khorasan, is a regional affiliate of the global Islamic State (IS) group¹⁹"),
        cite(L.whoIskp, "defected and pledged allegiance to IS. This defection marked the beginning of ISKP's activities in the region²⁰."),
        cite(L.partnerIskp, "The ISKP, like its parent organization, is indiscriminate in targeting countries across the globe."),
      ],
    },
    {
      key: "crss-2025/rel/aqi-islamic-state-merger",
      from: "aqi",
      to: "islamic-state",
      type: "merger",
      start: null,
      end: null,
      description: "Al-Qaeda in Iraq 'later morphed into the Islamic State' (no date given).",
      citations: [cite(L.evo, "(AQI - which later morphed into the Islamic State)")],
    },
    {
      key: "crss-2025/rel/iskp-al-qaeda-rivalry",
      from: "iskp",
      to: "al-qaeda",
      type: "rivalry",
      start: { date: "2015-01-01", precision: "month" },
      end: null,
      description:
        "ISKP set out to challenge al-Qaeda affiliates as well as the Taliban; its rigid Salafism keeps it from aligning with groups affiliated with al-Qaeda.",
      citations: [
        cite(
          L.arrival,
          "the group sought to challenge both the Afghan Taliban and al-Qaeda affiliates, which had long held sway in Afghanistan and Pakistan.",
        ),
        cite(
          L.alliance,
          "preventing it from aligning with groups that do not share its worldview, such as those affiliated with Al-Qaeda.",
        ),
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
        "A largely cordial partnership: the Salafi-influenced al-Qaeda collaborated with the Deobandi Taliban to advance transnational goals, and the two formed a close organisational and personal bond after bin Laden's return (1998). CRSS counts al-Qaeda among the Taliban's ideological allies, but notes that al-Qaeda has carried out no significant recent attack and that American intelligence confirms a Taliban policy of barring it from operating out of Afghanistan.",
      citations: [
        cite(L.proxy, "The Taliban’s largely cordial partnership with Al-Qaeda"),
        cite(
          L.deo,
          "However, al-Qaeda, influenced by Salafi-jihadism, found ways to collaborate with the Taliban, leveraging their local power to advance transnational jihadist goals.",
        ),
        cite(L.evo, "However, when the area fell to the Taliban, al-Qaeda and the Taliban formed a close organizational and personal bond"),
        cite(
          L.deo,
          "They tolerated Salafi-jihadist groups like al-Qaeda as long as their goals aligned but resisted adopting Salafi puritanism.",
        ),
        cite(L.partnerAq, "the group has not carried out any significant attack in recent times"),
        cite(
          L.partnerAq,
          "The Taliban's policy of barring al-Qaeda from operating out of Afghanistan is also confirmed by American intelligence analysis.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/afghan-taliban-al-qaeda-sanctuary-1996-2001",
      from: "afghan-taliban",
      to: "al-qaeda",
      type: "sanctuary",
      start: { date: "1996-01-01", precision: "year" },
      end: { date: "2001-01-01", precision: "year" },
      description:
        "During the Taliban's first stint in power (1996-2001) Afghanistan became a safe haven for transnational terrorist organisations, and al-Qaeda's leadership was present in the country until the US-led coalition dislodged the Taliban in 2001.",
      citations: [
        cite(
          L.partner,
          "During the Taliban's previous stint in power, the country became a safe haven for transnational terrorist organizations⁴⁹.",
        ),
        cite(
          L.partner,
          "The attacks on US diplomatic missions in Kenya and Tanzania in the late 90s and the September 11 attacks in 2001 would inevitably bring attention to the presence of al-Qaeda's leadership in the country.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/afghan-taliban-al-qaeda-sanctuary-post-2021",
      from: "afghan-taliban",
      to: "al-qaeda",
      type: "sanctuary",
      start: { date: "2021-08-01", precision: "month" },
      end: null,
      description:
        "The killing of al-Qaeda leader Aiman al-Zawahiri in central Kabul in late July 2022 belied the Taliban's claim, under the Doha Agreement, not to host foreign militants. CRSS itself qualifies this: the presence of al-Qaeda leaders did not amount to active operations against the West, and US intelligence confirms the Taliban bar al-Qaeda from operating out of Afghanistan.",
      citations: [
        cite(L.partnerAq, "When Aiman al-Zawahiri was killed in Kabul, it belied the Taliban's claim of abiding by the agreement."),
        cite(
          L.partnerAq,
          "However, one can perhaps take an optimistic view to suggest that the presence of al-Qaeda leaders did not amount to the group's active operation against western countries.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/afghan-taliban-etim-alliance-1990s",
      from: "afghan-taliban",
      to: "etim",
      type: "alliance",
      start: null,
      end: null,
      description:
        "After bin Laden's return (1998) and the fall of Nangarhar to the Taliban, the Taliban formed a close organisational and personal bond with al-Qaeda and other regional organisations, including ETIM.",
      citations: [
        cite(
          L.evo,
          "al-Qaeda and the Taliban formed a close organizational and personal bond not only with al-Qaeda but also other regional organizations such as the East Turkistan Islamic Movement (ETIM), Islamic Movement of Uzbekistan (IMU), and Chechen fighters.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/afghan-taliban-imu-alliance-1990s",
      from: "afghan-taliban",
      to: "imu",
      type: "alliance",
      start: null,
      end: null,
      description:
        "After bin Laden's return (1998) and the fall of Nangarhar to the Taliban, the Taliban formed a close organisational and personal bond with al-Qaeda and other regional organisations, including the IMU. Much of the IMU later shifted allegiance to ISKP (2015).",
      citations: [
        cite(
          L.evo,
          "al-Qaeda and the Taliban formed a close organizational and personal bond not only with al-Qaeda but also other regional organizations such as the East Turkistan Islamic Movement (ETIM), Islamic Movement of Uzbekistan (IMU), and Chechen fighters.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/afghan-taliban-etim-sanctuary-post-2021",
      from: "afghan-taliban",
      to: "etim",
      type: "sanctuary",
      start: { date: "2021-08-01", precision: "month" },
      end: null,
      description:
        "Since 2021 the IEA tolerates but restrains Uyghur militants: it acceded to Chinese demands to control them and says it moved Uyghur fighters away from the Afghanistan-China border, but avoids too much pressure for fear they would join ISKP. CRSS notes the Taliban's reluctance to confront groups like ETIM undermines Russian and Chinese counter-terrorism goals.",
      citations: [
        cite(L.partnerAq, "The IEA acceded to the Chinese demands of controlling the Uyghur militants."),
        cite(
          L.partnerAq,
          "The Taliban expressed their apprehension about putting too much pressure on these groups due to the fear that these groups will shift their allegiance towards the ISKP or cause disruption on their own.",
        ),
        cite(
          L.chinaRussia,
          "The Taliban's ideological support for groups like the TTP, combined with its reluctance to confront groups like the ETIM, undermines",
        ),
      ],
    },
    {
      key: "crss-2025/rel/afghan-taliban-northern-alliance-rivalry",
      from: "afghan-taliban",
      to: "northern-alliance",
      type: "rivalry",
      start: { date: "1996-01-01", precision: "year" },
      end: null,
      description:
        "After taking Kabul in 1996 the Taliban fought the Northern Alliance, which held some northern provinces; Pakistani and foreign fighters joined the Taliban in this fight. In 2001 the western assault together with the Northern Alliance drove the Taliban into Pakistan's border regions.",
      citations: [
        cite(
          L.evo,
          "Meanwhile, the Taliban victories reignited the spirit of Jihad among sections of Pakistani and foreign fighters who joined the Taliban in their fight against the Northern Alliance.",
        ),
        cite(
          L.evo,
          "The western assault together with the Northern Alliance forced the Taliban and foreign fighters to seek shelter in the Pakistani border regions.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/islamic-state-afghan-taliban-rivalry",
      from: "islamic-state",
      to: "afghan-taliban",
      type: "rivalry",
      start: null,
      end: null,
      description:
        "CRSS says ISIS (the parent Islamic State, in the passage on ISKP's emergence) rejected the Taliban, accusing them of insufficient purity and tribal pragmatism; for ISIS the Taliban's adherence to Hanafi jurisprudence and local customs amounted to apostasy. No date is given. ISKP's own rivalry with the Taliban is recorded separately.",
      citations: [
        cite(L.deo, "ISIS rejected both the Taliban and TTP, accusing them of insufficient purity and tribal pragmatism."),
        cite(L.deo, "For ISIS, the Taliban's adherence to Hanafi jurisprudence and local customs amounted to apostasy (Mir, 2020)."),
      ],
    },
    {
      key: "crss-2025/rel/islamic-state-ttp-rivalry",
      from: "islamic-state",
      to: "ttp",
      type: "rivalry",
      start: null,
      end: null,
      description:
        "CRSS says ISIS rejected the TTP as well as the Taliban, accusing both of insufficient purity and tribal pragmatism (no date given). ISKP's own rivalry with the TTP is recorded separately.",
      citations: [cite(L.deo, "ISIS rejected both the Taliban and TTP, accusing them of insufficient purity and tribal pragmatism.")],
    },
    {
      key: "crss-2025/rel/iskp-jui-f-rivalry",
      from: "iskp",
      to: "jui-f",
      type: "rivalry",
      start: null,
      end: null,
      description:
        "ISKP has singled out JUI-F, which it sees as a pro-state party aligned with democracy, and has targeted its leaders and gatherings, including a high-profile attack on a workers' convention before the general elections (CRSS, citing Dr. Abdul Basit, gives no date or place for that attack). CRSS traces the enmity to JUI-F's anti-ISKP efforts, such as organising Lashkars against ISKP in Afghanistan's Kunar province.",
      citations: [
        cite(
          L.bajaur,
          "ISKP has also singled out the JUI-F, which it perceives as a pro-state political party aligned with democratic principles it vehemently opposes.",
        ),
        cite(
          L.bajaur,
          "Dr. Abdul Basit notes that ISKP has targeted JUI-F leaders and gatherings, including a high-profile attack on a workers' convention before the general elections.",
        ),
        cite(
          L.bajaur,
          "This enmity stems from JUI-F's anti-ISKP efforts, such as organizing Lashkars to counter the group in Afghanistan's Kunar province.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/ttp-jui-f-cooperation",
      from: "ttp",
      to: "jui-f",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "Known from CRSS only as ISKP's accusation: ISKP condemns the TTP for implicitly supporting democratic methods through its associations with groups like JUI-F. CRSS does not describe the association itself or date it.",
      citations: [
        cite(L.ideo, "ISKP condemns the TTP for"),
        cite(L.ideo, "implicitly supporting democratic methods through associations with groups like Jamiat Ulema-e-Islam Fazl (JUIF)."),
      ],
    },
    {
      key: "crss-2025/rel/afghan-taliban-etim-sanctuary-1996-2001",
      from: "afghan-taliban",
      to: "etim",
      type: "sanctuary",
      start: { date: "1996-01-01", precision: "year" },
      end: { date: "2001-01-01", precision: "year" },
      description:
        "During the Taliban's previous stint in power (1996-2001, dates per the report's TTP section) Afghanistan became a safe haven where militant organisations, including extremist organisations from China, sought refuge and operated with relative impunity. That sentence names no group; ETIM is the China-focused organisation CRSS names among the regional groups the Taliban bonded with in the same period.",
      citations: [
        cite(
          L.partner,
          "However, the militant organizations that sought refuge in Afghanistan and operated with relative impunity included extremist organizations from Central",
        ),
        cite(L.partner, "Asia, China, and Pakistan. To prevent Afghanistan from re-morphing"),
        cite(
          L.evo,
          "al-Qaeda and the Taliban formed a close organizational and personal bond not only with al-Qaeda but also other regional organizations such as the East Turkistan Islamic Movement (ETIM), Islamic Movement of Uzbekistan (IMU), and Chechen fighters.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/afghan-taliban-imu-sanctuary-1996-2001",
      from: "afghan-taliban",
      to: "imu",
      type: "sanctuary",
      start: { date: "1996-01-01", precision: "year" },
      end: { date: "2001-01-01", precision: "year" },
      description:
        "During the Taliban's previous stint in power (1996-2001) militant organisations, including extremist organisations from Central Asia, sought refuge in Afghanistan and operated with relative impunity. That sentence names no group; the IMU is the Central Asian organisation CRSS names among the regional groups the Taliban bonded with in the same period.",
      citations: [
        cite(
          L.partner,
          "However, the militant organizations that sought refuge in Afghanistan and operated with relative impunity included extremist organizations from Central",
        ),
        cite(L.partner, "Asia, China, and Pakistan. To prevent Afghanistan from re-morphing"),
        cite(
          L.evo,
          "al-Qaeda and the Taliban formed a close organizational and personal bond not only with al-Qaeda but also other regional organizations such as the East Turkistan Islamic Movement (ETIM), Islamic Movement of Uzbekistan (IMU), and Chechen fighters.",
        ),
      ],
    },
    {
      key: "crss-2025/rel/hezb-e-islami-pdpa-rivalry",
      from: "hezb-e-islami",
      to: "pdpa",
      type: "rivalry",
      start: null,
      end: null,
      description:
        "Hekmatyar's Hezb-e-Islami, which had resisted President Sardar Daud Khan's modernisation programme, continued its opposition against the Soviet-backed PDPA (CRSS gives no dates).",
      citations: [
        cite(
          L.evo,
          "Both Hekmatyar and Rabbani continued their opposition also to the Soviet-backed Leninist-Marxist People's Democratic Party of Afghanistan (PDPA).",
        ),
      ],
    },
    {
      key: "crss-2025/rel/jamiat-i-islami-pdpa-rivalry",
      from: "jamiat-i-islami",
      to: "pdpa",
      type: "rivalry",
      start: null,
      end: null,
      description:
        "Rabbani's Jamiat-i-Islami, which had resisted President Sardar Daud Khan's modernisation programme, continued its opposition against the Soviet-backed PDPA (CRSS gives no dates).",
      citations: [
        cite(
          L.evo,
          "Both Hekmatyar and Rabbani continued their opposition also to the Soviet-backed Leninist-Marxist People's Democratic Party of Afghanistan (PDPA).",
        ),
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
      note: "The Introduction says 'violence-related fatalities' (terror attacks plus counter-terror operations; 'a record nine-year high'); the Executive Summary calls the same 66% 'terror-related fatalities', 'the highest in nearly a decade'.",
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
      note: "Includes deaths in both terror attacks and counter-terror operations (so militants killed in operations are presumably included; the report does not break the total down). CRSS calls the year 'a record nine-year high'.",
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
      note: "CRSS says terror attacks outnumbered counter-terror operations 'by nearly fourfold (909 vs. 257)'; 909/257 is about 3.5. 909 + 257 = 1,166, the stated total of incidents.",
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
      note: "Terror attacks outnumbered counter-terror operations 'by nearly fourfold (909 vs. 257)'.",
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
      geography: { ...PK, areas: ["PK-KP", "PK-BA"] },
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
      geography: { ...PK, areas: ["PK-KP", "PK-BA"] },
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
      note: "From the UN report of July 2024, as cited by CRSS (via VOA News, 6 July 2024). CRSS does not say where the fighters are; the figure comes in a passage on the TTP operating from Afghanistan with the IEA's backing, hence the country AF. Other sources give lower figures for earlier dates: PIPS (2022) 4,000-5,000 members, EFSAS up to 6,000 fighters (Sayed & Hamming 2021).",
      citations: [
        {
          source: SOURCE,
          locator: "Who are TTP?",
          quote: "The report noted that the TTP may have up to 6,500 fighters",
          originalProducer: UN_JULY_2024,
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
    {
      key: "crss-2025/stat/security-forces-fatalities-avg-yearly-increase-2021-2024",
      metric: "percent_change",
      label: "Average yearly increase in security-forces fatalities in Pakistan, 2021-2024",
      value: 45,
      unit: "percent",
      qualifier: "nearly",
      periodStart: "2021-01-01",
      periodEnd: "2024-12-31",
      periodPrecision: "year",
      geography: PK,
      group: null,
      note: "The mean of the four yearly rises CRSS gives (64%, 9%, 70%, 37%) is exactly 45%; the report says 'nearly 45%'.",
      citations: [
        cite(
          L.intro,
          "Their losses surged by 64% in 2021, 9% in 2022, 70% in 2023, and 37% in 2024, marking an average yearly increase of nearly 45%.",
          CRSS_ANNUAL_2024,
        ),
      ],
    },
    ...(
      [
        ["low", 2000],
        ["high", 2500],
      ] as const
    ).map(([end, value]) => ({
      key: `crss-2025/stat/iskp-fighters-afghanistan-${end}`,
      metric: "fighters" as const,
      label: `ISKP fighters in Afghanistan, including Central Asian recruits (${end} end of the 'approximately 2,000 to 2,500' estimate)`,
      value,
      unit: "people" as const,
      qualifier: "about" as const,
      ...REPORT_YEAR,
      geography: AF,
      group: "iskp",
      note: "One estimate given as a range ('approximately 2,000 to 2,500'), recorded as its two ends. The report does not date or source it; the period is the report's year (2025, inferred). PIPS (2022) cites a UN estimate of about 500-1,500 IS-K fighters in July 2021.",
      citations: [
        cite(
          L.whoIskp,
          "It has approximately 2,000 to 2,500 fighters in Afghanistan, including Central Asian recruits and supporters from and in Europe.",
        ),
      ],
    })),
    {
      key: "crss-2025/stat/us-service-members-killed-kabul-2021-08",
      metric: "other",
      label: "U.S. service members killed in the August 2021 Kabul airport bombing",
      value: 13,
      unit: "people",
      qualifier: "exact",
      periodStart: "2021-08-01",
      periodEnd: "2021-08-31",
      periodPrecision: "month",
      geography: { country: "AF", province: "AF-KAB", district: null },
      group: "iskp",
      note: "Part of the 'over 170' killed in the same bombing (recorded separately); not an additional toll. Metric \"other\": foreign troops killed are a subset of the fatalities, so the figure is kept out of fatality totals and comparisons.",
      citations: [
        cite(
          L.iskpShift,
          "the bombing at Kabul's airport during the U.S. withdrawal in August 2021, which killed over 170 people, including 13 U.S. service members",
        ),
      ],
    },
    {
      key: "crss-2025/stat/taliban-officials-killed-by-iskp",
      metric: "fatalities",
      label: "High-ranking Taliban officials killed by ISKP",
      value: 8,
      unit: "people",
      qualifier: "at_least",
      periodStart: "2015-01-01",
      periodEnd: "2024-12-31",
      periodPrecision: "year",
      geography: AF,
      group: "iskp",
      note: "Cumulative and undated in the report ('One statistic noted'; producer not named). The period is inferred: from ISKP's formation (January 2015, per the report) to the end of 2024, the report's last data year. Includes the Governor of Baghlan Maulavi Dawood Muzzamil and 'recently' the Minister for Refugees Khalil-ur-Rahman Haqqani, besides 'countless' rank-and-file Taliban and Afghans, especially Shia Hazaras.",
      citations: [
        cite(
          L.partnerIskp,
          "One statistic noted that, in addition to the countless Taliban rank and file and common Afghans, especially the Shia Hazara community, the ISKP has killed at least 8 high-ranking Taliban officials",
        ),
      ],
    },
    {
      key: "crss-2025/stat/baloch-organisations-merged-with-ttp-claimed",
      metric: "other",
      label: "Baloch organisations whose merger with the TTP Umar Media claimed",
      value: 15,
      unit: "count",
      qualifier: "exact",
      ...REPORT_YEAR,
      geography: { country: "PK", province: "PK-BA", district: null },
      group: "ttp",
      note: "A claim by the TTP's own Umar Media, relayed by CRSS without a date or the organisations' names; the period is the report's year (2025, inferred).",
      citations: [
        cite(
          L.alliance,
          "The TTP's Umar Media has claimed the merger of 15 Baloch organizations with the TTP.",
          "TTP's Umar Media (claim)",
        ),
      ],
    },
    {
      key: "crss-2025/stat/iskp-propaganda-languages",
      metric: "other",
      label: "Languages in which ISKP releases propaganda",
      value: 12,
      unit: "count",
      qualifier: "over",
      ...REPORT_YEAR,
      geography: AF,
      group: "iskp",
      note: "The prose says 'over 12 languages'; the comparison table says 'more than 12' and lists fourteen names with Russian twice (thirteen distinct). Undated; the period is the report's year (2025, inferred).",
      citations: [
        cite(
          L.propaganda,
          "It utilizes platforms such as Telegram and releases content in over 12 languages, including English, to galvanize local and international supporters.",
        ),
        cite(`${L.table}, row 8`, "Propaganda in more than 12 languages"),
        cite(L.iskpSocial, "spreading its messages in over 12 languages, including Pashto, Dari, and Uzbek"),
      ],
    },
    {
      key: "crss-2025/stat/iskp-books-produced",
      metric: "other",
      label: "Books produced by ISKP's media",
      value: 300,
      unit: "count",
      qualifier: "over",
      ...REPORT_YEAR,
      geography: AF,
      group: "iskp",
      note: "Cumulative and undated (the comparison table says Al-Azaim has operated since 2021); the period is the report's year (2025, inferred).",
      citations: [
        cite(
          L.comparison,
          "ISK has produced over 300 books, while TTP rarely publishes books but regularly issues statements, videos, and podcasts.",
        ),
      ],
    },
    {
      key: "crss-2025/stat/aps-peshawar-2014-12-fatalities",
      metric: "fatalities",
      label: "Children and teachers killed in the Army Public School massacre, Peshawar",
      value: 140,
      unit: "people",
      qualifier: "over",
      periodStart: "2014-12-01",
      periodEnd: "2014-12-31",
      periodPrecision: "month",
      geography: { country: "PK", province: "PK-KP", district: "pk-kp-peshawar" },
      group: "ttp",
      note: "CRSS: 'over 140 children and their teachers'. EFSAS gives 149 victims killed, mostly children and teenagers.",
      citations: [
        cite(L.whoTtp, "the tragic December 2014 Peshawar Army Public School massacre, which killed over 140 children and their teachers"),
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
        "Bombing at Kabul airport during the U.S. withdrawal in August 2021 (the sources give no exact day). CRSS: 'over 170' killed, including 13 U.S. service members, and 'a major escalation in ISKP's operational capacity'. PIPS: 'more than 180' killed. Both reports attribute it to ISKP. 'Over 170' is recorded because both figures satisfy it. CRSS does not describe the device or the victims beyond the 13 U.S. service members, so the target is 'other'.",
      citations: [
        cite(
          L.iskpShift,
          "the bombing at Kabul's airport during the U.S. withdrawal in August 2021, which killed over 170 people, including 13 U.S. service members",
        ),
        cite(L.whoIskp, "Some of the most notable ISKP operations include the Kabul Airport attack in 2021"),
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
        "Listed by CRSS among the TTP's most notorious attacks: 'over 140 children and their teachers' killed. EFSAS gives 149 killed, mostly children and teenagers. CRSS gives the month (December 2014), not the day, and does not describe the attack method.",
      citations: [
        cite(L.whoTtp, "the tragic December 2014 Peshawar Army Public School massacre, which killed over 140 children and their teachers"),
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
        "CRSS says 'the Islamic State' claimed the attack and said a Uyghur fighter carried it out; PIPS calls it IS-K's attack, so ISKP is recorded as the claimant. CRSS gives only the month (October 2021); the day (8 October) is from PIPS, which names the attacker as Muhammad al-Uyghuri. CRSS says it 'killed dozens' but gives no number, so killed is left empty.",
      citations: [
        cite(
          L.partnerAq,
          "The Islamic State claimed that an October 2021 suicide attack on a Shia Mosque in Kunduz that killed dozens of people was carried out by a Uyghur fighter.",
        ),
        {
          source: "pips-2022",
          locator: "2. Post-withdrawal militant landscape: Islamic State in Khorasan (IS-K)",
          quote: "the IS-K’s Kunduz mosque attack on October 8, 2021, which was carried out by a Uyghur militant Muhammad al-Uyghuri",
        },
      ],
    },
    {
      key: "crss-2025/incident/zawahiri-killed-kabul-2022-07",
      title: "Al-Qaeda leader Aiman al-Zawahiri killed in central Kabul",
      date: "2022-07-01",
      datePrecision: "month",
      country: "AF",
      province: "AF-KAB",
      district: null,
      place: "Central Kabul",
      type: "counter_terror_operation",
      target: "militants",
      killed: 1,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [],
      description:
        "CRSS: al-Zawahiri was killed in central Kabul 'in late July 2022', belying the Taliban's claim of abiding by the Doha Agreement. CRSS does not say who carried out the killing or how; PIPS dates it to 31 July (an American drone). Only al-Zawahiri's death is stated.",
      citations: [
        cite(L.evo, "the killing of al-Qaeda leader Aiman al-Zawahiri in central Kabul in late July"),
        cite(L.partnerAq, "When Aiman al-Zawahiri was killed in Kabul, it belied the Taliban's claim of abiding by the agreement."),
      ],
    },
    {
      key: "crss-2025/incident/qari-fateh-operation-kabul-2023-02",
      title: "Taliban operation in Kabul claimed to kill ISKP military chief Qari Fateh",
      date: "2023-02-01",
      datePrecision: "month",
      country: "AF",
      province: "AF-KAB",
      district: null,
      place: "Kabul",
      type: "counter_terror_operation",
      target: "militants",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "afghan-taliban", attribution: "claimed" }],
      description:
        "In February 2023 the Taliban claimed to have killed ISKP's military chief, Qari Fateh, in an operation in Kabul. CRSS gives no casualty count beyond the claim about Qari Fateh, so killed is left empty.",
      citations: [
        cite(
          L.partnerIskp,
          "in February 2023, the Taliban claimed to kill the ISKP military chief, Qari Fateh, in an operation in Kabul⁵⁴.",
        ),
      ],
    },
  ],
  events: [
    {
      key: "crss-2025/event/soviet-invasion-1979-12",
      date: "1979-12-01",
      datePrecision: "month",
      title: "Soviet invasion of Afghanistan",
      description:
        "Often considered the starting point of Pakistan's and Afghanistan's current militancy problem, though CRSS traces antecedents further back.",
      kind: "military",
      citations: [
        cite(
          L.evo,
          "The December 1979 Soviet invasion of Afghanistan is often considered the starting point of Pakistan and Afghanistan's current militancy problem",
        ),
      ],
    },
    {
      key: "crss-2025/event/al-qaeda-founded-1988",
      date: "1988-01-01",
      datePrecision: "year",
      title: "Osama bin Laden founds al-Qaeda",
      description: "Founded to continue jihad beyond the imminent Soviet withdrawal from Afghanistan.",
      kind: "other",
      citations: [
        cite(
          L.evo,
          "Bin Laden founded al-Qaeda in 1988 with the vision to continue Jihad beyond the imminent Soviet withdrawal from Afghanistan.",
        ),
      ],
    },
    {
      key: "crss-2025/event/soviet-withdrawal-1989-02",
      date: "1989-02-01",
      datePrecision: "month",
      title: "Soviet withdrawal from Afghanistan",
      description:
        "After the withdrawal the mujahidin groups quarrelled over the transition and power-sharing after the Najeeb government.",
      kind: "military",
      citations: [
        cite(L.evo, "After the Soviet withdrawal from Afghanistan in February 1989, the militant landscape took a more complex turn."),
      ],
    },
    {
      key: "crss-2025/event/afghan-civil-war-1992-04",
      date: "1992-04-01",
      datePrecision: "month",
      title: "Intra-mujahidin disagreement plunges Afghanistan into civil war",
      description: "Start of the period of lawlessness often called 'warlordism'.",
      kind: "military",
      citations: [cite(L.evo, "The intra-Mujahidin disagreement plunged Afghanistan into a civil war in April 1992")],
    },
    {
      key: "crss-2025/event/taliban-emerge-1994",
      date: "1994-01-01",
      datePrecision: "year",
      title: "Taliban movement emerges",
      description:
        "Emerged from the chaos of the intra-mujahidin civil war, aided by Pakistani truckers, madrassa students and Pakistan's backing.",
      kind: "other",
      citations: [cite(L.evo, "The Taliban movement emerged in 1994 from the chaos of the intra-mujahidin civil war.")],
    },
    {
      key: "crss-2025/event/taliban-capture-kabul-1996-09",
      date: "1996-09-01",
      datePrecision: "month",
      title: "Taliban, led by Mullah Muhammad Omar, capture Kabul",
      description: "Start of the Taliban's first stint in power (1996-2001).",
      kind: "military",
      citations: [cite(L.evo, "In September 1996, the Taliban, led by their amir Mullah Muhammad Omar, captured Kabul.")],
    },
    {
      key: "crss-2025/event/bin-laden-returns-1998",
      date: "1998-01-01",
      datePrecision: "year",
      title: "Osama bin Laden returns to Afghanistan",
      description: "Returned in early 1998, invited initially by commanders in Nangarhar rather than by the Taliban.",
      kind: "other",
      citations: [cite(L.evo, "Among the jihadists returning to Afghanistan was Osama bin Laden in early 1998.")],
    },
    {
      key: "crss-2025/event/september-11-attacks-2001-09-11",
      date: "2001-09-11",
      datePrecision: "day",
      title: "September 11 attacks in the United States",
      description:
        "Led to the US and coalition forces dislodging the Taliban from power in Kabul; Pakistan publicly declared support for the US-led war on terror.",
      kind: "attack",
      citations: [
        cite(
          L.evo,
          "The September 11, 2001, attacks in the United States led to the US and coalition forces dislodging the Taliban from power in Kabul⁷.",
        ),
        cite(L.evo, "Pakistan publicly declared its support to the US-led war on terror."),
      ],
    },
    {
      key: "crss-2025/event/taliban-ousted-2001",
      date: "2001-01-01",
      datePrecision: "year",
      title: "US-led coalition ousts the Taliban",
      description:
        "The Taliban and foreign fighters sought shelter in Pakistan's border regions and later regrouped for an insurgency against US-led NATO troops.",
      kind: "military",
      citations: [
        cite(L.radical, "particularly following the Taliban's ouster by the U.S.-led coalition in 2001"),
        cite(
          L.evo,
          "However, the Taliban were able to regroup themselves during the next couple of years to mount a prolonged insurgency against the US-led NATO troops.",
        ),
      ],
    },
    {
      key: "crss-2025/event/tehrik-e-taliban-pakistan-founded-2007-12",
      date: "2007-12-01",
      datePrecision: "month",
      title: "Tehrik-e-Taliban Pakistan formed in South Waziristan",
      description:
        "CRSS dates the TTP's formation to December 2007, in South Waziristan, as a reaction to Pakistan's alliance with the US-NATO coalition; EFSAS places it in the months after the July 2007 Red Mosque siege.",
      kind: "other",
      citations: [
        cite(
          L.whoTtp,
          "Since its formation in December 2007, the TTP has been responsible for thousands of attacks against Pakistani security forces and civilians",
        ),
        cite(L.evo, "gave birth to the (meanwhile outlawed) Tehrik-e-Taliban Pakistan (TTP), in South Waziristan in December 2007."),
      ],
    },
    {
      key: "crss-2025/event/qari-fakir-muhammad-arrest-2013",
      date: "2013-01-01",
      datePrecision: "year",
      title: "Arrest of TTP leaders including Qari Fakir Muhammad",
      description: "According to Riccardo Valle, the arrests left a leadership void in Bajaur that ISKP later exploited.",
      kind: "leadership",
      citations: [
        cite(
          L.bajaur,
          "Ricardo Valle highlights how the arrest of key TTP leaders in 2013, such as Qari Fakir Muhammad, created a leadership void that ISKP exploited.",
        ),
      ],
    },
    {
      key: "crss-2025/event/islamic-state-caliphate-2014",
      date: "2014-01-01",
      datePrecision: "year",
      title: "Islamic State declares a caliphate under Abu Bakr al-Baghdadi",
      description: null,
      kind: "political",
      citations: [cite(L.whoIskp, "which declared a caliphate in 2014 under Abu Bakr al-Baghdadi")],
    },
    {
      key: "crss-2025/event/aps-peshawar-massacre-2014-12",
      date: "2014-12-01",
      datePrecision: "month",
      title: "Army Public School massacre in Peshawar",
      description:
        "TTP attack on the Army Public School in Peshawar that killed over 140 children and their teachers; the Pakistani government responded with the National Action Plan (per PIPS).",
      kind: "attack",
      citations: [
        cite(L.whoTtp, "the tragic December 2014 Peshawar Army Public School massacre, which killed over 140 children and their teachers"),
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
      description:
        "ISKP is formed in eastern Afghanistan (Nangarhar, Kunar, Nimroz) around TTP defectors. CRSS also says its 'transnational ambitions in Pakistan began as early as 2013', before this founding date; Ullah & Bano date its surfacing to 2014.",
      kind: "other",
      citations: [
        cite(L.arrival, "ISKP was officially formed in January 2015"),
        cite(L.rise, "ISKP's transnational ambitions in Pakistan began as early as 2013, with Bajaur and Balochistan being the hotspots."),
      ],
    },
    {
      key: "crss-2025/event/imu-joins-iskp-2015",
      date: "2015-01-01",
      datePrecision: "year",
      title: "Much of the IMU shifts allegiance to ISKP",
      description: "Much of the leadership and fighters of the Islamic Movement of Uzbekistan switched to ISKP.",
      kind: "other",
      citations: [cite(L.partnerAq, "Uzbekistan (IMU) shifted their allegiance to the ISKP in 2015.")],
    },
    {
      key: "crss-2025/event/iskp-nangarhar-stronghold-2016",
      date: "2016-01-01",
      datePrecision: "year",
      title: "Nangarhar becomes an ISKP stronghold",
      description: "Taliban and U.S.-backed Afghan offensives later pushed ISKP out of some territory, and it turned to urban insurgency.",
      kind: "military",
      citations: [
        cite(
          L.arrival,
          "By 2016, ISKP had significantly expanded its influence in Nangarhar province, which became a stronghold for the group.",
        ),
      ],
    },
    {
      key: "crss-2025/event/fata-merger-2018",
      date: "2018-01-01",
      datePrecision: "year",
      title: "25th Constitutional Amendment merges the tribal areas (FATA) into Khyber Pakhtunkhwa",
      description:
        "CRSS refers to the 25th Constitutional Amendment (2018) and the 'newly merged tribal districts', and says state institutions in the erstwhile tribal region have not consolidated since. CRSS gives only the year.",
      kind: "legal",
      citations: [
        cite(
          L.recs,
          "In the erstwhile Tribal region, state institutions have not consolidated since the 25th Constitutional Amendment (2018).",
        ),
        cite(L.bajaur, "Pakistan's newly merged tribal districts, including Bajaur"),
        {
          source: "pips-2022",
          locator: "4.1 Political or soft measures",
          quote: "the ex-FATA has been merged with Khyber Pakhtunkhwa",
        },
      ],
    },
    {
      key: "crss-2025/event/us-taliban-talks-2019-12",
      date: "2019-12-01",
      datePrecision: "month",
      title: "US administration seeks a negotiated settlement with the Taliban",
      description: "Initially covert contacts led to a Taliban office in Doha and the Doha process.",
      kind: "political",
      citations: [
        cite(L.evo, "the US administration sought to negotiate a settlement with the Taliban in December 2019"),
        cite(L.evo, "The initially covert contacts led to the establishment of a Taliban office in Doha and the Doha process"),
      ],
    },
    {
      key: "crss-2025/event/doha-agreement-2020-02-29",
      date: "2020-02-29",
      datePrecision: "day",
      title: "Doha Agreement between the United States and the Taliban",
      description:
        "The US agreed to withdraw; the Taliban affirmed they would not support foreign militant groups. The report's text gives no date: the day is taken from the file name of the agreement text linked in the Introduction's footnote 1 ('...Afghanistan-02.29.20.pdf').",
      kind: "agreement",
      citations: [
        cite(L.evo, "which eventually culminated in the Doha Agreement between the United States and the Taliban."),
        cite(
          L.evo,
          "Under the agreement, the United States agreed to withdraw from Afghanistan whereas the Taliban affirmed that the group will not support any foreign militant groups⁸.",
        ),
        cite(L.introFootnote1, "Agreement-For-Bringing-Peace-to-Afghanistan-02.29.20.pdf"),
      ],
    },
    {
      key: "crss-2025/event/ttp-restructures-as-umbrella-2020",
      date: "2020-01-01",
      datePrecision: "year",
      title: "TTP begins restructuring as an umbrella organisation for Pakistani Taliban factions",
      description:
        "Since 2020 the TTP has presented itself as an umbrella for Pakistani Taliban factions, aligned with the Afghan Taliban.",
      kind: "other",
      citations: [
        cite(
          L.ideo,
          "Since 2020, it has actively restructured to present itself as an umbrella organization for Pakistani Taliban factions, emphasizing unity and a regional focus.",
        ),
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
        cite(
          L.evo,
          "President Ashraf Ghani fleeing the capital on August 15, 2021, paving the way for the Taliban to sweep into the capital",
        ),
      ],
    },
    {
      key: "crss-2025/event/us-withdrawal-2021-08",
      date: "2021-08-01",
      datePrecision: "month",
      title: "Withdrawal of U.S. forces from Afghanistan",
      description: "The 'hasty US-NATO withdrawal' ended the NATO airstrikes that had weakened ISKP for years.",
      kind: "military",
      citations: [
        cite(L.iskpShift, "However, the withdrawal of U.S. forces in August 2021 meant the end of those airstrikes"),
        cite(L.intro, "followed by the hasty US-NATO withdrawal from Afghanistan"),
      ],
    },
    {
      key: "crss-2025/event/zawahiri-killed-2022-07",
      date: "2022-07-01",
      datePrecision: "month",
      title: "Al-Qaeda leader Aiman al-Zawahiri killed in central Kabul",
      description: "CRSS: 'late July 2022' (PIPS: 31 July). CRSS says the killing belied the Taliban's claims under the Doha Agreement.",
      kind: "military",
      citations: [cite(L.evo, "the killing of al-Qaeda leader Aiman al-Zawahiri in central Kabul in late July")],
    },
    {
      key: "crss-2025/event/qari-fateh-killed-2023-02",
      date: "2023-02-01",
      datePrecision: "month",
      title: "Taliban claim to kill ISKP military chief Qari Fateh in Kabul",
      description: null,
      kind: "military",
      citations: [
        cite(L.partnerIskp, "in February 2023, the Taliban claimed to kill the ISKP military chief, Qari Fateh, in an operation in Kabul"),
      ],
    },
    {
      key: "crss-2025/event/durrani-indian-proxies-allegation-2024-03",
      date: "2024-03-01",
      datePrecision: "month",
      title: "Pakistan's Special Envoy Asif Durrani alleges TTP funding from Indian proxies",
      description: null,
      kind: "political",
      citations: [
        cite(
          L.proxy,
          "In March 2024, for instance, Pakistan’s then Special Envoy to Afghanistan, Asif Durrani, alleged that the TTP received funding from Indian proxies¹⁶.",
        ),
      ],
    },
    {
      key: "crss-2025/event/un-report-ttp-2024-07",
      date: "2024-07-01",
      datePrecision: "month",
      title: "UN report: Afghan Taliban do not consider the TTP a terrorist group",
      description:
        "The report (as relayed by VOA News, 6 July 2024) put TTP strength at up to 6,500 fighters and noted increased Taliban support.",
      kind: "other",
      citations: [
        cite(
          L.whoTtp,
          "The United Nations report from July 2024 confirmed that the Afghan Taliban do not consider the TTP a terrorist group.",
          UN_JULY_2024,
        ),
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
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          `${L.recs}, point 1 (Counter-Terrorism and De-Radicalization)`,
          "Pakistan needs a candid reappraisal of the state-society relations and the ideological role that religion has played in it.",
        ),
        cite(
          `${L.recs}, point 1 (Counter-Terrorism and De-Radicalization)`,
          "While kinetic action against terrorist groups is imminently needed, in the long run, the state has to wrestle back the control of religious discourse from the private groups.",
        ),
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
      targetActors: ["government_of_pakistan", "media"],
      priority: "unspecified",
      status: "partially_implemented",
      nextReviewOn: null,
      citations: [
        cite(
          `${L.recs}, point 2 (Promote Alternative Narratives)`,
          "For more effectiveness, the counternarrative needs to be widely disseminated through integration into educational curricula and media.",
        ),
      ],
      updates: [
        {
          date: REPORT_DATE,
          from: "proposed",
          to: "partially_implemented",
          note: "CRSS itself reports that the government has initiated an alternative narrative (Paigham-e-Pakistan), but that it remains limited to elite discourse and, as a soft counter-radicalisation effort, 'passive' and lacking operational execution; the wide dissemination through curricula and media that CRSS recommends has not happened. Dated to the report's year (2025, inferred; the report prints no date).",
          evidence: [
            {
              kind: "citation",
              citation: cite(
                `${L.recs}, point 2 (Promote Alternative Narratives)`,
                "With Paigham-e-Pakistan, the government has initiated an alternative narrative. However, such alternative narrative remains limited to elite discourse.",
              ),
            },
            {
              kind: "citation",
              citation: cite(
                L.derad,
                "radicalization efforts, such as the Pegham-e-Pakistan initiative, remain passive and lack operational execution.",
              ),
            },
          ],
          author: "seed: crss-2025",
        },
      ],
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
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          `${L.recs}, point 3 (Enhance Counter-Insurgency Strategies)`,
          "In this regard, it is critical that a counterinsurgency strategy is informed by local realities.",
        ),
        cite(
          `${L.recs}, point 3 (Enhance Counter-Insurgency Strategies)`,
          "Further, as the protests in Bannu and Lakki Marwat revealed, non-transparent security practices will foster discord between local populations and state authorities.",
        ),
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
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          `${L.recs}, point 4 (Regional Collaboration)`,
          "There is a need to engage with the Taliban cautiously, focusing on shared security concerns while leveraging regional powers like China to encourage cooperative behavior.",
        ),
        cite(
          `${L.recs}, point 4 (Regional Collaboration)`,
          "It would be helpful to establish bilateral forums for dialogue to address cross-border threats and promote regional stability.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/05-regional-counter-terrorism-coordination",
      source: SOURCE,
      number: "5",
      title: "Strengthen intelligence-sharing among South Asian countries",
      text: "Strengthen intelligence-sharing among South Asian countries against transnational militancy. Regional coordination would also help win greater compliance from the IEA with regional security concerns. The Executive Summary adds cross-border coordination.",
      theme: "regional_cooperation",
      targetActors: ["regional_states", "government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          `${L.recs}, point 5 (Promote Regional Counter-Terrorism Coordination)`,
          "It is critical to strengthen intelligence-sharing mechanisms among South Asian countries to address transnational militancy.",
        ),
        cite(
          L.es,
          "Furthermore, regional collaboration is crucial. Strengthened intelligence-sharing and cross-border coordination can help counteract transnational threats",
        ),
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
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          `${L.recs}, point 6 (Role of Scholars and Religious Leaders)`,
          "Islamic scholars should actively denounce militancy as un-Islamic, drawing on Quranic principles to counter extremist ideologies.",
        ),
        cite(
          `${L.recs}, point 6 (Role of Scholars and Religious Leaders)`,
          "Promoting interfaith dialogues can help reduce sectarianism and foster solidarity among diverse religious groups.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/07-reform-madrassah-education",
      source: SOURCE,
      number: "7",
      title: "Reform madrassah curricula and establish oversight",
      text: "Madrassah curricula should add modern subjects such as critical thinking, science and contemporary skills while reinforcing Islamic principles of peace and non-violence. Oversight mechanisms are needed to monitor and regulate madrassah teaching, and greater political engagement to overcome resistance to reform. The Conclusion adds that Islamic leaders must ensure madrasa curricula equip students for modern society.",
      theme: "madrassa_reform",
      targetActors: ["government_of_pakistan", "religious_scholars"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          `${L.recs}, point 7 (Reform Madrassah Education)`,
          "Madrassah curricula should integrate modern subjects like critical thinking, science, and contemporary skills, alongside reinforcing Islamic principles of peace and non-violence.",
        ),
        cite(
          `${L.recs}, point 7 (Reform Madrassah Education)`,
          "Establishing oversight mechanisms is essential to monitor and regulate madrassah teachings, aligning them with national counter-extremism goals.",
        ),
        cite(
          `${L.recs}, point 7 (Reform Madrassah Education)`,
          "Greater political engagement is needed to deal with the inevitable resistance to madrassah reforms.",
        ),
        cite(
          L.concl,
          "Islamic leaders must ensure that madrasa curricula not only impart religious knowledge but also equip students with the skills needed to thrive in modern society.",
        ),
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
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          `${L.recs}, point 8 (Strengthen State Institutions)`,
          "Accountability and reform in police and judiciary will be the first step in strengthening the writ of the state.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-strategic-clarity-on-ttp",
      source: SOURCE,
      number: null,
      title: "Gain strategic clarity on the nature of the TTP threat",
      text: "Pakistan needs strategic clarity on the nature of the threat the TTP poses, as part of a shift away from purely military solutions.",
      theme: "counter_terrorism",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(L.es, "To address these challenges, this report emphasizes the need for a shift away from purely military solutions."),
        cite(L.es, "Pakistan needs a strategic clarity on the nature of threat that TTP poses."),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-quiet-forceful-diplomacy-with-kabul",
      source: SOURCE,
      number: null,
      title: "Pursue quiet but forceful diplomacy with Kabul",
      text: "Pakistan needs quiet but forceful diplomacy with Kabul.",
      theme: "afghanistan_engagement",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [cite(L.es, "It also needs a quiet but forceful diplomacy with Kabul.")],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-differentiated-deradicalisation",
      source: SOURCE,
      number: null,
      title: "Differentiate deradicalisation by group instead of treating militancy as a monolith",
      text: "Current deradicalisation strategies treat militancy as a monolith and miss the distinct ideological, socio-political and economic drivers of groups such as the TTP, ISKP and sectarian outfits like LeJ. A more nuanced, targeted counter-radicalisation strategy is needed.",
      theme: "deradicalisation",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          L.es,
          "Also, the country's current deradicalization strategies, which often treat militancy as a monolith, fail to account for the distinct ideological, socio-political, and economic drivers of groups like the TTP and ISKP. A more nuanced approach is essential.",
        ),
        cite(
          L.derad,
          "These differing motivations demand a nuanced, targeted counter-radicalization strategy, yet Pakistan's efforts have often been generalized.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-community-initiatives-education-infrastructure",
      source: SOURCE,
      number: null,
      title: "Community-led initiatives and investment in education and infrastructure in vulnerable areas",
      text: "Community-led initiatives that promote tolerance and trust, together with investment in education and infrastructure in vulnerable areas, can address the grievances militants exploit.",
      theme: "economic_development",
      targetActors: ["government_of_pakistan", "civil_society"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          L.es,
          "Community-led initiatives that promote tolerance and trust, coupled with investments in education and infrastructure in vulnerable areas, can address grievances that militants exploit.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-hold-taliban-to-ct-commitments",
      source: SOURCE,
      number: null,
      title: "Hold the Taliban to their counter-terrorism commitments under the Doha Agreement",
      text: "International stakeholders must hold the Taliban accountable for their commitments to curb terrorism; increased international pressure to make the Taliban fulfil their Doha Agreement commitments is essential.",
      theme: "afghanistan_engagement",
      targetActors: ["international_community"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(L.es, "while international stakeholders must hold the Taliban accountable for fulfilling their commitments to curb terrorism"),
        cite(
          L.concl,
          "Increased international pressure to persuade the Taliban to fulfill its commitments under the Doha Agreement is essential for fostering meaningful action.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-pair-tactical-responses-with-long-term-investment",
      source: SOURCE,
      number: null,
      title: "Pair military responses with long-term investment in governance, education and development",
      text: "Immediate tactical responses such as military operations and counter-terrorism crackdowns must be paired with long-term investment in governance, education and socio-economic development; kinetic measures alone will not suffice.",
      theme: "governance",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          L.es,
          "Immediate tactical responses, such as military operations and counterterrorism crackdowns, must be paired with long-term investments in governance, education, and socio-economic development.",
        ),
        cite(L.concl, "However, kinetic measures alone will not suffice."),
        cite(
          L.concl,
          "This requires balancing immediate tactical responses with investments in long-term solutions and fostering collaboration among regional and international stakeholders.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-stabilise-afghanistan-deny-safe-havens",
      source: SOURCE,
      number: null,
      title: "Stabilise Afghanistan to deny militants safe havens",
      text: "Stabilising Afghanistan and denying militant groups the safe havens they rely on are indispensable to long-term regional security.",
      theme: "afghanistan_engagement",
      targetActors: ["international_community", "regional_states"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(L.es, "Stabilizing Afghanistan is critical to denying militant groups the safe havens they rely on."),
        cite(
          L.concl,
          "Stabilizing Afghanistan and denying militant groups the safe havens they rely on are indispensable to achieving long-term regional security.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-regional-consensus",
      source: SOURCE,
      number: null,
      title: "Build a regional consensus aligning counter-terrorism priorities",
      text: "Foster a regional consensus that aligns the counter-terrorism priorities of Afghanistan's neighbours with international efforts against extremism.",
      theme: "regional_cooperation",
      targetActors: ["regional_states", "international_community"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          L.es,
          "Equally important is fostering regional consensus, which aligns the counterterrorism priorities of Afghanistan's neighbors with international efforts to combat extremism.",
        ),
        cite(
          L.concl,
          "Addressing these challenges requires a regional consensus to align the counterterrorism strategies of different countries.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-address-root-causes",
      source: SOURCE,
      number: null,
      title: "Address the root causes of radicalisation",
      text: "Address the root causes of radicalisation (poverty, political exclusion, ideological indoctrination) through education, economic opportunity and inclusive governance, to complement military and intelligence responses.",
      theme: "economic_development",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          L.es,
          "Addressing the root causes of radicalization—poverty, political exclusion, and ideological indoctrination—is imperative to achieving lasting peace and stability.",
        ),
        cite(
          L.concl,
          "Addressing the root causes of radicalization—through education, economic opportunities, and inclusive governance—must complement military and intelligence responses.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-engage-taliban-and-demand-rights",
      source: SOURCE,
      number: null,
      title: "Engage the Taliban on counter-terrorism while demanding accountability on girls' education and human rights",
      text: "Engaging the Taliban on counter-terrorism is essential to keep Afghanistan from again becoming a terrorist safe haven, but the international community and Pakistan must keep demanding accountability on inclusive governance, the ban on girls' education and basic human rights.",
      theme: "afghanistan_engagement",
      targetActors: ["international_community", "government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          L.es,
          "Ultimately, the international community must navigate the fine line between engaging with the Taliban for counterterrorism cooperation and holding them accountable for inclusive governance and human rights.",
        ),
        cite(L.partner, "it is essential to engage with the Taliban for counterterrorism."),
        cite(
          L.concl,
          "they must continue to advocate for and demand accountability from the Taliban regarding what can be considered the greatest",
        ),
        cite(L.concl, "miseries of present-day Afghanistan: the ban on girls' education and the absence of basic human rights.⁵⁹"),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/es-people-centric-approach",
      source: SOURCE,
      number: null,
      title: "Integrate counter-terrorism into a people-centric development framework",
      text: "A holistic, people-centric approach that integrates counter-terrorism into broader development and socio-economic inclusion frameworks offers the most promising path.",
      theme: "economic_development",
      targetActors: ["government_of_pakistan", "international_community"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          L.es,
          "a holistic and people-centric approach integrating counterterrorism into broader development frameworks offers the most promising path forward.",
        ),
        cite(
          L.concl,
          "A proactive yet measured approach, integrating counterterrorism into a broader framework of socio-economic inclusion, offers the most sustainable path forward.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/conclusion-unified-designation",
      source: SOURCE,
      number: null,
      title: "Adopt a unified regional approach to designating terrorist organisations",
      text: "A unified approach to designating terrorist organisations is critical, though the Taliban's refusal to distance themselves from al-Qaeda and the TTP is a significant obstacle.",
      theme: "regional_cooperation",
      targetActors: ["regional_states", "international_community"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [cite(L.concl, "A unified approach to designating terrorist organizations is critical")],
      updates: [],
    },
    {
      key: "crss-2025/rec/conclusion-coexistence-pluralism",
      source: SOURCE,
      number: null,
      title: "Deradicalisation that promotes coexistence and pluralism",
      text: "Deradicalisation efforts should promote coexistence and pluralism as ideological counterweights to extremism.",
      theme: "deradicalisation",
      targetActors: ["government_of_pakistan", "religious_scholars", "civil_society"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          L.concl,
          "The report emphasizes the importance of deradicalization efforts that promote coexistence and pluralism as ideological counterweights to extremism.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/conclusion-china-leverage-on-ttp",
      source: SOURCE,
      number: null,
      title: "Use China's economic leverage to press the Taliban on the TTP",
      text: "China, whose investment capacity gives it leverage over the Taliban that Pakistan no longer has, could use its economic influence to push the Taliban to address the TTP issue and could help improve the fraught Pakistan-IEA relationship. CRSS notes no significant progress so far.",
      theme: "regional_cooperation",
      targetActors: ["regional_states"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          L.concl,
          "While there has been no significant progress in this regard so far, China could leverage its economic influence to encourage the Taliban to address the TTP issue.",
        ),
        cite(
          L.partnerTtp,
          "The already fraught political environment can be improved with the intervention of other regional stakeholders like China.",
        ),
      ],
      updates: [],
    },
    {
      key: "crss-2025/rec/conclusion-multifaceted-nuanced-engagement",
      source: SOURCE,
      number: null,
      title: "Make counter-terrorism multifaceted, with sustained nuanced engagement rather than hard power alone",
      text: "Counter-terrorism strategies must be as multifaceted as the threats: the Taliban's ambiguous stance (supporting the TTP while fighting ISKP) calls for sustained but nuanced engagement instead of reliance solely on hard power, and recalibrating counter-terrorism efforts is an imperative for sustained security, not a diversion.",
      theme: "counter_terrorism",
      targetActors: ["government_of_pakistan", "international_community"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(L.concl, "Counterterrorism strategies must be as multifaceted as the threats they aim to address."),
        cite(L.concl, "necessitating sustained but nuanced engagement instead of reliance solely on hard power."),
        cite(
          L.concl,
          "In the broader context of strategic competition, recalibrating counterterrorism efforts is not a diversion but an imperative for sustained security.",
        ),
      ],
      updates: [],
    },
  ],
} satisfies SeedModule;
