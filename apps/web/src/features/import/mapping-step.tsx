"use client";

import {
  checkMapping,
  type DateOrder,
  IGNORED_IMPORT_COLUMNS,
  type ImportKind,
  importFieldSpecs,
  type MappingIssue,
  normalizeHeader,
  slugifySourceCell,
} from "@monitor/domain";
import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, LoaderCircle } from "lucide-react";
import { useMemo, useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "~/components/ui/card";
import { Field, FormAlert, inputClassName } from "~/components/ui/form-field";
import { Select } from "~/components/ui/select";
import { useTRPC } from "~/trpc/react";
import type { RawRow } from "./read-csv";
import { StepTitle } from "./step-title";

export type FieldMapping = Record<string, string | null>;

export interface ImportSettings {
  mapping: FieldMapping;
  /** The default source's slug ("" for none) and its locator. */
  source: string;
  locator: string;
  dateOrder: DateOrder;
}

/** The mapping checks of the domain, plus the citation every row needs (a source column or a default source). */
export function settingsIssues(kind: ImportKind, settings: ImportSettings, headers: readonly string[]): MappingIssue[] {
  const issues = checkMapping(kind, settings.mapping, headers);
  if (!settings.mapping.source && settings.source === "") {
    issues.push({
      field: "defaultSource",
      message: "No column names the source: choose the source the rows come from (every record cites one).",
    });
  }
  if (settings.source !== "" && settings.locator.trim() === "") {
    issues.push({
      field: "defaultLocator",
      message: "Give the default source a locator (page, table, section or dataset name); rows without a locator of their own use it.",
    });
  }
  return issues;
}

/** The first few distinct values of a column in the sample rows. */
function samplesOf(sample: readonly RawRow[], header: string | null, max = 3): string[] {
  if (!header) return [];
  const seen = new Set<string>();
  for (const row of sample) {
    const v = row[header]?.trim();
    if (v) seen.add(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    if (seen.size >= max) break;
  }
  return [...seen];
}

export interface MappingStepProps {
  kind: ImportKind;
  fileName: string;
  headers: readonly string[];
  sample: readonly RawRow[];
  settings: ImportSettings;
  onSettingsChange: (settings: ImportSettings) => void;
  /** The date order read from the sample; null when the sample does not tell. */
  detectedOrder: DateOrder | null;
  onBack: () => void;
  onContinue: () => void;
  starting: boolean;
  /** The server refused to start the import (its message). */
  startProblem: string | null;
}

/** Step 2: which column fills each field, the source cited by rows that name none, and how dates with slashes are read. */
export function MappingStep({
  kind,
  fileName,
  headers,
  sample,
  settings,
  onSettingsChange,
  detectedOrder,
  onBack,
  onContinue,
  starting,
  startProblem,
}: MappingStepProps) {
  const trpc = useTRPC();
  const sources = useQuery(trpc.sources.list.queryOptions({}));
  const [tried, setTried] = useState(false);
  const specs = importFieldSpecs(kind);
  const issues = useMemo(() => settingsIssues(kind, settings, headers), [kind, settings, headers]);
  const issueOf = (field: string) => (tried ? issues.find((i) => i.field === field)?.message : undefined);

  const used = new Set(Object.values(settings.mapping).filter((h): h is string => !!h));
  const ignorable = new Set(IGNORED_IMPORT_COLUMNS.map(normalizeHeader));
  const notImported = headers.filter((h) => !used.has(h));
  const unmapped = notImported.filter((h) => !ignorable.has(normalizeHeader(h)));
  const ignored = notImported.filter((h) => ignorable.has(normalizeHeader(h)));

  // Sources named in the first rows that the Monitor does not hold: without a default source, those rows are refused.
  const known = new Set((sources.data ?? []).map((s) => s.slug));
  const unknownSources = sources.data
    ? [...new Set(samplesOf(sample, settings.mapping.source ?? null, 50))].filter(
        (v) => !v.endsWith("…") && !known.has(v) && !known.has(slugifySourceCell(v)),
      )
    : [];

  const setField = (field: string, header: string | null) =>
    onSettingsChange({ ...settings, mapping: { ...settings.mapping, [field]: header } });

  const submit = () => {
    setTried(true);
    if (issues.length > 0) {
      // Take the editor to the first field to fix.
      const first = issues[0];
      if (first) document.getElementById(`map-${first.field}`)?.focus();
      return;
    }
    onContinue();
  };

  return (
    <form
      aria-label="Columns"
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Card>
        <CardHeader>
          <StepTitle>Columns of {fileName}</StepTitle>
          <CardDescription>
            Each field takes one column of the file. The suggestion comes from the column names; check it against the sample values, change
            what is wrong, and leave a field as “Not in the file” when no column holds it.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <div className="grid gap-x-6 gap-y-4 md:grid-cols-2">
            {specs.map((spec) => {
              const header = settings.mapping[spec.field] ?? null;
              const samples = samplesOf(sample, header);
              const label = `${spec.label}${spec.required ? " (required)" : ""}`;
              return (
                <Field
                  key={spec.field}
                  id={`map-${spec.field}`}
                  label={label}
                  error={issueOf(spec.field)}
                  hint={
                    <>
                      {spec.hint}
                      {spec.required && spec.or ? ` Or map ${specs.find((s) => s.field === spec.or)?.label ?? spec.or}.` : ""}
                      {header ? (
                        <span className="mt-1 block text-foreground" data-testid={`samples-${spec.field}`}>
                          <span className="text-muted-foreground">In the file: </span>
                          {samples.length ? samples.join(" · ") : <span className="text-muted-foreground">empty in the first rows</span>}
                        </span>
                      ) : null}
                    </>
                  }
                >
                  {(control) => (
                    <Select
                      {...control}
                      wrapperClassName="w-full"
                      className="h-9 text-[13.5px]"
                      value={header ?? ""}
                      onChange={(e) => setField(spec.field, e.target.value === "" ? null : e.target.value)}
                    >
                      <option value="">Not in the file</option>
                      {headers.map((h) => (
                        <option key={h} value={h}>
                          {h}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
              );
            })}
          </div>
          {unmapped.length || ignored.length ? (
            <div className="flex flex-col gap-1.5 border-t border-border pt-3 text-[12.5px] text-muted-foreground">
              {unmapped.length ? (
                <p>
                  Not imported:{" "}
                  {unmapped.map((h) => (
                    <Badge key={h} variant="outline" className="mr-1">
                      {h}
                    </Badge>
                  ))}
                </p>
              ) : null}
              {ignored.length ? (
                <p>
                  Known and not needed (coordinates, bookkeeping):{" "}
                  {ignored.map((h) => (
                    <Badge key={h} variant="neutral" className="mr-1">
                      {h}
                    </Badge>
                  ))}
                </p>
              ) : null}
            </div>
          ) : null}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <StepTitle>Source and dates</StepTitle>
          <CardDescription>Every record cites a source. Rows that name none cite the default source chosen here.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-x-6 gap-y-4 md:grid-cols-3">
          <Field
            id="map-defaultSource"
            label="Default source"
            error={issueOf("defaultSource")}
            hint={
              sources.isError ? (
                "The list of sources could not be loaded; reload the page to try again."
              ) : settings.mapping.source ? (
                <>
                  For rows whose source cell is empty or not a source in the Monitor; a name that is not a source is kept as the original
                  producer.
                  {unknownSources.length && settings.source === "" ? (
                    <span className="mt-1 block font-medium text-warning" data-testid="unknown-sources">
                      The file names sources that are not in the Monitor ({unknownSources.slice(0, 4).join(", ")}
                      {unknownSources.length > 4 ? " …" : ""}): choose a default source, or those rows will be refused.
                    </span>
                  ) : null}
                </>
              ) : (
                "No column names the source, so every row cites this one."
              )
            }
          >
            {(control) => (
              <Select
                {...control}
                wrapperClassName="w-full"
                className="h-9 text-[13.5px]"
                value={settings.source}
                disabled={sources.isPending}
                onChange={(e) => onSettingsChange({ ...settings, source: e.target.value })}
              >
                <option value="">{sources.isPending ? "Loading sources…" : "None"}</option>
                {(sources.data ?? []).map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.shortTitle ?? s.title} ({s.slug})
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field
            id="map-defaultLocator"
            label="Locator in the default source"
            error={issueOf("defaultLocator")}
            hint="Page, table or section; for a dataset, its name and version (e.g. ACLED export 2024-05)."
          >
            {(control) => (
              <input
                {...control}
                className={inputClassName}
                value={settings.locator}
                maxLength={300}
                disabled={settings.source === ""}
                onChange={(e) => onSettingsChange({ ...settings, locator: e.target.value })}
              />
            )}
          </Field>
          <Field
            id="map-dateOrder"
            label="Dates with slashes"
            hint={
              detectedOrder
                ? `Detected from the first rows: ${detectedOrder === "day-first" ? "day first" : "month first"}.`
                : "The first rows do not tell (no day above 12); check one date in the file."
            }
          >
            {(control) => (
              <Select
                {...control}
                wrapperClassName="w-full"
                className="h-9 text-[13.5px]"
                value={settings.dateOrder}
                onChange={(e) => onSettingsChange({ ...settings, dateOrder: e.target.value as DateOrder })}
              >
                <option value="day-first">Day first: 15/08/2021</option>
                <option value="month-first">Month first: 08/15/2021</option>
              </Select>
            )}
          </Field>
        </CardContent>
      </Card>

      {tried && issues.length > 0 ? (
        <FormAlert>
          {issues.length === 1 ? "One field needs attention" : `${issues.length} fields need attention`} before the file can be checked: see
          the messages under the fields.
        </FormAlert>
      ) : null}
      {startProblem ? <FormAlert>{startProblem}</FormAlert> : null}

      <div className="flex items-center justify-between gap-3">
        <Button variant="ghost" onClick={onBack}>
          <ArrowLeft aria-hidden="true" />
          Choose another file
        </Button>
        <Button variant="primary" type="submit" disabled={starting}>
          {starting ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          Check every row
        </Button>
      </div>
    </form>
  );
}
