import type { DatasetInput } from "@monitor/domain";
import type { Database } from "../client";
import { type ImportSummary, importDataset } from "../dataset/import";
import { seedReports } from "./reports";

/** Merges the per-report modules into one dataset (each module contributes its own records). */
export function buildSeedDataset(reports: readonly DatasetInput[] = seedReports): DatasetInput {
  const merged = {
    sources: [] as unknown[],
    groups: [] as unknown[],
    relationships: [] as unknown[],
    statistics: [] as unknown[],
    incidents: [] as unknown[],
    events: [] as unknown[],
    recommendations: [] as unknown[],
  };
  for (const r of reports) {
    merged.sources.push(...(r.sources ?? []));
    merged.groups.push(...(r.groups ?? []));
    merged.relationships.push(...(r.relationships ?? []));
    merged.statistics.push(...(r.statistics ?? []));
    merged.incidents.push(...(r.incidents ?? []));
    merged.events.push(...(r.events ?? []));
    merged.recommendations.push(...(r.recommendations ?? []));
  }
  return merged as DatasetInput;
}

/**
 * Loads the curated dataset of the seed reports. Idempotent: records are upserted by natural key,
 * and analysts' recommendation assessments survive a re-seed.
 */
export async function seedDatabase(db: Database): Promise<ImportSummary> {
  return importDataset(db, buildSeedDataset(), { preserveRecommendationProgress: true });
}
