/**
 * One colour per armed group, the same in every chart, map legend and badge.
 *
 * The palette has ten mid-tone colours that stay distinguishable for the common kinds of colour
 * blindness when used with labels, and read on both the light and the dark theme. It leaves out red,
 * which the app keeps for alerts. A group's colour comes from a hash of its slug, so it never depends on
 * the order in which groups are listed; `GROUP_COLOR_OVERRIDES` pins the most frequently shown groups to
 * colours that do not collide.
 */
export const GROUP_PALETTE = [
  "#4e79a7", // blue
  "#f28e2b", // orange
  "#59a14f", // green
  "#b07aa1", // purple
  "#76b7b2", // teal
  "#c9a227", // ochre
  "#9c755f", // brown
  "#e377c2", // pink
  "#7f7fbf", // lavender
  "#8c8c8c", // grey
] as const;

export type GroupColor = (typeof GROUP_PALETTE)[number];

/** Slugs of the groups that appear together most often, pinned to distinct palette entries. */
export const GROUP_COLOR_OVERRIDES: Readonly<Record<string, number>> = {
  ttp: 0,
  "tehrik-e-taliban-pakistan": 0,
  iskp: 1,
  "islamic-state-khorasan-province": 1,
  "afghan-taliban": 2,
  iea: 2,
  "islamic-emirate-of-afghanistan": 2,
  "al-qaeda": 3,
  aqis: 3,
  bla: 4,
  "baloch-liberation-army": 4,
  lej: 6,
  "lashkar-e-jhangvi": 6,
  "jamaat-ul-ahrar": 8,
  "hafiz-gul-bahadur-group": 5,
};

/** FNV-1a, 32 bit: small, stable across runtimes, good enough spread for short slugs. */
function hashSlug(slug: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    h ^= slug.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The palette index for a group slug. */
export function groupColorIndex(slug: string): number {
  const key = slug.trim().toLowerCase();
  const pinned = GROUP_COLOR_OVERRIDES[key];
  if (pinned !== undefined) return pinned;
  return hashSlug(key) % GROUP_PALETTE.length;
}

/** The colour of a group, e.g. for a chart series, a legend swatch or a badge dot. */
export function groupColor(slug: string): GroupColor {
  return GROUP_PALETTE[groupColorIndex(slug)] ?? GROUP_PALETTE[0];
}
