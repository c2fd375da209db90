import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatasetInput } from "@monitor/domain";
import type { Database } from "../client";
import { type ImportSummary, importDataset } from "../dataset/import";
import { CHART_MARKER_KEYS } from "./markers";
import { seedReports } from "./reports";
import { seedRecommendationIndicators, seedRecommendationProvinces } from "./reports/tracker";
import type { SeedModule } from "./types";

export type { GroupFacts, SeedModule } from "./types";

/** Verbatim copies of the seed documents (see documents/README.md). */
export const SEED_DOCUMENTS_DIR = join(dirname(fileURLToPath(import.meta.url)), "documents");

/** The full text of a seed document by file name, or null when it is not there. */
function readSeedDocument(file: string | null | undefined): string | null {
  if (!file) return null;
  const path = join(SEED_DOCUMENTS_DIR, file);
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

type GroupInput = NonNullable<DatasetInput["groups"]>[number];

function union(a: readonly string[] = [], b: readonly string[] = []): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * Merges the per-document modules into one dataset. A group may be defined in more than one module
 * (same slug): the first definition's fields win where both are set, and lists are joined. Each
 * module's `groupFacts` are added to their group; facts about an unknown group are an error.
 */
export function buildSeedDataset(reports: readonly SeedModule[] = seedReports): DatasetInput {
  const groups = new Map<string, GroupInput>();
  const out = {
    sources: [] as NonNullable<DatasetInput["sources"]>,
    relationships: [] as NonNullable<DatasetInput["relationships"]>,
    statistics: [] as NonNullable<DatasetInput["statistics"]>,
    incidents: [] as NonNullable<DatasetInput["incidents"]>,
    events: [] as NonNullable<DatasetInput["events"]>,
    recommendations: [] as NonNullable<DatasetInput["recommendations"]>,
  };
  for (const r of reports) {
    out.sources.push(...(r.sources ?? []).map((s) => ({ ...s, text: s.text ?? readSeedDocument(s.file) })));
    out.relationships.push(...(r.relationships ?? []));
    out.statistics.push(...(r.statistics ?? []));
    out.incidents.push(...(r.incidents ?? []));
    out.events.push(...(r.events ?? []).map((e) => (CHART_MARKER_KEYS.includes(e.key) ? { ...e, marker: true } : e)));
    out.recommendations.push(...(r.recommendations ?? []));
    for (const g of r.groups ?? []) {
      const prev = groups.get(g.slug);
      if (!prev) {
        groups.set(g.slug, { ...g });
        continue;
      }
      groups.set(g.slug, {
        ...g,
        ...Object.fromEntries(Object.entries(prev).filter(([, v]) => v !== null && v !== undefined)),
        aliases: union(prev.aliases, g.aliases),
        areas: union(prev.areas, g.areas),
        mediaWings: union(prev.mediaWings, g.mediaWings),
        claims: [...(prev.claims ?? []), ...(g.claims ?? [])],
        leaders: [...(prev.leaders ?? []), ...(g.leaders ?? [])],
        strength: [...(prev.strength ?? []), ...(g.strength ?? [])],
      } as GroupInput);
    }
  }
  for (const r of reports) {
    for (const f of r.groupFacts ?? []) {
      const g = groups.get(f.group);
      if (!g) throw new Error(`groupFacts name unknown group "${f.group}"; define the group first.`);
      groups.set(f.group, {
        ...g,
        aliases: union(g.aliases, f.aliases),
        areas: union(g.areas, f.areas),
        mediaWings: union(g.mediaWings, f.mediaWings),
        claims: [...(g.claims ?? []), ...(f.claims ?? [])],
        leaders: [...(g.leaders ?? []), ...(f.leaders ?? [])],
        strength: [...(g.strength ?? []), ...(f.strength ?? [])],
      } as GroupInput);
    }
  }
  const recommendations = out.recommendations.map((r) => ({
    ...r,
    provinces: r.provinces ?? seedRecommendationProvinces[r.key] ?? [],
    indicator: r.indicator ?? seedRecommendationIndicators[r.key] ?? null,
  }));
  const recommendationFamilies = reports.flatMap((r) => r.recommendationFamilies ?? []);
  return { ...out, recommendations, recommendationFamilies, groups: [...groups.values()] };
}

/**
 * Loads the curated dataset of the seed reports. Idempotent: records are upserted by natural key,
 * and analysts' recommendation assessments survive a re-seed.
 */
export async function seedDatabase(db: Database): Promise<ImportSummary> {
  return importDataset(db, buildSeedDataset(), { preserveRecommendationProgress: true });
}
