import { type Citation, checkDatasetReferences, Dataset, type DatasetInput, ValidationError } from "@monitor/domain";
import { eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { replaceCitations } from "../queries/citations";
import {
  groupClaims,
  groupLeaders,
  groupRelationships,
  groupRoles,
  groupStrength,
  groups,
  incidentPerpetrators,
  incidents,
  recommendationFamilies,
  recommendations,
  recommendationUpdates,
  sources,
  statistics,
  timelineEvents,
} from "../schema";

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

const bump = (t: { version: AnyPgColumn }) => ({ updatedAt: sql`now()`, version: sql`${t.version} + 1` });

/**
 * Imports a whole dataset in one transaction: everything is validated first (schema and cross
 * references), then upserted by natural key (source and group slugs, record keys). Either every
 * record is written or none is.
 */
export async function importDataset(db: Database, input: DatasetInput | unknown, options: ImportOptions = {}): Promise<ImportSummary> {
  const data = parseDataset(input);
  return db.transaction(async (tx) => {
    const knownSources = await tx.select({ slug: sources.slug }).from(sources);
    const knownGroups = await tx.select({ slug: groups.slug }).from(groups);
    const issues = checkDatasetReferences(data, { sources: knownSources.map((s) => s.slug), groups: knownGroups.map((g) => g.slug) });
    if (issues.length > 0) {
      throw new ValidationError(
        `The dataset has ${issues.length} broken reference(s), first ${describeIssue(issues[0])}. Nothing was imported; fix them and try again.`,
        issues,
      );
    }

    for (const s of data.sources) {
      const values = {
        slug: s.slug,
        title: s.title,
        shortTitle: s.shortTitle,
        publisher: s.publisher,
        authors: s.authors,
        year: s.year,
        publishedOn: s.publishedOn,
        kind: s.kind,
        url: s.url,
        file: s.file,
        inferred: s.inferred,
        notes: s.notes,
      };
      // A file without a source's text (a hand-made import) must not erase the text already held.
      const withText = s.text !== null ? { ...values, text: s.text } : values;
      await tx
        .insert(sources)
        .values(withText)
        .onConflictDoUpdate({ target: sources.slug, set: { ...withText, ...bump(sources) } });
    }
    const sourceIds = new Map((await tx.select({ id: sources.id, slug: sources.slug }).from(sources)).map((r) => [r.slug, r.id]));
    const cite = (owner: Parameters<typeof replaceCitations>[1], id: string, list: Citation[]) =>
      replaceCitations(tx, owner, id, list, sourceIds);

    for (const g of data.groups) {
      const values = {
        slug: g.slug,
        name: g.name,
        abbreviation: g.abbreviation,
        aliases: g.aliases,
        kind: g.kind,
        ideology: g.ideology,
        foundedOn: g.founded?.date ?? null,
        foundedPrecision: g.founded?.precision ?? null,
        foundedPlace: g.foundedPlace,
        dissolvedOn: g.dissolved?.date ?? null,
        dissolvedPrecision: g.dissolved?.precision ?? null,
        areas: g.areas,
        mediaWings: g.mediaWings,
        summary: g.summary,
      };
      const [row] = await tx
        .insert(groups)
        .values(values)
        .onConflictDoUpdate({ target: groups.slug, set: { ...values, ...bump(groups) } })
        .returning({ id: groups.id });
      if (!row) throw new Error(`upsert of group ${g.slug} returned nothing`);
      await tx.delete(groupClaims).where(eq(groupClaims.groupId, row.id));
      await tx.delete(groupLeaders).where(eq(groupLeaders.groupId, row.id));
      await tx.delete(groupStrength).where(eq(groupStrength.groupId, row.id));
      await tx.delete(groupRoles).where(eq(groupRoles.groupId, row.id));
      for (const [position, c] of g.claims.entries()) {
        const [claim] = await tx
          .insert(groupClaims)
          .values({ key: c.key, groupId: row.id, topic: c.topic, text: c.text, position })
          .returning({ id: groupClaims.id });
        if (claim) await cite("claimId", claim.id, c.citations);
      }
      for (const [position, l] of g.leaders.entries()) {
        const [leader] = await tx
          .insert(groupLeaders)
          .values({
            key: l.key,
            groupId: row.id,
            name: l.name,
            role: l.role,
            startOn: l.start?.date ?? null,
            startPrecision: l.start?.precision ?? null,
            endOn: l.end?.date ?? null,
            endPrecision: l.end?.precision ?? null,
            position,
          })
          .returning({ id: groupLeaders.id });
        if (leader) await cite("leaderId", leader.id, l.citations);
      }
      for (const [position, s] of g.strength.entries()) {
        const [est] = await tx
          .insert(groupStrength)
          .values({
            key: s.key,
            groupId: row.id,
            low: s.low,
            high: s.high,
            qualifier: s.qualifier,
            asOf: s.asOf.date,
            asOfPrecision: s.asOf.precision,
            position,
          })
          .returning({ id: groupStrength.id });
        if (est) await cite("strengthId", est.id, s.citations);
      }
      for (const [position, r] of (g.roles ?? []).entries()) {
        const [role] = await tx
          .insert(groupRoles)
          .values({
            key: r.key,
            groupId: row.id,
            kind: r.kind,
            label: r.label,
            startOn: r.start?.date ?? null,
            startPrecision: r.start?.precision ?? null,
            endOn: r.end?.date ?? null,
            endPrecision: r.end?.precision ?? null,
            position,
          })
          .returning({ id: groupRoles.id });
        if (role) await cite("roleId", role.id, r.citations);
      }
    }
    const groupIds = new Map((await tx.select({ id: groups.id, slug: groups.slug }).from(groups)).map((r) => [r.slug, r.id]));
    const groupId = (slug: string) => {
      const id = groupIds.get(slug);
      if (!id) throw new Error(`Unknown group "${slug}"`);
      return id;
    };

    for (const r of data.relationships) {
      const values = {
        key: r.key,
        fromGroupId: groupId(r.from),
        toGroupId: groupId(r.to),
        type: r.type,
        startOn: r.start?.date ?? null,
        startPrecision: r.start?.precision ?? null,
        endOn: r.end?.date ?? null,
        endPrecision: r.end?.precision ?? null,
        description: r.description,
      };
      const [row] = await tx
        .insert(groupRelationships)
        .values(values)
        .onConflictDoUpdate({ target: groupRelationships.key, set: { ...values, ...bump(groupRelationships) } })
        .returning({ id: groupRelationships.id });
      if (row) await cite("relationshipId", row.id, r.citations);
    }

    for (const s of data.statistics) {
      const values = {
        key: s.key,
        metric: s.metric,
        label: s.label,
        value: s.value,
        unit: s.unit,
        qualifier: s.qualifier,
        periodStart: s.periodStart,
        periodEnd: s.periodEnd,
        periodPrecision: s.periodPrecision,
        country: s.geography.country,
        province: s.geography.province,
        district: s.geography.district,
        areas: s.geography.areas,
        groupId: s.group ? groupId(s.group) : null,
        note: s.note,
      };
      const [row] = await tx
        .insert(statistics)
        .values(values)
        .onConflictDoUpdate({ target: statistics.key, set: { ...values, ...bump(statistics) } })
        .returning({ id: statistics.id });
      if (row) await cite("statisticId", row.id, s.citations);
    }

    for (const i of data.incidents) {
      const values = {
        key: i.key,
        title: i.title,
        date: i.date,
        datePrecision: i.datePrecision,
        country: i.country,
        province: i.province,
        district: i.district,
        place: i.place,
        type: i.type,
        target: i.target,
        killed: i.killed,
        killedQualifier: i.killedQualifier,
        injured: i.injured,
        injuredQualifier: i.injuredQualifier,
        description: i.description,
      };
      const [row] = await tx
        .insert(incidents)
        .values(values)
        .onConflictDoUpdate({ target: incidents.key, set: { ...values, ...bump(incidents) } })
        .returning({ id: incidents.id });
      if (!row) continue;
      await tx.delete(incidentPerpetrators).where(eq(incidentPerpetrators.incidentId, row.id));
      if (i.perpetrators.length > 0) {
        await tx
          .insert(incidentPerpetrators)
          .values(i.perpetrators.map((p) => ({ incidentId: row.id, groupId: groupId(p.group), attribution: p.attribution })));
      }
      await cite("incidentId", row.id, i.citations);
    }

    for (const e of data.events) {
      const values = {
        key: e.key,
        date: e.date,
        datePrecision: e.datePrecision,
        title: e.title,
        description: e.description,
        kind: e.kind,
        marker: e.marker,
      };
      const [row] = await tx
        .insert(timelineEvents)
        .values(values)
        .onConflictDoUpdate({ target: timelineEvents.key, set: { ...values, ...bump(timelineEvents) } })
        .returning({ id: timelineEvents.id });
      if (row) await cite("eventId", row.id, e.citations);
    }

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
      const sourceId = sourceIds.get(r.source);
      if (!sourceId) throw new Error(`Unknown source "${r.source}"`);
      const keepProgress = options.preserveRecommendationProgress && existingRecs.has(r.key);
      const values = {
        key: r.key,
        sourceId,
        number: r.number,
        title: r.title,
        text: r.text,
        theme: r.theme,
        targetActors: r.targetActors,
        priority: r.priority,
        nextReviewOn: r.nextReviewOn,
        provinces: r.provinces,
        indicator: r.indicator,
      };
      // With preserved progress (the seed), an existing recommendation keeps everything the tracker
      // changes (wording, theme, actors, priority, review date, provinces, indicator, status): only its
      // document-side facts (source, number, citations) are refreshed.
      const [row] = await tx
        .insert(recommendations)
        .values({ ...values, status: r.status })
        .onConflictDoUpdate({
          target: recommendations.key,
          set: keepProgress
            ? { sourceId, number: r.number, ...bump(recommendations) }
            : { ...values, status: r.status, ...bump(recommendations) },
        })
        .returning({ id: recommendations.id });
      if (!row) continue;
      await cite("recommendationId", row.id, r.citations);
      if (!keepProgress) {
        await tx.delete(recommendationUpdates).where(eq(recommendationUpdates.recommendationId, row.id));
        if (r.updates.length > 0) {
          await tx.insert(recommendationUpdates).values(
            // Same-day updates keep their order (by created_at) through an export and import.
            r.updates.map((u, i) => ({
              createdAt: new Date(Date.UTC(2000, 0, 1) + i),
              recommendationId: row.id,
              date: u.date,
              fromStatus: u.from,
              toStatus: u.to,
              note: u.note,
              evidence: u.evidence,
              author: u.author,
              assessor: u.assessor,
              assessorName: u.assessorName,
              province: u.province,
            })),
          );
        }
      }
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
