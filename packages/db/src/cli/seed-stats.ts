// Prints, as a Markdown table, how many records of each kind the seed dataset holds per source
// document (a record is counted for every source that one of its citations names). Used to keep
// DATA.md current: `pnpm --filter @monitor/db seed:stats`.
import { Dataset } from "@monitor/domain";
import { buildSeedDataset } from "../seed";

const data = Dataset.parse(buildSeedDataset());
const kinds = [
  "statistics",
  "incidents",
  "events",
  "relationships",
  "recommendations",
  "group claims",
  "leaders",
  "strength estimates",
] as const;
type Kind = (typeof kinds)[number];
const counts = new Map<string, Record<Kind, number>>();
const add = (kind: Kind, citations: { source: string }[]) => {
  for (const source of new Set(citations.map((c) => c.source))) {
    const row = counts.get(source) ?? (Object.fromEntries(kinds.map((k) => [k, 0])) as Record<Kind, number>);
    row[kind] += 1;
    counts.set(source, row);
  }
};
for (const s of data.statistics) add("statistics", s.citations);
for (const s of data.incidents) add("incidents", s.citations);
for (const s of data.events) add("events", s.citations);
for (const s of data.relationships) add("relationships", s.citations);
for (const s of data.recommendations) add("recommendations", s.citations);
for (const g of data.groups) {
  for (const c of g.claims) add("group claims", c.citations);
  for (const c of g.leaders) add("leaders", c.citations);
  for (const c of g.strength) add("strength estimates", c.citations);
}
console.log(`| source | ${kinds.join(" | ")} |`);
console.log(`|---|${kinds.map(() => "---:").join("|")}|`);
for (const s of data.sources) {
  const row = counts.get(s.slug);
  console.log(`| ${s.shortTitle} (\`${s.slug}\`) | ${kinds.map((k) => row?.[k] ?? 0).join(" | ")} |`);
}
console.log(
  `| **all records** | ${[data.statistics, data.incidents, data.events, data.relationships, data.recommendations].map((l) => l.length).join(" | ")} | ${data.groups.reduce((n, g) => n + g.claims.length, 0)} | ${data.groups.reduce((n, g) => n + g.leaders.length, 0)} | ${data.groups.reduce((n, g) => n + g.strength.length, 0)} |`,
);
console.log(`\n${data.groups.length} groups, ${data.sources.length} sources.`);
