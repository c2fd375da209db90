import type { SeedModule } from "../types";

const SOURCE = "efsas-ttp-resurgence";

type Citation = { source: string; locator: string; quote: string; originalProducer?: string | null };

/** The paper's sections (the opening part has no heading). */
const INTRO = "Introduction";
const EMERGENCE = "Emergence and ideology";
const LINKS = "The TTP’s links to other regional terrorist organizations";
const TALIBAN_AQ = "The TTP’s links to other regional terrorist organizations: Relations with the Taliban & Al Qaeda";
const ISKP = "The TTP’s links to other regional terrorist organizations: ISKP";
const CONCLUSION = "Conclusion: The TTP’s prospects";

/** The works the paper cites, named as it cites them (author, year). */
const AFZAL_2021 = "Afzal (2021)";
const AFZAL_2022 = "Afzal (2022)";
const SAYED_2021 = "Sayed (2021)";
const SAYED_HAMMING = "Sayed & Hamming (2021)";
const CISAC = "Center for International Security and Cooperation (2022)";
const JADOON_2022 = "Jadoon et al. (2022)";
const MIR_2021 = "Mir (2021)";
const MIR_2022 = "Mir (2022)";
const VOHRA = "Vohra (2021)";
const UNSC_2021 = "United Nations Security Council (2021 report)";

function cite(locator: string, quote: string, originalProducer: string | null = null): Citation {
  return { source: SOURCE, locator, quote, originalProducer };
}

const PK_NATIONAL = { country: "PK", province: null, district: null } as const;

/**
 * EFSAS study paper (June 2022), "Good Taliban, Bad Taliban: Tracing the Resurgence of the
 * Tehrik-e-Taliban Pakistan (TTP)". A narrative paper built on secondary literature: most statements
 * are attributed to the works it cites (Sayed & Hamming 2021, Afzal 2021/2022, Mir 2021/2022, CISAC
 * 2022, Jadoon et al. 2022, a 2021 UN Security Council report …), recorded as `originalProducer`.
 * Its conclusion weighs Pakistan's policy options; those are the recommendations below.
 * Defines Lashkar-e-Taiba (let) and Jaish-e-Mohammed (jem); the Islamic State is defined in
 * ullah-bano-2025 and only gets facts here. The paper states no totals or tables.
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
        "EFSAS 'Study Paper'. No author is named. Dated 'June 2022' at the end; publishedOn is left null because only the month is stated. There is no numbered recommendations section: the policy options weighed in the conclusion ('Conclusion: The TTP’s prospects') are recorded as recommendations. Relative dates ('now', 'currently') are read as June 2022.",
    },
  ],

  groups: [
    {
      slug: "let",
      name: "Lashkar-e-Taiba",
      abbreviation: "LeT",
      aliases: [],
      kind: "religious_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary:
        "Islamist group that, according to EFSAS, Pakistan's ISI created and sponsored and gave access to Jammu and Kashmir to start an anti-Indian insurgency in Indian-administered J&K from the late 1980s.",
      claims: [
        {
          key: "efsas-ttp-resurgence/let/claim/isi-sponsorship",
          topic: "founding",
          text: "Created and sponsored by Pakistan's Inter-Services Intelligence (ISI), and given access to Jammu and Kashmir to start an anti-Indian insurgency in Indian-administered J&K from the late 1980s onwards.",
          citations: [
            cite(
              EMERGENCE,
              "the ISI also created and sponsored Islamist groups such as Lashkar-e-Taiba (LeT) and Jaish-e-Mohammed (JeM) which were then given access to Jammu and Kashmir (J&K) to start an anti-Indian insurgency in Indian-administered J&K from the late 1980s onwards",
            ),
          ],
        },
      ],
      leaders: [],
      strength: [],
    },
    {
      slug: "jem",
      name: "Jaish-e-Mohammed",
      abbreviation: "JeM",
      aliases: [],
      kind: "religious_jihadist",
      ideology: null,
      founded: null,
      foundedPlace: null,
      dissolved: null,
      areas: [],
      mediaWings: [],
      summary:
        "Islamist group that, according to EFSAS, Pakistan's ISI created and sponsored and gave access to Jammu and Kashmir for an anti-Indian insurgency in Indian-administered J&K.",
      claims: [
        {
          key: "efsas-ttp-resurgence/jem/claim/isi-sponsorship",
          topic: "founding",
          text: "Created and sponsored by Pakistan's Inter-Services Intelligence (ISI), and given access to Jammu and Kashmir to start an anti-Indian insurgency in Indian-administered J&K (EFSAS dates the insurgency from the late 1980s; it gives no founding date for JeM itself).",
          citations: [
            cite(
              EMERGENCE,
              "the ISI also created and sponsored Islamist groups such as Lashkar-e-Taiba (LeT) and Jaish-e-Mohammed (JeM) which were then given access to Jammu and Kashmir (J&K) to start an anti-Indian insurgency in Indian-administered J&K from the late 1980s onwards",
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
      aliases: ["IS"],
      claims: [
        {
          key: "efsas-ttp-resurgence/islamic-state/claim/ideology-pan-islamic",
          topic: "ideology",
          text: "A pan-Islamic group, unlike the nationally focused Taliban and TTP.",
          citations: [
            cite(
              EMERGENCE,
              "with these effectively nationalist orientations differentiating both the Taliban and the TTP from pan-Islamic groups such as Al Qaeda and the Islamic State (IS)",
            ),
          ],
        },
      ],
      leaders: [
        {
          key: "efsas-ttp-resurgence/islamic-state/leader/abu-bakr-al-baghdadi",
          name: "Abu Bakr al-Baghdadi",
          role: "Leader of the IS (based in Iraq/Syria)",
          start: null,
          end: null,
          citations: [
            cite(
              ISKP,
              "defected TTP commanders had to pledge allegiance to the then leader of the IS, Abu Bakr al-Baghdadi, who was based in Iraq/Syria (Sayed & Hamming, 2021)",
              SAYED_HAMMING,
            ),
          ],
        },
      ],
    },
    {
      group: "ttp",
      areas: ["pk-kp-bajaur", "PK-TA", "AF-KHO", "AF-KNR", "AF-NAN", "AF-PKA"],
      claims: [
        {
          key: "efsas-ttp-resurgence/ttp/claim/areas-eastern-afghanistan",
          topic: "areas",
          text: "Currently believed to be particularly present in the Afghan provinces of Khost, Kunar, Nangarhar and Paktika (as of June 2022).",
          citations: [
            cite(
              EMERGENCE,
              "The TTP is currently believed to be particularly present in the Afghan provinces of Khost, Kunar, Nangarhar, and Paktika (Mir, 2021).",
              MIR_2021,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/financing-historical",
          topic: "financing",
          text: "Historically raised funds through kidnappings and ransom payments, resource smuggling, illicit taxation of local populations in the FATA and gifts from international benefactors; the lack of State capacity in the FATA has presumably let it continue these operations to some degree after 2014.",
          citations: [
            cite(
              EMERGENCE,
              "Historically, the TTP has raised funds through kidnappings and ransom payments, resource smuggling, illicitly taxing local populations in the FATA, and receiving gifts from international benefactors (Center for International Security and Cooperation, 2022).",
              CISAC,
            ),
            cite(
              EMERGENCE,
              "The lack of State capacity and oversight in the FATA has presumably allowed the TTP to continue these operations to some degree after 2014.",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/recruitment-idp-camps-madrassas",
          topic: "recruitment",
          text: "Primarily recruits young men from camps for displaced persons (IDP camps), especially in the FATA, alongside Deobandi-Wahhabi madrassas.",
          citations: [
            cite(
              EMERGENCE,
              "Alongside Deobandi-Wahhabi madrassas, the TTP primarily recruits young men from internationally displaced person (IDP) camps, especially in the FATA (Center for International Security and Cooperation, 2022).",
              CISAC,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/pakistani-official-view-origins",
          topic: "other",
          text: "Pakistani authorities have long claimed the TTP was simply a result of the American presence in Afghanistan and of anti-Pakistani collaboration between the Afghan and Indian intelligence services; EFSAS calls this assessment inaccurate in the light of the Taliban's post-2021 policy.",
          citations: [
            cite(
              TALIBAN_AQ,
              "Pakistani authorities have long claimed that the TTP was simply a result of the American presence in Afghanistan and anti-Pakistani collaboration between the Afghan and Indian intelligence services (Mir, 2022).",
              MIR_2022,
            ),
            cite(
              TALIBAN_AQ,
              "The Taliban’s policy towards the TTP post-2021 has highlighted just how inaccurate of an assessment this has turned out to be.",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/role-most-violent",
          topic: "role",
          text: "Since its founding in 2007, the most influential and violent anti-Pakistan terrorist outfit in South Asia; it has primarily operated out of Afghanistan since 2014.",
          citations: [
            cite(
              INTRO,
              "Since its founding in 2007, the TTP has emerged as the most influential and violent anti-Pakistan terrorist outfit in South Asia.",
            ),
            cite(INTRO, "The group has primarily operated out of Afghanistan since 2014"),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/umbrella-structure",
          topic: "other",
          text: "Founded not as a coherent whole but as an umbrella organisation of factions that often continued to operate independently; this umbrella-like structure made it internally fragile.",
          citations: [
            cite(
              EMERGENCE,
              "the TTP was founded not as a homogeneous, coherent whole, but a broader umbrella organization bringing together different factions and elements that often continued to operate independently from each other (Afzal, 2021)",
              AFZAL_2021,
            ),
            cite(
              EMERGENCE,
              "The TTP’s internal fragility, a consequence of its umbrella-like structure, was exposed by growing external pressure and increased competition (Sayed & Hamming, 2021).",
              SAYED_HAMMING,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/recruitment-non-pashtuns",
          topic: "recruitment",
          text: "Despite its Pashtun bias, the Red Mosque siege also motivated non-Pashtuns to join Al Qaeda-supervised TTP training camps in the FATA.",
          citations: [
            cite(
              EMERGENCE,
              "the anti-Islamist violence of the Red Mosque siege also motivated non-Pashtuns to join Al Qaeda-supervised TTP training camps in the FATA (Sayed & Hamming, 2021)",
              SAYED_HAMMING,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/ideology-sectarian",
          topic: "ideology",
          text: "Became heavily sectarian (anti-Shia) by poaching experienced fighters from radical anti-Shia groups such as Lashkar-e-Jhangvi.",
          citations: [
            cite(
              EMERGENCE,
              "The TTP concurrently became heavily sectarian by poaching experienced fighters from radical anti-Shia groups such as Lashkar-e-Jhangvi (LeJ) (Sayed, 2021).",
              SAYED_2021,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/tactics-maliks-sharia",
          topic: "tactics",
          text: "In the tribal areas it systematically murdered hundreds of Pashtun tribal leaders (maliks), elevated members of traditionally marginalised classes and enforced a Taliban-inspired interpretation of Sharia law.",
          citations: [
            cite(
              EMERGENCE,
              "The TTP started to systematically murder hundreds of Pashtun tribal leaders (maliks) and elevated members of the social classes traditionally marginalized in the tribal system (Sayed, 2021; Walsh, 2020).",
              "Sayed (2021); Walsh (2020)",
            ),
            cite(
              EMERGENCE,
              "In the areas where it exercised control, the TTP also began implementing a Taliban-inspired interpretation of Sharia law.",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/ideology-islamic-state-defensive-jihad",
          topic: "ideology",
          text: "Seeks a 'truly' Islamic State as the core objective of Pakistani statehood and wages a \"defensive jihad\" to overthrow the Pakistani State; has partly justified its fight by reference to Ghazwa-e-Hind.",
          citations: [
            cite(
              EMERGENCE,
              "The TTP seeks to fulfill what it interprets as the core objective of Pakistani nation and Statehood: the establishment of a ‘truly’ Islamic State (Sayed, 2021).",
              SAYED_2021,
            ),
            cite(
              EMERGENCE,
              "By conducting a “defensive jihad” against Pakistan, the TTP aims to overthrow the Pakistani State (Center for International Security and Cooperation, 2022).",
              CISAC,
            ),
            cite(
              EMERGENCE,
              "The TTP has partially justified its fight against the Pakistani State in reference to Ghazwa-e-Hind, translating into the ‘fight for India’.",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/goals-united-front-taliban",
          topic: "goals",
          text: 'Seeks a united front with the Taliban to maintain a Taliban regime in Afghanistan and expel the "American stooges" supposedly controlling both countries.',
          citations: [
            cite(
              EMERGENCE,
              "the TTP furthermore seeks to establish a united front with the Taliban to maintain a Taliban regime in Afghanistan and expel the “American stooges” supposedly controlling both countries (Sayed, 2021)",
              SAYED_2021,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/ideology-pakistan-focus",
          topic: "ideology",
          text: "Its rhetoric has recently shifted to focus solely on 'purifying' Pakistan, possibly to limit its official affiliation to Al Qaeda and US counterterrorism targeting; in 2018 it claimed it would focus solely on jihad in Pakistan, later suggesting it would collaborate with major powers to bring down the Pakistani State.",
          citations: [
            cite(
              EMERGENCE,
              "Recently, however, the TTP’s rhetoric has shifted to focus solely on ‘purifying’ Pakistan, potentially also to limit its official affiliation to Al Qaeda and make itself less of a target for US counterterrorism operations (Sayed, 2021).",
              SAYED_2021,
            ),
            cite(
              TALIBAN_AQ,
              "In 2018 the TTP claimed that it would solely focus on conducting a jihad in Pakistan (Sayed, 2021), later even suggesting that it would collaborate with major powers to bring down the Pakistani State (Rafiq, 2022).",
              "Sayed (2021); Rafiq (2022)",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/tactics-suicide-civilians",
          topic: "tactics",
          text: "After 2007 it waged a large-scale campaign in Pakistan defined by indiscriminate targeting of civilians, repeatedly using suicide attacks, and attacked Shia mosques throughout Pakistan.",
          citations: [
            cite(
              EMERGENCE,
              "After 2007, the TTP launched a large-scale terrorist campaign in Pakistan that was defined by its indiscriminate targeting of civilians.",
            ),
            cite(EMERGENCE, "The TTP has repeatedly made use of suicide attacks", CISAC),
            cite(EMERGENCE, "and multiple attacks on Shia mosques throughout Pakistan"),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/areas-bajaur",
          topic: "areas",
          text: "Kunar Province appears a particularly important base: since 2020 most TTP attacks have taken place in the Bajaur Agency of KP, directly bordering Kunar. Its tribal-areas stronghold was eroded from 2014, pushing it into Taliban-held eastern Afghanistan.",
          citations: [
            cite(
              EMERGENCE,
              "Kunar Province appears a particularly important base for the group: since 2020, most TTP attacks have taken place in the Bajaur Agency of KP, directly bordering Kunar Province (Sayed & Hamming, 2021).",
              SAYED_HAMMING,
            ),
            cite(
              EMERGENCE,
              "The TTP’s stronghold in the tribal areas was eroded through the expansion of counterterrorism operations in the FATA from 2014 onwards, pushing the TTP to operate out of Taliban-held areas in eastern Afghanistan.",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/near-irrelevance-after-2014",
          topic: "other",
          text: "Operation Zarb-e-Azb and internal fragmentation from 2013/2014 severely weakened the TTP; after 2014 the group was close to becoming irrelevant, and some factions halted their support for the Fazlullah-led TTP.",
          citations: [
            cite(
              EMERGENCE,
              "Operation Zarb-e-Azb and internal fragmentation from 2013/2014 onwards nevertheless severely weakened the TTP.",
            ),
            cite(EMERGENCE, "Other TTP factions simply halted their support for the now Fazlullah-led TTP."),
            cite(EMERGENCE, "after 2014, the group was close to becoming irrelevant"),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/reconsolidation-noor-wali",
          topic: "leadership",
          text: "Noor Wali Mehsud has sought to reconsolidate the group by (1) making it more politically palatable in Pakistan and (2) reintegrating previous TTP factions; the return of a Mehsud as leader motivated the reintegration of previous factions.",
          citations: [
            cite(
              EMERGENCE,
              "Noor Wali Mehsud has sought to reconsolidate and strengthen the organization by (1) making it more politically palatable in Pakistan and expanding its political clout and (2) reintegrating previous TTP factions to deepen the operational core.",
            ),
            cite(EMERGENCE, "The return of a Mehsud as TTP leader has motivated the reintegration of previous factions"),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/media-operation-manual",
          topic: "media",
          text: 'In 2018 the TTP published the "Operation Manual for Mujahideen of Tehreek-e-Taliban Pakistan".',
          citations: [
            cite(
              EMERGENCE,
              "In 2018, the TTP published the “Operation Manual for Mujahideen of Tehreek-e-Taliban Pakistan”",
              SAYED_HAMMING,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/role-state-opposed-networks",
          topic: "role",
          text: "Has sought integration into broader State-opposed networks in Pakistan, aiding secessionists in Balochistan (not named) while rhetorically supporting non-violent movements such as the Pashtun Tahafuz Movement (PTM).",
          citations: [
            cite(
              EMERGENCE,
              "The TTP has also sought to become integrated into broader State-opposed/critical networks in Pakistan, aiding secessionists in Balochistan while rhetorically supporting non-violent movements such as the PTM.",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/financing-karachi",
          topic: "financing",
          text: "Before Operation Zarb-e-Azb it had a pronounced urban presence: Karachi became a hub after 2009, where it raised funds through extortion and ransom payments and was preferred by some communities for quick Sharia justice against criminals.",
          citations: [
            cite(
              EMERGENCE,
              "Karachi emerged as a hub for the TTP’s activities after 2009, seeing the TTP raising funds through extortion and ransom payments (Rehman, 2013).",
              "Rehman (2013)",
            ),
            cite(
              EMERGENCE,
              "The TTP was notably preferred by some communities in Karachi as it performed State-like functions, for instance through the quick delivery of Sharia justice against local criminals.",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/taliban-style-structure",
          topic: "leadership",
          text: "Emulates the Afghan Taliban's centralised bureaucratic structure: in 2020 it appointed Taliban-style shadow governors for different parts of Pakistan and established a centralised training system.",
          citations: [
            cite(
              TALIBAN_AQ,
              "In 2020, the TTP appointed Taliban-style shadow governors for different parts of Pakistan and established a centralized training system.",
            ),
            cite(
              TALIBAN_AQ,
              "“replace the quasi-tribal structure of TTP management with the Afghan Taliban’s centralized bureaucratic system”",
              SAYED_2021,
            ),
            cite(
              TALIBAN_AQ,
              "“the TTP can only be victorious in Pakistan if it follows in the footsteps of the Afghan Taliban”",
              SAYED_2021,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/ttp/claim/tactics-restraint-pledge",
          topic: "tactics",
          text: "Has committed itself to restricting its attacks to security personnel and security infrastructure, though EFSAS expects its attacks to still produce civilian casualties.",
          citations: [
            cite(
              CONCLUSION,
              "Although the TTP has committed itself to restraining its activities towards the targeting of security personnel and security infrastructure, attacks and growing volatility will inevitably also produce civilian casualties.",
            ),
          ],
        },
      ],
    },
    {
      group: "iskp",
      claims: [
        {
          key: "efsas-ttp-resurgence/iskp/claim/absorb-ttp",
          topic: "goals",
          text: "Its first Emir, the TTP defector Hafiz Saeed Khan, suggested ISKP would eventually absorb the TTP.",
          citations: [
            cite(
              EMERGENCE,
              "ISKP’s first Emir, a TTP defector named Hafiz Saeed Khan, went as far as suggesting that ISKP would eventually absorb the TTP (Jadoon et al., 2022).",
              JADOON_2022,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/iskp/claim/recruitment-poaching",
          topic: "recruitment",
          text: "Poached TTP cadres at every level after Operation Zarb-e-Azb and Hakimullah Mehsud's death; its more radical anti-Shia narrative attracted hardline elements of Al Qaeda, the Taliban and the TTP.",
          citations: [
            cite(ISKP, "ISKP’s poaching strategy notably aimed at every level of the TTP"),
            cite(
              ISKP,
              "ISKP’s even more radical narrative attracted hardline elements in Al Qaeda, the Taliban, and the TTP",
              SAYED_HAMMING,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/iskp/claim/ideology-pan-islamist",
          topic: "ideology",
          text: "Pan-Islamist, with an even more radical anti-Shia ideology than the TTP; its vision essentially aims at the eradication of the State of Pakistan.",
          citations: [
            cite(
              ISKP,
              "ISKP’s pan-Islamic vision, which essentially aims at the eradication of the State of Pakistan, also de-localized the conflict to a significant degree",
            ),
            cite(
              ISKP,
              "the TTP’s exposure to defections was partially a result of ISKP’s even more radical anti-Shia ideology",
              SAYED_HAMMING,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/iskp/claim/focus-afghanistan",
          topic: "areas",
          text: "Failed to translate its anti-Pakistan rhetoric into significant militant action in Pakistan, focusing instead on fighting US troops and the Taliban in Afghanistan.",
          citations: [
            cite(
              ISKP,
              "ISKP failed to translate its anti-Pakistan rhetoric into significant militant action in Pakistan, instead focusing on fighting the US troops and the Taliban in Afghanistan.",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/iskp/claim/media-filthy-nationalists",
          topic: "media",
          text: 'Has decried the Taliban authorities as "filthy nationalists" who betrayed the jihadi cause through their diplomatic engagement with the United States in Qatar.',
          citations: [
            cite(
              ISKP,
              "which has decried Taliban authorities as “filthy nationalists” that have betrayed the jihadi cause through their diplomatic engagement with the United States in Qatar (Kapur, 2022)",
              "Kapur (2022)",
            ),
          ],
        },
      ],
    },
    {
      group: "afghan-taliban",
      claims: [
        {
          key: "efsas-ttp-resurgence/afghan-taliban/claim/pakistani-proxy",
          topic: "role",
          text: "Pakistan focused its support on the Taliban, which recruited fighters from Afghan refugees in Pakistan; the Taliban became a de facto Pakistani proxy force with ISI financial and logistical support.",
          citations: [
            cite(
              EMERGENCE,
              "eventually focusing its support on the Taliban, which primarily recruited its fighters from the Afghan refugee population in Pakistan",
            ),
            cite(
              EMERGENCE,
              "While fighting in Afghanistan, the Taliban became a de facto Pakistani proxy force, with the Pakistani Inter-Services Intelligence (ISI) providing the\u00a0Taliban with financial and logistical support",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/afghan-taliban/claim/border-durand-line",
          topic: "other",
          text: "Since taking Kabul, Taliban forces have stopped Pakistani border fencing and Taliban authorities refuse to recognise the Durand Line as the de jure border.",
          citations: [
            cite(
              INTRO,
              "Since then, Taliban forces have stopped Pakistani fencing operations along the Afghan-Pakistani border and Taliban authorities have refused to recognize the Durand Line as the de jure border between both countries.",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/afghan-taliban/claim/refuses-to-restrain-ttp",
          topic: "role",
          text: 'Has repeatedly refused to use its influence over the TTP to contain its attacks in Pakistan; in 2021 a Taliban leader said "We are not Pakistan’s puppets, we are independent".',
          citations: [
            cite(
              INTRO,
              "The Taliban has also repeatedly refused to leverage its influence over the TTP to contain the TTP’s attacks in Pakistan: in 2021, a Taliban leader asserted that “We are not Pakistan’s puppets, we are independent” (quoted in Vohra, 2021).",
              VOHRA,
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/afghan-taliban/claim/factions",
          topic: "other",
          text: "Not a homogeneous organisation: it consists of factions with different degrees of influence and partly diverging political objectives.",
          citations: [
            cite(
              TALIBAN_AQ,
              "As with the TTP, there is no homogenous Taliban organization - rather, the organization consists of different factions that enjoy different degrees of influence and partially have (somewhat) diverging political objectives.",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/afghan-taliban/claim/spokesman-mujahid",
          topic: "media",
          text: 'Spokesman Zabihullah Mujahid said Pakistan\'s April 2022 strikes were "paving the way for enmity between Afghanistan and Pakistan".',
          citations: [
            cite(
              INTRO,
              "Taliban spokesman Zabihullah Mujahid lamented that such attacks were “paving the way for enmity between Afghanistan and Pakistan.",
              "Janjua (2022)",
            ),
          ],
        },
      ],
    },
    {
      group: "al-qaeda",
      aliases: ["Al Qaida"],
      claims: [
        {
          key: "efsas-ttp-resurgence/al-qaeda/claim/attacks-from-afghanistan",
          topic: "tactics",
          text: "From its Afghan safe haven after 1996 it coordinated attacks against US targets, including the 1998 embassy bombings in East Africa, the 2000 USS Cole attack and the 9/11 attacks.",
          citations: [
            cite(
              EMERGENCE,
              "the Taliban had invited Al Qaeda operatives to use Afghanistan as a safe haven from where Al Qaeda coordinated subsequent attacks against US targets, including the 1998 embassy bombings in East Africa, the 2000 attack against the USS Cole, and, ultimately, the 9/11 attacks",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/al-qaeda/claim/ideology-pan-islamic",
          topic: "ideology",
          text: "A pan-Islamic group, unlike the nationally focused Taliban and TTP.",
          citations: [
            cite(
              EMERGENCE,
              "with these effectively nationalist orientations differentiating both the Taliban and the TTP from pan-Islamic groups such as Al Qaeda and the Islamic State (IS)",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/al-qaeda/claim/reprimanded-ttp",
          topic: "role",
          text: "Both the Taliban and Al Qaeda officially reprimanded the TTP's indiscriminate targeting of civilians but neither halted its support.",
          citations: [
            cite(
              EMERGENCE,
              "Although both the Taliban and Al Qaeda officially reprimanded the TTP’s indiscriminate targeting of civilians, neither organization halted its support for the TTP (Sayed & Hamming, 2021).",
              SAYED_HAMMING,
            ),
          ],
        },
      ],
    },
    {
      group: "haqqani-network",
      areas: ["pk-kp-north-waziristan"],
      claims: [
        {
          key: "efsas-ttp-resurgence/haqqani-network/claim/ideology-hardline",
          topic: "ideology",
          text: "Espouses particularly hardline positions, for instance on women's rights, that contradict more moderate elements in the Taliban.",
          citations: [
            cite(
              TALIBAN_AQ,
              "The HN espouses particularly hardline positions, for instance regarding women’s rights, that contradict more moderate elements in the Taliban (Davis, 2017).",
              "Davis (2017)",
            ),
          ],
        },
        {
          key: "efsas-ttp-resurgence/haqqani-network/claim/role-zarb-e-azb",
          topic: "role",
          text: "Its presence in North Waziristan and central role in negotiations are believed to be among the key reasons the Army did not clamp down further in North Waziristan during Operation Zarb-e-Azb.",
          citations: [
            cite(
              TALIBAN_AQ,
              "is further believed to have been among the key reasons why the Pakistani Army did not clamp down further in North Waziristan in Operation Zarb-e-Azb (Kakakhel & Farooq, 2015)",
              "Kakakhel & Farooq (2015)",
            ),
          ],
        },
      ],
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
        "The TTP depends on the Haqqani Network for access to Afghanistan; HN and TTP units have occasionally fought side by side in Afghanistan and Pakistan, and the HN mediated the late-2021 ceasefire talks between the TTP and the Pakistani government.",
      citations: [
        cite(
          TALIBAN_AQ,
          "The TTP now depends on the HN for access to Afghanistan and HN and TTP units have occasionally fought alongside each other in Afghanistan and Pakistan",
          CISAC,
        ),
        cite(
          TALIBAN_AQ,
          "The HN has also functioned as a mediator in the ceasefire negotiations between the TTP and the Pakistani government in late 2021 (Mir, 2022).",
          MIR_2022,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/afghan-taliban-shelters-ttp",
      from: "afghan-taliban",
      to: "ttp",
      type: "sanctuary",
      start: { date: "2014-01-01", precision: "year" },
      end: null,
      description:
        "After Operation Zarb-e-Azb (2014) the TTP moved its base to Taliban-held eastern Afghanistan (Khost, Kunar, Nangarhar, Paktika); by insulating it from Pakistani counterterrorism operations the Taliban let it regroup, and after taking Kabul released senior TTP members from Afghan prisons.",
      citations: [
        cite(EMERGENCE, "with the TTP shifting its base of operations to Taliban-controlled areas in eastern Afghanistan after 2014"),
        cite(
          TALIBAN_AQ,
          "By insulating the TTP from Pakistani counterterrorism operations, the Taliban created a political (and physical) space in which the TTP could regroup in the aftermath of Operation Zarb-e-Azb.",
        ),
        cite(
          LINKS,
          "While the connection to the Taliban and Al Qaeda has been key for the TTP to ensure survival, for instance by providing training and safe haven, the TTP’s relations with ISKP are less constructive.",
        ),
        cite(
          INTRO,
          "After taking over Kabul, the Taliban immediately released senior TTP members who had been incarcerated in Afghan prisons (Mir, 2022).",
          MIR_2022,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/ttp-affiliate-afghan-taliban",
      from: "ttp",
      to: "afghan-taliban",
      type: "affiliate",
      start: null,
      end: null,
      description:
        'EFSAS calls the TTP the Pakistani offshoot of the Taliban. The TTP originally called itself a Taliban affiliate and renewed its pledge of allegiance to the Taliban high command after the fall of Kabul in August 2021; the Taliban claims "very good relations" with it and sees it as a legitimate, more dependable ally than Pakistan.',
      citations: [
        cite(
          TALIBAN_AQ,
          "Originally referring to itself as a Taliban affiliate, the TTP has continuously emphasized the close ties between groups",
        ),
        cite(
          TALIBAN_AQ,
          "after the Taliban took Kabul in August 2021, the TTP renewed its pledge of allegiance to the Taliban high command (Afzal, 2022; Sayed, 2021)",
          "Afzal (2022); Sayed (2021)",
        ),
        cite(INTRO, "the Taliban’s support for the Pakistani offshoot of the Taliban, known as Tehrik-e-Taliban Pakistan (TTP)"),
        cite(INTRO, "which the Taliban has claimed to have “very good relations'' with (quoted in Vohra, 2021)", VOHRA),
        cite(EMERGENCE, "For the Taliban, the TTP is a more natural and dependable ally than Pakistan."),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/ttp-shelters-afghan-taliban-al-qaeda-2001",
      from: "ttp",
      to: "afghan-taliban",
      type: "sanctuary",
      start: { date: "2001-01-01", precision: "year" },
      end: null,
      description:
        "After the 2001 US-led invasion, Pashtun jihadists in KP and the FATA — the factions that later formed the TTP — welcomed fleeing Taliban (and Al Qaeda) fighters; EFSAS says the Taliban's post-2014 support for the TTP reciprocated this. The TTP itself was founded only in 2007.",
      citations: [
        cite(
          EMERGENCE,
          "Al Qaeda and Taliban fighters were welcomed by Pakistani jihadists, many of whom had fought alongside the Taliban against the Soviets and other Afghan sections and shared the Taliban’s Pashtun background (Sayed, 2021)",
          SAYED_2021,
        ),
        cite(
          TALIBAN_AQ,
          "The Taliban’s support for the TTP after 2014 essentially reciprocated the support different Pashtun factions offered Taliban and Al Qaeda operatives following the 2001 invasion of Afghanistan.",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/al-qaeda-ttp-cooperation",
      from: "al-qaeda",
      to: "ttp",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "Al Qaeda supervised TTP training camps, its backing helps TTP recruitment, and it is believed to have decisively mediated the TTP's post-2020 reconsolidation. The TTP has rhetorically distanced itself from Al Qaeda since 2018, but EFSAS says the operational links continue.",
      citations: [
        cite(
          TALIBAN_AQ,
          "the post-2020 reconsolidation of the TTP, for instance, is believed to have been decisively mediated by Al Qaeda (Sayed & Hamming, 2021)",
          SAYED_HAMMING,
        ),
        cite(
          TALIBAN_AQ,
          "Support by Al Qaeda has been pivotal to recruit fighters as the prestige of being supported by both the Taliban and Al Qaeda grants the TTP enhanced legitimacy",
        ),
        cite(
          TALIBAN_AQ,
          "Although these operational links continue to exist and remain decisive for the TTP, also due to the interlinked connection to the Taliban and the HN, the TTP has taken some measures to at least rhetorically distance itself from Al Qaeda.",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/ttp-shelters-al-qaeda-tribal-areas",
      from: "ttp",
      to: "al-qaeda",
      type: "sanctuary",
      start: null,
      end: null,
      description:
        "Al Qaeda views the TTP as a decisive partner in ensuring access to the tribal areas, where its agents can operate with impunity.",
      citations: [
        cite(
          TALIBAN_AQ,
          "Al Qaeda views the TTP as a decisive partner in ensuring access to the tribal areas as a space in which Al Qaeda agents can effectively operate with impunity (Mir, 2021)",
          MIR_2021,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/afghan-taliban-shelters-al-qaeda-1996",
      from: "afghan-taliban",
      to: "al-qaeda",
      type: "sanctuary",
      start: { date: "1996-01-01", precision: "year" },
      end: { date: "2001-10-01", precision: "month" },
      description:
        "After taking Kabul in 1996 the Taliban invited Al Qaeda to use Afghanistan as a safe haven, from which it coordinated attacks on US targets, until the US-led invasion of October 2001 dismantled the Taliban regime.",
      citations: [
        cite(
          EMERGENCE,
          "After Kabul had fallen to the Taliban in 1996, the Taliban had invited Al Qaeda operatives to use Afghanistan as a safe haven",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/al-qaeda-afghan-taliban-alliance",
      from: "al-qaeda",
      to: "afghan-taliban",
      type: "alliance",
      start: null,
      end: null,
      description:
        "EFSAS describes an 'Al Qaeda-Taliban alliance' that regrouped in Pakistan's tribal areas after 2001 (see also the separate Haqqani Network–Al Qaeda liaison record).",
      citations: [cite(EMERGENCE, "allowed the Al Qaeda-Taliban alliance to regroup in the tribal areas")],
    },
    {
      key: "efsas-ttp-resurgence/rel/haqqani-network-al-qaeda-liaison",
      from: "haqqani-network",
      to: "al-qaeda",
      type: "cooperation",
      start: null,
      end: null,
      description:
        "Per a 2021 UN Security Council report quoted by EFSAS, the Haqqani Network is a hub for cooperation with regional foreign terrorist groups and the primary liaison between the Taliban and Al Qaida.",
      citations: [
        cite(
          TALIBAN_AQ,
          "remains a hub for outreach and cooperation with regional foreign terrorist groups and is the primary liaison between the Taliban and Al Qaida",
          UNSC_2021,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/haqqani-network-faction-of-afghan-taliban",
      from: "haqqani-network",
      to: "afghan-taliban",
      type: "affiliate",
      start: null,
      end: null,
      description:
        "EFSAS treats the Haqqani Network as an influential faction within the Taliban; its leader Sirajuddin Haqqani serves as the Taliban's Interior Minister (as of June 2022), and its hardline positions contradict more moderate Taliban elements.",
      citations: [
        cite(
          TALIBAN_AQ,
          "The post-August 2021 coverage of the Taliban has frequently emphasized the role of the HN, the leader of which, Sirajuddin Haqqani, currently serves as the Taliban’s Interior Minister.",
        ),
        cite(TALIBAN_AQ, "The Taliban-internal importance of the HN creates a need for the TTP to maintain constructive ties with the HN."),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/ttp-iskp-defection",
      from: "ttp",
      to: "iskp",
      type: "defection",
      start: { date: "2013-01-01", precision: "year" },
      end: null,
      description:
        "After Fazlullah succeeded Hakimullah Mehsud (2013) and after Operation Zarb-e-Azb (2014), ISKP poached TTP cadres at every level, including its first Emir Hafiz Saeed Khan, a former TTP commander; defectors had to pledge allegiance to Abu Bakr al-Baghdadi. Motives were both ideological and practical.",
      citations: [
        cite(
          EMERGENCE,
          "Fazlullah’s status as a non-Mehsud weakened the support of other TTP factions and coincided with the growing reach of ISKP, motivating a number of high-ranking defections to ISKP discussed in depth further below.",
        ),
        cite(
          ISKP,
          "Mehsud’s death and the intensification of anti-TTP counterterrorism operations fragmented the TTP and allowed ISKP to poach TTP cadres.",
        ),
        cite(ISKP, "Defections were consequently motivated by a combination of ideological and practical considerations."),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/afghan-taliban-iskp-defection",
      from: "afghan-taliban",
      to: "iskp",
      type: "defection",
      start: null,
      end: null,
      description:
        "ISKP's more radical anti-Shia narrative attracted hardline elements of the Taliban (as of Al Qaeda and the TTP); EFSAS adds that the Taliban is unlikely to rein in the TTP to avoid renewed defections to ISKP.",
      citations: [
        cite(ISKP, "ISKP’s even more radical narrative attracted hardline elements in Al Qaeda, the Taliban, and the TTP", SAYED_HAMMING),
        cite(
          CONCLUSION,
          "also makes the Taliban less likely to rein in the TTP to avoid renewed defections to ISKP (Afzal, 2022)",
          AFZAL_2022,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/al-qaeda-iskp-defection",
      from: "al-qaeda",
      to: "iskp",
      type: "defection",
      start: null,
      end: null,
      description: "ISKP's more radical anti-Shia narrative attracted hardline elements of Al Qaeda (as of the Taliban and the TTP).",
      citations: [
        cite(ISKP, "ISKP’s even more radical narrative attracted hardline elements in Al Qaeda, the Taliban, and the TTP", SAYED_HAMMING),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/iskp-ttp-rivalry",
      from: "iskp",
      to: "ttp",
      type: "rivalry",
      start: null,
      end: null,
      description:
        "Despite convergent short-term aims against Pakistan, relations are hostile: ISKP poached TTP cadres, its first Emir said it would absorb the TTP, and after the TTP renewed its allegiance to the Taliban in 2021 ISKP branded it apostates. The TTP is now part of the anti-ISKP front.",
      citations: [
        cite(
          ISKP,
          "After the TTP renewed its pledge of allegiance to the Taliban in 2021, ISKP branded the TTP apostates (Jadoon et al., 2022).",
          JADOON_2022,
        ),
        cite(ISKP, "The TTP has thus become a broader part of the jihadi anti-ISKP front in Afghanistan and Pakistan."),
        cite(
          ISKP,
          "ISKP’s open hostility to Taliban rule in Afghanistan now positions TTP in direct opposition to ISKP despite their partial ideological convergence on combating Pakistani State authorities.",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/iskp-afghan-taliban-rivalry",
      from: "iskp",
      to: "afghan-taliban",
      type: "rivalry",
      start: null,
      end: null,
      description:
        'ISKP is openly hostile to Taliban rule, decrying the Taliban as "filthy nationalists" for their talks with the US in Qatar, and has focused on fighting US troops and the Taliban in Afghanistan; its growth came in opposition to the Taliban, Al Qaeda and the TTP.',
      citations: [
        cite(
          ISKP,
          "ISKP’s growth thus occurred not independent from existing jihadi infrastructure but in opposition to Al Qaeda, the Taliban, and the TTP",
        ),
        cite(ISKP, "A key factor in ISKP’s inability to absorb the TTP was ISKP’s relation with the Taliban."),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/iskp-al-qaeda-rivalry",
      from: "iskp",
      to: "al-qaeda",
      type: "rivalry",
      start: null,
      end: null,
      description: "ISKP grew in opposition to Al Qaeda, replicating the IS–Al Qaeda rivalry seen in other theatres.",
      citations: [
        cite(ISKP, "ISKP’s opposition to Al Qaeda also replicated the IS-Al Qaeda rivalry observable in other regional theaters."),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/islamic-state-al-qaeda-rivalry",
      from: "islamic-state",
      to: "al-qaeda",
      type: "rivalry",
      start: null,
      end: null,
      description: "EFSAS refers to an IS–Al Qaeda rivalry observable in regional theatres other than Afghanistan-Pakistan.",
      citations: [
        cite(ISKP, "ISKP’s opposition to Al Qaeda also replicated the IS-Al Qaeda rivalry observable in other regional theaters."),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/iskp-affiliate-islamic-state",
      from: "iskp",
      to: "islamic-state",
      type: "affiliate",
      start: null,
      end: null,
      description:
        "ISKP (Islamic State Khorasan Province) is the IS branch in the region: TTP commanders defecting to it had to pledge allegiance to the then IS leader Abu Bakr al-Baghdadi, based in Iraq/Syria.",
      citations: [
        cite(
          ISKP,
          "defected TTP commanders had to pledge allegiance to the then leader of the IS, Abu Bakr al-Baghdadi, who was based in Iraq/Syria (Sayed & Hamming, 2021)",
          SAYED_HAMMING,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/lashkar-e-jhangvi-ttp-defection",
      from: "lashkar-e-jhangvi",
      to: "ttp",
      type: "defection",
      start: null,
      end: null,
      description:
        "The TTP poached experienced fighters from radical anti-Shia groups such as Lashkar-e-Jhangvi, which made it heavily sectarian.",
      citations: [
        cite(
          EMERGENCE,
          "The TTP concurrently became heavily sectarian by poaching experienced fighters from radical anti-Shia groups such as Lashkar-e-Jhangvi (LeJ) (Sayed, 2021).",
          SAYED_2021,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/ttp-lashkar-e-jhangvi-affiliation",
      from: "ttp",
      to: "lashkar-e-jhangvi",
      type: "cooperation",
      start: null,
      end: null,
      description: "EFSAS speaks of the TTP's 'affiliation' with groups like LeJ, which gave the TTP a heavy anti-Shia bias.",
      citations: [cite(ISKP, "while the affiliation with groups like LeJ had already given the TTP a heavy anti-Shia bias", SAYED_HAMMING)],
    },
    {
      key: "efsas-ttp-resurgence/rel/afghan-taliban-ttp-alliance",
      from: "afghan-taliban",
      to: "ttp",
      type: "alliance",
      start: null,
      end: null,
      description:
        "Beyond sheltering it, the Taliban treats the TTP as an ally: EFSAS says the Taliban perceives the TTP as a legitimate ally and, for the Taliban, the TTP (and the groups that formed it) is a more natural and dependable ally than Pakistan; the TTP in turn seeks a united front with the Taliban to maintain a Taliban regime in Afghanistan. EFSAS speaks of the TTP's 'continued cooperation with the Taliban' as of 2022.",
      citations: [
        cite(
          TALIBAN_AQ,
          "The Taliban being as openly willing to support the TTP at the expense of its relations with Pakistan illuminates both the Taliban’s distrust towards Islamabad and the Taliban’s perception of the TTP as a legitimate ally (Sayed & Hamming, 2021).",
          SAYED_HAMMING,
        ),
        cite(EMERGENCE, "For the Taliban, the TTP is a more natural and dependable ally than Pakistan."),
        cite(
          EMERGENCE,
          "For the Taliban, the groups that ultimately formed the TTP have, in many ways, been more reliable allies than Pakistan.",
        ),
        cite(
          EMERGENCE,
          "the TTP furthermore seeks to establish a united front with the Taliban to maintain a Taliban regime in Afghanistan",
          SAYED_2021,
        ),
        cite(INTRO, "The TTP’s resurgence and its continued cooperation with the Taliban"),
      ],
    },
    {
      key: "efsas-ttp-resurgence/rel/ttp-shelters-al-qaeda-2001",
      from: "ttp",
      to: "al-qaeda",
      type: "sanctuary",
      start: { date: "2001-01-01", precision: "year" },
      end: null,
      description:
        "After the 2001 US-led invasion of Afghanistan, Pashtun jihadists in KP and the FATA — the factions that later formed the TTP — welcomed fleeing Al Qaeda (and Taliban) operatives, which created a deep sense of appreciation for the TTP within Al Qaeda. The TTP itself was founded only in 2007; the separate record 'ttp-shelters-al-qaeda-tribal-areas' covers Al Qaeda's present view of the TTP as its guarantor of access to the tribal areas.",
      citations: [
        cite(
          EMERGENCE,
          "Al Qaeda and Taliban fighters were welcomed by Pakistani jihadists, many of whom had fought alongside the Taliban against the Soviets and other Afghan sections and shared the Taliban’s Pashtun background (Sayed, 2021)",
          SAYED_2021,
        ),
        cite(
          TALIBAN_AQ,
          "The support of Pashtun groups for Al Qaeda operatives after 2001 created a deep sense of appreciation for the TTP within Al Qaeda and the broader global jihadi community (Sayed, 2021).",
          SAYED_2021,
        ),
        cite(
          EMERGENCE,
          "The support TTP factions had initially provided for the Taliban and Al Qaeda simultaneously forged deep-rooted connections to both organizations",
        ),
      ],
    },
  ],

  statistics: [
    {
      key: "efsas-ttp-resurgence/stat/ttp-attacks-pct-change-2021",
      metric: "percent_change",
      label: "Increase in TTP attacks in Pakistan in 2021 compared to 2020",
      value: 42,
      unit: "percent",
      qualifier: "exact",
      periodStart: "2021-01-01",
      periodEnd: "2021-12-31",
      periodPrecision: "year",
      geography: PK_NATIONAL,
      group: "ttp",
      note: "EFSAS cites Afzal (2022). Disagreement: PIPS (2022) gives an 84% increase (87 attacks in 2021) for the same comparison.",
      citations: [
        cite(
          INTRO,
          "TTP attacks in Pakistan have grown dramatically, registering a 42% increase in 2021 when compared to 2020",
          AFZAL_2022,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/stat/red-mosque-islamists-killed-2007-07",
      metric: "militants_killed",
      label: "Islamists killed when the Army stormed the Red Mosque in Islamabad",
      value: 40,
      unit: "people",
      qualifier: "up_to",
      periodStart: "2007-07-01",
      periodEnd: "2007-07-31",
      periodPrecision: "month",
      geography: { country: "PK", province: "PK-IS", district: "pk-is-islamabad" },
      group: null,
      note: "EFSAS cites Gall & Masood (2007).",
      citations: [
        cite(EMERGENCE, "When the Army stormed the mosque, it killed up to 40 Islamists (Gall & Masood, 2007).", "Gall & Masood (2007)"),
      ],
    },
    {
      key: "efsas-ttp-resurgence/stat/weapons-factory-attack-killed-2008",
      metric: "fatalities",
      label: "People killed in a TTP suicide attack on a weapons factory",
      value: 66,
      unit: "people",
      qualifier: "exact",
      periodStart: "2008-01-01",
      periodEnd: "2008-12-31",
      periodPrecision: "year",
      geography: PK_NATIONAL,
      group: "ttp",
      note: "The paper does not name the factory's location; listed among the TTP's attacks in Pakistan. EFSAS cites the Center for International Security and Cooperation (2022).",
      citations: [
        cite(
          EMERGENCE,
          "including an attack on a weapons factory that killed 66 people in 2008 and an attack on an American military base in Afghanistan in 2009 (Center for International Security and Cooperation, 2022)",
          CISAC,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/stat/peshawar-school-massacre-killed-2014",
      metric: "fatalities",
      label: "Victims killed in the school massacre in Peshawar (mostly children and teenagers)",
      value: 149,
      unit: "people",
      qualifier: "exact",
      periodStart: "2014-01-01",
      periodEnd: "2014-12-31",
      periodPrecision: "year",
      geography: { country: "PK", province: "PK-KP", district: "pk-kp-peshawar" },
      group: "ttp",
      note: "The paper dates the attack only to 2014.",
      citations: [cite(EMERGENCE, "the school massacre in Peshawar in 2014 (149 victims killed, mostly children and teenagers)")],
    },
    {
      key: "efsas-ttp-resurgence/stat/peshawar-car-bombing-killed-2009",
      metric: "fatalities",
      label: "Victims killed in a 2009 car bombing in Peshawar",
      value: 125,
      unit: "people",
      qualifier: "exact",
      periodStart: "2009-01-01",
      periodEnd: "2009-12-31",
      periodPrecision: "year",
      geography: { country: "PK", province: "PK-KP", district: "pk-kp-peshawar" },
      group: "ttp",
      note: "Listed among the TTP's 'other major attacks'; the paper dates it only to 2009.",
      citations: [cite(EMERGENCE, "a 2009 car bombing in Peshawar (125 victims killed)")],
    },
    {
      key: "efsas-ttp-resurgence/stat/zarb-e-azb-displaced",
      metric: "other",
      label: "People displaced by the Army's militarized response (Operation Zarb-e-Azb) in the FATA",
      value: 1_000_000,
      unit: "people",
      qualifier: "up_to",
      periodStart: "2014-01-01",
      periodEnd: "2014-12-31",
      periodPrecision: "year",
      geography: { country: "PK", province: "PK-TA", district: null },
      group: null,
      note: "Displacement caused by Operation Zarb-e-Azb, launched in June 2014; the paper gives no period for the displacement, so it is filed under the launch year 2014. 'up to one million' in the text; EFSAS cites Kakakhel & Farooq (2015).",
      citations: [cite(EMERGENCE, "The Army’s militarized response displaced up to one million people", "Kakakhel & Farooq (2015)")],
    },
    {
      key: "efsas-ttp-resurgence/stat/ttp-fighters-2022",
      metric: "fighters",
      label: "TTP fighters under arms",
      value: 6000,
      unit: "people",
      qualifier: "up_to",
      periodStart: "2022-06-01",
      periodEnd: "2022-06-30",
      periodPrecision: "month",
      geography: { country: null, province: null, district: null },
      group: "ttp",
      note: "'now' in a paper dated June 2022; the figure comes from Sayed & Hamming (2021). No country is given (the TTP is based in Afghanistan and operates in Pakistan). Other estimates differ: PIPS (2022) puts TTP membership at 4,000 to 5,000, and CRSS (2025) cites a UN report of up to 6,500 fighters (2024).",
      citations: [
        cite(EMERGENCE, "The TTP is now believed to have up to six thousand fighters under arms (Sayed & Hamming, 2021).", SAYED_HAMMING),
      ],
    },
  ],

  incidents: [
    {
      key: "efsas-ttp-resurgence/incident/red-mosque-siege-2007-07",
      title: "Pakistani Army storms the Red Mosque in Islamabad",
      date: "2007-07-01",
      datePrecision: "month",
      country: "PK",
      province: "PK-IS",
      district: "pk-is-islamabad",
      place: "Red Mosque, Islamabad",
      type: "counter_terror_operation",
      target: "militants",
      killed: 40,
      killedQualifier: "up_to",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [],
      description:
        "The Army laid siege to the Red Mosque, where Islamist teachers and students had barricaded themselves demanding nation-wide Sharia law, and stormed it, killing up to 40 Islamists. EFSAS calls it a major provocation that led to the founding of the TTP.",
      citations: [
        cite(
          EMERGENCE,
          "In July 2007, the Pakistani Army laid siege to the Red Mosque in Islamabad, in which Islamist teachers and students had barricaded themselves while advocating for the nation-wide implementation of Sharia law (Sayed & Hamming, 2021).",
          SAYED_HAMMING,
        ),
        cite(EMERGENCE, "When the Army stormed the mosque, it killed up to 40 Islamists (Gall & Masood, 2007).", "Gall & Masood (2007)"),
      ],
    },
    {
      key: "efsas-ttp-resurgence/incident/benazir-bhutto-assassination-2007",
      title: "Assassination of Benazir Bhutto in Rawalpindi",
      date: "2007-01-01",
      datePrecision: "year",
      country: "PK",
      province: "PK-PB",
      district: "pk-pb-rawalpindi",
      place: "Rawalpindi",
      type: "targeted_killing",
      target: "political",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "denied" }],
      description:
        "Pakistani authorities have blamed the TTP for the 2007 assassination of PM Benazir Bhutto; TTP representatives have denied it. The paper gives only the year.",
      citations: [
        cite(
          EMERGENCE,
          "Pakistani authorities have blamed the TTP for the 2007 assassination of PM Benazir Bhutto in Rawalpindi, a charge TTP representatives have denied (Rafiq, 2022).",
          "Rafiq (2022)",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/incident/weapons-factory-suicide-attack-2008",
      title: "TTP suicide attack on a weapons factory",
      date: "2008-01-01",
      datePrecision: "year",
      country: "PK",
      province: null,
      district: null,
      place: "a weapons factory (location not given)",
      type: "suicide_bombing",
      target: "other",
      killed: 66,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description:
        "One of the TTP's suicide attacks: an attack on a weapons factory that killed 66 people in 2008. The paper names no place or date beyond the year; it is filed under Pakistan because it is listed in the TTP's campaign in Pakistan, while the next attack in the same sentence is explicitly 'in Afghanistan'.",
      citations: [
        cite(
          EMERGENCE,
          "The TTP has repeatedly made use of suicide attacks, including an attack on a weapons factory that killed 66 people in 2008",
          CISAC,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/incident/us-military-base-afghanistan-2009",
      title: "TTP suicide attack on an American military base in Afghanistan",
      date: "2009-01-01",
      datePrecision: "year",
      country: "AF",
      province: null,
      district: null,
      place: "an American military base in Afghanistan (location not given)",
      type: "suicide_bombing",
      target: "foreign_nationals",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description: "Listed among the TTP's suicide attacks; the paper gives no casualty figures or location.",
      citations: [
        cite(
          EMERGENCE,
          "an attack on an American military base in Afghanistan in 2009 (Center for International Security and Cooperation, 2022)",
          CISAC,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/incident/peshawar-car-bombing-2009",
      title: "Car bombing in Peshawar",
      date: "2009-01-01",
      datePrecision: "year",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-peshawar",
      place: "Peshawar",
      type: "ied",
      target: "other",
      killed: 125,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description:
        "Listed by EFSAS among the TTP's major attacks: a 2009 car bombing in Peshawar that killed 125. The target is not stated.",
      citations: [cite(EMERGENCE, "a 2009 car bombing in Peshawar (125 victims killed)")],
    },
    {
      key: "efsas-ttp-resurgence/incident/peshawar-school-massacre-2014",
      title: "School massacre in Peshawar",
      date: "2014-01-01",
      datePrecision: "year",
      country: "PK",
      province: "PK-KP",
      district: "pk-kp-peshawar",
      place: "a school in Peshawar",
      type: "armed_assault",
      target: "civilians",
      killed: 149,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description:
        "One of the TTP's most high-profile attacks: 149 victims killed, mostly children and teenagers. The paper dates it only to 2014 and does not describe the attack method; 'armed_assault' is the closest type for a massacre.",
      citations: [
        cite(
          INTRO,
          "The TTP has perpetrated some of the most high-profile attacks in Pakistan in the 21st century, including the 2014 school massacre in Peshawar.",
        ),
        cite(EMERGENCE, "the school massacre in Peshawar in 2014 (149 victims killed, mostly children and teenagers)"),
      ],
    },
    {
      key: "efsas-ttp-resurgence/incident/karachi-airport-attack-2014-06",
      title: "TTP attack on an airport in Karachi",
      date: "2014-06-01",
      datePrecision: "month",
      country: "PK",
      province: "PK-SD",
      district: null,
      place: "an airport in Karachi",
      type: "other",
      target: "infrastructure",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [{ group: "ttp", attribution: "attributed" }],
      description:
        "The attack that triggered Operation Zarb-e-Azb days later. The paper gives no casualties or method; Karachi's district is not stated.",
      citations: [
        cite(
          EMERGENCE,
          "Following the TTP’s attack on an airport in Karachi in June 2014, the Pakistani Army launched Operation Zarb-e-Azb (“sharp and cutting strike”) against TTP bases in the FATA just days later (Afzal, 2021).",
          AFZAL_2021,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/incident/operation-zarb-e-azb-2014-06",
      title: "Operation Zarb-e-Azb against TTP bases in the FATA",
      date: "2014-06-01",
      datePrecision: "month",
      country: "PK",
      province: "PK-TA",
      district: null,
      place: "FATA (including North Waziristan)",
      type: "counter_terror_operation",
      target: "militants",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [],
      description:
        "Military offensive launched days after the Karachi airport attack; it displaced up to one million people, drew accusations of human rights abuses (e.g. by the PTM), eroded TTP influence in the FATA and pushed the TTP into eastern Afghanistan, but failed to eradicate it. The Army reportedly did not clamp down further in North Waziristan, where the Haqqani Network is present.",
      citations: [
        cite(
          EMERGENCE,
          "Following the TTP’s attack on an airport in Karachi in June 2014, the Pakistani Army launched Operation Zarb-e-Azb (“sharp and cutting strike”) against TTP bases in the FATA just days later (Afzal, 2021).",
          AFZAL_2021,
        ),
        cite(EMERGENCE, "The Army’s militarized response displaced up to one million people", "Kakakhel & Farooq (2015)"),
        cite(EMERGENCE, "Operation Zarb-e-Azb thus failed to eradicate the TTP."),
      ],
    },
    {
      key: "efsas-ttp-resurgence/incident/pakistan-air-raids-khost-kunar-2022-04",
      title: "Pakistani Air Force air raids in Khost and Kunar provinces",
      date: "2022-04-01",
      datePrecision: "month",
      country: "AF",
      province: null,
      district: null,
      place: "Khost and Kunar provinces (two provinces, so no single province id)",
      type: "cross_border_attack",
      target: "militants",
      killed: null,
      killedQualifier: "exact",
      injured: null,
      injuredQualifier: "exact",
      perpetrators: [],
      description:
        "A series of Pakistani air raids on areas where the TTP is believed to be based; the strikes mainly killed civilians (no figure given). Taliban spokesman Zabihullah Mujahid said such attacks were paving the way for enmity between Afghanistan and Pakistan. 'militants' is the intended target; the paper says the victims were mainly civilians.",
      citations: [
        cite(
          INTRO,
          "In April 2022, the Pakistani Air Force conducted a series of air raids in the Afghan provinces of Khost and Kunar, where the TTP is believed to be based (Goldbaum & Padshah, 2022).",
          "Goldbaum & Padshah (2022)",
        ),
        cite(INTRO, "In response to the strikes, which mainly killed civilians, Taliban spokesman Zabihullah Mujahid lamented"),
      ],
    },
  ],

  events: [
    {
      key: "efsas-ttp-resurgence/event/kabul-falls-to-taliban-1996",
      date: "1996-01-01",
      datePrecision: "year",
      title: "Kabul falls to the Taliban",
      description: "The Taliban then invited Al Qaeda to use Afghanistan as a safe haven.",
      kind: "military",
      citations: [
        cite(
          EMERGENCE,
          "After Kabul had fallen to the Taliban in 1996, the Taliban had invited Al Qaeda operatives to use Afghanistan as a safe haven",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/embassy-bombings-east-africa-1998",
      date: "1998-01-01",
      datePrecision: "year",
      title: "Al Qaeda's embassy bombings in East Africa",
      description: "Coordinated by Al Qaeda from its Afghan safe haven, per EFSAS.",
      kind: "attack",
      citations: [
        cite(
          EMERGENCE,
          "including the 1998 embassy bombings in East Africa, the 2000 attack against the USS Cole, and, ultimately, the 9/11 attacks",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/uss-cole-attack-2000",
      date: "2000-01-01",
      datePrecision: "year",
      title: "Al Qaeda attack on the USS Cole",
      description: "Coordinated by Al Qaeda from its Afghan safe haven, per EFSAS.",
      kind: "attack",
      citations: [
        cite(
          EMERGENCE,
          "including the 1998 embassy bombings in East Africa, the 2000 attack against the USS Cole, and, ultimately, the 9/11 attacks",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/9-11-attacks-2001",
      date: "2001-09-11",
      datePrecision: "day",
      title: "Al Qaeda's 9/11 attacks",
      description: "Coordinated by Al Qaeda from Afghanistan; the day is the one the name '9/11' gives.",
      kind: "attack",
      citations: [
        cite(
          EMERGENCE,
          "including the 1998 embassy bombings in East Africa, the 2000 attack against the USS Cole, and, ultimately, the 9/11 attacks",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/us-led-invasion-afghanistan-2001-10",
      date: "2001-10-01",
      datePrecision: "month",
      title: "US-led invasion of Afghanistan dismantles the Taliban regime",
      description: "Many Taliban and Al Qaeda operatives fled into the Pashtun borderlands across the Durand Line (KP and FATA).",
      kind: "military",
      citations: [
        cite(
          EMERGENCE,
          "When the US and its allies invaded Afghanistan in October 2001 and rapidly dismantled the Taliban regime, many Taliban and Al Qaeda operatives fled into the tribal, Pashtun-dominated borderlands stretching over the Durand Line (International Crisis Group, 2006).",
          "International Crisis Group (2006)",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/red-mosque-siege-2007-07",
      date: "2007-07-01",
      datePrecision: "month",
      title: "Pakistani Army lays siege to the Red Mosque (Lal Masjid) in Islamabad",
      description: "EFSAS says the storming killed up to 40 Islamists and provoked the Shura that founded the TTP in the following months.",
      kind: "military",
      citations: [
        cite(EMERGENCE, "In July 2007, the Pakistani Army laid siege to the Red Mosque in Islamabad"),
        cite(EMERGENCE, "When the Army stormed the mosque, it killed up to 40 Islamists (Gall & Masood, 2007).", "Gall & Masood (2007)"),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/ttp-founded-2007",
      date: "2007-01-01",
      datePrecision: "year",
      title: "TTP founded by a Shura in the FATA; Baitullah Mehsud elected first Emir",
      description:
        "In the months after the July 2007 Red Mosque siege, Pashtun jihadi leaders held a Shura in the FATA that founded the TTP and elected Baitullah Mehsud as first Emir. EFSAS gives only the year (and 'months following' July); CRSS dates the founding to December 2007 in South Waziristan.",
      kind: "leadership",
      citations: [
        cite(
          EMERGENCE,
          "In the months following the siege, Pashtun jihadi leaders gathered in the FATA and held a Shura (Pashto for ‘council’) that culminated in the founding of the TTP.",
        ),
        cite(
          EMERGENCE,
          "The Shura elected Baitullah Mehsud, a member of the Mehsud tribe, as its first Emir (Jadoon & Mahmood, 2018).",
          "Jadoon & Mahmood (2018)",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/fazlullah-succeeds-hakimullah-2013",
      date: "2013-01-01",
      datePrecision: "year",
      title: "Maulana Fazlullah succeeds Hakimullah Mehsud as TTP Emir",
      description:
        "The TTP's first non-Mehsud Emir, following Hakimullah Mehsud's death; EFSAS says this weakened factional support and prompted defections to ISKP.",
      kind: "leadership",
      citations: [cite(EMERGENCE, "In 2013, Maulana Fazlullah succeeded Hakimullah Mehsud as the TTP’s first non-Mehsud Emir.")],
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
        cite(
          EMERGENCE,
          "Following the TTP’s attack on an airport in Karachi in June 2014, the Pakistani Army launched Operation Zarb-e-Azb (\u201csharp and cutting strike\u201d) against TTP bases in the FATA just days later",
          AFZAL_2021,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/fazlullah-killed-noor-wali-mehsud-emir-2018",
      date: "2018-01-01",
      datePrecision: "year",
      title: "Fazlullah killed in a US drone strike; Noor Wali Mehsud becomes TTP Emir",
      description: "A Mehsud returned to the helm of the TTP; EFSAS dates the TTP's re-consolidation from 2018.",
      kind: "leadership",
      citations: [
        cite(
          EMERGENCE,
          "With Noor Wali Mehsud, a Mehsud returned to the helm of the TTP after Fazlullah was killed in a US drone strike in 2018.",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/ttp-operation-manual-2018",
      date: "2018-01-01",
      datePrecision: "year",
      title: 'TTP publishes its "Operation Manual for Mujahideen"',
      description:
        "Noor Wali Mehsud stressed internal cohesion and said attacks should focus on State institutions and security forces rather than civilians.",
      kind: "political",
      citations: [
        cite(
          EMERGENCE,
          "In 2018, the TTP published the “Operation Manual for Mujahideen of Tehreek-e-Taliban Pakistan”, in which Mehsud stressed the centrality of internal cohesion",
          SAYED_HAMMING,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/ttp-pakistan-only-jihad-2018",
      date: "2018-01-01",
      datePrecision: "year",
      title: "TTP says it will focus solely on jihad in Pakistan",
      description:
        "Read by EFSAS as a rhetorical distancing from Al Qaeda to avoid counterterrorism operations and gain political legitimacy.",
      kind: "political",
      citations: [
        cite(TALIBAN_AQ, "In 2018 the TTP claimed that it would solely focus on conducting a jihad in Pakistan (Sayed, 2021)", SAYED_2021),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/us-taliban-doha-agreement-2020",
      date: "2020-01-01",
      datePrecision: "year",
      title: "Doha Agreement between the United States and the Taliban",
      description:
        "EFSAS refers to 'the 2020 peace agreement' (the Taliban's peace accord with the United States), which it says boosted the TTP's consolidation. The text dates it only to 2020, so year precision is used.",
      kind: "agreement",
      citations: [
        cite(
          EMERGENCE,
          "the 2020 peace agreement and the 2021 Taliban victory boosted the prospects of a similar feat being achievable in Pakistan as well",
        ),
        cite(INTRO, "underwent a consolidation process on the back of the Taliban’s peace accord with the United States"),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/ttp-shadow-governors-2020",
      date: "2020-01-01",
      datePrecision: "year",
      title: "TTP appoints Taliban-style shadow governors and sets up a centralized training system",
      description: null,
      kind: "other",
      citations: [
        cite(
          TALIBAN_AQ,
          "In 2020, the TTP appointed Taliban-style shadow governors for different parts of Pakistan and established a centralized training system.",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/fall-of-kabul-2021-08",
      date: "2021-08-01",
      datePrecision: "month",
      title: "Fall of Kabul to the Afghan Taliban",
      description: "EFSAS says the Taliban then immediately released senior TTP members from Afghan prisons.",
      kind: "military",
      citations: [
        cite(
          INTRO,
          "The fall of Kabul to the Afghan Taliban in August 2021 has introduced a new era of uncertainty for regional security in South Asia.",
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/taliban-release-ttp-prisoners-2021-08",
      date: "2021-08-01",
      datePrecision: "month",
      title: "Taliban release senior TTP members from Afghan prisons",
      description: "'Immediately' after taking Kabul (August 2021).",
      kind: "political",
      citations: [
        cite(
          INTRO,
          "After taking over Kabul, the Taliban immediately released senior TTP members who had been incarcerated in Afghan prisons (Mir, 2022).",
          MIR_2022,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/ttp-renews-allegiance-2021",
      date: "2021-01-01",
      datePrecision: "year",
      title: "TTP renews its pledge of allegiance to the Taliban high command",
      description:
        "After the Taliban took Kabul in August 2021; the paper dates the pledge only to 2021. ISKP then branded the TTP apostates.",
      kind: "political",
      citations: [
        cite(
          TALIBAN_AQ,
          "after the Taliban took Kabul in August 2021, the TTP renewed its pledge of allegiance to the Taliban high command (Afzal, 2022; Sayed, 2021)",
          "Afzal (2022); Sayed (2021)",
        ),
        cite(
          ISKP,
          "After the TTP renewed its pledge of allegiance to the Taliban in 2021, ISKP branded the TTP apostates (Jadoon et al., 2022).",
          JADOON_2022,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/taliban-not-pakistans-puppets-2021",
      date: "2021-01-01",
      datePrecision: "year",
      title: 'Taliban leader: "We are not Pakistan’s puppets"',
      description: "A Taliban leader rejects using Taliban influence to contain the TTP on Pakistan's behalf.",
      kind: "political",
      citations: [
        cite(
          INTRO,
          "in 2021, a Taliban leader asserted that “We are not Pakistan’s puppets, we are independent” (quoted in Vohra, 2021)",
          VOHRA,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/ttp-pakistan-ceasefire-talks-late-2021",
      date: "2021-01-01",
      datePrecision: "year",
      title: "Ceasefire negotiations between the TTP and the Pakistani government, mediated by the Haqqani Network",
      description: "The paper says 'late 2021'; year precision is used.",
      kind: "political",
      citations: [
        cite(
          TALIBAN_AQ,
          "The HN has also functioned as a mediator in the ceasefire negotiations between the TTP and the Pakistani government in late 2021 (Mir, 2022).",
          MIR_2022,
        ),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/ttp-reconsolidation-2020",
      date: "2020-01-01",
      datePrecision: "year",
      title: "TTP re-consolidation of militant factions begins, reportedly mediated by Al Qaeda",
      description:
        "EFSAS dates the TTP's re-consolidation (the reintegration of previous TTP factions under Noor Wali Mehsud) 'from 2020 onwards', on the back of the Taliban's peace accord with the United States, and says it is believed to have been decisively mediated by Al Qaeda. Elsewhere it says the consolidation began 'from 2018 onwards'. No faction is named.",
      kind: "political",
      citations: [
        cite(
          TALIBAN_AQ,
          "The TTP’s close ties with the Taliban and Al Qaeda also played a part in the organization’s re-consolidation from 2020 onwards",
          AFZAL_2021,
        ),
        cite(
          TALIBAN_AQ,
          "the post-2020 reconsolidation of the TTP, for instance, is believed to have been decisively mediated by Al Qaeda (Sayed & Hamming, 2021)",
          SAYED_HAMMING,
        ),
        cite(
          INTRO,
          "The group has primarily operated out of Afghanistan since 2014 and underwent a consolidation process on the back of the Taliban’s peace accord with the United States.",
        ),
        cite(EMERGENCE, "The TTP has managed to consolidate itself both due to internal and external developments from 2018 onwards."),
      ],
    },
    {
      key: "efsas-ttp-resurgence/event/iskp-brands-ttp-apostates-2021",
      date: "2021-01-01",
      datePrecision: "year",
      title: "ISKP brands the TTP apostates after the TTP renews its allegiance to the Taliban",
      description:
        "The paper gives only the year (the TTP renewed its pledge after the Taliban took Kabul in August 2021). EFSAS says this placed the TTP in the anti-ISKP front.",
      kind: "political",
      citations: [
        cite(
          ISKP,
          "After the TTP renewed its pledge of allegiance to the Taliban in 2021, ISKP branded the TTP apostates (Jadoon et al., 2022).",
          JADOON_2022,
        ),
      ],
    },
  ],

  recommendations: [
    {
      key: "efsas-ttp-resurgence/rec/political-settlement-piecemeal-concessions",
      source: SOURCE,
      number: null,
      title: "Seek a political settlement with the TTP: piecemeal concessions in return for a more sustainable ceasefire",
      text: "Restricting the TTP will require some form of political settlement; while the State is unlikely to make major political concessions that would undermine its long-term standing, it could make piecemeal concessions in return for a more sustainable ceasefire (EFSAS, citing Mir 2022).",
      theme: "counter_terrorism",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          CONCLUSION,
          "Restricting the TTP will, ironically, require some form of political settlement and although the State is unlikely to make major political concessions that would undermine its long-term standing, it could make piecemeal concessions in return for a more sustainable ceasefire (Mir, 2022).",
          MIR_2022,
        ),
      ],
      updates: [],
    },
    {
      key: "efsas-ttp-resurgence/rec/do-not-rely-on-pressuring-taliban",
      source: SOURCE,
      number: null,
      title: "Do not rely on pressuring the Taliban to rein in the TTP",
      text: "Exerting pressure on the Taliban to contain the TTP's cross-border activities is unlikely to produce satisfactory results and is not a viable policy solution: Pakistan has overestimated its influence over the Taliban, which is also reluctant to rein in the TTP for fear of defections to ISKP.",
      theme: "afghanistan_engagement",
      targetActors: ["government_of_pakistan", "military"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          CONCLUSION,
          "In short, exerting pressure on the Taliban to contain the cross-border activities of the TTP is unlikely to produce satisfactory results.",
        ),
        cite(CONCLUSION, "As such, pressuring the Taliban to rein in the TTP is unlikely to be a viable policy solution."),
      ],
      updates: [],
    },
    {
      key: "efsas-ttp-resurgence/rec/cross-border-military-action",
      source: SOURCE,
      number: null,
      title: "Cross-border military action against the TTP in Afghanistan (option weighed, at the cost of Afghan sovereignty)",
      text: "Unless Pakistan is willing to severely infringe on Afghanistan's sovereignty, for instance by conducting cross-border air raids, its practical options for combatting the TTP are fairly limited while the Taliban remains unwilling to contain it. The paper names this option without endorsing it; it reports that Pakistan conducted such air raids in Khost and Kunar in April 2022.",
      theme: "counter_terrorism",
      targetActors: ["military", "government_of_pakistan"],
      priority: "unspecified",
      status: "in_progress",
      nextReviewOn: null,
      citations: [
        cite(
          CONCLUSION,
          "Unless Pakistan is willing to severely infringe on Afghanistan’s sovereignty, for instance by conducting cross-border air raids, Pakistan’s practical options of combatting the TTP are fairly limited if the Taliban remains unwilling to contain the TTP.",
        ),
      ],
      updates: [
        {
          date: "2022-04-01",
          from: "proposed",
          to: "in_progress",
          note: "The paper reports that in April 2022 the Pakistani Air Force conducted a series of air raids in Khost and Kunar, where the TTP is believed to be based; the strikes mainly killed civilians. Dated to the first of the month because only the month is given.",
          evidence: [
            {
              kind: "citation",
              citation: cite(
                INTRO,
                "In April 2022, the Pakistani Air Force conducted a series of air raids in the Afghan provinces of Khost and Kunar, where the TTP is believed to be based (Goldbaum & Padshah, 2022).",
                "Goldbaum & Padshah (2022)",
              ),
            },
          ],
          author: `seed: ${SOURCE}`,
        },
      ],
    },
    {
      key: "efsas-ttp-resurgence/rec/end-good-bad-taliban-distinction",
      source: SOURCE,
      number: null,
      title: "Drop the 'good' vs 'bad' Taliban distinction and halt support for Islamic fundamentalism and terrorism",
      text: "EFSAS attributes the TTP's resurgence directly to Pakistan's distinction between 'good' Taliban (the Afghan Taliban) and 'bad' Taliban (the TTP) and to the establishment's unwillingness to halt its support for Islamic fundamentalism and terrorism; the distinction ignores that the TTP's activities are directly enabled by the Taliban. Stated as a diagnosis, not as an explicit recommendation.",
      theme: "counter_terrorism",
      targetActors: ["military", "government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          CONCLUSION,
          "This trajectory is the direct outcome of Pakistan’s distinction between ‘good’ Taliban (the Afghan Taliban) and ‘bad’ Taliban (the TTP) and the unwillingness of large parts of the establishment to halt its support for Islamic fundamentalism and terrorism in any meaningful way (Afzal, 2021).",
          AFZAL_2021,
        ),
      ],
      updates: [],
    },
    {
      key: "efsas-ttp-resurgence/rec/maintain-ties-with-united-states",
      source: SOURCE,
      number: null,
      title: "Maintain constructive ties with the United States (position of Army chief Bajwa)",
      text: "Within the debate on how to approach the TTP and the Taliban, Army Chief of Staff Qamar Javed Bajwa has re-emphasised the strategic necessity for Pakistan to maintain constructive ties with the United States, echoing earlier concerns of Ashfaq Parvez Kayani about Pakistani support for the Taliban. A position the paper reports, not its own recommendation.",
      theme: "regional_cooperation",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          CONCLUSION,
          "Bajwa has re-emphasized the strategic necessity for Pakistan to maintain constructive ties with the United States (Qayum, 2022)",
          "Qayum (2022)",
        ),
      ],
      updates: [],
    },
    {
      key: "efsas-ttp-resurgence/rec/reconsider-backing-afghan-taliban",
      source: SOURCE,
      number: null,
      title: "Reconsider spending Pakistan's diplomatic and political capital on backing the Afghan Taliban",
      text: "A senior Pakistani diplomat quoted by the International Crisis Group (2022) asks whether Pakistan can afford to spend all its finite diplomatic and political capital on backing the Afghan Taliban; EFSAS presents this as evidence of growing tension over Pakistan's Afghanistan policy.",
      theme: "afghanistan_engagement",
      targetActors: ["government_of_pakistan"],
      priority: "unspecified",
      status: "proposed",
      nextReviewOn: null,
      citations: [
        cite(
          CONCLUSION,
          "“Every country has finite diplomatic and political capital. Can Pakistan afford to spend all that capital on backing the Afghan Taliban?” (p. 24)",
          "International Crisis Group (2022)",
        ),
      ],
      updates: [],
    },
  ],
} satisfies SeedModule;
