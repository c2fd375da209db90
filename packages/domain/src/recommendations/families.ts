/**
 * Recommendation families: the same recommendation made in several reports. Each original stays a
 * record of its own with its own citation; the family counts how often, by how many sources and
 * since when it has been made.
 */
export interface FamilyMember {
  key: string;
  source: string;
  sourceYear: number | null;
  sourcePublishedOn: string | null;
}

export interface FamilySummary {
  timesMade: number;
  sources: number;
  firstMade: { year: number | null; publishedOn: string | null; source: string };
  lastMade: { year: number | null; publishedOn: string | null; source: string };
}

/** When a member was made, comparable: the publication date, else the middle of its year, else last. */
function madeOn(m: FamilyMember): string {
  return m.sourcePublishedOn ?? (m.sourceYear === null ? "9999-12-31" : `${m.sourceYear}-07-01`);
}

/** Members oldest report first (publication date or year, then key). */
export function orderFamilyMembers<M extends FamilyMember>(members: readonly M[]): M[] {
  return [...members].sort((a, b) => madeOn(a).localeCompare(madeOn(b)) || a.key.localeCompare(b.key));
}

export function summariseFamily(members: readonly FamilyMember[]): FamilySummary | null {
  const ordered = orderFamilyMembers(members);
  const first = ordered[0];
  const last = ordered.at(-1);
  if (!first || !last) return null;
  const made = (m: FamilyMember) => ({ year: m.sourceYear, publishedOn: m.sourcePublishedOn, source: m.source });
  return { timesMade: ordered.length, sources: new Set(ordered.map((m) => m.source)).size, firstMade: made(first), lastMade: made(last) };
}
