/**
 * How a record's revisions read: what kind of change an audit entry is ("Imported from incidents.csv"),
 * where a record's history lives, and readable diffs of one field (a value before → after, a list's items
 * added / removed / changed, a long text cut down to the part that changed). Pure: no React, no clock.
 */
import { type AuditEntryView, canonicalJson, type FieldChange, fieldWords, formatCount, type RecordType } from "@monitor/domain";

/** The history page of a record. Keys hold "/", so each segment is encoded on its own. */
export function historyHref(type: RecordType, key: string): string {
  return `/history/${type}/${key.split("/").map(encodeURIComponent).join("/")}`;
}

/** The record key from the page's catch-all segments (each may arrive encoded or not; keys never hold "%"). */
export function keyFromSegments(segments: readonly string[]): string | null {
  try {
    const key = segments.map((s) => decodeURIComponent(s)).join("/");
    return key.trim() === "" ? null : key;
  } catch {
    return null;
  }
}

export type ChangeKind = "created" | "edited" | "imported" | "merged" | "deleted" | "restored" | "other";

export interface ChangeDescription {
  kind: ChangeKind;
  /** "Created", "Imported from incidents-2026.csv", "Deleted (reason: duplicate of …)". */
  label: string;
  /** One more line: the deletion reason, the duplicate merged in. */
  note: string | null;
}

const IMPORT_FILE = /\(from (.+)\)$/;

/** What an audit entry did to its record, in words. */
export function describeChange(entry: Pick<AuditEntryView, "action" | "entityLabel" | "before" | "after">): ChangeDescription {
  const verb = entry.action.slice(entry.action.indexOf(".") + 1);
  switch (verb) {
    case "create":
      return { kind: "created", label: "Created", note: null };
    case "update":
      return { kind: "edited", label: "Edited", note: null };
    case "import": {
      const file = IMPORT_FILE.exec(entry.entityLabel)?.[1];
      return { kind: "imported", label: file ? `Imported from ${file}` : "Imported from a CSV file", note: null };
    }
    case "merge": {
      const from = entry.after?.mergedFrom;
      return {
        kind: "merged",
        label: "Merged a duplicate report into it",
        note: typeof from === "string" ? `The new report (${from}) was folded into this record instead of being saved.` : null,
      };
    }
    case "delete": {
      const reason = entry.before?.deleteReason;
      return {
        kind: "deleted",
        label: "Deleted (moved to the trash)",
        note: typeof reason === "string" && reason ? `Reason: ${reason}` : null,
      };
    }
    case "restore":
      return { kind: "restored", label: "Restored from the trash", note: null };
    default:
      return { kind: "other", label: fieldLabel(verb), note: null };
  }
}

/** Fields that are bookkeeping of the change itself, not of the record. */
const META_FIELDS = new Set(["deleteReason", "mergedFrom"]);

/** The record's fields that differ in an entry, bookkeeping left out. */
export function recordChanges(changes: readonly FieldChange[]): FieldChange[] {
  return changes.filter((c) => !META_FIELDS.has(c.field));
}

/** "killedQualifier" → "Killed qualifier", "targetActors" → "Addressed to". */
export function fieldLabel(field: string): string {
  const words = fieldWords(field).replace(/[_.-]+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The changed fields in words, for a one-line summary: "title, description and 2 more". */
export function changedFieldsInWords(changes: readonly FieldChange[], max = 5): string {
  const names = recordChanges(changes).map((c) => fieldWords(c.field));
  if (names.length === 0) return "";
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  if (shown.length === 1) return shown[0] ?? "";
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/** A scalar as people read it: "—" for none, "yes"/"no", numbers with separators. */
export function formatScalar(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return formatCount(value);
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Texts longer than this are shown as the part that changed, with a little context. */
const LONG_TEXT = 120;
const CONTEXT = 40;

export interface TextDiff {
  /** Text both versions share before the change ("" when the change starts the text). */
  prefix: string;
  removed: string;
  added: string;
  suffix: string;
  /** Whether text was cut before the prefix / after the suffix. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** Where two texts differ: the common start and end kept (a little of each), the middle as removed → added. */
export function diffText(before: string, after: string): TextDiff {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  // Break on a word boundary so the change reads as words.
  while (start > 0 && /\S/.test(before[start - 1] ?? "") && /\S/.test(before[start] ?? " ")) start--;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  while (end > 0 && /\S/.test(before[before.length - end] ?? "") && /\S/.test(before[before.length - end - 1] ?? " ")) end--;
  const prefixFull = before.slice(0, start);
  const suffixFull = before.slice(before.length - end);
  const cutStart = prefixFull.length > CONTEXT;
  const cutEnd = suffixFull.length > CONTEXT;
  return {
    prefix: cutStart ? prefixFull.slice(-CONTEXT).replace(/^\S*\s/, "") : prefixFull,
    removed: before.slice(start, before.length - end),
    added: after.slice(start, after.length - end),
    suffix: cutEnd ? suffixFull.slice(0, CONTEXT).replace(/\s\S*$/, "") : suffixFull,
    cutStart,
    cutEnd,
  };
}

/** What identifies an item of a list across versions (a leader by name, a perpetrator by group…), if anything. */
function itemIdentity(item: unknown): string | null {
  if (!isObject(item)) return null;
  for (const k of ["key", "slug", "name", "group", "actor", "title"]) {
    const v = item[k];
    if (typeof v === "string" && v) return `${k}:${v}`;
  }
  if (typeof item.source === "string" && typeof item.quote === "string") return `cite:${item.source}:${item.quote.slice(0, 60)}`;
  if (typeof item.source === "string" && typeof item.from === "string") return `range:${item.source}:${item.from}`;
  return null;
}

/** One item of a list, short: "pips — “… quote …”", "TTP (claimed)", "Noor Wali Mehsud, emir, 2018–". */
export function summarizeItem(item: unknown): string {
  if (!isObject(item)) return formatScalar(item);
  if (typeof item.source === "string" && typeof item.quote === "string") {
    const quote = item.quote.length > 90 ? `${item.quote.slice(0, 89)}…` : item.quote;
    const where = typeof item.locator === "string" && item.locator ? `, ${item.locator}` : "";
    return `${item.source}${where}: “${quote}”`;
  }
  const head = ["name", "title", "group", "label", "actor", "metric", "slug", "key"]
    .map((k) => item[k])
    .find((v): v is string => typeof v === "string" && v !== "");
  const extras = ["role", "attribution", "type", "kind", "status", "low", "high", "value", "from", "to", "date"]
    .filter((k) => k in item && item[k] !== null && item[k] !== "" && typeof item[k] !== "object")
    .map((k) => `${fieldWords(k)} ${formatScalar(item[k])}`);
  const text = [head, extras.join(", ")].filter(Boolean).join(" — ");
  if (text) return text.length > 140 ? `${text.slice(0, 139)}…` : text;
  const json = JSON.stringify(item);
  return json.length > 140 ? `${json.slice(0, 139)}…` : json;
}

export interface ListDiff {
  added: unknown[];
  removed: unknown[];
  /** Items present in both versions under the same identity, with what changed inside them. */
  changed: { before: unknown; after: unknown; label: string; fields: string[] }[];
  /** True when the same items only changed order. */
  reordered: boolean;
}

/** Items of a list added, removed and changed, compared by their JSON (and paired by name, group or source when they changed). */
export function diffList(before: readonly unknown[], after: readonly unknown[]): ListDiff {
  const count = (list: readonly unknown[]) => {
    const m = new Map<string, number>();
    for (const x of list) m.set(canonicalJson(x), (m.get(canonicalJson(x)) ?? 0) + 1);
    return m;
  };
  const inAfter = count(after);
  const inBefore = count(before);
  const removed = before.filter((x) => {
    const k = canonicalJson(x);
    const n = inAfter.get(k) ?? 0;
    if (n > 0) {
      inAfter.set(k, n - 1);
      return false;
    }
    return true;
  });
  const added = after.filter((x) => {
    const k = canonicalJson(x);
    const n = inBefore.get(k) ?? 0;
    if (n > 0) {
      inBefore.set(k, n - 1);
      return false;
    }
    return true;
  });
  const changed: ListDiff["changed"] = [];
  const stillAdded = [...added];
  const stillRemoved: unknown[] = [];
  for (const r of removed) {
    const id = itemIdentity(r);
    const i = id === null ? -1 : stillAdded.findIndex((a) => itemIdentity(a) === id);
    if (i < 0) {
      stillRemoved.push(r);
      continue;
    }
    const a = stillAdded.splice(i, 1)[0];
    const keys = [...new Set([...Object.keys(r as object), ...Object.keys(a as object)])].sort();
    const fields = keys.filter(
      (k) => canonicalJson((r as Record<string, unknown>)[k] ?? null) !== canonicalJson((a as Record<string, unknown>)[k] ?? null),
    );
    changed.push({ before: r, after: a, label: summarizeItem(r), fields });
  }
  const reordered =
    removed.length === 0 && added.length === 0 && canonicalJson(before) !== canonicalJson(after) && before.length === after.length;
  return { added: stillAdded, removed: stillRemoved, changed, reordered };
}

export type FieldDiff =
  | { kind: "scalar"; before: string; after: string }
  | { kind: "text"; diff: TextDiff; beforeEmpty: boolean; afterEmpty: boolean }
  | { kind: "list"; diff: ListDiff; beforeCount: number; afterCount: number }
  | { kind: "object"; changes: { field: string; before: string; after: string }[] };

/** How one changed field is best shown. */
export function diffField(before: unknown, after: unknown): FieldDiff {
  if (Array.isArray(before) || Array.isArray(after)) {
    const b = Array.isArray(before) ? before : [];
    const a = Array.isArray(after) ? after : [];
    return { kind: "list", diff: diffList(b, a), beforeCount: b.length, afterCount: a.length };
  }
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    return {
      kind: "object",
      changes: keys
        .filter((k) => canonicalJson(b[k] ?? null) !== canonicalJson(a[k] ?? null))
        .map((k) => ({ field: k, before: formatNested(b[k]), after: formatNested(a[k]) })),
    };
  }
  if (typeof before === "string" && typeof after === "string" && (before.length > LONG_TEXT || after.length > LONG_TEXT)) {
    return { kind: "text", diff: diffText(before, after), beforeEmpty: before === "", afterEmpty: after === "" };
  }
  return { kind: "scalar", before: formatScalar(before), after: formatScalar(after) };
}

function formatNested(v: unknown): string {
  if (Array.isArray(v)) return v.length === 0 ? "—" : v.map(summarizeItem).join("; ");
  if (isObject(v)) return summarizeItem(v);
  return formatScalar(v);
}

/** "2026-05-01T14:05:09.000Z" → "1 May 2026, 14:05 UTC" is built by the views from these two parts. */
export function utcDay(iso: string): string {
  return iso.slice(0, 10);
}

/** `YYYY-MM-DD` seven days before `today` (UTC dates). */
export function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
