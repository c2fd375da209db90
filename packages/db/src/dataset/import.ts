import { checkDatasetReferences, Dataset, type DatasetInput, ValidationError } from "@monitor/domain";
import { inArray } from "drizzle-orm";
import type { Database } from "../client";
import { claimDataVersion } from "../queries/data-version";
import { groups, recommendationFamilies, recommendations, sources } from "../schema";
import {
  bump,
  loadRecordIds,
  writeEvent,
  writeGroup,
  writeIncident,
  writeRecommendation,
  writeRelationship,
  writeSource,
  writeStatistic,
} from "./writers";

export interface ImportOptions {
  /**
   * Keep the status and update history of recommendations that already exist (the seed uses this,
   * so re-seeding never erases analysts' assessments). A backup restore leaves it off.
   */
  preserveRecommendationProgress?: boolean;
}

export interface ImportSummary {
  sources: number;
  groups: number;
  relationships: number;
  statistics: number;
  incidents: number;
  events: number;
  recommendations: number;
  recommendationFamilies: number;
}

function describeIssue(issue: { path: (string | number)[]; message: string } | undefined): string {
  return issue ? `at ${issue.path.join(".") || "(top level)"}: ${issue.message}` : "(none)";
}

/** Turns zod issues into the field-path list of a ValidationError. */
function parseDataset(input: unknown): Dataset {
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      message: i.message,
    }));
    throw new ValidationError(
      `The dataset is not valid: ${issues.length} problem(s), first ${describeIssue(issues[0])}. Nothing was imported; fix them and try again.`,
      issues,
    );
  }
  return parsed.data;
}

/**
 * Imports a whole dataset in one transaction: everything is validated first (schema and cross
 * references), then upserted by natural key (source and group slugs, record keys). Either every
 * record is written or none is.
 */
export async function importDataset(db: Database, input: DatasetInput | unknown, options: ImportOptions = {}): Promise<ImportSummary> {
  const data = parseDataset(input);
  return db.transaction(async (tx) => {
    await claimDataVersion(tx as unknown as Database);
    const knownSources = await tx.select({ slug: sources.slug }).from(sources);
    const knownGroups = await tx.select({ slug: groups.slug }).from(groups);
    const issues = checkDatasetReferences(data, { sources: knownSources.map((s) => s.slug), groups: knownGroups.map((g) => g.slug) });
    if (issues.length > 0) {
      throw new ValidationError(
        `The dataset has ${issues.length} broken reference(s), first ${describeIssue(issues[0])}. Nothing was imported; fix them and try again.`,
        issues,
      );
    }

    for (const s of data.sources) await writeSource(tx, s);
    const ids = await loadRecordIds(tx);
    for (const g of data.groups) await writeGroup(tx, ids, g);
    const withGroups = data.groups.length > 0 ? await loadRecordIds(tx) : ids;
    for (const r of data.relationships) await writeRelationship(tx, withGroups, r);
    for (const s of data.statistics) await writeStatistic(tx, withGroups, s);
    for (const i of data.incidents) await writeIncident(tx, withGroups, i);
    for (const e of data.events) await writeEvent(tx, withGroups, e);

    const existingRecs = data.recommendations.length
      ? new Set(
          (
            await tx
              .select({ key: recommendations.key })
              .from(recommendations)
              .where(
                inArray(
                  recommendations.key,
                  data.recommendations.map((r) => r.key),
                ),
              )
          ).map((r) => r.key),
        )
      : new Set<string>();
    for (const r of data.recommendations) {
      // With preserved progress (the seed), an existing recommendation keeps everything the tracker changes.
      await writeRecommendation(tx, withGroups, r, Boolean(options.preserveRecommendationProgress && existingRecs.has(r.key)));
    }

    // Families: created or renamed by key, then their members linked. With preserved progress (the
    // seed), a recommendation an editor has already put in another family stays where it is.
    for (const f of data.recommendationFamilies) {
      // With preserved progress, a family whose members were already here is the editors' business now
      // (they may have removed a member or dissolved it): only families of new recommendations are linked.
      if (options.preserveRecommendationProgress && f.members.some((m) => existingRecs.has(m))) continue;
      const [fam] = await tx
        .insert(recommendationFamilies)
        .values({ key: f.key, title: f.title, note: f.note })
        .onConflictDoUpdate({ target: recommendationFamilies.key, set: { title: f.title, note: f.note, ...bump(recommendationFamilies) } })
        .returning({ id: recommendationFamilies.id });
      if (!fam) continue;
      const members = await tx
        .select({ id: recommendations.id, familyId: recommendations.familyId })
        .from(recommendations)
        .where(inArray(recommendations.key, f.members));
      const link = members;
      if (link.length > 0) {
        await tx
          .update(recommendations)
          .set({ familyId: fam.id })
          .where(
            inArray(
              recommendations.id,
              link.map((m) => m.id),
            ),
          );
      }
    }

    return {
      sources: data.sources.length,
      groups: data.groups.length,
      relationships: data.relationships.length,
      statistics: data.statistics.length,
      incidents: data.incidents.length,
      events: data.events.length,
      recommendations: data.recommendations.length,
      recommendationFamilies: data.recommendationFamilies.length,
    };
  });
}
