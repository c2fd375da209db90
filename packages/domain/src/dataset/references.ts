import { getAdminUnit } from "../geo/admin-units";
import { isMainTrack } from "../recommendations/tracks";
import type { Dataset } from "./schemas";

export interface DatasetIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Cross-record checks that a zod schema cannot make: every citation names a known source, every
 * group reference a known group, every place a known admin unit whose parent matches, and natural
 * keys are unique. `known` holds the slugs already in the database (for partial imports).
 */
export function checkDatasetReferences(
  data: Dataset,
  known: { sources?: Iterable<string>; groups?: Iterable<string>; recommendations?: Iterable<string> } = {},
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const sources = new Set([...(known.sources ?? []), ...data.sources.map((s) => s.slug)]);
  const groups = new Set([...(known.groups ?? []), ...data.groups.map((g) => g.slug)]);

  const unique = (list: string, keys: string[]) => {
    const seen = new Set<string>();
    keys.forEach((k, i) => {
      if (seen.has(k)) issues.push({ path: [list, i], message: `Duplicate key "${k}" in ${list}; each record needs its own key.` });
      seen.add(k);
    });
  };
  unique(
    "sources",
    data.sources.map((s) => s.slug),
  );
  unique(
    "groups",
    data.groups.map((g) => g.slug),
  );
  unique(
    "relationships",
    data.relationships.map((r) => r.key),
  );
  unique(
    "statistics",
    data.statistics.map((s) => s.key),
  );
  unique(
    "incidents",
    data.incidents.map((s) => s.key),
  );
  unique(
    "events",
    data.events.map((s) => s.key),
  );
  unique(
    "recommendations",
    data.recommendations.map((s) => s.key),
  );
  unique(
    "recommendationFamilies",
    data.recommendationFamilies.map((f) => f.key),
  );

  const citations = (path: (string | number)[], list: { source: string }[]) => {
    list.forEach((c, i) => {
      if (!sources.has(c.source))
        issues.push({
          path: [...path, "citations", i, "source"],
          message: `Unknown source "${c.source}". Add the source first or fix the slug.`,
        });
    });
  };
  const group = (path: (string | number)[], slug: string | null) => {
    if (slug !== null && !groups.has(slug)) issues.push({ path, message: `Unknown group "${slug}". Add the group first or fix the slug.` });
  };
  const place = (path: (string | number)[], country: string | null, province: string | null, district: string | null) => {
    if (province !== null) {
      const p = getAdminUnit(province);
      if (p?.level !== "province")
        issues.push({ path: [...path, "province"], message: `"${province}" is not a province id (use e.g. PK-KP, PK-BA, AF-NAN).` });
      else if (country !== null && p.parent !== country)
        issues.push({ path: [...path, "province"], message: `${p.name} is not in ${country}.` });
    }
    if (district !== null) {
      const d = getAdminUnit(district);
      if (d?.level !== "district")
        issues.push({ path: [...path, "district"], message: `"${district}" is not a district id (use e.g. pk-kp-bajaur).` });
      else if (province !== null && d.parent !== province && !(province === "PK-TA" && d.formerFata)) {
        issues.push({ path: [...path, "district"], message: `${d.name} is not in ${province}.` });
      }
    }
  };

  data.groups.forEach((g, i) => {
    g.claims.forEach((c, j) => {
      citations(["groups", i, "claims", j], c.citations);
    });
    g.leaders.forEach((c, j) => {
      citations(["groups", i, "leaders", j], c.citations);
    });
    g.strength.forEach((c, j) => {
      citations(["groups", i, "strength", j], c.citations);
    });
    (g.roles ?? []).forEach((c, j) => {
      citations(["groups", i, "roles", j], c.citations);
    });
    g.areas.forEach((a, j) => {
      if (!getAdminUnit(a)) issues.push({ path: ["groups", i, "areas", j], message: `"${a}" is not a known place id.` });
    });
  });
  data.relationships.forEach((r, i) => {
    citations(["relationships", i], r.citations);
    group(["relationships", i, "from"], r.from);
    group(["relationships", i, "to"], r.to);
  });
  data.statistics.forEach((s, i) => {
    citations(["statistics", i], s.citations);
    group(["statistics", i, "group"], s.group);
    place(["statistics", i, "geography"], s.geography.country, s.geography.province, s.geography.district);
    s.geography.areas.forEach((a, j) => {
      const unit = getAdminUnit(a);
      if (!unit || unit.level === "country")
        issues.push({ path: ["statistics", i, "geography", "areas", j], message: `"${a}" is not a province or district id.` });
    });
  });
  data.incidents.forEach((s, i) => {
    citations(["incidents", i], s.citations);
    s.perpetrators.forEach((p, j) => {
      group(["incidents", i, "perpetrators", j, "group"], p.group);
    });
    place(["incidents", i], s.country, s.province, s.district);
  });
  data.events.forEach((s, i) => {
    citations(["events", i], s.citations);
  });
  data.recommendations.forEach((r, i) => {
    citations(["recommendations", i], r.citations);
    if (!sources.has(r.source)) issues.push({ path: ["recommendations", i, "source"], message: `Unknown source "${r.source}".` });
    r.updates.forEach((u, j) => {
      u.evidence.forEach((e, k) => {
        if (e.kind === "citation" && !sources.has(e.citation.source)) {
          issues.push({
            path: ["recommendations", i, "updates", j, "evidence", k, "citation", "source"],
            message: `Unknown source "${e.citation.source}".`,
          });
        }
      });
    });
    if (r.indicator?.group && !groups.has(r.indicator.group)) {
      issues.push({ path: ["recommendations", i, "indicator", "group"], message: `Unknown group "${r.indicator.group}".` });
    }
    // The status is the end of the analysts' national update history: it changes only through dated updates.
    const last = r.updates
      .filter((u) => isMainTrack(u))
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1);
    if (last && last.to !== r.status) {
      issues.push({
        path: ["recommendations", i, "status"],
        message: `The status is "${r.status}" but the last update (${last.date}) moved it to "${last.to}".`,
      });
    }
  });
  const recKeys = new Set([...(known.recommendations ?? []), ...data.recommendations.map((r) => r.key)]);
  const familyOf = new Map<string, string>();
  data.recommendationFamilies.forEach((f, i) => {
    f.members.forEach((m, j) => {
      if (!recKeys.has(m)) issues.push({ path: ["recommendationFamilies", i, "members", j], message: `Unknown recommendation "${m}".` });
      const other = familyOf.get(m);
      if (other && other !== f.key) {
        issues.push({
          path: ["recommendationFamilies", i, "members", j],
          message: `"${m}" is already in family "${other}"; a recommendation belongs to one family at most.`,
        });
      }
      familyOf.set(m, f.key);
    });
  });
  return issues;
}
