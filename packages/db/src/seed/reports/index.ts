import type { SeedModule } from "../types";
import { akbarTaliban2 } from "./akbar-taliban-2";
import { crss2025 } from "./crss-2025";
import { efsasTtpResurgence } from "./efsas-ttp-resurgence";
import { seedGroups } from "./groups";
import { pips2022 } from "./pips-2022";
import { seedFamilies } from "./tracker";
import { ullahBano2025 } from "./ullah-bano-2025";

export { akbarTaliban2, crss2025, efsasTtpResurgence, pips2022, seedGroups, ullahBano2025 };

/**
 * The seed reports: the shared group profiles first, then one module per source document in the
 * order of the files in shared/seeds (000_… to 004_…). Records in one module may cite sources and
 * groups defined in another, so check references on the merged dataset. Last, the editors' tracker
 * decisions (recommendation families) that link records across documents.
 */
export const seedReports: SeedModule[] = [
  seedGroups,
  crss2025,
  pips2022,
  efsasTtpResurgence,
  ullahBano2025,
  akbarTaliban2,
  { recommendationFamilies: seedFamilies },
];
