"use client";

import { countryOf, getAdminUnit, INCIDENT_TYPE_LABELS, INCIDENT_TYPES, listAdminUnits, METRIC_LABELS, type Metric } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { SegmentedControl } from "~/components/ui/segmented-control";
import { SelectField } from "~/components/ui/select";
import { IgnoredFilters } from "~/features/filters/url-filter-form";
import { useTRPC } from "~/trpc/react";
import type { MapShapes } from "./build-map-shapes";
import { GroupLayer } from "./group-layer";
import { IncidentLayer } from "./incident-layer";
import { MAP_PARAM_KEYS, type MapParams, type MapView, mapHref } from "./map-params";
import { incidentYearsInput } from "./map-queries";
import { ProvinceSeries } from "./province-series";
import { PublishedLayer } from "./published-layer";

const MAP_FILTER_LABELS: Record<string, string> = {
  layer: "Data layer",
  metric: "Metric",
  period: "Period",
  level: "View",
  province: "Province",
  district: "District",
  country: "Country",
  boundary: "Boundaries",
  type: "Incident type",
  from: "From",
  to: "To",
  group: "Group",
  sort: "Table order",
  dir: "Table order",
};

interface Props {
  params: MapParams;
  view: MapView;
  boundary: "post2018" | "pre2018";
  shapes: MapShapes;
  /** Group presence layer: the group shown (chosen, or the default for the country). */
  group?: string;
  ignored: { key: string; message: string }[];
}

export function MapExplorer({ params, view, boundary, shapes, group, ignored }: Props) {
  const router = useRouter();
  const go = (patch: Parameters<typeof mapHref>[1]) => router.push(mapHref(params, patch), { scroll: false });
  const visible = new Set<string>(["country"]);
  if (view.layer === "published") visible.add("metric");
  if (view.layer === "incidents") visible.add("type");
  if (view.layer === "groups") visible.add("group");
  if (params.country === "PK") visible.add("province");
  if (params.country === "PK" && view.level === "province") visible.add("boundary");
  // Without JavaScript the form still works: the other parameters ride along as hidden fields.
  const hidden = MAP_PARAM_KEYS.filter((k) => !visible.has(k) && k !== "layer" && params[k] !== undefined);
  const pkProvinces = listAdminUnits({ level: "province", parent: "PK" }).filter((u) => u.id !== "PK-TA");

  return (
    <div className="space-y-4">
      <IgnoredFilters ignored={ignored} labels={MAP_FILTER_LABELS} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SegmentedControl
          label="Data layer"
          value={view.layer}
          items={[
            { value: "published", label: "Published statistics", href: mapHref(params, { layer: "published" }) },
            { value: "incidents", label: "Incident log (counts)", href: mapHref(params, { layer: "incidents" }) },
            { value: "groups", label: "Group presence", href: mapHref(params, { layer: "groups" }) },
          ]}
        />
        {params.country === "PK" ? (
          <SegmentedControl
            label="View"
            value={view.province ? "province" : view.level === "district" ? "districts" : "provinces"}
            items={[
              { value: "provinces", label: "Provinces", href: mapHref(params, { level: undefined, province: undefined }) },
              { value: "districts", label: "All districts", href: mapHref(params, { level: "district", province: undefined }) },
              ...(view.province
                ? [
                    {
                      value: "province",
                      label: `${getAdminUnit(view.province)?.name ?? view.province} districts`,
                      href: mapHref(params, {}),
                    },
                  ]
                : []),
            ]}
          />
        ) : null}
      </div>
      <form
        id="map-options"
        key={JSON.stringify(params)}
        method="get"
        action="/map"
        className="flex flex-wrap items-end gap-3"
        aria-label="Map options"
      >
        <input type="hidden" name="layer" value={view.layer} />
        {hidden.map((k) => (
          <input key={k} type="hidden" name={k} value={String(params[k])} />
        ))}
        <SelectField
          label="Country"
          name="country"
          defaultValue={params.country}
          onChange={(e) =>
            go({
              country: e.target.value,
              province: undefined,
              level: undefined,
              layer: undefined,
              group: undefined,
              boundary: undefined,
            })
          }
        >
          <option value="PK">Pakistan</option>
          <option value="AF">Afghanistan</option>
        </SelectField>
        {params.country === "PK" ? (
          <SelectField
            label="Province"
            name="province"
            defaultValue={view.province ?? ""}
            onChange={(e) => go({ province: e.target.value || undefined })}
          >
            <option value="">{view.level === "district" && !view.province ? "All of Pakistan" : "All provinces"}</option>
            {pkProvinces.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {view.layer === "published" ? <MetricSelect value={params.metric} onChange={(metric) => go({ metric })} /> : null}
        {view.layer === "incidents" ? (
          <>
            <SelectField
              label="Incident type"
              name="type"
              defaultValue={params.type ?? ""}
              onChange={(e) => go({ type: e.target.value || undefined })}
            >
              <option value="">Any type</option>
              {INCIDENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {INCIDENT_TYPE_LABELS[t]}
                </option>
              ))}
            </SelectField>
            <YearSelect params={params} onChange={(from, to) => go({ from, to })} />
          </>
        ) : null}
        {view.layer === "groups" ? <GroupSelect country={params.country} value={group} onChange={(g) => go({ group: g })} /> : null}
        {params.country === "PK" && view.level === "province" && view.layer !== "groups" ? (
          <SelectField
            label="Boundaries"
            name="boundary"
            defaultValue={params.boundary}
            onChange={(e) => go({ boundary: e.target.value })}
            aria-describedby="boundary-shown"
          >
            <option value="auto">Automatic (by period)</option>
            <option value="post2018">After the 2018 FATA merger</option>
            <option value="pre2018">Before the merger (FATA separate)</option>
          </SelectField>
        ) : null}
        {params.country === "PK" && view.level === "province" && view.layer !== "groups" ? (
          <p id="boundary-shown" className="pb-2 text-[12px] text-muted-foreground">
            Showing {boundary === "pre2018" ? "pre-2018 boundaries (FATA separate)" : "post-2018 boundaries"}
            {params.boundary === "auto" ? ", chosen by the period" : ", chosen by hand"}.
          </p>
        ) : null}
        <noscript>
          <button type="submit" className="rounded-md border border-border px-3 py-1.5 text-sm">
            Apply
          </button>
        </noscript>
        {view.province || view.level === "district" ? (
          <Link
            className="inline-flex items-center gap-1 pb-2 text-sm font-medium text-accent hover:underline"
            href={mapHref(params, { province: undefined, level: undefined })}
          >
            <ArrowLeft aria-hidden="true" className="size-3.5" />
            Back to all provinces
          </Link>
        ) : null}
      </form>
      {view.layer === "published" ? (
        <PublishedLayer params={params} view={view} shapes={shapes} />
      ) : view.layer === "incidents" ? (
        <IncidentLayer params={params} view={view} shapes={shapes} boundary={boundary} />
      ) : (
        <GroupLayer params={params} view={view} shapes={shapes} group={group} />
      )}
      {view.province && view.layer !== "groups" ? <ProvinceSeries params={params} province={view.province} /> : null}
    </div>
  );
}

function MetricSelect({ value, onChange }: { value: Metric; onChange: (metric: string) => void }) {
  const trpc = useTRPC();
  const { data: all } = useSuspenseQuery(trpc.statistics.metrics.queryOptions({}));
  const metrics = all.filter((m) => m.metric !== "percent_change" && m.metric !== "other");
  const known = new Set(metrics.map((m) => m.metric));
  return (
    <SelectField label="Metric" name="metric" defaultValue={value} onChange={(e) => onChange(e.target.value)}>
      {!known.has(value) ? <option value={value}>{METRIC_LABELS[value]} (no figures)</option> : null}
      {metrics.map((m) => (
        <option key={m.metric} value={m.metric}>
          {METRIC_LABELS[m.metric]} ({m.count})
        </option>
      ))}
    </SelectField>
  );
}

/** Calendar years with incidents in the log (and their counts); a custom range from a link stays selectable. */
function YearSelect({ params, onChange }: { params: MapParams; onChange: (from?: string, to?: string) => void }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.incidents.series.queryOptions(incidentYearsInput(params)));
  const years = data.points.filter((p) => (p.value ?? 0) > 0).map((p) => ({ year: p.period, n: p.value ?? 0 }));
  const wholeYear = params.from && params.to && params.from.slice(0, 4) === params.to.slice(0, 4) ? params.from.slice(0, 4) : null;
  const current =
    wholeYear && params.from === `${wholeYear}-01-01` && params.to === `${wholeYear}-12-31`
      ? wholeYear
      : params.from || params.to
        ? "custom"
        : "";
  return (
    <SelectField
      label="Year"
      defaultValue={current}
      onChange={(e) => {
        const y = e.target.value;
        if (y === "custom") return;
        onChange(y ? `${y}-01-01` : undefined, y ? `${y}-12-31` : undefined);
      }}
    >
      <option value="">All dates</option>
      {current === "custom" ? (
        <option value="custom">
          {params.from ?? "…"} to {params.to ?? "…"}
        </option>
      ) : null}
      {current && current !== "custom" && !years.some((y) => y.year === current) ? <option value={current}>{current} (0)</option> : null}
      {years.map((y) => (
        <option key={y.year} value={y.year}>
          {y.year} ({y.n})
        </option>
      ))}
    </SelectField>
  );
}

function GroupSelect({ country, value, onChange }: { country: "PK" | "AF"; value?: string; onChange: (slug: string) => void }) {
  const trpc = useTRPC();
  const { data: groups } = useSuspenseQuery(trpc.groups.list.queryOptions({}));
  const label = (g: (typeof groups)[number]) => (g.abbreviation ? `${g.abbreviation} — ${g.name}` : g.name);
  const here = (g: (typeof groups)[number]) => g.areas.filter((id) => countryOf(id) === country).length;
  const withAreas = groups.filter((g) => here(g) > 0).sort((a, b) => label(a).localeCompare(label(b)));
  const without = groups.filter((g) => here(g) === 0).sort((a, b) => label(a).localeCompare(label(b)));
  return (
    <SelectField
      label="Group"
      name="group"
      defaultValue={value ?? ""}
      onChange={(e) => onChange(e.target.value)}
      wrapperClassName="max-w-xs"
    >
      <optgroup label={`Areas listed in ${country === "AF" ? "Afghanistan" : "Pakistan"}`}>
        {withAreas.map((g) => (
          <option key={g.slug} value={g.slug}>
            {label(g)} ({here(g)})
          </option>
        ))}
      </optgroup>
      <optgroup label="No areas listed here">
        {without.map((g) => (
          <option key={g.slug} value={g.slug}>
            {label(g)}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
}
