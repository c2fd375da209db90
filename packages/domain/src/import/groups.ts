/**
 * Matching the group names of an imported row to the Monitor's groups. The caller passes a lookup
 * from name keys to slugs, built with `buildGroupLookup` from every group's slug, name, abbreviation
 * and aliases; a name is looked up by its compact normalised form ("Tehrik-e-Taliban Pakistan" =
 * "tehriketalibanpakistan") and then its compact folded form, so transliteration variants meet
 * (Tehreek/Tehrik, Jamaat/Jamat), as in search.
 *
 * Names as other databases write them are tried whole, then without a trailing parenthesis
 * ("Jamaat-ul-Ahrar (JuA)"), then its content, then each side of a colon (ACLED's "TTP: Tehreek-e-Taliban
 * Pakistan"). "Unknown" and "Unidentified Armed Group" leave the perpetrator open; state forces,
 * civilians, protesters and rioters (ACLED actors) are not militant groups and are left out with a
 * warning; any other unknown name is an error with the closest known groups as suggestions.
 */

import { compactKey, foldSearchText, normalizeSearchText } from "../search/normalize";
import { boundedEditDistance } from "./places";

/** The keys a group name is looked up by: its compact normalised form, then its compact folded form. */
export function groupLookupKeys(name: string): [literal: string, folded: string] {
  return [compactKey(normalizeSearchText(name)), compactKey(foldSearchText(name))];
}

export interface GroupNames {
  slug: string;
  name: string;
  abbreviation?: string | null;
  aliases?: readonly string[];
}

/**
 * The lookup `parseIncidentRow` and `parseStatisticRow` take as `knownGroups`: every key of every
 * name, alias, abbreviation and slug of every group, to its slug. A key that two groups share is
 * left out, so an ambiguous name is reported rather than guessed.
 */
export function buildGroupLookup(groups: Iterable<GroupNames>): Map<string, string> {
  const lookup = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const g of groups) {
    const names = [g.slug, g.name, ...(g.abbreviation ? [g.abbreviation] : []), ...(g.aliases ?? [])];
    for (const name of names) {
      for (const key of new Set(groupLookupKeys(name))) {
        if (key === "" || ambiguous.has(key)) continue;
        const other = lookup.get(key);
        if (other !== undefined && other !== g.slug) {
          lookup.delete(key);
          ambiguous.add(key);
        } else lookup.set(key, g.slug);
      }
    }
  }
  return lookup;
}

/** The names in one group cell: several are separated by ';', '|' or line breaks. */
export function splitGroupCell(text: string): string[] {
  return text
    .split(/[;|\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export type GroupMatch =
  | { kind: "group"; slug: string }
  /** The cell says the perpetrator is not known. */
  | { kind: "open" }
  /** A state force or a civilian actor, not a militant group. */
  | { kind: "not-a-group" }
  | { kind: "unknown"; suggestions: string[] };

const OPEN = /^(unknown|unidentified|not known|none|n a|na|unattributed|no claim)\b/;
const NOT_A_GROUP =
  /^(military forces|police forces|security forces|government of|army|frontier corps|levies|rangers|civilians|protesters|rioters|private security)\b/;

function candidates(name: string): string[] {
  const out: string[] = [];
  const paren = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name);
  if (paren) out.push(paren[1] as string, paren[2] as string);
  for (const part of name.split(":")) out.push(part.trim());
  return out.filter((s) => s !== "");
}

const memo = new WeakMap<ReadonlyMap<string, string>, Map<string, GroupMatch>>();

function suggest(name: string, knownGroups: ReadonlyMap<string, string>): string[] {
  const [literal, folded] = groupLookupKeys(name);
  const scored = new Map<string, number>();
  for (const [key, slug] of knownGroups) {
    const cap = Math.max(1, Math.floor(key.length / 4));
    let d = Math.min(boundedEditDistance(literal, key, cap), boundedEditDistance(folded, key, cap));
    if (d > cap && Math.min(literal.length, key.length) >= 4 && (key.includes(literal) || literal.includes(key))) d = cap;
    if (d > cap) continue;
    const prev = scored.get(slug);
    if (prev === undefined || d < prev) scored.set(slug, d);
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([slug]) => slug);
}

/** What one group name in a cell stands for; see the module comment. */
export function matchGroupName(name: string, knownGroups: ReadonlyMap<string, string>): GroupMatch {
  let cache = memo.get(knownGroups);
  if (!cache) {
    cache = new Map();
    memo.set(knownGroups, cache);
  }
  const hit = cache.get(name);
  if (hit) return hit;
  const lookup = (c: string) => {
    const [literal, folded] = groupLookupKeys(c);
    return knownGroups.get(literal) ?? knownGroups.get(folded);
  };
  const n = normalizeSearchText(name);
  let result: GroupMatch | null = null;
  const whole = lookup(name);
  if (whole) result = { kind: "group", slug: whole };
  else if (OPEN.test(n)) result = { kind: "open" };
  else if (NOT_A_GROUP.test(n)) result = { kind: "not-a-group" };
  else {
    for (const c of candidates(name)) {
      const slug = lookup(c);
      if (slug) {
        result = { kind: "group", slug };
        break;
      }
    }
  }
  result ??= { kind: "unknown", suggestions: suggest(name, knownGroups) };
  if (cache.size > 50_000) cache.clear();
  cache.set(name, result);
  return result;
}

export function unknownGroupMessage(name: string, suggestions: readonly string[]): string {
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(", ")}?` : "";
  return `Unknown group "${name}".${hint} Use a name or alias the Monitor knows, write "unknown", or add the group first.`;
}
