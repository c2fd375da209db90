"use client";

import { CERTAINTY_LABELS, CERTAINTY_LEVELS, COUNTRY_IDS, getAdminUnit, listAdminUnits, METRIC_LABELS, type Metric } from "@monitor/domain";
import { useState } from "react";
import { SelectField } from "~/components/ui/select";
import { EnumSelect } from "~/features/filters/enum-select";
import { DateField, UrlFilterForm } from "~/features/filters/url-filter-form";
import type { TrendParams } from "./trend-params";

const PROVINCES = listAdminUnits({ level: "province" });

export interface TrendFiltersProps {
  params: TrendParams;
  metrics: readonly { metric: Metric; count: number }[];
  groups: readonly { slug: string; name: string; abbreviation: string | null }[];
  sources: readonly { slug: string; shortTitle: string }[];
}

/**
 * The page's filters, all in the URL: period, province and district, group, attribution certainty,
 * source and metric. The incident log's own view (count, per, break down by) rides along as hidden
 * fields, so applying a filter keeps the chart the analyst was looking at.
 */
export function TrendFilters({ params, metrics, groups, sources }: TrendFiltersProps) {
  // The district list follows the province picked in this form, before it is applied.
  const [province, setProvince] = useState(params.province ?? "");
  const districts = province ? listAdminUnits({ level: "district", parent: province }).sort((a, b) => a.name.localeCompare(b.name)) : [];
  const active = Boolean(
    params.from || params.to || params.province || params.district || params.group || params.source || params.certainty,
  );
  const plotted = metrics.filter((m) => m.metric !== "percent_change" && m.metric !== "other");

  return (
    <UrlFilterForm key={JSON.stringify(params)} action="/trends" label="Trend filters" active={active}>
      <DateField label="From" name="from" defaultValue={params.from ?? ""} />
      <DateField label="To" name="to" defaultValue={params.to ?? ""} />
      <SelectField
        label="Province"
        name="province"
        value={province}
        onChange={(e) => setProvince(e.currentTarget.value)}
        wrapperClassName="w-48"
      >
        <option value="">All provinces</option>
        {COUNTRY_IDS.map((c) => (
          <optgroup key={c} label={getAdminUnit(c)?.name ?? c}>
            {PROVINCES.filter((p) => p.parent === c)
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.formerFata ? " (until 2018)" : ""}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        key={province}
        label="District"
        name="district"
        defaultValue={province === params.province ? (params.district ?? "") : ""}
        disabled={districts.length === 0}
        wrapperClassName="w-44"
      >
        <option value="">{province ? (districts.length ? "All districts" : "No districts") : "Pick a province first"}</option>
        {districts.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="Group" name="group" defaultValue={params.group ?? ""} wrapperClassName="w-52">
        <option value="">All groups</option>
        {groups.map((g) => (
          <option key={g.slug} value={g.slug}>
            {g.abbreviation ? `${g.abbreviation} — ${g.name}` : g.name}
          </option>
        ))}
      </SelectField>
      <EnumSelect
        label="Attribution (incident log)"
        name="certainty"
        values={CERTAINTY_LEVELS}
        labels={CERTAINTY_LABELS}
        defaultValue={params.certainty}
        emptyLabel="Any link to a group"
        className="w-56"
      />
      <SelectField label="Source" name="source" defaultValue={params.source ?? ""} wrapperClassName="w-52">
        <option value="">Every source</option>
        {sources.map((s) => (
          <option key={s.slug} value={s.slug}>
            {s.shortTitle}
          </option>
        ))}
      </SelectField>
      <SelectField label="Metric (published figures)" name="metric" defaultValue={params.metric} wrapperClassName="w-60">
        {plotted.some((m) => m.metric === params.metric) ? null : <option value={params.metric}>{METRIC_LABELS[params.metric]} (0)</option>}
        {plotted.map((m) => (
          <option key={m.metric} value={m.metric}>
            {METRIC_LABELS[m.metric]} ({m.count})
          </option>
        ))}
      </SelectField>
      {params.granularity !== "year" ? <input type="hidden" name="granularity" value={params.granularity} /> : null}
      {params.measure !== "incidents" ? <input type="hidden" name="measure" value={params.measure} /> : null}
      {/* A district breakdown needs a province: it is dropped with the province rather than flagged as invalid. */}
      {params.breakdown && (params.breakdown !== "district" || province) ? (
        <input type="hidden" name="breakdown" value={params.breakdown} />
      ) : null}
    </UrlFilterForm>
  );
}
