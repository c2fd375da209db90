import type { DatasetInput } from "@monitor/domain";
import type { SeedModule } from "../types";

const SOURCE = "ullah-bano-2025";

// Locators: the paper's own section headings (the literature review sits under "Introduction").
const ABSTRACT = "Abstract";
const INTRO = "Introduction";
const RESURGENCE = "Tehrik-e-Taliban Pakistan – Resurgence and Fortification";
const RELATIONSHIP = "TTP Relationship with AQ and ISKP";
const AQ_NEXUS = "Findings and Analysis: Implications of TTP and AQ Nexus";
const ISKP_NEXUS = "Findings and Analysis: Implications of TTP and ISKP Nexus";
const CONCLUSION = "Conclusion";
const REFERENCES = "References";

// Who the paper cites for a passage (its in-text reference, resolved through its reference list).
const BY = {
  gul2024:
    "UN Monitoring Team report, as reported by VOA News (Gul, 5 Feb 2024: 'UN: Al-Qaida, Afghan Taliban assist TTP with attacks in Pakistan')",
  syed2024: "UN report, as reported by Dawn (Syed, 7 Feb 2024: 'TTP backed by Al Qaeda, Afghan Taliban: UN')",
  pakistanToday2025: "UN report, as reported by Pakistan Today (15 Feb 2025)",
  gul2019: "Islamic State's Amaq news agency, as reported by VOA News (Gul, 16 May 2019)",
  bbc2018: "BBC News (16 July 2018)",
  roggio2025: "Bill Roggio, Long War Journal (13 Feb 2025)",
  khan2025: "AP News (R. Khan, 7 Jan 2025)",
  anwar2023: "Dawn (Anwar, 29 Jul 2023)",
  yousaf2025: "The Express Tribune (K. Yousaf, 17 Feb 2025)",
  zahid2017: "Farhan Zahid (2017), Counter Terrorist Trends and Analyses",
  zahid2019: "Farhan Zahid (2019), Pakistan Journal of Terrorism Research",
  zahid2023: "Farhan Zahid (2023), Pak Institute for Peace Studies",
  sharipzhan2015: "Radio Free Europe/Radio Liberty (Sharipzhan, 6 Aug 2015)",
  flood2015: "Combating Terrorism Center at West Point (Flood, 2015)",
  jamestown2018: "Jamestown Foundation, Terrorism Monitor (2018)",
  sayedHamming2023: "Sayed & Hamming (2023), CTC Sentinel",
  abbas2014: "Hassan Abbas (2014), The Taliban Revival",
  akhtarAhmad2023: "Akhtar & Ahmed (2023), Dynamics of Asymmetric Conflict",
  ranaDin2014: "Rana & Din (2014), Pak Institute for Peace Studies",
  herbertIdris2024: "Herbert & Idris (2024), GSDRC/XCEPT",
  khanAhmad2025: "Khan & Ahmad (2025), The Round Table",
  tahirJadoon2025: "Tahir & Jadoon (2025), Combating Terrorism Center at West Point",
  riedel2012: "Bruce Riedel (2012), Deadly Embrace",
  bukhariKhattak2024: "Bukhari & Khattak (2024), Margalla Papers",
  fairWatson2015: "Fair & Watson (2015), Pakistan's Enduring Challenges",
  moghadam2017: "Assaf Moghadam (2017), Nexus of Global Jihad",
  bacon2014: "Tricia Bacon (2014), Perspectives on Terrorism",
  bacon2018: "Tricia Bacon (2018), Why Terrorist Groups Form International Alliances",
  tankel2009: "Stephen Tankel (2009), ICSR",
  daehli2013: "Andreas Daehli (2013), Perspectives on Terrorism",
  interviews: "Semi-structured interview respondent (the authors' fieldwork)",
} as const;

type Cite = { source: string; locator: string; quote: string; originalProducer?: string | null };
const cite = (locator: string, quote: string, originalProducer: string | null = null): Cite => ({
  source: SOURCE,
  locator,
  quote,
  ...(originalProducer ? { originalProducer } : {}),
});

/** Groups this paper names that no shared profile or other module defines. */
const groups: NonNullable<DatasetInput["groups"]> = [
  {
    slug: "islamic-state",
    name: "Islamic State of Iraq and the Sham",
    abbreviation: "ISIS",
    aliases: ["Islamic State"],
    kind: "transnational_jihadist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: ["Amaq"],
    summary:
      "The core Islamic State organisation (ISIS) of Iraq and Syria, parent of the regional Khorasan Province (ISKP). Ullah & Bano date ISKP's surfacing to 2014, after the fall of Mosul and Abu Bakr al-Baghdadi's proclamation of a caliphate, list the regional groups that swore allegiance to al-Baghdadi, and report the 2019 announcement of a 'Pakistan Province' through Amaq.",
    claims: [
      {
        key: "ullah-bano-2025/islamic-state/claim/caliphate-mosul",
        topic: "founding",
        text: "Took Mosul and, under Abu Bakr al-Baghdadi, proclaimed an Islamic caliphate; ISKP surfaced in the region afterwards, in 2014.",
        citations: [
          cite(
            RELATIONSHIP,
            "After the fall of Mosul to the Islamic State of Iraq and the Sham (ISIS) and the proclamation of the Islamic Caliphate by Abu Bakr al-Baghdadi, the region experienced the surfacing of ISKP in 2014.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/islamic-state/claim/chechen-uighur-islamists",
        topic: "recruitment",
        text: "Chechen and Uighur Islamists also joined ISIS.",
        citations: [
          cite(RELATIONSHIP, "Further, the Chechen and Uighur Islamists also came together with the ISIS (Flood, 2015).", BY.flood2015),
        ],
      },
      {
        key: "ullah-bano-2025/islamic-state/claim/media-amaq",
        topic: "media",
        text: "Its Amaq media announced the Islamic State Pakistan Province on 15 May 2019.",
        citations: [
          cite(
            RELATIONSHIP,
            "On May 15, 2019, the group Amaq media released a statement that announced the formation of the Islamic State Pakistan Province (ISPP)",
            BY.gul2019,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/islamic-state/claim/south-asia-reorganisation",
        topic: "other",
        text: "The paper warns that the reorganisation of ISIS in South Asia can have profound effects in the region.",
        citations: [
          cite(
            RELATIONSHIP,
            "The reorganization of ISIS in South Asia can have profound effects in the region (Zahid, 2023).",
            BY.zahid2023,
          ),
        ],
      },
    ],
    leaders: [
      {
        key: "ullah-bano-2025/islamic-state/leader/abu-bakr-al-baghdadi",
        name: "Abu Bakr al-Baghdadi",
        role: "Leader; proclaimed the Islamic Caliphate",
        start: null,
        end: null,
        citations: [cite(RELATIONSHIP, "the proclamation of the Islamic Caliphate by Abu Bakr al-Baghdadi")],
      },
    ],
    strength: [],
  },
  {
    slug: "ispp",
    name: "Islamic State Pakistan Province",
    abbreviation: "ISPP",
    aliases: [],
    kind: "transnational_jihadist",
    ideology: null,
    founded: { date: "2019-05-15", precision: "day" },
    foundedPlace: null,
    dissolved: null,
    areas: ["PK-BA"],
    mediaWings: [],
    summary:
      "Islamic State province for Pakistan announced by the Amaq agency on 15 May 2019, together with claims of two attacks in Balochistan; its emir, Dawood Mehsud, was formerly a TTP commander.",
    claims: [
      {
        key: "ullah-bano-2025/ispp/claim/founding",
        topic: "founding",
        text: "Announced on 15 May 2019 in an Amaq statement that also claimed two terrorist attacks in Balochistan.",
        citations: [
          cite(
            RELATIONSHIP,
            "On May 15, 2019, the group Amaq media released a statement that announced the formation of the Islamic State Pakistan Province (ISPP) alongside claiming two terrorist attacks in the Pakistani province of Balochistan (Gul, 2019).",
            BY.gul2019,
          ),
        ],
      },
    ],
    leaders: [
      {
        key: "ullah-bano-2025/ispp/leader/dawood-mehsud",
        name: "Dawood Mehsud",
        role: "Emir (formerly a TTP commander)",
        start: null,
        end: null,
        citations: [
          cite(RELATIONSHIP, "Dawood Mehsud was appointed as the emir of ISPP, having previously served as a commander in the TTP."),
        ],
      },
    ],
    strength: [],
  },
  {
    slug: "tehreek-e-khilafat-pakistan",
    name: "Tehreek-e-Khilafat Pakistan",
    abbreviation: null,
    aliases: [],
    kind: "religious_jihadist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary: "Pakistani-origin Islamist group that, per Ullah & Bano (citing Zahid, 2017), swore allegiance to Abu Bakr al-Baghdadi.",
    claims: [
      {
        key: "ullah-bano-2025/tehreek-e-khilafat-pakistan/claim/allegiance",
        topic: "other",
        text: "One of three Pakistani-origin Islamist groups that swore allegiance to Abu Bakr al-Baghdadi.",
        citations: [
          cite(
            RELATIONSHIP,
            "In fact, three Islamist Pakistani-origin terrorist groups, namely Tehreek-e-Khilafat Pakistan, Jundullah, and TTP (Shahidullah Faction), had sworn allegiance to Abu Bakr-al-Baghdadi (Zahid, 2017).",
            BY.zahid2017,
          ),
        ],
      },
    ],
    leaders: [],
    strength: [],
  },
  {
    slug: "jundullah",
    name: "Jundullah",
    abbreviation: null,
    aliases: [],
    kind: "religious_jihadist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary: "Pakistani-origin Islamist group that, per Ullah & Bano (citing Zahid, 2017), swore allegiance to Abu Bakr al-Baghdadi.",
    claims: [
      {
        key: "ullah-bano-2025/jundullah/claim/allegiance",
        topic: "other",
        text: "One of three Pakistani-origin Islamist groups that swore allegiance to Abu Bakr al-Baghdadi.",
        citations: [
          cite(
            RELATIONSHIP,
            "In fact, three Islamist Pakistani-origin terrorist groups, namely Tehreek-e-Khilafat Pakistan, Jundullah, and TTP (Shahidullah Faction), had sworn allegiance to Abu Bakr-al-Baghdadi (Zahid, 2017).",
            BY.zahid2017,
          ),
        ],
      },
    ],
    leaders: [],
    strength: [],
  },
  {
    slug: "ttp-shahidullah-faction",
    name: "TTP (Shahidullah Faction)",
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
      "TTP faction named by Ullah & Bano (citing Zahid, 2017) among three Pakistani-origin groups that swore allegiance to Abu Bakr al-Baghdadi. The paper gives no further detail on it.",
    claims: [
      {
        key: "ullah-bano-2025/ttp-shahidullah-faction/claim/allegiance",
        topic: "other",
        text: "One of three Pakistani-origin Islamist groups that swore allegiance to Abu Bakr al-Baghdadi.",
        citations: [
          cite(
            RELATIONSHIP,
            "In fact, three Islamist Pakistani-origin terrorist groups, namely Tehreek-e-Khilafat Pakistan, Jundullah, and TTP (Shahidullah Faction), had sworn allegiance to Abu Bakr-al-Baghdadi (Zahid, 2017).",
            BY.zahid2017,
          ),
        ],
      },
    ],
    leaders: [],
    strength: [],
  },
  {
    slug: "iju",
    name: "Islamic Jihad Group",
    abbreviation: "IJU",
    aliases: [],
    kind: "transnational_jihadist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary:
      "Foreign Islamist group that, with the IMU and ETIM, the TTP sheltered in the areas it controlled. The paper spells it 'Islamic Jihad Group (IJU)'.",
    claims: [
      {
        key: "ullah-bano-2025/iju/claim/sheltered-by-ttp",
        topic: "areas",
        text: "Sheltered by the TTP in the (Pakistani tribal) regions the TTP controlled.",
        citations: [
          cite(
            RELATIONSHIP,
            "Foreign Islamist terrorist organizations, including the Islamic Movement of Uzbekistan (IMU), the East Turkestan Islamic Movement (ETIM), and the Islamic Jihad Group (IJU), were also sheltered by TTP in the regions they controlled.",
          ),
        ],
      },
    ],
    leaders: [],
    strength: [],
  },
  {
    slug: "aqap",
    name: "Al-Qaeda in the Arabian Peninsula",
    abbreviation: "AQAP",
    aliases: [],
    kind: "transnational_jihadist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary:
      "Al-Qaeda affiliate cited in the paper's literature review as an example of strategic collaboration with functional autonomy, and as a recipient of al-Qaeda weapons, bomb-making know-how and training.",
    claims: [
      {
        key: "ullah-bano-2025/aqap/claim/al-qaeda-support",
        topic: "other",
        text: "Al-Qaeda provided it, through its international network, with weapons, bomb-manufacturing know-how and training.",
        citations: [
          cite(
            AQ_NEXUS,
            "through its international network, AQ has provided its affiliates, including AQAP, with weapons, bomb manufacturing know-how, and training, enabling them to intensify insurgent violence into increasingly sophisticated attacks",
            BY.bacon2018,
          ),
        ],
      },
    ],
    leaders: [],
    strength: [],
  },
  {
    slug: "egyptian-islamic-jihad",
    name: "Egyptian Islamic Jihad",
    abbreviation: null,
    aliases: [],
    kind: "religious_jihadist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary: "Cited in the paper's literature review (after Moghadam, 2017) as having formally merged with al-Qaeda in 2001.",
    claims: [],
    leaders: [],
    strength: [],
  },
  {
    slug: "gspc",
    name: "Salafist Group for Preaching and Combat",
    abbreviation: "GSPC",
    aliases: [],
    kind: "religious_jihadist",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary:
      "Cited in the paper's literature review (after Bacon, 2014) as an example of an alliance with al-Qaeda grounded in religious legitimacy; its leader is named as Droukhal.",
    claims: [],
    leaders: [
      {
        key: "ullah-bano-2025/gspc/leader/droukhal",
        name: "Droukhal",
        role: "Leader",
        start: null,
        end: null,
        citations: [
          cite(
            INTRO,
            "This can be seen in the example of the Salafist Group for Preaching and Combat (GSPC) and AQ alliance, where the leader Droukhal openly referred to religious legitimacy as the primary factor of cooperation (Bacon, 2014).",
            BY.bacon2014,
          ),
        ],
      },
    ],
    strength: [],
  },
  {
    slug: "japanese-red-army",
    name: "Japanese Red Army",
    abbreviation: null,
    aliases: [],
    kind: "other",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary: "Cited in the paper's literature review as allying with the PFLP to overcome restrictions at home and acquire training.",
    claims: [],
    leaders: [],
    strength: [],
  },
  {
    slug: "pflp",
    name: "Popular Front for the Liberation of Palestine",
    abbreviation: "PFLP",
    aliases: [],
    kind: "other",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary: "Cited in the paper's literature review as the Japanese Red Army's alliance partner.",
    claims: [],
    leaders: [],
    strength: [],
  },
  {
    slug: "pflp-sog",
    name: "Popular Front for the Liberation of Palestine-Special Operations Group",
    abbreviation: "PFLP-SOG",
    aliases: [],
    kind: "other",
    ideology: null,
    founded: null,
    foundedPlace: null,
    dissolved: null,
    areas: [],
    mediaWings: [],
    summary:
      "Cited in the paper's literature review (after Daehli, 2013) as offering shelter, training and operational help to affiliated groups.",
    claims: [
      {
        key: "ullah-bano-2025/pflp-sog/claim/role-support",
        topic: "role",
        text: "Offered shelter, training and operational assistance to affiliated groups.",
        citations: [
          cite(
            INTRO,
            "Andreas Daehli (2013) presents the example of the Popular Front for the Liberation of Palestine-Special Operations Group (PFLP-SOG), which offered shelter, training, and operational assistance to affiliated groups.",
            BY.daehli2013,
          ),
        ],
      },
    ],
    leaders: [],
    strength: [],
  },
  {
    slug: "tajik-taliban",
    name: "Tajik Taliban",
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
      "Named only in the title of a Long War Journal report in the paper's reference list (Roggio, 13 Feb 2025: 'Pakistani and Tajik Taliban open training camps in Afghanistan'), which the text cites for joint TTP–AQ tactical operations and training exchanges. The paper says nothing else about it.",
    claims: [
      {
        key: "ullah-bano-2025/tajik-taliban/claim/training-camps-afghanistan",
        topic: "areas",
        text: "Reported (with the 'Pakistani Taliban') to have opened training camps in Afghanistan, per the title of a February 2025 Long War Journal report the paper cites.",
        citations: [
          cite(
            REFERENCES,
            "Roggio, B. (2025, February 13). Pakistani and Tajik Taliban open training camps in Afghanistan.",
            BY.roggio2025,
          ),
        ],
      },
    ],
    leaders: [],
    strength: [],
  },
];

/** What this paper adds to groups profiled in groups.ts. */
const groupFacts: NonNullable<SeedModule["groupFacts"]> = [
  {
    group: "ttp",
    areas: ["pk-kp-south-waziristan", "pk-kp-north-waziristan", "PK-KP", "AF-KNR"],
    claims: [
      {
        key: "ullah-bano-2025/ttp/claim/founding-lal-masjid",
        topic: "founding",
        text: "A coalition of militants formed in 2007 in Pakistan's tribal lands after the state's military action against the Lal Masjid in Islamabad.",
        citations: [
          cite(
            RESURGENCE,
            "The TTP is a coalition of different militants that came into existence in 2007 in the tribal lands of Pakistan after the state had acted militarily against the Lal Masjid in Islamabad",
            BY.abbas2014,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/baitullah-waziristan",
        topic: "leadership",
        text: "Under Baitullah Mehsud it became most influential in South and North Waziristan and waged constant insurgency against the state and its security apparatus.",
        citations: [
          cite(RESURGENCE, "It was under the leadership of Baitullah Mehsud"),
          cite(
            RESURGENCE,
            "that the outfit became most influential in South and North Waziristan and waged constant insurgency against the Pakistani state and the security apparatus.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/governance-gaps",
        topic: "areas",
        text: "Local networks and ideology let the group fill governance gaps in the Tribal Districts and entrench itself there.",
        citations: [
          cite(
            RESURGENCE,
            "The local networks and ideology helped the group to fill the gaps in the governance of the TDs and establish themselves in the area (Akhtar & Ahmad, 2023).",
            BY.akhtarAhmad2023,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/leaders-killed-drones",
        topic: "leadership",
        text: "Baitullah and Hakimullah Mehsud were killed in US drone strikes; with the military operations this led to division and organisational chaos.",
        citations: [
          cite(
            RESURGENCE,
            "Coupled with the death of some major leaders like Baitullah and Hakimullah Mehsud through U.S. drone attacks, these operations created a phase of division and organizational chaos.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/factionalism-succession",
        topic: "leadership",
        text: "Lost its centralised command through factionalism, including the Jamaat-ul-Ahrar breakaway and behind-the-scenes rivalries over the succession.",
        citations: [
          cite(
            RESURGENCE,
            "TTP also lost its centralized command structure due to factionalism, including the breakaway of Jamaat-ul-Ahrar (JuA) and an increase in behind-the-scenes rivalries over the organization of a TTP successor (Akhtar & Ahmad, 2023).",
            BY.akhtarAhmad2023,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/noor-wali-reunification",
        topic: "leadership",
        text: "After 2020 its splinter groups reunited under Noor Wali Mehsud, who set out to rebuild strength and to minimise civilian deaths to regain public trust.",
        citations: [
          cite(
            RESURGENCE,
            "TTP splinter groups began to reunite under the leadership of Noor Wali Mehsud, who changed the strategic direction to not only rebuild their strength but also to minimize civilian deaths, aiming to regain the trust of the population.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/rebirth-after-2020",
        topic: "other",
        text: "Its rebirth after 2020 combined mass re-consolidation with external factors: the IEA's emergence and the US/NATO withdrawal gave it cross-border safe zones and freedom of operation.",
        citations: [
          cite(
            RESURGENCE,
            "The rebirth of TTP after 2020 has been substantial due to the combination of circumstances that led to mass re-consolidation, as well as to a certain extent, external factors.",
          ),
          cite(
            INTRO,
            "This resurgence of TTP is put down to several factors, including the sanctuary and logistical assistance offered by regional terror networks (Gul, 2024).",
            BY.gul2024,
          ),
          cite(
            RESURGENCE,
            "which provided transnational and cross-border safe zones and considerable freedom of operation (Herbert & Idris, 2024)",
            BY.herbertIdris2024,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/attacks-kp-tds",
        topic: "areas",
        text: "From regained safe havens in Afghanistan, and helped by a porous border, it launched new attacks on KP and the Tribal Districts.",
        citations: [
          cite(
            RESURGENCE,
            "Cross-border support and a porous border between Pakistan and Afghanistan enabled the group, which regained safe havens in Afghanistan, to initiate new attacks on KP and TDs (Khan & Ahmad, 2025).",
            BY.khanAhmad2025,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/intensified-2022-2023",
        topic: "other",
        text: "Intensified its attacks between 2022 and 2023 after the Taliban regained control of Afghanistan in August 2021.",
        citations: [
          cite(
            INTRO,
            "Between 2022 and 2023, the group intensified its attacks, reflecting its enhanced capabilities and increasing influence.",
          ),
          cite(
            INTRO,
            "This has further given TTP a stronger position with a spike in militant violence all over Pakistan, particularly in conflict-prone areas (Khan & Ahmad, 2025).",
            BY.khanAhmad2025,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/pacified-regions",
        topic: "other",
        text: "Cooperation with AQ and ISKP enhances coordination among several factions, enabling simultaneous threats and reviving militancy even in pacified regions of Pakistan.",
        citations: [
          cite(
            ABSTRACT,
            "It also enhances coordination among several terrorist factions, enabling multiple threats simultaneously and reviving militancy even in pacified regions of Pakistan.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/merge-with-al-qaeda-report",
        topic: "other",
        text: "A Dawn report the paper cites (Anwar, 29 July 2023) is headlined 'TTP is looking to merge with Al Qaeda to expand its influence' (reference list only; the text does not discuss a merger).",
        citations: [
          cite(
            REFERENCES,
            "Anwar, I. (2023, July 29). TTP is looking to merge with Al Qaeda to expand its influence. *Dawn*.",
            BY.anwar2023,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/training-camps-afghanistan-report",
        topic: "tactics",
        text: "A Long War Journal report the paper cites (Roggio, 13 Feb 2025) is headlined 'Pakistani and Tajik Taliban open training camps in Afghanistan'; the text cites it for joint TTP–AQ tactical operations and training exchanges.",
        citations: [
          cite(
            REFERENCES,
            "Roggio, B. (2025, February 13). Pakistani and Tajik Taliban open training camps in Afghanistan.",
            BY.roggio2025,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/urban-strategy",
        topic: "tactics",
        text: "Its strategy focuses on urban settings, where the potential impact is greatest.",
        citations: [
          cite(
            INTRO,
            "The organization's strategy is focused on urban contexts, where the potential impact is maximized (Tahir & Jadoon, 2025).",
            BY.tahirJadoon2025,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/reach-beyond-kp",
        topic: "areas",
        text: "Cooperation with AQ and ISKP has extended its reach beyond the border regions of KP and the Tribal Districts to larger cities.",
        citations: [
          cite(
            INTRO,
            "Such cooperation has significantly enhanced TTP's operational capabilities, ideological legitimacy, and geographic reach, extending beyond the border regions of Khyber Pakhtunkhwa (KP) and Tribal Districts (TDs) to larger cities.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/kunar-base",
        topic: "areas",
        text: "Kunar is a base of many terrorist groups, including the TTP, and has training centres used by transnational groups.",
        citations: [
          cite(
            RELATIONSHIP,
            "Kunar is the base of many terrorist groups, such as TTP, and transnational terrorist groups use training centers to hone their guerrilla warfare techniques (Fair & Watson, 2015).",
            BY.fairWatson2015,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/punjabi-groups-loose-structure",
        topic: "role",
        text: "Conspired with many (unnamed) Punjabi Islamist organisations; the paper says the TTP has never been a full-fledged organisation.",
        citations: [
          cite(
            RELATIONSHIP,
            "The TTP also conspired with many Punjabi Islamist terrorist organizations. TTP has never been a full-fledged organization.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/lost-foothold",
        topic: "areas",
        text: "By the time its Orakzai chapter went over to ISKP, almost all other TTP groups had lost their foothold in Bajaur, Mohmand, South and North Waziristan, Kurram and most of Khyber.",
        citations: [
          cite(
            RELATIONSHIP,
            "fell to ISKP, almost all the other TTP groups had lost their foothold in Bajaur, Mohmand, South Waziristan, North Waziristan, Kurram, and most of Khyber.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/salafist-influence",
        topic: "ideology",
        text: "Salafists within the TTP's ranks have had, and continue to have, far more influence.",
        citations: [
          cite(RELATIONSHIP, "The Salafists in the TTP ranks have and continue to have far more influence (Zahid, 2023).", BY.zahid2023),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/goals-sharia",
        topic: "goals",
        text: "Presents Sharia law as the alternative to the government, exploiting popular grievances (interview finding).",
        citations: [
          cite(
            AQ_NEXUS,
            "TTP, an ideological partner with AQ, takes advantage of resistance to the government to install Sharia law as the right alternative.",
            BY.interviews,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/aq-mentorship",
        topic: "role",
        text: "AQ's ideological mentorship turned it from a loose network of militants into a more coherent and violent organisation with a transnational jihadist narrative.",
        citations: [
          cite(
            AQ_NEXUS,
            "AQ ideological mentorship played a defining role in transforming the TTP into a more coherent and violent terrorist organization in Pakistan that was formerly just a loose network of militants.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/tactics-bomb-making",
        topic: "tactics",
        text: "Gains bomb-making expertise, advanced weapon handling and counter-surveillance training through AQ (interview finding).",
        citations: [
          cite(
            AQ_NEXUS,
            "By collaborating with the AQ, TTP acquires expertise in the manufacture of bombs as well as security strategies to increase the level of operations and effectiveness during the attacks (Interview data)",
            BY.interviews,
          ),
          cite(
            AQ_NEXUS,
            "With this collaboration, TTP can access specialized training in bomb-making, advanced weapon handling, and counter-surveillance measures",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/weapons-supply",
        topic: "tactics",
        text: "Obtains weapons, explosives and IEDs through AQ's transnational supply chain and illicit routes (interview finding).",
        citations: [
          cite(
            AQ_NEXUS,
            "AQ allows TTP to get access to weapons, illicit supply routes, and explosives through its global network.",
            BY.interviews,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/financing-aq",
        topic: "financing",
        text: "Receives financial and logistical support through its cooperation with AQ, including currency, sanctuaries and recruiting bases.",
        citations: [
          cite(ABSTRACT, "the paper argues that TTP, in cooperation with AQ, receives financial and logistical support"),
          cite(
            AQ_NEXUS,
            "It offers means of obtaining necessary material resources, such as currency, logistical support, sanctuaries, and recruiting bases.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/financing-iskp",
        topic: "financing",
        text: "Through ISKP it gains multiple sources of funding, training and cross-border supply channels, and links to a global terrorist network (interview finding).",
        citations: [
          cite(
            ABSTRACT,
            "cooperation with ISKP connects TTP to a global network of terror, where multiple sources of funding, practical training, and supply channels from across borders strengthen TTP's capabilities",
          ),
          cite(
            ISKP_NEXUS,
            "With the alignment to ISKP, TTP acquires some global terrorist links, financial revenue, as well as resources, which helps them spread their reach not only in Pakistan but also internationally (Interview data)",
            BY.interviews,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/ttp/claim/recruitment-iskp-propaganda",
        topic: "recruitment",
        text: "Uses ISKP's propaganda network to radicalise and recruit online, especially young people (interview finding).",
        citations: [
          cite(ISKP_NEXUS, "ISKP propaganda network assists TTP to radicalize and recruit online, especially the youth."),
          cite(
            ISKP_NEXUS,
            "The partnership with the powerful propaganda machine of ISKP allows TTP to use its media and recruiting capabilities to their full potential (Interview data)",
            BY.interviews,
          ),
        ],
      },
    ],
  },
  {
    group: "iskp",
    areas: ["PK-BA", "PK-KP", "pk-ba-quetta", "AF-KNR", "AF-PKA", "AF-PIA", "AF-LOG", "AF-KHO", "AF-NAN"],
    claims: [
      {
        key: "ullah-bano-2025/iskp/claim/recruited-aq-collaborators",
        topic: "recruitment",
        text: "Drew in Islamist groups and leaders who had collaborated with AQ, TTP militants, and jihadi leaders of regional groups in the Pakistan–Afghanistan border areas.",
        citations: [
          cite(
            RELATIONSHIP,
            "Several Islamist terrorist groups and other terrorist leaders who had formerly collaborated with AQ linked up with ISKP. Other TTP militants also joined ISKP.",
          ),
          cite(
            RELATIONSHIP,
            "ISKP also recruited jihadi leaders of regional Islamist militant groups who operated in the bordering areas of Pakistan and Afghanistan, who defected similarly.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/iskp/claim/hafiz-said-khan-orakzai",
        topic: "leadership",
        text: "The TTP's Orakzai chapter joined ISKP under the directives of Hafiz Said Khan (spelled Hafiz Saeed Khan elsewhere), whom the paper calls a TTP affiliate influenced by the Salafist ideologues Shaykh Maqbul Orakzai and Abdul Rahim Muslim Dost, based in the Orakzai region and on the Afghan border.",
        citations: [
          cite(
            RELATIONSHIP,
            "One of the strongest TTP groups was its Orakzai chapter, which later joined ISKP under the directives of Hafiz Said Khan, an affiliate of the TTP influenced by Salafist ideologues Shaykh Maqbul Orakzai and Abdul Rahim Muslim Dost, who were in the Orakzai region and on the Afghan border.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/iskp/claim/farooqi-group-south-east",
        topic: "areas",
        text: "One ISKP group, led by former LeT member Shaikh Aslam Farooqi, was centred in the south-eastern Afghan provinces of Kunar, Paktika, Paktia, Logar, Khost and Nangarhar.",
        citations: [
          cite(
            "TTP Relationship with AQ and ISKP",
            "One of the groups centered in the south-eastern provinces (Kunar, Paktika, Paktia, Logar, Khost, and Nangarhar) was led by Shaikh Aslam Farooqi, who was once a member of Lashkar-e-Taiba (LeT) (Zahid, 2019).",
            BY.zahid2019,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/iskp/claim/uzbeki-group-north",
        topic: "areas",
        text: "Another ISKP group, led by the Uzbek militant and former IMU member Mauvia Uzbeki, operated in northern Afghanistan.",
        citations: [
          cite(
            RELATIONSHIP,
            "The other group was led by Mauvia Uzbeki, an Uzbek militant (and former IMU member) operating in the northern regions of Afghanistan (Jamestown Foundation, 2018).",
            BY.jamestown2018,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/iskp/claim/penetrate-local-groups",
        topic: "role",
        text: "Seeks to blend with or penetrate indigenous Pakistani jihadist organisations and form ad hoc working alliances, as with LeJ in Balochistan.",
        citations: [
          cite(
            RELATIONSHIP,
            "Such collaboration reveals the ISKP's intentions to blend or penetrate indigenous Pakistani jihadist terrorist organizations and establish working relations and alliances on an ad hoc basis.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/iskp/claim/ideology-anti-shia-sufi",
        topic: "ideology",
        text: "Follows a Salafi ideology and is hostile to the Sufi and Shia branches of Islam, an antagonism it shares with LeJ.",
        citations: [
          cite(
            RELATIONSHIP,
            "Antagonism against the Sufi and Shia branches of Islam also unites ISKP and LeJ, which influences collaboration and deepening relations.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/iskp/claim/balochistan-attacks",
        topic: "tactics",
        text: "Has carried out several major attacks in Balochistan that killed hundreds of people; the deadliest was the July 2018 Mastung election rally attack.",
        citations: [
          cite(
            RELATIONSHIP,
            "ISKP has been able to carry out several major terrorist attacks in Balochistan province, killing hundreds of individuals.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/iskp/claim/cells-dismantled",
        topic: "areas",
        text: "Several ISKP cells were dismantled in Karachi, Islamabad, Lahore and Sialkot (number and dates not given).",
        citations: [
          cite(
            RELATIONSHIP,
            "Several ISKP cells had been dismantled in the Karachi, Islamabad, Lahore, and Sialkot districts (Zahid, 2019).",
            BY.zahid2019,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/iskp/claim/operations-balochistan-kp",
        topic: "areas",
        text: "Mainly competes with the Afghan Taliban for power, but its operations have spread into Pakistan, particularly Balochistan and Khyber Pakhtunkhwa.",
        citations: [
          cite(
            CONCLUSION,
            "Although ISKP mainly competes with the Afghan Taliban for power, the group's operations have spread into Pakistan, particularly in areas like Balochistan and Khyber Pakhtunkhwa.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/iskp/claim/media-propaganda",
        topic: "media",
        text: "Has sophisticated propaganda resources, an established online presence and extensive social-media reach well beyond Pakistan's borders, which the TTP taps for recruitment.",
        citations: [
          cite(
            ISKP_NEXUS,
            "ISKP's sophisticated propaganda resources, well-established online presence, and extensive social media coverage enable TTP to spread its message, demonstrating ideological legitimacy and attracting prospective recruits and sympathizers worldwide.",
          ),
        ],
      },
      {
        key: "ullah-bano-2025/iskp/claim/global-links",
        topic: "financing",
        text: "Linked to terrorist groups and networks across the world, giving allies access to funding sources and logistics (interview finding).",
        citations: [cite(ISKP_NEXUS, "Other terrorist groups and networks across the world have links with ISKP.", BY.interviews)],
      },
    ],
    leaders: [
      {
        key: "ullah-bano-2025/iskp/leader/mauvia-uzbeki",
        name: "Mauvia Uzbeki",
        role: "Leader of an ISKP group in northern Afghanistan (former IMU member)",
        start: null,
        end: null,
        citations: [
          cite(
            RELATIONSHIP,
            "The other group was led by Mauvia Uzbeki, an Uzbek militant (and former IMU member) operating in the northern regions of Afghanistan (Jamestown Foundation, 2018).",
            BY.jamestown2018,
          ),
        ],
      },
    ],
  },
  {
    group: "al-qaeda",
    areas: ["PK-TA"],
    claims: [
      {
        key: "ullah-bano-2025/al-qaeda/claim/retreat-to-tribal-areas",
        topic: "areas",
        text: "After the US invasion of Afghanistan in 2001 its operatives retreated to Pakistan's tribal regions and drew closer to Pakistani militant groups.",
        citations: [
          cite(
            RELATIONSHIP,
            "With the invasion of the U.S. in Afghanistan in 2001, AQ operatives retreated to the tribal regions of Pakistan, associating even closer with the Pakistani militant groups (Riedel, 2012).",
            BY.riedel2012,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/al-qaeda/claim/bin-laden-call",
        topic: "goals",
        text: "Bin Laden repeatedly urged Sunni militant organisations to join AQ against the so-called Crusader-Zionist alliance.",
        citations: [
          cite(
            INTRO,
            "Bin Laden constantly urges Sunni militant organizations to join AQ in fighting the so-called Crusader-Zionist alliance (Bacon, 2014).",
            BY.bacon2014,
          ),
        ],
      },
      {
        key: "ullah-bano-2025/al-qaeda/claim/global-network-weapons",
        topic: "role",
        text: "Its global network makes assets, propaganda, weapons caches, illegal transport and supply channels available to the TTP.",
        citations: [
          cite(RELATIONSHIP, "The global network of AQ works to make assets and propaganda more broadly accessible to TTP", BY.khan2025),
          cite(
            AQ_NEXUS,
            "TTPs use AQ networks all over the globe to access weapons caches, utilize illegal means of transport, and use reputable supply channels.",
          ),
        ],
      },
    ],
  },
  {
    group: "afghan-taliban",
    claims: [
      {
        key: "ullah-bano-2025/afghan-taliban/claim/reluctance-iskp",
        topic: "role",
        text: "Reluctant to take on ISKP directly because of its own internal struggles and ideological differences, which lets both the TTP and ISKP exploit security gaps.",
        citations: [
          cite(
            CONCLUSION,
            "The Afghan Taliban's reluctance to take on ISKP directly—due to its own internal struggles and ideological differences—has enabled both TTP and ISKP to take advantage of the security chasms",
          ),
        ],
      },
    ],
  },
  {
    group: "lashkar-e-jhangvi",
    areas: ["pk-ba-quetta"],
    claims: [
      {
        key: "ullah-bano-2025/lashkar-e-jhangvi/claim/targets-hazara",
        topic: "tactics",
        text: "Under Yousaf Mansour Khurasani it works with ISKP to target the Shia Hazara community in Quetta and beyond.",
        citations: [
          cite(
            RELATIONSHIP,
            "Mansoor has established working connections with the ISKP to target the Shia-Hazara community in the provincial capital of Quetta and beyond (Zahid, 2023).",
            BY.zahid2023,
          ),
        ],
      },
    ],
    leaders: [
      {
        key: "ullah-bano-2025/lashkar-e-jhangvi/leader/yousaf-mansour-khurasani",
        name: "Yousaf Mansour Khurasani",
        role: "Leader of Lashkar-e-Jhangvi in Balochistan",
        start: null,
        end: null,
        citations: [
          cite(
            RELATIONSHIP,
            "ISKP also develops and maintains connections with local jihadi terrorist groups like the Lashkar-e-Jhangvi (LeJ) in Balochistan under Yousaf Mansour Khurasani.",
            BY.zahid2023,
          ),
        ],
      },
    ],
  },
  {
    group: "let",
    claims: [
      {
        key: "ullah-bano-2025/let/claim/tactics-alliances-india",
        topic: "tactics",
        text: "Avoided building autonomous networks in Indian urban hubs by allying with existing organisations, cutting its resource needs while scaling up operations (literature-review example, after Tankel, 2009).",
        citations: [
          cite(
            INTRO,
            "For example, Lashkar-e-Taiba (LeT) avoided creating autonomous networks within Indian urban hubs by forging alliances with existing organizations, effectively reducing resource requirements while simultaneously increasing the scale of its operations (Tankel, 2009).",
            BY.tankel2009,
          ),
        ],
      },
    ],
  },
  {
    group: "aslam-farooqi-group",
    areas: ["AF-KNR", "AF-PKA", "AF-PIA", "AF-LOG", "AF-KHO", "AF-NAN"],
    claims: [
      {
        key: "ullah-bano-2025/aslam-farooqi-group/claim/iskp-group-south-east",
        topic: "areas",
        text: "Ullah & Bano present Shaikh Aslam Farooqi's group as one of the groups that joined the ISKP camp, centred in the south-eastern Afghan provinces of Kunar, Paktika, Paktia, Logar, Khost and Nangarhar. CRSS instead calls the Aslam Farooqi Group a Pakistani al-Qaeda affiliate.",
        citations: [
          cite(
            RELATIONSHIP,
            "One of the groups centered in the south-eastern provinces (Kunar, Paktika, Paktia, Logar, Khost, and Nangarhar) was led by Shaikh Aslam Farooqi, who was once a member of Lashkar-e-Taiba (LeT) (Zahid, 2019).",
            BY.zahid2019,
          ),
        ],
      },
    ],
    leaders: [
      {
        key: "ullah-bano-2025/aslam-farooqi-group/leader/shaikh-aslam-farooqi",
        name: "Shaikh Aslam Farooqi",
        role: "Leader (once a member of Lashkar-e-Taiba)",
        start: null,
        end: null,
        citations: [
          cite(
            RELATIONSHIP,
            "One of the groups centered in the south-eastern provinces (Kunar, Paktika, Paktia, Logar, Khost, and Nangarhar) was led by Shaikh Aslam Farooqi, who was once a member of Lashkar-e-Taiba (LeT) (Zahid, 2019).",
            BY.zahid2019,
          ),
        ],
      },
    ],
  },
  {
    group: "etim",
    claims: [
      {
        key: "ullah-bano-2025/etim/claim/sheltered-by-ttp",
        topic: "areas",
        text: "Sheltered by the TTP in the regions it controlled.",
        citations: [
          cite(
            RELATIONSHIP,
            "Foreign Islamist terrorist organizations, including the Islamic Movement of Uzbekistan (IMU), the East Turkestan Islamic Movement (ETIM), and the Islamic Jihad Group (IJU), were also sheltered by TTP in the regions they controlled.",
          ),
        ],
      },
    ],
  },
  {
    group: "imu",
    claims: [
      {
        key: "ullah-bano-2025/imu/claim/sheltered-by-ttp",
        topic: "areas",
        text: "Sheltered by the TTP in the regions it controlled; later operated in Afghanistan.",
        citations: [
          cite(
            RELATIONSHIP,
            "Foreign Islamist terrorist organizations, including the Islamic Movement of Uzbekistan (IMU), the East Turkestan Islamic Movement (ETIM), and the Islamic Jihad Group (IJU), were also sheltered by TTP in the regions they controlled.",
          ),
        ],
      },
    ],
  },
];

const relationships: NonNullable<DatasetInput["relationships"]> = [
  {
    key: "ullah-bano-2025/rel/al-qaeda-ttp-cooperation",
    from: "al-qaeda",
    to: "ttp",
    type: "cooperation",
    start: { date: "2007-01-01", precision: "year" },
    end: null,
    description:
      "Al-Qaeda helped establish the TTP in 2007 with strategic advice, training and logistics (particularly in North and South Waziristan); the two have run joint tactical operations and training exchanges, and AQ now offers IED training and media assistance to TTP cadres. They share safe havens, money pipelines and smuggling routes on the Afghanistan–Pakistan border: AQ's global network gives the TTP assets and propaganda, and the TTP gives AQ operational depth and territory. The paper calls it 'deep and operational collaboration' despite occasional divergence between global jihad and the TTP's Pakistan focus, and says the IEA's return in 2021 gave both groups a relatively free environment.",
    citations: [
      cite(
        RELATIONSHIP,
        "AQ played a prominent role in establishing the TTP in 2007, providing it with strategic advice, training, and logistical support, particularly in the North and South Waziristan regions",
        BY.sayedHamming2023,
      ),
      cite(RELATIONSHIP, "conducted joint tactical operations and mass training exchanges (Roggio, 2025).", BY.roggio2025),
      cite(RELATIONSHIP, "AQ is presently offering IED training and media assistance to TTP cadres (Gul, 2024).", BY.gul2024),
      cite(
        RELATIONSHIP,
        "TTP-AQ logistically depends on shared safe havens, money pipelines, and kinship smuggling routes along the Afghanistan-Pakistan border (Gul, 2024).",
        BY.gul2024,
      ),
      cite(RELATIONSHIP, "in turn, TTP grants AQ greater operational depth and access to territorial space (Khan, 2025)", BY.khan2025),
      cite(
        RELATIONSHIP,
        "While interests can sometimes diverge between global jihad and Pakistan-focal militant resistance, AQ-TTP is in deep and operational collaboration (Pakistan Today, 2025).",
        BY.pakistanToday2025,
      ),
      cite(CONCLUSION, "The traditional association between TTP and AQ remains a significant factor in operations."),
    ],
  },
  {
    key: "ullah-bano-2025/rel/ttp-al-qaeda-alliance-post-9-11",
    from: "ttp",
    to: "al-qaeda",
    type: "alliance",
    start: null,
    end: null,
    description:
      "The paper says that after 9/11 the two groups combined forces against a shared enemy (Pakistan, the Karzai and Ashraf Ghani governments and NATO forces), and that the TTP helped AQ carry out many high-level attacks on US forces in Afghanistan, such as the 2009 Camp Chapman bombing. It also says the TTP was only founded in 2007 (with AQ's help), so the 'after 9/11' alliance cannot have begun before 2007 as the TTP; no start date is recorded. The TTP has since aligned more closely with AQ to extend its reach.",
    citations: [
      cite(
        RELATIONSHIP,
        "After 9/11, the two terrorist groups combined their force and became united against their shared enemy, which was Pakistan, the Karzai government, the Ashraf Ghani government, and NATO forces (Bukhari & Khattak, 2024).",
        BY.bukhariKhattak2024,
      ),
      cite(RELATIONSHIP, "TTP helped AQ perpetrate a lot of high-level attacks on the US forces in Afghanistan."),
      cite(RELATIONSHIP, "TTP has aligned more closely with AQ, allowing them to expand their reach in the region and beyond."),
    ],
  },
  {
    key: "ullah-bano-2025/rel/ttp-shelters-al-qaeda",
    from: "ttp",
    to: "al-qaeda",
    type: "sanctuary",
    start: null,
    end: null,
    description:
      "High-profile al-Qaeda leaders stayed in the tribal regions where the TTP gave them safe havens; the ties intensified while the Pakistani military was conducting operations.",
    citations: [
      cite(
        RELATIONSHIP,
        "The close connections between AQ and the TTP further intensified when the Pakistani military was engaged in operation campaigns. The AQ high-profile leaders were in tribal regions where TTP offered them safe havens.",
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/ttp-shelters-imu",
    from: "ttp",
    to: "imu",
    type: "sanctuary",
    start: null,
    end: null,
    description: "The TTP sheltered the IMU (with ETIM and the IJU) in the regions it controlled.",
    citations: [
      cite(
        RELATIONSHIP,
        "Foreign Islamist terrorist organizations, including the Islamic Movement of Uzbekistan (IMU), the East Turkestan Islamic Movement (ETIM), and the Islamic Jihad Group (IJU), were also sheltered by TTP in the regions they controlled.",
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/ttp-shelters-etim",
    from: "ttp",
    to: "etim",
    type: "sanctuary",
    start: null,
    end: null,
    description: "The TTP sheltered ETIM (with the IMU and the IJU) in the regions it controlled.",
    citations: [
      cite(
        RELATIONSHIP,
        "Foreign Islamist terrorist organizations, including the Islamic Movement of Uzbekistan (IMU), the East Turkestan Islamic Movement (ETIM), and the Islamic Jihad Group (IJU), were also sheltered by TTP in the regions they controlled.",
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/ttp-shelters-iju",
    from: "ttp",
    to: "iju",
    type: "sanctuary",
    start: null,
    end: null,
    description: "The TTP sheltered the Islamic Jihad Group (IJU), with the IMU and ETIM, in the regions it controlled.",
    citations: [
      cite(
        RELATIONSHIP,
        "Foreign Islamist terrorist organizations, including the Islamic Movement of Uzbekistan (IMU), the East Turkestan Islamic Movement (ETIM), and the Islamic Jihad Group (IJU), were also sheltered by TTP in the regions they controlled.",
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/afghan-taliban-shelters-ttp",
    from: "afghan-taliban",
    to: "ttp",
    type: "sanctuary",
    start: { date: "2021-08-01", precision: "month" },
    end: null,
    description:
      "Since the Taliban regained control in August 2021, their decision to shelter TTP militants has let the group regroup and launch cross-border strikes from Afghan soil; the paper calls this a partnership reflecting ongoing Afghan Taliban–TTP ties that were crucial to the TTP's resurgence. Two UN-based news reports in its reference list are headlined 'UN: Al-Qaida, Afghan Taliban assist TTP with attacks in Pakistan' (VOA, Feb 2024) and 'Anti-Pakistan TTP terrorists continue to receive Afghan funds, logistical support: UN report' (Pakistan Today, Feb 2025).",
    citations: [
      cite(
        INTRO,
        "The Afghan Taliban's decision to shelter TTP militants has given the group a boost, enabling them to regroup and launch cross-border strikes from Afghan soil.",
      ),
      cite(
        INTRO,
        "This partnership highlights the ongoing ties between the Afghan Taliban and TTP, which have played a crucial role in the group's resurgence.",
      ),
      cite(REFERENCES, "Gul, A. (2024, February 5). UN: Al-Qaida, Afghan Taliban assist TTP with attacks in Pakistan.", BY.gul2024),
      cite(
        REFERENCES,
        "Pakistan Today. (2025, February 15). Anti-Pakistan TTP terrorists continue to receive Afghan funds, logistical support: UN report.",
        BY.pakistanToday2025,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/afghan-taliban-shelters-al-qaeda",
    from: "afghan-taliban",
    to: "al-qaeda",
    type: "sanctuary",
    start: { date: "2021-01-01", precision: "year" },
    end: null,
    description:
      "The IEA's return to power in 2021 gave both al-Qaeda and the TTP a relatively free environment to operate in Afghanistan.",
    citations: [
      cite(
        RELATIONSHIP,
        "This is attributed to the fact that the IEA returned to power in 2021, providing both groups with a relatively free environment in which to operate in Afghanistan (Yousaf, 2025).",
        BY.yousaf2025,
      ),
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
      "The paper argues that the TTP 'logically' cooperates with ISKP out of practical interest (a shared aim of attacking the Pakistani military) rather than ideological conformity, sharing resources and intelligence and sometimes joining forces in coordinated attacks; ISKP gives the TTP its propaganda machine and global network. This contradicts EFSAS, which calls the TTP's relations with ISKP 'less positive' and places the TTP in the anti-ISKP front, and CRSS, which calls the relationship contentious (propaganda wars and rivalry).",
    citations: [
      cite(RELATIONSHIP, "Apart from AQ, TTP logically cooperates with ISKP."),
      cite(
        ISKP_NEXUS,
        "TTP has collaborative ties with any terrorist organizations (ISKP) that have a common agenda of attacking the Pakistani military (Interview data)",
        BY.interviews,
      ),
      cite(ISKP_NEXUS, "cooperation between TTP and ISKP is a matter of practical concerns, not of ideological conformity"),
      cite(
        CONCLUSION,
        "Their terrorist activities have worsened the security situation, with ISKP and TTP sometimes joining forces in coordinated attacks.",
      ),
      cite(
        CONCLUSION,
        "However, links with ISKP represent a shift in patterns of alliances that marks a shift in the levels of threat to Pakistan's counterterrorism operations.",
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/ttp-to-iskp-defections",
    from: "ttp",
    to: "iskp",
    type: "defection",
    start: null,
    end: null,
    description:
      "TTP militants joined ISKP after it surfaced in 2014; the TTP's Orakzai chapter, one of its strongest groups, went over to ISKP under Hafiz Said Khan, a TTP affiliate influenced by the Salafist ideologues Shaykh Maqbul Orakzai and Abdul Rahim Muslim Dost. No date is given for the Orakzai chapter's switch.",
    citations: [
      cite(RELATIONSHIP, "Other TTP militants also joined ISKP."),
      cite(
        RELATIONSHIP,
        "One of the strongest TTP groups was its Orakzai chapter, which later joined ISKP under the directives of Hafiz Said Khan, an affiliate of the TTP influenced by Salafist ideologues Shaykh Maqbul Orakzai and Abdul Rahim Muslim Dost",
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/ttp-to-ispp-dawood-mehsud",
    from: "ttp",
    to: "ispp",
    type: "defection",
    start: null,
    end: null,
    description: "Dawood Mehsud, formerly a TTP commander, became emir of the Islamic State Pakistan Province announced in May 2019.",
    citations: [cite(RELATIONSHIP, "Dawood Mehsud was appointed as the emir of ISPP, having previously served as a commander in the TTP.")],
  },
  {
    key: "ullah-bano-2025/rel/lashkar-e-jhangvi-iskp-cooperation",
    from: "lashkar-e-jhangvi",
    to: "iskp",
    type: "cooperation",
    start: null,
    end: null,
    description:
      "LeJ in Balochistan, under Yousaf Mansour Khurasani, has working ties with ISKP to target the Shia Hazara community in and beyond Quetta. The paper says LeJ does not share ISKP's Salafi ideology but shares its anti-Shia (and anti-Sufi) hostility; CRSS, by contrast, says both share a hardline Salafi ideology and describes LeJ's cooperation as transactional.",
    citations: [
      cite(
        RELATIONSHIP,
        "ISKP also develops and maintains connections with local jihadi terrorist groups like the Lashkar-e-Jhangvi (LeJ) in Balochistan under Yousaf Mansour Khurasani.",
        BY.zahid2023,
      ),
      cite(
        RELATIONSHIP,
        "Mansoor has established working connections with the ISKP to target the Shia-Hazara community in the provincial capital of Quetta and beyond",
        BY.zahid2023,
      ),
      cite(
        RELATIONSHIP,
        "The LeJ case shows that the group does not adhere to the ISKP Salafi ideology, but it shares a vicious anti-Shia hostility with ISKP.",
      ),
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
      "Jamaat-ul-Ahrar broke away from the TTP amid the factionalism that followed the military operations and the deaths of Baitullah and Hakimullah Mehsud (no date given). The paper adds that TTP splinter groups began to reunite under Noor Wali Mehsud after 2020, without naming JuA among them.",
    citations: [
      cite(
        RESURGENCE,
        "TTP also lost its centralized command structure due to factionalism, including the breakaway of Jamaat-ul-Ahrar (JuA)",
        BY.akhtarAhmad2023,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/iskp-affiliate-islamic-state",
    from: "iskp",
    to: "islamic-state",
    type: "affiliate",
    start: { date: "2014-01-01", precision: "year" },
    end: null,
    description:
      "ISKP surfaced in the region in 2014, after ISIS took Mosul and al-Baghdadi proclaimed the caliphate. CRSS dates ISKP's official formation to January 2015.",
    citations: [
      cite(
        RELATIONSHIP,
        "After the fall of Mosul to the Islamic State of Iraq and the Sham (ISIS) and the proclamation of the Islamic Caliphate by Abu Bakr al-Baghdadi, the region experienced the surfacing of ISKP in 2014.",
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/ispp-affiliate-islamic-state",
    from: "ispp",
    to: "islamic-state",
    type: "affiliate",
    start: { date: "2019-05-15", precision: "day" },
    end: null,
    description:
      "The Islamic State's Amaq media announced the Islamic State Pakistan Province on 15 May 2019, which the paper reads as a reorganisation of ISIS in South Asia.",
    citations: [
      cite(
        RELATIONSHIP,
        "On May 15, 2019, the group Amaq media released a statement that announced the formation of the Islamic State Pakistan Province (ISPP)",
        BY.gul2019,
      ),
    ],
  },
  ...(
    [
      ["tehreek-e-khilafat-pakistan", "Tehreek-e-Khilafat Pakistan"],
      ["jundullah", "Jundullah"],
      ["ttp-shahidullah-faction", "TTP (Shahidullah Faction)"],
    ] as const
  ).map(([slug, name]) => ({
    key: `ullah-bano-2025/rel/${slug}-allegiance-islamic-state`,
    from: slug,
    to: "islamic-state",
    type: "affiliate" as const,
    start: null,
    end: null,
    description: `${name} is one of three Pakistani-origin Islamist groups that, per the paper (citing Zahid, 2017), swore allegiance to Abu Bakr al-Baghdadi. No date is given.`,
    citations: [
      cite(
        RELATIONSHIP,
        "In fact, three Islamist Pakistani-origin terrorist groups, namely Tehreek-e-Khilafat Pakistan, Jundullah, and TTP (Shahidullah Faction), had sworn allegiance to Abu Bakr-al-Baghdadi (Zahid, 2017).",
        BY.zahid2017,
      ),
    ],
  })),
  {
    key: "ullah-bano-2025/rel/imu-allegiance-islamic-state",
    from: "imu",
    to: "islamic-state",
    type: "affiliate",
    start: { date: "2015-01-01", precision: "year" },
    end: null,
    description:
      "The IMU, operating in Afghanistan and formerly AQ-affiliated, joined the IS camp and swore allegiance to al-Baghdadi. The text gives no date; the year is that of the source it cites (Sharipzhan, RFE/RL, 6 Aug 2015: 'IMU declares it is now part of the Islamic State').",
    citations: [
      cite(
        RELATIONSHIP,
        "Operating in Afghanistan and formerly AQ-affiliated, IMU also became part of the IS camp and swore allegiance to Baghdadi (Sharipzhan, 2015).",
        BY.sharipzhan2015,
      ),
      cite(REFERENCES, "Sharipzhan, M. (2015, August 6). IMU declares it is now part of the Islamic State."),
    ],
  },
  {
    key: "ullah-bano-2025/rel/imu-former-al-qaeda-affiliate",
    from: "imu",
    to: "al-qaeda",
    type: "affiliate",
    start: null,
    end: { date: "2015-01-01", precision: "year" },
    description:
      "The IMU was formerly AQ-affiliated before it swore allegiance to al-Baghdadi; the end year is that of the source the paper cites for the switch (Sharipzhan, 2015).",
    citations: [
      cite(
        RELATIONSHIP,
        "Operating in Afghanistan and formerly AQ-affiliated, IMU also became part of the IS camp and swore allegiance to Baghdadi (Sharipzhan, 2015).",
        BY.sharipzhan2015,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/imu-to-iskp-mauvia-uzbeki",
    from: "imu",
    to: "iskp",
    type: "defection",
    start: null,
    end: null,
    description: "Mauvia Uzbeki, an Uzbek militant and former IMU member, led an ISKP group in northern Afghanistan.",
    citations: [
      cite(
        RELATIONSHIP,
        "The other group was led by Mauvia Uzbeki, an Uzbek militant (and former IMU member) operating in the northern regions of Afghanistan (Jamestown Foundation, 2018).",
        BY.jamestown2018,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/let-to-iskp-aslam-farooqi",
    from: "let",
    to: "iskp",
    type: "defection",
    start: null,
    end: null,
    description:
      "Shaikh Aslam Farooqi, once a member of Lashkar-e-Taiba, led an ISKP group centred in Kunar, Paktika, Paktia, Logar, Khost and Nangarhar; the paper lists him among regional jihadi leaders ISKP recruited.",
    citations: [
      cite(
        RELATIONSHIP,
        "One of the groups centered in the south-eastern provinces (Kunar, Paktika, Paktia, Logar, Khost, and Nangarhar) was led by Shaikh Aslam Farooqi, who was once a member of Lashkar-e-Taiba (LeT) (Zahid, 2019).",
        BY.zahid2019,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/aslam-farooqi-group-afghan-taliban-liaison",
    from: "aslam-farooqi-group",
    to: "afghan-taliban",
    type: "cooperation",
    start: null,
    end: null,
    description:
      "Shaikh Aslam Farooqi, whose group the paper places in the ISKP camp in south-eastern Afghanistan, had developed a liaison with the IEA. Elsewhere the paper says ISKP as a whole mainly competes with the Afghan Taliban for power (see that rivalry).",
    citations: [cite(RELATIONSHIP, "He had managed to develop a liaison with IEA.")],
  },
  {
    key: "ullah-bano-2025/rel/aslam-farooqi-group-iskp-affiliate",
    from: "aslam-farooqi-group",
    to: "iskp",
    type: "affiliate",
    start: null,
    end: null,
    description:
      "The paper lists Shaikh Aslam Farooqi's group, centred in Kunar, Paktika, Paktia, Logar, Khost and Nangarhar, among the regional jihadi groups whose leaders ISKP recruited. This contradicts CRSS, which calls the Aslam Farooqi Group a Pakistani al-Qaeda affiliate that the TTP has sought to bring back into its fold.",
    citations: [
      cite(
        RELATIONSHIP,
        "ISKP also recruited jihadi leaders of regional Islamist militant groups who operated in the bordering areas of Pakistan and Afghanistan, who defected similarly.",
      ),
      cite(
        RELATIONSHIP,
        "One of the groups centered in the south-eastern provinces (Kunar, Paktika, Paktia, Logar, Khost, and Nangarhar) was led by Shaikh Aslam Farooqi, who was once a member of Lashkar-e-Taiba (LeT) (Zahid, 2019).",
        BY.zahid2019,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/iskp-afghan-taliban-rivalry",
    from: "iskp",
    to: "afghan-taliban",
    type: "rivalry",
    start: null,
    end: null,
    description:
      "ISKP mainly competes with the Afghan Taliban for power, while the Taliban are reluctant to confront ISKP directly because of internal struggles and ideological differences.",
    citations: [
      cite(
        CONCLUSION,
        "Although ISKP mainly competes with the Afghan Taliban for power, the group's operations have spread into Pakistan, particularly in areas like Balochistan and Khyber Pakhtunkhwa.",
      ),
      cite(
        CONCLUSION,
        "The Afghan Taliban's reluctance to take on ISKP directly—due to its own internal struggles and ideological differences",
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/egyptian-islamic-jihad-merged-al-qaeda",
    from: "egyptian-islamic-jihad",
    to: "al-qaeda",
    type: "merger",
    start: { date: "2001-01-01", precision: "year" },
    end: null,
    description:
      "Literature-review example (after Moghadam, 2017): Egyptian Islamic Jihad formally merged with AQ in 2001, with complete organisational integration.",
    citations: [
      cite(
        INTRO,
        "An example is the formal merger of Egyptian Islamic Jihad with AQ in 2001, where there was complete organizational integration.",
        BY.moghadam2017,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/aqap-affiliate-al-qaeda",
    from: "aqap",
    to: "al-qaeda",
    type: "affiliate",
    start: null,
    end: null,
    description:
      "Literature-review example (after Moghadam, 2017): cooperation between AQ and affiliates such as AQAP is a strategic collaboration on shared ideological interests with functional autonomy; AQ has supplied AQAP with weapons, bomb-making know-how and training (Bacon, 2018).",
    citations: [
      cite(
        INTRO,
        "On the contrary, the cooperation between AQ and its affiliates, including Al-Qaeda in the Arabian Peninsula (AQAP), represents a strategic collaboration in which the same ideological interests are pursued.",
        BY.moghadam2017,
      ),
      cite(
        AQ_NEXUS,
        "through its international network, AQ has provided its affiliates, including AQAP, with weapons, bomb manufacturing know-how, and training",
        BY.bacon2018,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/gspc-al-qaeda-alliance",
    from: "gspc",
    to: "al-qaeda",
    type: "alliance",
    start: null,
    end: null,
    description:
      "Literature-review example (after Bacon, 2014): the GSPC–AQ alliance, which GSPC leader Droukhal justified chiefly by religious legitimacy.",
    citations: [
      cite(
        INTRO,
        "This can be seen in the example of the Salafist Group for Preaching and Combat (GSPC) and AQ alliance, where the leader Droukhal openly referred to religious legitimacy as the primary factor of cooperation (Bacon, 2014).",
        BY.bacon2014,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/japanese-red-army-pflp-alliance",
    from: "japanese-red-army",
    to: "pflp",
    type: "alliance",
    start: null,
    end: null,
    description:
      "Literature-review example: the Japanese Red Army allied with the PFLP to overcome restrictions in its own country and to acquire training.",
    citations: [
      cite(
        INTRO,
        "A case in point is the alliance between the Japanese Red Army and the Popular Front for the Liberation of Palestine (PFLP), which was established to overcome restrictions within its own country and acquire training.",
      ),
    ],
  },
  {
    key: "ullah-bano-2025/rel/ttp-shahidullah-faction-splinter-ttp",
    from: "ttp-shahidullah-faction",
    to: "ttp",
    type: "splinter",
    start: null,
    end: null,
    description:
      "The paper names this group 'TTP (Shahidullah Faction)', a faction of the TTP, and lists it, in the passage on TTP militants joining ISKP, among the Pakistani-origin groups that swore allegiance to Abu Bakr al-Baghdadi (the TTP itself did not; see the separate allegiance record). It gives no date, leader or further detail of the faction's separation.",
    citations: [
      cite(RELATIONSHIP, "Other TTP militants also joined ISKP."),
      cite(
        RELATIONSHIP,
        "In fact, three Islamist Pakistani-origin terrorist groups, namely Tehreek-e-Khilafat Pakistan, Jundullah, and TTP (Shahidullah Faction), had sworn allegiance to Abu Bakr-al-Baghdadi (Zahid, 2017).",
        BY.zahid2017,
      ),
    ],
  },
];

const MASTUNG_QUOTE =
  "The bloodiest and most mass casualty attack happened in July 2018 when an election rally was held in Mastung, which resulted in the death of more than 149 people, and over 300 more were injured (BBC, 2018).";
const MASTUNG_BBC_REF = "Pakistan mourns 149 dead in country's second deadliest terror attack. (2018, July 16). *BBC News*.";
const MASTUNG_GEO = { country: "PK", province: "PK-BA", district: "pk-ba-mastung" } as const;

const statistics: NonNullable<DatasetInput["statistics"]> = [
  {
    key: "ullah-bano-2025/stat/mastung-rally-2018-07-fatalities",
    metric: "fatalities",
    label: "People killed in the attack on an election rally in Mastung (ISKP's bloodiest attack in Balochistan)",
    value: 149,
    unit: "people",
    qualifier: "more_than",
    periodStart: "2018-07-01",
    periodEnd: "2018-07-31",
    periodPrecision: "month",
    geography: MASTUNG_GEO,
    group: "iskp",
    note: "The text says 'more than 149'; the BBC article it cites is headlined '149 dead' (see the separate statistic from the reference list). The paper gives only the month.",
    citations: [cite(RELATIONSHIP, MASTUNG_QUOTE, BY.bbc2018)],
  },
  {
    key: "ullah-bano-2025/stat/mastung-rally-2018-07-fatalities-bbc-headline",
    metric: "fatalities",
    label: "Dead in the Mastung attack, as headlined by the BBC article the paper cites ('Pakistan mourns 149 dead')",
    value: 149,
    unit: "people",
    qualifier: "exact",
    periodStart: "2018-07-01",
    periodEnd: "2018-07-31",
    periodPrecision: "month",
    geography: MASTUNG_GEO,
    group: "iskp",
    note: "From the paper's reference list. It disagrees with the text, which says 'more than 149' citing the same article (BBC, 2018). The headline also calls it Pakistan's second deadliest terror attack.",
    citations: [cite(REFERENCES, MASTUNG_BBC_REF, BY.bbc2018)],
  },
  {
    key: "ullah-bano-2025/stat/mastung-rally-2018-07-injuries",
    metric: "injuries",
    label: "People injured in the attack on an election rally in Mastung",
    value: 300,
    unit: "people",
    qualifier: "over",
    periodStart: "2018-07-01",
    periodEnd: "2018-07-31",
    periodPrecision: "month",
    geography: MASTUNG_GEO,
    group: "iskp",
    note: null,
    citations: [cite(RELATIONSHIP, MASTUNG_QUOTE, BY.bbc2018)],
  },
  {
    key: "ullah-bano-2025/stat/ispp-claimed-attacks-balochistan-2019-05-15",
    metric: "attacks_claimed",
    label: "Terrorist attacks in Balochistan claimed in the Amaq statement announcing the Islamic State Pakistan Province",
    value: 2,
    unit: "count",
    qualifier: "exact",
    periodStart: "2019-05-15",
    periodEnd: "2019-05-15",
    periodPrecision: "day",
    geography: { country: "PK", province: "PK-BA", district: null },
    group: "ispp",
    note: "The period is the date of the claim (15 May 2019); the paper does not date or describe the two attacks themselves.",
    citations: [
      cite(
        RELATIONSHIP,
        "On May 15, 2019, the group Amaq media released a statement that announced the formation of the Islamic State Pakistan Province (ISPP) alongside claiming two terrorist attacks in the Pakistani province of Balochistan (Gul, 2019).",
        BY.gul2019,
      ),
    ],
  },
];

const incidents: NonNullable<DatasetInput["incidents"]> = [
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
      "Described as ISKP's bloodiest, most mass-casualty attack in Balochistan (source: BBC, 2018). The paper gives the month only and does not describe the method. The text says more than 149 killed; the BBC headline it cites says 149 dead and calls it Pakistan's second deadliest terror attack.",
    citations: [cite(RELATIONSHIP, MASTUNG_QUOTE, BY.bbc2018), cite(REFERENCES, MASTUNG_BBC_REF, BY.bbc2018)],
  },
  {
    key: "ullah-bano-2025/incident/camp-chapman-khost-2009",
    title: "Suicide bombing of the CIA's Forward Operating Base Chapman, Khost",
    date: "2009-01-01",
    datePrecision: "year",
    country: "AF",
    province: "AF-KHO",
    district: null,
    place: "CIA Forward Operating Base Chapman, Khost",
    type: "suicide_bombing",
    target: "security_forces",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [
      { group: "al-qaeda", attribution: "attributed" },
      { group: "ttp", attribution: "attributed" },
    ],
    description:
      "AQ, in collusion with the TTP, carried out a suicide bombing at the CIA's forward operating base Chapman in Khost, described as the deadliest attack on it: a CIA triple agent blew himself up, killing several CIA operatives (no number given). The paper gives only the year, 2009.",
    citations: [
      cite(
        RELATIONSHIP,
        "AQ, in collusion with TTP, executed a suicide bombing by carrying out the deadliest attack on the CIA forward operating base Chapman in Khost in 2009. In this case, a triple agent of the CIA blew himself up, killing several CIA operatives (Anwar, 2023).",
        BY.anwar2023,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/incident/operation-rah-e-nijat-2009",
    title: "Operation Rah-e-Nijat in South Waziristan",
    date: "2009-01-01",
    datePrecision: "year",
    country: "PK",
    province: "PK-TA",
    district: "pk-kp-south-waziristan",
    place: "South Waziristan",
    type: "counter_terror_operation",
    target: "militants",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [],
    description:
      "Military operation against the TTP in South Waziristan (then FATA). With Zarb-e-Azb, it greatly hit the TTP's territorial control and logistics. No casualty figures given.",
    citations: [
      cite(
        RESURGENCE,
        "Pakistan, in turn, initiated a series of military operations (including Rah-e-Nijat in 2009 in South Waziristan and Zarb-e-Azb in 2014 in North Waziristan), which greatly hit TTP's territorial control and logistics (Rana & Din, 2014).",
        BY.ranaDin2014,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/incident/operation-zarb-e-azb-2014",
    title: "Operation Zarb-e-Azb in North Waziristan",
    date: "2014-01-01",
    datePrecision: "year",
    country: "PK",
    province: "PK-TA",
    district: "pk-kp-north-waziristan",
    place: "North Waziristan",
    type: "counter_terror_operation",
    target: "militants",
    killed: null,
    killedQualifier: "exact",
    injured: null,
    injuredQualifier: "exact",
    perpetrators: [],
    description:
      "Military operation against the TTP in North Waziristan (then FATA). With Rah-e-Nijat, it greatly hit the TTP's territorial control and logistics. No casualty figures given.",
    citations: [
      cite(
        RESURGENCE,
        "Pakistan, in turn, initiated a series of military operations (including Rah-e-Nijat in 2009 in South Waziristan and Zarb-e-Azb in 2014 in North Waziristan), which greatly hit TTP's territorial control and logistics (Rana & Din, 2014).",
        BY.ranaDin2014,
      ),
    ],
  },
];

const events: NonNullable<DatasetInput["events"]> = [
  {
    key: "ullah-bano-2025/event/us-invasion-afghanistan-2001",
    date: "2001-01-01",
    datePrecision: "year",
    title: "US invasion of Afghanistan; al-Qaeda retreats to Pakistan's tribal areas",
    description:
      "With the US invasion of Afghanistan in 2001, AQ operatives retreated to Pakistan's tribal regions and drew closer to Pakistani militant groups.",
    kind: "military",
    citations: [
      cite(
        RELATIONSHIP,
        "With the invasion of the U.S. in Afghanistan in 2001, AQ operatives retreated to the tribal regions of Pakistan, associating even closer with the Pakistani militant groups (Riedel, 2012).",
        BY.riedel2012,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/event/ttp-formed-2007",
    date: "2007-01-01",
    datePrecision: "year",
    title: "TTP formed in Pakistan's tribal areas",
    description:
      "The TTP came into existence in 2007 as a coalition of militants after the state's military action against the Lal Masjid in Islamabad, with al-Qaeda's strategic advice, training and logistical support.",
    kind: "political",
    citations: [
      cite(
        RESURGENCE,
        "The TTP is a coalition of different militants that came into existence in 2007 in the tribal lands of Pakistan after the state had acted militarily against the Lal Masjid in Islamabad",
        BY.abbas2014,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/event/operation-rah-e-nijat-2009",
    date: "2009-01-01",
    datePrecision: "year",
    title: "Operation Rah-e-Nijat launched in South Waziristan",
    description: "One of a series of military operations that greatly hit the TTP's territorial control and logistics.",
    kind: "military",
    citations: [
      cite(
        RESURGENCE,
        "Pakistan, in turn, initiated a series of military operations (including Rah-e-Nijat in 2009 in South Waziristan and Zarb-e-Azb in 2014 in North Waziristan), which greatly hit TTP's territorial control and logistics (Rana & Din, 2014).",
        BY.ranaDin2014,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/event/operation-zarb-e-azb-2014",
    date: "2014-01-01",
    datePrecision: "year",
    title: "Operation Zarb-e-Azb launched in North Waziristan",
    description: "One of a series of military operations that greatly hit the TTP's territorial control and logistics.",
    kind: "military",
    citations: [
      cite(
        RESURGENCE,
        "Pakistan, in turn, initiated a series of military operations (including Rah-e-Nijat in 2009 in South Waziristan and Zarb-e-Azb in 2014 in North Waziristan), which greatly hit TTP's territorial control and logistics (Rana & Din, 2014).",
        BY.ranaDin2014,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/event/iskp-surfaces-2014",
    date: "2014-01-01",
    datePrecision: "year",
    title: "ISKP surfaces in the Afghanistan–Pakistan region",
    description:
      "After ISIS took Mosul and al-Baghdadi proclaimed a caliphate, ISKP surfaced in the region in 2014 and drew in TTP militants and groups formerly allied with AQ. CRSS dates ISKP's official formation to January 2015.",
    kind: "other",
    citations: [
      cite(
        RELATIONSHIP,
        "After the fall of Mosul to the Islamic State of Iraq and the Sham (ISIS) and the proclamation of the Islamic Caliphate by Abu Bakr al-Baghdadi, the region experienced the surfacing of ISKP in 2014.",
      ),
    ],
  },
  {
    key: "ullah-bano-2025/event/islamic-state-pakistan-province-2019-05-15",
    date: "2019-05-15",
    datePrecision: "day",
    title: "Islamic State announces a 'Pakistan Province' (ISPP)",
    description:
      "The IS Amaq agency announced the Islamic State Pakistan Province and claimed two attacks in Balochistan; former TTP commander Dawood Mehsud was named its emir.",
    kind: "other",
    citations: [
      cite(
        RELATIONSHIP,
        "On May 15, 2019, the group Amaq media released a statement that announced the formation of the Islamic State Pakistan Province (ISPP) alongside claiming two terrorist attacks in the Pakistani province of Balochistan (Gul, 2019).",
        BY.gul2019,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/event/taliban-regain-control-2021-08",
    date: "2021-08-01",
    datePrecision: "month",
    title: "Taliban regain control of Afghanistan",
    description:
      "The Taliban regained control in August 2021 (the IEA 'returned to power in 2021'); with the US and NATO withdrawal this gave the TTP cross-border safe zones, and the TTP made a worrying comeback.",
    kind: "political",
    citations: [
      cite(
        INTRO,
        "After the Taliban regained control in Afghanistan in August 2021, Tehrik-e-Taliban Pakistan (TTP) has made a worrying comeback, significantly affecting Pakistan's internal security.",
      ),
      cite(RELATIONSHIP, "the IEA returned to power in 2021", BY.yousaf2025),
    ],
  },
  {
    key: "ullah-bano-2025/event/egyptian-islamic-jihad-merges-al-qaeda-2001",
    date: "2001-01-01",
    datePrecision: "year",
    title: "Egyptian Islamic Jihad formally merges with al-Qaeda",
    description:
      "Given in the literature review (after Moghadam, 2017) as the example of a full merger, with complete organisational integration; the paper gives only the year.",
    kind: "agreement",
    citations: [
      cite(
        INTRO,
        "An example is the formal merger of Egyptian Islamic Jihad with AQ in 2001, where there was complete organizational integration.",
        BY.moghadam2017,
      ),
    ],
  },
  {
    key: "ullah-bano-2025/event/imu-joins-islamic-state-2015",
    date: "2015-01-01",
    datePrecision: "year",
    title: "The IMU declares it is part of the Islamic State and swears allegiance to al-Baghdadi",
    description:
      "The text gives no date; the year is that of the source it cites (Sharipzhan, RFE/RL, 6 Aug 2015: 'IMU declares it is now part of the Islamic State'). Year precision because the article's date need not be the declaration's.",
    kind: "political",
    citations: [
      cite(
        RELATIONSHIP,
        "Operating in Afghanistan and formerly AQ-affiliated, IMU also became part of the IS camp and swore allegiance to Baghdadi (Sharipzhan, 2015).",
        BY.sharipzhan2015,
      ),
      cite(REFERENCES, "Sharipzhan, M. (2015, August 6). IMU declares it is now part of the Islamic State."),
    ],
  },
];

const rec = (
  slug: string,
  title: string,
  text: string,
  theme: NonNullable<DatasetInput["recommendations"]>[number]["theme"],
  targetActors: NonNullable<DatasetInput["recommendations"]>[number]["targetActors"],
  citations: Cite[],
): NonNullable<DatasetInput["recommendations"]>[number] => ({
  key: `ullah-bano-2025/rec/${slug}`,
  source: SOURCE,
  number: null,
  title,
  text,
  theme,
  targetActors,
  priority: "unspecified",
  status: "proposed",
  nextReviewOn: null,
  citations,
  updates: [],
});

const CONCLUSION_POLICY =
  "Pakistan needs to combine more effective intelligence sharing, specialized counter-financing efforts, and regionally based counterterrorism action plans with an effective counter-ideology offensive to undermine the appeal of extremist narratives.";

const recommendations: NonNullable<DatasetInput["recommendations"]> = [
  rec(
    "abstract-adaptive-ct-strategy",
    "Develop an adaptive counter-terrorism strategy covering local groups and their transnational partners",
    "Pakistan should develop an adaptive counter-terrorism strategy that addresses both domestic insurgencies by local terrorist groups and their transnational partners.",
    "counter_terrorism",
    ["government_of_pakistan"],
    [
      cite(
        ABSTRACT,
        "This study highlights the need to develop an adaptive counterterrorism strategy to address both domestic insurgencies by local terrorist groups and their transnational partners.",
      ),
    ],
  ),
  rec(
    "conclusion-eliminate-threats-and-ideologies",
    "Security agencies should tackle both imminent threats and the ideologies that fuel militant alliances",
    "The security agencies should eliminate not only the imminent threats but also the ideologies behind them that fuel the alliances between the TTP, AQ and ISKP.",
    "counter_terrorism",
    ["law_enforcement", "military"],
    [
      cite(
        CONCLUSION,
        "This requires the security agencies to eliminate not only the imminent threats but also the ideologies behind them that fuel such alliances.",
      ),
    ],
  ),
  rec(
    "conclusion-multi-layered-response",
    "Mount a long-term, adaptive, multi-layered and multi-dimensional policy response",
    "The challenge requires a multi-layered and multi-dimensional policy response: a long-term, adaptive and combined effort, without which the TTP partnership with AQ and ISKP will continue the cycles of insurgency, destabilise the governance of vulnerable regions and plague security throughout the country.",
    "counter_terrorism",
    ["government_of_pakistan"],
    [
      cite(CONCLUSION, "It requires a multi-layered and multi-dimensional policy response to this challenge."),
      cite(
        CONCLUSION,
        "Unless a long-term, adaptive, and combined effort is mounted, the TTP partnership with the AQ and ISKP will continue the cycles of insurgency",
      ),
    ],
  ),
  rec(
    "conclusion-intelligence-sharing",
    "More effective intelligence sharing",
    "As part of a multi-layered response, Pakistan needs more effective intelligence sharing.",
    "counter_terrorism",
    ["government_of_pakistan"],
    [cite(CONCLUSION, CONCLUSION_POLICY)],
  ),
  rec(
    "conclusion-counter-financing",
    "Specialised counter-financing efforts",
    "As part of a multi-layered response, Pakistan needs specialised counter-financing efforts against the militant alliances' funding.",
    "counter_financing",
    ["government_of_pakistan"],
    [cite(CONCLUSION, CONCLUSION_POLICY)],
  ),
  rec(
    "conclusion-regional-ct-action-plans",
    "Regionally based counter-terrorism action plans",
    "As part of a multi-layered response, Pakistan needs regionally based counter-terrorism action plans (the paper does not say whether these are plans with neighbouring states or for particular regions of Pakistan).",
    "regional_cooperation",
    ["government_of_pakistan"],
    [cite(CONCLUSION, CONCLUSION_POLICY)],
  ),
  rec(
    "conclusion-counter-ideology-offensive",
    "An effective counter-ideology offensive against extremist narratives",
    "Pakistan should combine its intelligence, counter-financing and regional measures with an effective counter-ideology offensive to undermine the appeal of extremist narratives.",
    "deradicalisation",
    ["government_of_pakistan"],
    [cite(CONCLUSION, CONCLUSION_POLICY)],
  ),
];

/**
 * Karim Ullah & Abida Bano (2025), "Assessing the Implications of TTP Regional Alliances on the
 * Internal Security of Pakistan" (Vol. 3 No. 9, September 2025). A qualitative paper: the TTP's ties
 * with al-Qaeda and ISKP (which it, unlike CRSS and EFSAS, describes as cooperative), the groups ISKP
 * drew in, the few figures it gives (the July 2018 Mastung rally attack, the ISPP's claimed attacks),
 * the literature review's examples of terrorist alliances, and the Conclusion's policy response.
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
        "Journal article, Vol. 3 No. 9 (September 2025); the seed text does not name the journal. Based on Karim Ullah's MS thesis (Institute of Peace and Conflict Studies, University of Peshawar), supervised by Dr. Abida Bano (Department of Political Science, University of Peshawar). Qualitative: semi-structured interviews with 29 respondents (academics, journalists, law-enforcement members, local elders of North and South Waziristan and a think tank), chosen by snowball and convenience sampling, analysed thematically. Most factual statements are drawn from cited secondary sources (VOA, Dawn and Pakistan Today reports on UN Monitoring Team findings; Farhan Zahid; BBC; Long War Journal), recorded as originalProducer. No separate recommendations section; the policy response is in the Abstract and Conclusion.",
    },
  ],
  groups,
  groupFacts,
  relationships,
  statistics,
  incidents,
  events,
  recommendations,
} satisfies SeedModule;
