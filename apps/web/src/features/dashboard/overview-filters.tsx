"use client";

import {
  CERTAINTY_LABELS,
  CERTAINTY_LEVELS,
  type DashboardFilter,
  getAdminUnit,
  listAdminUnits,
  METRIC_LABELS,
  METRICS,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { SelectField } from "~/components/ui/select";
import { EnumSelect } from "~/features/filters/enum-select";
import { ProvinceSelect } from "~/features/filters/province-select";
import { IgnoredFilters, UrlFilterForm } from "~/features/filters/url-filter-form";
import { useTRPC } from "~/trpc/react";
import { OVERVIEW_FILTER_LABELS } from "./overview-params";

const MAP_METRICS = METRICS.filter((m) => m !== "percent_change" && m !== "other");

/** The overview's filter bar: its state is the URL, so a copied link reopens the same view. */
export function OverviewFilters({ filter, ignored }: { filter: DashboardFilter; ignored: readonly { key: string; message: string }[] }) {
  const trpc = useTRPC();
  const { data: periods } = useSuspenseQuery(trpc.dashboard.periods.queryOptions());
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  const period = filter.from && filter.to ? `${filter.from}..${filter.to}` : "";
  const periodKnown = periods.some((p) => `${p.from}..${p.to}` === period);
  const districts = filter.province ? listAdminUnits({ level: "district", parent: filter.province }) : [];
  const active = Object.values(filter).some((v) => v !== undefined);

  return (
    <div className="space-y-2">
      <UrlFilterForm action="/" label="Filter the overview" active={active}>
        <SelectField label="Period" name="period" defaultValue={period} wrapperClassName="w-60">
          <option value="">Latest published</option>
          {!periodKnown && period ? <option value={period}>{`${filter.from} to ${filter.to}`}</option> : null}
          {periods.map((p) => (
            <option key={`${p.from}..${p.to}`} value={`${p.from}..${p.to}`}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <ProvinceSelect defaultValue={filter.province} emptyLabel="All of Pakistan" />
        {districts.length > 0 ? (
          <SelectField label="District" name="district" defaultValue={filter.district ?? ""} wrapperClassName="w-48">
            <option value="">{`All of ${getAdminUnit(filter.province ?? "")?.name ?? "the province"}`}</option>
            {[...districts]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </SelectField>
        ) : null}
        <SelectField label="Group" name="group" defaultValue={filter.group ?? ""} wrapperClassName="w-52">
          <option value="">All groups</option>
          {[...groups]
            .sort((a, b) => (a.abbreviation ?? a.name).localeCompare(b.abbreviation ?? b.name))
            .map((g) => (
              <option key={g.slug} value={g.slug}>
                {g.abbreviation ? `${g.abbreviation} (${g.name})` : g.name}
              </option>
            ))}
        </SelectField>
        <SelectField label="Source" name="source" defaultValue={filter.source ?? ""} wrapperClassName="w-56">
          <option value="">Every source</option>
          {sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.shortTitle}
            </option>
          ))}
        </SelectField>
        <EnumSelect
          label="Attribution"
          name="certainty"
          values={CERTAINTY_LEVELS}
          labels={CERTAINTY_LABELS}
          defaultValue={filter.certainty}
          emptyLabel="Any (incl. suspected)"
          className="w-56"
        />
        <EnumSelect
          label="Map metric"
          name="metric"
          values={MAP_METRICS}
          labels={METRIC_LABELS}
          defaultValue={filter.metric}
          emptyLabel={METRIC_LABELS.terror_attacks}
          className="w-52"
        />
      </UrlFilterForm>
      <IgnoredFilters ignored={ignored} labels={OVERVIEW_FILTER_LABELS} />
    </div>
  );
}
