/**
 * How a record's revisions read: what kind of change an audit entry is ("Imported from incidents.csv"),
 * where a record's history lives, and readable diffs of one field (a value before → after, a list's items
 * added / removed / changed, a long text cut down to the part that changed). Pure: no React, no clock.
 */
import {
  ASSESSOR_LABELS,
  type AuditEntryView,
  CLAIM_TOPIC_LABELS,
  canonicalJson,
  DATE_PRECISION_LABELS,
  EVENT_KIND_LABELS,
  type FieldChange,
  fieldWords,
  formatCount,
  getAdminUnit,
  INCIDENT_TYPE_LABELS,
  METRIC_LABELS,
  PRIORITY_LABELS,
  QUALIFIER_LABELS,
  RELATIONSHIP_TYPE_LABELS,
  type RecordType,
  SOURCE_KIND_LABELS,
  STATUS_LABELS,
  TARGET_ACTOR_LABELS,
  TARGET_LABELS,
  THEME_LABELS,
} from "@monitor/domain";

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

type LabelMap = Readonly<Record<string, string>>;

/*
 * Labels the domain does not hold: the pages keep them beside the components that show them
 * (features/groups, features/sources, features/incidents, the entry forms), where this pure module
 * cannot import them from. Kept in step with those.
 */
const ATTRIBUTION_LABELS: LabelMap = { claimed: "claimed", attributed: "attributed", suspected: "suspected", denied: "denied" };
const GROUP_KIND_LABELS: LabelMap = {
  religious_jihadist: "Religious / jihadist",
  transnational_jihadist: "Transnational jihadist",
  ethno_nationalist_separatist: "Ethno-nationalist separatist",
  sectarian: "Sectarian",
  de_facto_government: "De facto government",
  alliance: "Alliance",
  other: "Other",
};
const UNIT_LABELS: LabelMap = { count: "Count", percent: "Percent", people: "People" };
/** A figure's qualifier ("exact" is said "exactly"; the domain's label for it is empty, for "12 killed"). */
const FIGURE_QUALIFIER_LABELS: LabelMap = { ...QUALIFIER_LABELS, exact: "exactly" };
const STRENGTH_QUALIFIER_LABELS: LabelMap = {
  exact: "exactly",
  about: "about",
  at_least: "at least",
  over: "over",
  up_to: "up to",
  between: "between (a range)",
};

/**
 * The enum fields of the records (and of their list items: perpetrators, leaders' roles, updates) and
 * the labels of their values. A field name several record types use ("kind", "type") lists each type's
 * labels; `TYPE_FIELD_LABELS` picks the one of a known record type.
 */
const FIELD_LABELS: Record<string, readonly LabelMap[]> = {
  type: [INCIDENT_TYPE_LABELS, RELATIONSHIP_TYPE_LABELS],
  target: [TARGET_LABELS],
  killedQualifier: [FIGURE_QUALIFIER_LABELS],
  injuredQualifier: [FIGURE_QUALIFIER_LABELS],
  qualifier: [FIGURE_QUALIFIER_LABELS, STRENGTH_QUALIFIER_LABELS],
  datePrecision: [DATE_PRECISION_LABELS],
  periodPrecision: [DATE_PRECISION_LABELS],
  precision: [DATE_PRECISION_LABELS],
  kind: [EVENT_KIND_LABELS, SOURCE_KIND_LABELS, GROUP_KIND_LABELS],
  metric: [METRIC_LABELS],
  unit: [UNIT_LABELS],
  topic: [CLAIM_TOPIC_LABELS],
  attribution: [ATTRIBUTION_LABELS],
  theme: [THEME_LABELS],
  priority: [PRIORITY_LABELS],
  status: [STATUS_LABELS],
  // A recommendation's status updates go from one status to another.
  from: [STATUS_LABELS],
  to: [STATUS_LABELS],
  targetActors: [TARGET_ACTOR_LABELS],
  assessor: [ASSESSOR_LABELS],
};

const NO_LABELS: LabelMap = {};
const TYPE_FIELD_LABELS: Partial<Record<RecordType, Record<string, LabelMap>>> = {
  incident: { type: INCIDENT_TYPE_LABELS, qualifier: FIGURE_QUALIFIER_LABELS },
  statistic: { qualifier: FIGURE_QUALIFIER_LABELS },
  event: { kind: EVENT_KIND_LABELS },
  source: { kind: SOURCE_KIND_LABELS },
  group: { kind: GROUP_KIND_LABELS, qualifier: STRENGTH_QUALIFIER_LABELS },
  // A relationship goes from one group to another: slugs, not statuses.
  relationship: { type: RELATIONSHIP_TYPE_LABELS, from: NO_LABELS, to: NO_LABELS },
};

/** Fields that hold admin unit ids (PK-KP, pk-kp-bajaur), shown by the unit's name. */
const PLACE_FIELDS = new Set(["country", "province", "district", "areas", "provinces"]);

/** Where a value sits: the field (or list) it is a value of, and the record type when known. */
export interface ValueContext {
  field?: string;
  type?: RecordType;
}

/** The display label of an enum value of a field ("military" in kind → "Military"), or null when it has none. */
export function enumLabel(value: unknown, ctx: ValueContext = {}): string | null {
  if (typeof value !== "string" || value === "" || !ctx.field) return null;
  const own = ctx.type ? TYPE_FIELD_LABELS[ctx.type]?.[ctx.field] : undefined;
  for (const map of own ? [own] : (FIELD_LABELS[ctx.field] ?? [])) {
    if (Object.hasOwn(map, value)) return map[value] ?? null;
  }
  if (PLACE_FIELDS.has(ctx.field)) return getAdminUnit(value)?.name ?? null;
  return null;
}

/** A value as shown: its label, and the stored value beside it when the label differs ("Military", "military"). */
export interface ShownValue {
  text: string;
  /** The value as stored, when `text` is a label of it. */
  raw?: string;
}

export function showValue(value: unknown, ctx: ValueContext = {}): ShownValue {
  const label = enumLabel(value, ctx);
  if (label === null || label === value) return { text: formatScalar(value) };
  return { text: label, raw: value as string };
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
export function summarizeItem(item: unknown, ctx: ValueContext = {}): string {
  if (!isObject(item)) return showValue(item, ctx).text;
  if (typeof item.source === "string" && typeof item.quote === "string") {
    const quote = item.quote.length > 90 ? `${item.quote.slice(0, 89)}…` : item.quote;
    const where = typeof item.locator === "string" && item.locator ? `, ${item.locator}` : "";
    return `${item.source}${where}: “${quote}”`;
  }
  const head = ["name", "title", "group", "label", "actor", "metric", "slug", "key"]
    .map((k) => (typeof item[k] === "string" && item[k] !== "" ? showValue(item[k], { field: k, type: ctx.type }).text : null))
    .find((v): v is string => v !== null);
  const extras = ["role", "attribution", "type", "kind", "status", "low", "high", "value", "from", "to", "date"]
    .filter((k) => k in item && item[k] !== null && item[k] !== "" && typeof item[k] !== "object")
    .map((k) => `${fieldWords(k)} ${showValue(item[k], { field: k, type: ctx.type }).text}`);
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
export function diffList(before: readonly unknown[], after: readonly unknown[], ctx: ValueContext = {}): ListDiff {
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
    changed.push({ before: r, after: a, label: summarizeItem(r, ctx), fields });
  }
  const reordered =
    removed.length === 0 && added.length === 0 && canonicalJson(before) !== canonicalJson(after) && before.length === after.length;
  return { added: stillAdded, removed: stillRemoved, changed, reordered };
}

/** One side of a changed value: its text, and the stored value when the text is a label of it. */
export interface ScalarChange {
  before: string;
  after: string;
  beforeRaw?: string;
  afterRaw?: string;
}

export type FieldDiff =
  | ({ kind: "scalar" } & ScalarChange)
  | { kind: "text"; diff: TextDiff; beforeEmpty: boolean; afterEmpty: boolean }
  | { kind: "list"; diff: ListDiff; beforeCount: number; afterCount: number }
  | { kind: "object"; changes: ({ field: string } & ScalarChange)[] };

function scalarChange(before: ShownValue, after: ShownValue): ScalarChange {
  return {
    before: before.text,
    after: after.text,
    ...(before.raw !== undefined ? { beforeRaw: before.raw } : {}),
    ...(after.raw !== undefined ? { afterRaw: after.raw } : {}),
  };
}

/**
 * How one changed field is best shown. With the field's name (and the record type), enum values read as
 * their labels ("Political" → "Military") and keep the stored value beside them.
 */
export function diffField(before: unknown, after: unknown, ctx: ValueContext = {}): FieldDiff {
  if (Array.isArray(before) || Array.isArray(after)) {
    const b = Array.isArray(before) ? before : [];
    const a = Array.isArray(after) ? after : [];
    return { kind: "list", diff: diffList(b, a, ctx), beforeCount: b.length, afterCount: a.length };
  }
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    return {
      kind: "object",
      changes: keys
        .filter((k) => canonicalJson(b[k] ?? null) !== canonicalJson(a[k] ?? null))
        .map((k) => {
          const sub = { field: k, type: ctx.type };
          return { field: k, ...scalarChange(showNested(b[k], sub), showNested(a[k], sub)) };
        }),
    };
  }
  if (typeof before === "string" && typeof after === "string" && (before.length > LONG_TEXT || after.length > LONG_TEXT)) {
    return { kind: "text", diff: diffText(before, after), beforeEmpty: before === "", afterEmpty: after === "" };
  }
  return { kind: "scalar", ...scalarChange(showValue(before, ctx), showValue(after, ctx)) };
}

function showNested(v: unknown, ctx: ValueContext): ShownValue {
  if (Array.isArray(v)) return { text: v.length === 0 ? "—" : v.map((x) => summarizeItem(x, ctx)).join("; ") };
  if (isObject(v)) return { text: summarizeItem(v, ctx) };
  return showValue(v, ctx);
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
