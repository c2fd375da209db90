import type { CitationView, Dataset } from "@monitor/domain";
import type { Database } from "../client";
import { listEvents } from "../queries/events";
import { getGroupBySlug, listGroups, listRelationships } from "../queries/groups";
import { listIncidents } from "../queries/incidents";
import { listRecommendationFamilies, listRecommendations } from "../queries/recommendations";
import { getSourceText, listSources } from "../queries/sources";
import { listAllStatistics } from "../queries/statistics";

export const plainCitations = (list: CitationView[]) =>
  list.map((c) => ({
    source: c.source,
    locator: c.locator,
    quote: c.quote,
    ...(c.originalProducer ? { originalProducer: c.originalProducer } : {}),
  }));

type SourceListItem = Awaited<ReturnType<typeof listSources>>[number];
type GroupProfile = NonNullable<Awaited<ReturnType<typeof getGroupBySlug>>>;
type RelationshipItem = Awaited<ReturnType<typeof listRelationships>>[number];
type StatisticItem = Awaited<ReturnType<typeof listAllStatistics>>[number];
type IncidentItem = Awaited<ReturnType<typeof listIncidents>>["items"][number];
type EventItem = Awaited<ReturnType<typeof listEvents>>[number];
type RecommendationItem = Awaited<ReturnType<typeof listRecommendations>>["items"][number];

/** A source in the dataset format; `text` is the document's text when held (null leaves it out). */
export function sourceRecord(
  { id: _id, version: _v, citationCount: _c, recommendationCount: _r, hasText: _h, counts: _n, ...s }: SourceListItem,
  text: string | null,
): Dataset["sources"][number] {
  return { ...s, text };
}

export function groupRecord({ id: _id, version: _v, relationships: _rels, claims, leaders, strength, roles, ...g }: GroupProfile) {
  return {
    ...g,
    claims: claims.map((c) => ({ ...c, citations: plainCitations(c.citations) })),
    leaders: leaders.map((c) => ({ ...c, citations: plainCitations(c.citations) })),
    strength: strength.map((c) => ({ ...c, citations: plainCitations(c.citations) })),
    // Only groups whose role changed carry roles; the others export as they were imported.
    ...(roles.length ? { roles: roles.map((c) => ({ ...c, citations: plainCitations(c.citations) })) } : {}),
  };
}

export const relationshipRecord = ({ id: _id, fromName: _f, toName: _t, ...r }: RelationshipItem) => ({
  ...r,
  citations: plainCitations(r.citations),
});

export const statisticRecord = ({ id: _id, version: _v, groupName: _g, ...s }: StatisticItem) => ({
  ...s,
  citations: plainCitations(s.citations),
});

export const incidentRecord = ({ id: _id, version: _v, perpetrators, ...i }: IncidentItem) => ({
  ...i,
  perpetrators: perpetrators.map((p) => ({ group: p.group, attribution: p.attribution })),
  citations: plainCitations(i.citations),
});

export const eventRecord = ({ id: _id, ...e }: EventItem) => ({ ...e, citations: plainCitations(e.citations) });

export const recommendationRecord = ({
  id: _id,
  version: _v,
  sourceTitle: _t,
  sourceShortTitle: _s,
  sourceYear: _y,
  sourcePublishedOn: _p,
  ownerId: _o,
  ownerName: _on,
  family: _f,
  updatedAt: _u,
  updates,
  ...r
}: RecommendationItem) => ({
  ...r,
  updates: updates.map(({ id: _uid, createdAt: _c, ...u }) => u),
  citations: plainCitations(r.citations),
});

const PAGE = 1000;

async function all<T>(page: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { items, total } = await page(offset);
    out.push(...items);
    if (items.length === 0 || out.length >= total) return out;
  }
}

/** The whole dataset in the `pnpm data:export` format (see Dataset in @monitor/domain). */
export async function exportDataset(db: Database): Promise<Dataset> {
  const srcs = await listSources(db);
  const summaries = await listGroups(db);
  const profiles = [];
  for (const g of summaries) {
    const p = await getGroupBySlug(db, g.slug);
    if (p) profiles.push(p);
  }
  const rels = await listRelationships(db);
  const stats = await listAllStatistics(db, {}, Number.MAX_SAFE_INTEGER);
  const incs = await all((offset) => listIncidents(db, { limit: PAGE, offset }));
  const events = await listEvents(db);
  const recs = await all((offset) => listRecommendations(db, { limit: PAGE, offset }));
  const families = await listRecommendationFamilies(db);

  return {
    format: "militancy-monitor/dataset@1",
    sources: await Promise.all(srcs.map(async (src) => sourceRecord(src, src.hasText ? await getSourceText(db, src.id) : null))),
    groups: profiles.map(groupRecord),
    relationships: rels.map(relationshipRecord),
    statistics: stats.map(statisticRecord),
    incidents: incs.map(incidentRecord),
    events: events.map(eventRecord),
    recommendations: recs.map(recommendationRecord),
    recommendationFamilies: families
      .map((f) => ({
        key: f.key,
        title: f.title,
        note: f.note,
        members: recs.filter((r) => r.family?.key === f.key).map((r) => r.key),
      }))
      .filter((f) => f.members.length >= 2),
  };
}
