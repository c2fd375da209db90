"use client";

/**
 * Pieces of the group, relationship and recommendation forms: a list of child items (leaders, strength
 * estimates, claims, roles) with add, remove and move up/down; a list of strings edited one per line;
 * a set of ids chosen with checkboxes; and the keys new child items get (the seed's pattern,
 * `ttp/leader/noor-wali-mehsud`), made when the form is saved so an editor never types one.
 */
import { getAdminUnit, listAdminUnits } from "@monitor/domain";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { type ReactNode, useId, useState } from "react";
import { type FieldValues, useController, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { Field, inputClassName } from "~/components/ui/form-field";
import { cn } from "~/lib/utils";
import { useFieldError, useLinesText } from "./shared/fields";
import { districtsOf } from "./shared/pickers";

/** Lower-case words joined by single hyphens ("Noor Wali Mehsud" → "noor-wali-mehsud"), at most `max` characters. */
export function slugify(text: string, max = 60): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
}

/**
 * Fills in the keys of new child items (empty key): `prefix/slug`, with -2, -3… when two items would
 * share one. Items that have a key keep it, so an edit never renames what other records may refer to.
 */
export function fillKeys<T extends Record<string, unknown>>(
  items: readonly T[] | undefined,
  prefix: string,
  name: (item: T, i: number) => string,
): T[] {
  if (!items) return [];
  const taken = new Set(items.map((it) => (typeof it.key === "string" ? it.key.trim() : "")).filter(Boolean));
  return items.map((item, i) => {
    if (typeof item.key === "string" && item.key.trim() !== "") return item;
    const base = `${prefix}/${slugify(name(item, i)) || String(i + 1)}`;
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    return { ...item, key };
  });
}

/**
 * A nullable dated field as the date picker leaves it: no date means "not known" (null); a date keeps its
 * precision ("day" when none was chosen).
 */
export function fuzzyOrNull(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object") return v;
  const o = v as { date?: unknown; precision?: unknown };
  if (o.date === null || o.date === undefined || o.date === "") return null;
  return { date: o.date, precision: o.precision ?? "day" };
}

/** A required dated field: its precision defaults to "day". */
export function fuzzyRequired(v: unknown): unknown {
  if (v === null || v === undefined || typeof v !== "object") return { date: "", precision: "day" };
  const o = v as { date?: unknown; precision?: unknown };
  return { date: o.date ?? "", precision: o.precision ?? "day" };
}

export interface ItemListProps {
  /** The array's field name ("leaders"). */
  name: string;
  title: string;
  description?: ReactNode;
  /** What one item is called ("leader"), for the buttons and headings. */
  noun: string;
  /** A new item's values. */
  newItem: () => FieldValues;
  /** A short label of an item from its values ("Noor Wali Mehsud"), shown in its heading. */
  summary?: (item: Record<string, unknown>) => string | null;
  /** The item's fields, named under `${name}.${index}`. */
  children: (prefix: string, index: number) => ReactNode;
  /** Shown when the list is empty. */
  emptyText: string;
}

/**
 * A list of child items of a record with add, remove and move up/down (order matters: leaders and roles
 * read oldest first). Every button names the item it acts on, so screen-reader and keyboard users know
 * which one moves.
 */
export function ItemList({ name, title, description, noun, newItem, summary, children, emptyText }: ItemListProps) {
  const { control } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const values = (useWatch({ control, name }) as Record<string, unknown>[] | undefined) ?? [];
  const rootError = useFieldError(name);
  const headingId = useId();
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);

  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 rounded-lg border border-border bg-surface px-4 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-[14px] font-semibold">
          {title} <span className="font-normal text-muted-foreground tabular-nums">({fields.length})</span>
        </h2>
      </div>
      {description ? <p className="-mt-2 text-[12.5px] text-muted-foreground">{description}</p> : null}
      {rootError ? (
        <p role="alert" className="text-[12.5px] font-medium text-danger">
          {rootError}
        </p>
      ) : null}
      {fields.length === 0 ? <p className="text-[12.5px] text-muted-foreground">{emptyText}</p> : null}
      <ol className="flex flex-col gap-3">
        {fields.map((f, i) => {
          const label = summary?.(values[i] ?? {}) || null;
          const itemName = `${noun} ${i + 1}${label ? ` (${label})` : ""}`;
          return (
            <li key={f.id} data-item={`${name}.${i}`} className="flex flex-col gap-3 rounded-md border border-border bg-surface-2/40 p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="min-w-0 truncate text-[13px] font-medium">
                  {Noun} {i + 1}
                  {label ? <span className="font-normal text-muted-foreground">: {label}</span> : null}
                </h3>
                <div className="flex items-center gap-1">
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    aria-label={`Move ${itemName} up`}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  >
                    <ArrowUp aria-hidden="true" />
                  </Button>
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    aria-label={`Move ${itemName} down`}
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    <ArrowDown aria-hidden="true" />
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={`Remove ${itemName}`} onClick={() => remove(i)}>
                    <Trash2 aria-hidden="true" />
                    Remove
                  </Button>
                </div>
              </div>
              {children(`${name}.${i}`, i)}
            </li>
          );
        })}
      </ol>
      <div>
        <Button variant="secondary" size="sm" onClick={() => append(newItem())}>
          <Plus aria-hidden="true" />
          Add {/^[aeiou]/.test(noun) ? "an" : "a"} {noun}
        </Button>
      </div>
    </section>
  );
}

/**
 * A list of strings edited one per line (aliases, media wings); blank lines are dropped. The text follows
 * the form's value when it changes from elsewhere (a reset, "Reload latest").
 */
export function LinesField({ name, label, hint, rows = 3 }: { name: string; label: string; hint?: string; rows?: number }) {
  const { field, text, onChange } = useLinesText(name);
  const error = useFieldError(name) ?? firstItemError(useFormContext().formState.errors, name);
  return (
    <Field label={label} hint={hint ?? "One per line."} error={error}>
      {(c) => (
        <textarea
          {...c}
          ref={field.ref}
          name={field.name}
          rows={rows}
          className={cn(inputClassName, "h-auto py-2 leading-relaxed")}
          // Keeps what is typed (blank lines included) while editing; the schema trims each entry.
          value={text}
          onChange={(e) => onChange(e.target.value)}
          onBlur={field.onBlur}
        />
      )}
    </Field>
  );
}

/** The first message under an array's items ("aliases.2": "Keep this under 200 characters."), named by its line. */
function firstItemError(errors: unknown, name: string): string | undefined {
  const node = (errors as Record<string, unknown>)[name];
  if (!Array.isArray(node)) return undefined;
  for (let i = 0; i < node.length; i++) {
    const m = (node[i] as { message?: unknown } | undefined)?.message;
    if (typeof m === "string") return `Line ${i + 1}: ${m}`;
  }
  return undefined;
}

/** A set of values chosen with checkboxes, kept in the order of `options`. */
export function CheckboxSet({
  name,
  label,
  hint,
  options,
  columns = 3,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  options: readonly (readonly [string, string])[];
  columns?: 2 | 3 | 4;
}) {
  const { field } = useController({ name });
  const error = useFieldError(name);
  const hintId = useId();
  const errorId = useId();
  const chosen = new Set(Array.isArray(field.value) ? (field.value as string[]) : []);
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const toggle = (v: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(v);
    else next.delete(v);
    const known = options.map(([o]) => o).filter((o) => next.has(o));
    const other = [...next].filter((o) => !options.some(([k]) => k === o));
    field.onChange([...known, ...other]);
  };
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="flex min-w-0 flex-col gap-1.5">
      <legend className="mb-1.5 text-[12.5px] font-medium">{label}</legend>
      <div
        className={cn(
          "grid grid-cols-2 gap-x-3 gap-y-1.5",
          columns === 2 ? "sm:grid-cols-2" : columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-4",
        )}
      >
        {options.map(([value, text], i) => (
          <label key={value} className="flex items-start gap-2 text-[12.5px]">
            <input
              type="checkbox"
              ref={i === 0 ? field.ref : undefined}
              className="mt-0.5 size-3.5 accent-accent"
              checked={chosen.has(value)}
              onChange={(e) => toggle(value, e.target.checked)}
              onBlur={field.onBlur}
            />
            {text}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={hintId} className="text-[12px] text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-[12px] font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");
const PK_PROVINCES = listAdminUnits({ level: "province", parent: "PK" }).sort(byName);
const AF_PROVINCES = listAdminUnits({ level: "province", parent: "AF" }).sort(byName);

/** Pakistani provinces (with FATA, "until 2018"), then Afghan ones, as checkbox options. */
export const PROVINCE_OPTIONS = {
  PK: PK_PROVINCES.map((p) => [p.id, `${p.name}${p.formerFata ? " (until 2018)" : ""}`] as const),
  AF: AF_PROVINCES.map((p) => [p.id, p.name] as const),
};

/**
 * Where a group operates: either country as a whole, provinces of Pakistan and Afghanistan, and
 * districts (those listed are kept and removable; "Add a district" picks a province, then one of its
 * districts from the boundary files, as the place picker does).
 */
export function AreasField({ name }: { name: string }) {
  const { field } = useController({ name });
  const value = Array.isArray(field.value) ? (field.value as string[]) : [];
  const districts = value.filter((id) => getAdminUnit(id)?.level === "district" || !getAdminUnit(id));
  const countries: (readonly [string, string])[] = [
    ["PK", "All of Pakistan"],
    ["AF", "All of Afghanistan"],
  ];
  const districtOptions = districts.map((id) => [id, `${getAdminUnit(id)?.name ?? id} (district)`] as const);
  return (
    <div className="flex flex-col gap-3">
      <CheckboxSet
        name={name}
        label="Areas of operation: Pakistan"
        options={[
          countries[0] as readonly [string, string],
          ...PROVINCE_OPTIONS.PK,
          ...districtOptions.filter(([id]) => id.startsWith("pk-")),
        ]}
        columns={4}
        hint="Tick the country only when the sources name no province."
      />
      <CheckboxSet
        name={name}
        label="Areas of operation: Afghanistan"
        options={[
          countries[1] as readonly [string, string],
          ...PROVINCE_OPTIONS.AF,
          ...districtOptions.filter(([id]) => !id.startsWith("pk-")),
        ]}
        columns={4}
      />
      <AddDistrict
        listed={value}
        onAdd={(id) => {
          if (!value.includes(id)) field.onChange([...value, id]);
        }}
      />
    </div>
  );
}

/** Provinces that have districts in the boundary files (FATA: its former agencies), Pakistan's then Afghanistan's. */
const DISTRICT_PROVINCES = [...PK_PROVINCES, ...AF_PROVINCES].filter((p) => districtsOf(p.id).length > 0);

/** Picks a province, then one of its districts, and adds the district to the group's areas. */
function AddDistrict({ listed, onAdd }: { listed: readonly string[]; onAdd: (id: string) => void }) {
  const [province, setProvince] = useState("");
  const [district, setDistrict] = useState("");
  const provinceId = useId();
  const districtId = useId();
  const hintId = useId();
  const choices = districtsOf(province || null)
    .filter((d) => !listed.includes(d.id))
    .sort(byName);
  return (
    <fieldset aria-describedby={hintId} className="flex min-w-0 flex-col gap-1.5">
      <legend className="mb-1.5 text-[12.5px] font-medium">Add a district</legend>
      <div className="grid items-end gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={provinceId} className="text-[12px] text-muted-foreground">
            Province of the district
          </label>
          <select
            id={provinceId}
            className={inputClassName}
            value={province}
            onChange={(e) => {
              setProvince(e.target.value);
              setDistrict("");
            }}
          >
            <option value="">Choose a province…</option>
            {DISTRICT_PROVINCES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.formerFata ? " (until 2018)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={districtId} className="text-[12px] text-muted-foreground">
            District to add
          </label>
          <select
            id={districtId}
            className={inputClassName}
            value={district}
            disabled={!province || choices.length === 0}
            onChange={(e) => setDistrict(e.target.value)}
          >
            <option value="">
              {!province ? "Choose a province first" : choices.length === 0 ? "All its districts are listed" : "Choose a district…"}
            </option>
            {choices.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <Button
          variant="secondary"
          className="h-9"
          disabled={!district}
          onClick={() => {
            onAdd(district);
            setDistrict("");
          }}
        >
          <Plus aria-hidden="true" />
          Add district
        </Button>
      </div>
      <p id={hintId} className="text-[12px] text-muted-foreground">
        Only where the sources name the district. An added district shows above, ticked; untick it to remove it.
      </p>
    </fieldset>
  );
}

/** zod's generic messages, said as what to do. */
function friendlyMessage(message: string, path: string): string {
  const field = path.split(".").pop() ?? "";
  if (/expected number/.test(message)) return "Enter a whole number, e.g. 4000.";
  if (message === "A slug is required." && field === "source") return "Choose a source.";
  if (message === "A slug is required." && (field === "from" || field === "to")) return "Choose a group.";
  if (/expected string, received (null|undefined)/.test(message)) {
    return field === "source" ? "Choose a source." : field === "date" ? "Enter a date." : "This field cannot be empty.";
  }
  if (/^Invalid option/.test(message)) return "Choose one of the options.";
  if (/Too small: expected number to be >=0/.test(message)) return "Enter 0 or more.";
  if (/Too big: expected number/.test(message)) return "That number is too large; check it.";
  if (/expected int/.test(message)) return "Enter a whole number, without decimals.";
  return message;
}

/** Wraps a resolver so its messages say what to fix instead of zod's type names. */
export function withFriendlyMessages<R extends (...args: never[]) => unknown>(resolver: R): R {
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    if (typeof o.message === "string") o.message = friendlyMessage(o.message, path);
    for (const [k, v] of Object.entries(o)) if (k !== "ref" && k !== "message" && k !== "type") walk(v, path ? `${path}.${k}` : k);
  };
  return (async (...args: Parameters<R>) => {
    const result = (await resolver(...args)) as { errors?: unknown };
    if (result.errors) walk(result.errors, "");
    return result;
  }) as unknown as R;
}
