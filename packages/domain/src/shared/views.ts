import type { TimelineEvent } from "../events/schemas";
import type {
  FuzzyDate,
  Group,
  GroupClaim,
  GroupKind,
  GroupRelationship,
  GroupRole,
  LeaderTenure,
  StrengthEstimate,
} from "../groups/schemas";
import type { Attribution, Incident } from "../incidents/schemas";
import type { Recommendation, RecommendationUpdate } from "../recommendations/schemas";
import type { Citation, Source } from "../sources/schemas";
import type { Statistic } from "../statistics/schemas";

/**
 * What the UI sees: domain entities with their database id and version, and citations resolved to
 * their source's title so every figure can answer "says who?" without another request.
 */
export type CitationView = Citation & { sourceTitle: string; sourceShortTitle: string };

type Cited<T extends { citations: Citation[] }> = Omit<T, "citations"> & { citations: CitationView[] };

/** Per-source counts of the records that cite it, by kind. */
export type SourceCounts = {
  statistics: number;
  incidents: number;
  events: number;
  relationships: number;
  groupClaims: number;
  recommendations: number;
};

/** A source without its full text (which can be large); `hasText` says whether the app holds it. */
export type SourceView = Omit<Source, "text"> & {
  id: string;
  version: number;
  hasText: boolean;
  citationCount: number;
  recommendationCount: number;
  counts: SourceCounts;
};

export type StatisticView = Cited<Statistic> & { id: string; version: number; groupName: string | null };

export type IncidentView = Cited<Omit<Incident, "perpetrators">> & {
  id: string;
  version: number;
  perpetrators: { group: string; groupName: string; attribution: Attribution }[];
};

export type TimelineEventView = Cited<TimelineEvent> & { id: string };

export type RelationshipView = Cited<GroupRelationship> & { id: string; fromName: string; toName: string };

export type GroupSummary = {
  id: string;
  slug: string;
  name: string;
  abbreviation: string | null;
  kind: GroupKind;
  ideology: string | null;
  founded: FuzzyDate | null;
  areas: string[];
  incidentCount: number;
  statisticCount: number;
  relationshipCount: number;
};

export type GroupView = Omit<Group, "claims" | "leaders" | "strength" | "roles"> & {
  id: string;
  version: number;
  claims: Cited<GroupClaim>[];
  leaders: Cited<LeaderTenure>[];
  strength: Cited<StrengthEstimate>[];
  /** Dated roles, oldest first; empty for groups whose role is just their kind. */
  roles: Cited<GroupRole>[];
  relationships: RelationshipView[];
};

export type RecommendationView = Cited<Omit<Recommendation, "updates">> & {
  id: string;
  version: number;
  sourceTitle: string;
  sourceShortTitle: string;
  /** The source's year and publication date: when the recommendation was made. */
  sourceYear: number | null;
  sourcePublishedOn: string | null;
  ownerId: string | null;
  ownerName: string | null;
  family: { key: string; title: string } | null;
  /** Oldest first; `createdAt` orders updates of the same day. */
  updates: (RecommendationUpdate & { id: string; createdAt: string })[];
  updatedAt: string;
};

/** A recommendation family with its members (each original kept and cited), oldest report first. */
export type RecommendationFamilyView = {
  id: string;
  key: string;
  title: string;
  note: string | null;
  version: number;
  members: RecommendationView[];
  /** How many times it was made, by how many distinct sources, since when. */
  timesMade: number;
  sources: number;
  firstMade: { year: number | null; publishedOn: string | null; source: string };
  lastMade: { year: number | null; publishedOn: string | null; source: string };
};
