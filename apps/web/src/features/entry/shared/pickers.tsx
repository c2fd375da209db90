"use client";

/**
 * Pickers for what a record refers to by natural key: a source (slug), a group (slug), a place (the geo
 * ids of the boundary files) and a date with its precision. Each is bound to the form in context by
 * field name and keeps the value the schema expects (null for "none").
 */
import { COUNTRY_IDS, DATE_PRECISION_LABELS, DATE_PRECISIONS, type DatePrecision, getAdminUnit, listAdminUnits } from "@monitor/domain";
import { useQuery } from "@tanstack/react-query";
import { useController, useFormContext } from "react-hook-form";
import { Field, inputClassName } from "~/components/ui/form-field";
import { readServerError } from "~/lib/form-errors";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { useFieldError } from "./fields";

interface PickerProps {
  name: string;
  label: string;
  hint?: string;
  className?: string;
  /** Adds a "none" choice with this text; choosing it stores null. Without it a choice is required. */
  empty?: string;
}

/** A source by slug (from `sources.list`), labelled with its short title and year. */
export function SourcePicker({ name, label, hint, className, empty }: PickerProps) {
  const trpc = useTRPC();
  const sources = useQuery(trpc.sources.list.queryOptions({}));
  const { field } = useController({ name });
  const rawError = useFieldError(name);
  const value = (field.value as string | null | undefined) ?? "";
  const known = sources.data?.some((s) => s.slug === value);
  // The slug schema's own message ("A slug is required.") means nothing in a picker.
  const error = rawError && !value ? "Choose a source from the list." : rawError;
  return (
    <Field
      label={label}
      hint={sources.error ? `Could not load the sources: ${readServerError(sources.error).message}` : hint}
      error={error}
      className={className}
    >
      {(c) => (
        <select
          {...c}
          ref={field.ref}
          name={field.name}
          onBlur={field.onBlur}
          className={inputClassName}
          value={value}
          disabled={!sources.data}
          onChange={(e) => field.onChange(e.target.value === "" ? (empty !== undefined ? null : "") : e.target.value)}
        >
          <option value="">{sources.data ? (empty ?? "Choose a source…") : "Loading sources…"}</option>
          {value && sources.data && !known ? <option value={value}>{value} (not in the database)</option> : null}
          {sources.data?.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.shortTitle}
              {s.year ? ` (${s.year})` : ""}
              {s.hasText ? "" : " · no text held"}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group by slug (from `groups.list`), labelled "Name (ABBR)". */
export function GroupPicker({ name, label, hint, className, empty }: PickerProps) {
  const trpc = useTRPC();
  const groups = useQuery(trpc.groups.list.queryOptions({}));
  const { field } = useController({ name });
  const rawError = useFieldError(name);
  const value = (field.value as string | null | undefined) ?? "";
  const error = rawError && !value ? "Choose a group from the list." : rawError;
  const sorted = groups.data ? [...groups.data].sort((a, b) => a.name.localeCompare(b.name, "en")) : undefined;
  const known = sorted?.some((g) => g.slug === value);
  return (
    <Field
      label={label}
      hint={groups.error ? `Could not load the groups: ${readServerError(groups.error).message}` : hint}
      error={error}
      className={className}
    >
      {(c) => (
        <select
          {...c}
          ref={field.ref}
          name={field.name}
          onBlur={field.onBlur}
          className={inputClassName}
          value={value}
          disabled={!sorted}
          onChange={(e) => field.onChange(e.target.value === "" ? (empty !== undefined ? null : "") : e.target.value)}
        >
          <option value="">{sorted ? (empty ?? "Choose a group…") : "Loading groups…"}</option>
          {value && sorted && !known ? <option value={value}>{value} (not in the database)</option> : null}
          {sorted?.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.name}
              {g.abbreviation ? ` (${g.abbreviation})` : ""}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

const PROVINCES = listAdminUnits({ level: "province" });
const DISTRICTS = listAdminUnits({ level: "district" });
const unitName = (id: string) => getAdminUnit(id)?.name ?? id;

/** The districts of a province; for FATA (until 2018), the former tribal agencies. */
export function districtsOf(province: string | null) {
  if (!province) return [];
  if (province === "PK-TA") return DISTRICTS.filter((d) => d.formerFata);
  return DISTRICTS.filter((d) => d.parent === province);
}

export interface PlacePickerProps {
  /** Field names; leave `country` out when the record has no country field. */
  names: { country?: string; province: string; district: string };
  /** The country may be empty (a figure for several countries or none): adds "No country". */
  countryNullable?: boolean;
  className?: string;
}

/**
 * Country, province and district, from the geo ids. The province list follows the country, the district
 * list the province; a district outside a newly chosen province is cleared. Provinces without a district
 * map (Afghanistan) say so.
 */
export function PlacePicker({ names, countryNullable, className }: PlacePickerProps) {
  const { setValue, watch } = useFormContext();
  const provinceField = useController({ name: names.province }).field;
  const districtField = useController({ name: names.district }).field;
  const countryError = useFieldError(names.country ?? "__none__");
  const provinceError = useFieldError(names.province);
  const districtError = useFieldError(names.district);
  const country = names.country ? ((watch(names.country) as string | null) ?? "") : "";
  const province = (provinceField.value as string | null) ?? "";
  const district = (districtField.value as string | null) ?? "";
  const provinces = PROVINCES.filter((p) => !country || p.parent === country).sort((a, b) => a.name.localeCompare(b.name));
  const districts = districtsOf(province || null).sort((a, b) => a.name.localeCompare(b.name));
  const dirty = { shouldDirty: true, shouldValidate: false } as const;

  return (
    <div className={cn("grid gap-3 sm:grid-cols-3", className)}>
      {names.country ? (
        <Field label="Country" error={countryError}>
          {(c) => (
            <select
              {...c}
              className={inputClassName}
              value={country}
              onChange={(e) => {
                const next = e.target.value;
                if (names.country) setValue(names.country, next === "" ? null : next, { ...dirty, shouldValidate: true });
                if (province && getAdminUnit(province)?.parent !== next) {
                  setValue(names.province, null, dirty);
                  setValue(names.district, null, dirty);
                }
              }}
            >
              {countryNullable ? <option value="">No country</option> : null}
              {COUNTRY_IDS.map((id) => (
                <option key={id} value={id}>
                  {unitName(id)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label="Province" error={provinceError} hint={province ? undefined : "Leave empty when the source names no province."}>
        {(c) => (
          <select
            {...c}
            ref={provinceField.ref}
            onBlur={provinceField.onBlur}
            className={inputClassName}
            value={province}
            onChange={(e) => {
              const next = e.target.value || null;
              provinceField.onChange(next);
              if (district && !districtsOf(next).some((d) => d.id === district)) setValue(names.district, null, dirty);
              if (next && names.country && !country) setValue(names.country, getAdminUnit(next)?.parent ?? null, dirty);
            }}
          >
            <option value="">No province</option>
            {COUNTRY_IDS.filter((c2) => !country || c2 === country).map((cid) => (
              <optgroup key={cid} label={unitName(cid)}>
                {provinces
                  .filter((p) => p.parent === cid)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                      {p.formerFata ? " (until 2018)" : ""}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="District"
        error={districtError}
        hint={province && districts.length === 0 ? "No district map for this province: leave the district empty." : undefined}
      >
        {(c) => (
          <select
            {...c}
            ref={districtField.ref}
            onBlur={districtField.onBlur}
            className={inputClassName}
            value={district}
            disabled={districts.length === 0 && !district}
            onChange={(e) => districtField.onChange(e.target.value || null)}
          >
            <option value="">{province ? "No district" : "Choose a province first"}</option>
            {district && !districts.some((d) => d.id === district) ? <option value={district}>{unitName(district)}</option> : null}
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

/** Puts a date on the first day of its month or year, as the dataset stores dates known only that far. */
export function snapDate(date: string, precision: DatePrecision): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (precision === "month") return `${date.slice(0, 7)}-01`;
  if (precision === "year") return `${date.slice(0, 4)}-01-01`;
  return date;
}

export interface FuzzyDateFieldProps {
  /** Field names of the ISO date and of its precision (day, month, year). */
  names: { date: string; precision: string };
  label: string;
  hint?: string;
  /** The date may be empty (not known): stores null. */
  nullable?: boolean;
  className?: string;
}

/**
 * A date and how exactly it is known. A date known to the month is stored as the 1st of that month, a
 * year as 1 January; the field snaps the date when the precision says so.
 */
export function FuzzyDateField({ names, label, hint, nullable, className }: FuzzyDateFieldProps) {
  const date = useController({ name: names.date }).field;
  const precision = useController({ name: names.precision }).field;
  const dateError = useFieldError(names.date);
  const precisionError = useFieldError(names.precision);
  const p = (precision.value as DatePrecision | null) ?? "day";
  const shown = p === "day" ? hint : `Stored as the first day of the ${p}. ${hint ?? ""}`.trim();
  return (
    <div className={cn("grid grid-cols-[minmax(0,1fr)_9rem] items-start gap-2", className)}>
      <Field label={label} hint={shown} error={dateError}>
        {(c) => (
          <input
            {...c}
            ref={date.ref}
            name={date.name}
            type="date"
            className={cn(inputClassName, "tabular-nums")}
            value={(date.value as string | null) ?? ""}
            onChange={(e) => date.onChange(e.target.value === "" ? (nullable ? null : "") : e.target.value)}
            onBlur={() => {
              if (typeof date.value === "string" && date.value) date.onChange(snapDate(date.value, p));
              date.onBlur();
            }}
          />
        )}
      </Field>
      <Field label={`${label}: precision`} error={precisionError}>
        {(c) => (
          <select
            {...c}
            ref={precision.ref}
            onBlur={precision.onBlur}
            className={inputClassName}
            value={p}
            onChange={(e) => {
              const next = e.target.value as DatePrecision;
              precision.onChange(next);
              if (typeof date.value === "string" && date.value) date.onChange(snapDate(date.value, next));
            }}
          >
            {DATE_PRECISIONS.map((d) => (
              <option key={d} value={d}>
                {DATE_PRECISION_LABELS[d]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
