import type { DatasetInput, GroupClaim, LeaderTenure, StrengthEstimate } from "@monitor/domain";

type Input<T> = T extends unknown ? { [K in keyof T]: T[K] } : never;

/**
 * What one source document's module adds to a group defined elsewhere (usually in groups.ts):
 * its own cited claims, leaders and strength estimates, and names, areas and media wings it
 * mentions. Merged into the group by `buildSeedDataset`, so each module owns only its document.
 */
export interface GroupFacts {
  group: string;
  aliases?: string[];
  areas?: string[];
  mediaWings?: string[];
  claims?: Input<GroupClaim>[];
  leaders?: Input<LeaderTenure>[];
  strength?: Input<StrengthEstimate>[];
}

/** A seed module: the records of one source document (plus facts about groups defined elsewhere). */
export type SeedModule = DatasetInput & { groupFacts?: GroupFacts[] };
