/** The queries the profile's "Incidents and figures" section reads, shared by the page (prefetch) and the section. */
export const activityInputs = (slug: string) => ({
  breakdown: {
    filter: { group: slug },
    dimension: "province" as const,
    granularity: "year" as const,
    measure: "incidents" as const,
  },
  figures: { group: slug, limit: 200, offset: 0 },
});
