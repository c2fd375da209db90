import type { CitationView, Dataset } from "@monitor/domain";
import type { Database } from "../client";
import { listEvents } from "../queries/events";
import { getGroupBySlug, listGroups, listRelationships } from "../queries/groups";
import { listIncidents } from "../queries/incidents";
import { listRecommendationFamilies, listRecommendations } from "../queries/recommendations";
import { getSourceText, listSources } from "../queries/sources";
import { listAllStatistics } from "../queries/statistics";

const plain = (list: CitationView[]) =>
  list.map((c) => ({
    source: c.source,
    locator: c.locator,
    quote: c.quote,
    ...(c.originalProducer ? { originalProducer: c.originalProducer } : {}),
  }));

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
    sources: await Promise.all(
      srcs.map(async ({ id, version: _v, citationCount: _c, recommendationCount: _r, hasText, counts: _n, ...s }) => ({
        ...s,
        text: hasText ? await getSourceText(db, id) : null,
      })),
    ),
    groups: profiles.map(({ id: _id, version: _v, relationships: _rels, claims, leaders, strength, roles, ...g }) => ({
      ...g,
      claims: claims.map((c) => ({ ...c, citations: plain(c.citations) })),
      leaders: leaders.map((c) => ({ ...c, citations: plain(c.citations) })),
      strength: strength.map((c) => ({ ...c, citations: plain(c.citations) })),
      // Only groups whose role changed carry roles; the others export as they were imported.
      ...(roles.length ? { roles: roles.map((c) => ({ ...c, citations: plain(c.citations) })) } : {}),
    })),
    relationships: rels.map(({ id: _id, fromName: _f, toName: _t, ...r }) => ({ ...r, citations: plain(r.citations) })),
    statistics: stats.map(({ id: _id, version: _v, groupName: _g, ...s }) => ({ ...s, citations: plain(s.citations) })),
    incidents: incs.map(({ id: _id, version: _v, perpetrators, ...i }) => ({
      ...i,
      perpetrators: perpetrators.map((p) => ({ group: p.group, attribution: p.attribution })),
      citations: plain(i.citations),
    })),
    events: events.map(({ id: _id, ...e }) => ({ ...e, citations: plain(e.citations) })),
    recommendations: recs.map(
      ({
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
      }) => ({
        ...r,
        updates: updates.map(({ id: _uid, createdAt: _c, ...u }) => u),
        citations: plain(r.citations),
      }),
    ),
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
