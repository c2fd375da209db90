import "server-only";
import type { RouterOutputs } from "@monitor/api";
import {
  describePercentChange,
  formatCount,
  formatDate,
  formatFigure,
  formatPeriod,
  getAdminUnit,
  INCIDENT_TYPE_LABELS,
  METRIC_LABELS,
  previousPeriod,
  type StatisticView,
} from "@monitor/domain";
import { BarChart, type CitationRegistry, cites, Section } from "./kit";

/*
 * Sections more than one briefing prints. Plain functions (not components): each numbers its citations
 * while the page builds its body, before the sources appendix is made (see kit.tsx).
 */

type Headlines = RouterOutputs["dashboard"]["headlines"];
type IncidentList = RouterOutputs["incidents"]["list"];
type Comparisons = RouterOutputs["statistics"]["compare"];
type SeriesPoint = { period: string; value: number };

const placeOf = (i: IncidentList["items"][number]) =>
  [i.district, i.province]
    .filter(Boolean)
    .map((id) => getAdminUnit(id ?? "")?.name)
    .filter(Boolean)[0] ?? i.country;

/** The published headline figures for a place and period, each with its source and change, and the incident log line. */
export function publishedFiguresSection(
  reg: CitationRegistry,
  headlines: Headlines,
  placeName: string,
  selected: { from: string; to: string } | undefined,
) {
  const log = headlines.log;
  return (
    <Section title={`Published figures${selected ? `, ${formatPeriod(selected.from, selected.to)}` : ", latest"}`}>
      {headlines.published.length === 0 ? (
        <p className="muted">
          No published figure for {placeName}
          {selected ? ` covering exactly ${formatPeriod(selected.from, selected.to)}` : ""}. Published figures keep their own periods and
          are never prorated.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Figure</th>
              <th className="num">Value</th>
              <th>Period</th>
              <th>Change</th>
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            {headlines.published.map((hf) => {
              const f = hf.figure;
              const prev = previousPeriod(f.periodStart, f.periodEnd);
              return (
                <tr key={hf.metric}>
                  <td>
                    {METRIC_LABELS[hf.metric]}, {placeName}
                    {hf.house ? <div className="muted small">House figure: {hf.house.rationale}</div> : null}
                  </td>
                  <td className="num strong">
                    {hf.house ? formatFigure(hf.house.value, hf.house.qualifier, f.unit) : formatFigure(f.value, f.qualifier, f.unit)}
                  </td>
                  <td>{formatPeriod(f.periodStart, f.periodEnd)}</td>
                  <td className="small">
                    {describePercentChange(hf.house && hf.houseChange ? hf.houseChange : hf.change, formatPeriod(prev.start, prev.end))}
                    {hf.previous ? ` (${formatFigure(hf.previous.value, hf.previous.qualifier, hf.previous.unit)}, same source)` : ""}
                  </td>
                  <td className="small">
                    {cites(reg, f.citations)}
                    {hf.alternatives.map((a) => (
                      <div key={a.key}>
                        Also {formatFigure(a.value, a.qualifier, a.unit)}: {cites(reg, a.citations)}
                      </div>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {log ? (
        <p className="logline">
          <strong>Incident log, {formatPeriod(log.period.start, log.period.end)}:</strong> {formatCount(log.current.incidents)} incidents
          recorded ({describePercentChange(log.change.incidents, formatPeriod(log.previousPeriod.start, log.previousPeriod.end))}),{" "}
          {formatCount(log.current.killed)} killed, {formatCount(log.current.injured)} injured. Counted from the incidents recorded in
          Militancy Monitor, each cited (see the incident table); a log of recorded incidents, not a published total.
          {log.notes.length ? ` ${log.notes.join(" ")}` : ""}
        </p>
      ) : null}
    </Section>
  );
}

/** Incidents (and killed) per year from the incident log, as bars and a table; the selected years darker. */
export function incidentLogSection({
  title,
  incidents,
  killed,
  selected,
  total,
}: {
  title: string;
  incidents: readonly SeriesPoint[];
  killed: readonly SeriesPoint[];
  selected?: { from: string; to: string };
  /** How many incidents the whole log holds (for the source line). */
  total: number;
}) {
  const rows = incidents.map((p) => ({
    period: p.period,
    incidents: p.value,
    killed: killed.find((k) => k.period === p.period)?.value ?? 0,
  }));
  const inSel = selected ? (period: string) => period >= selected.from.slice(0, 4) && period <= selected.to.slice(0, 4) : undefined;
  return (
    <Section title={title} figure={rows.length > 0 ? <BarChart points={incidents} label={title} highlight={inSel} /> : null}>
      {rows.length === 0 ? (
        <p className="muted">No incidents recorded for this selection.</p>
      ) : (
        <>
          <table className="compact">
            <thead>
              <tr>
                <th>Year</th>
                <th className="num">Incidents recorded</th>
                <th className="num">Killed</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.period}>
                  <td>{r.period}</td>
                  <td className="num">{formatCount(r.incidents)}</td>
                  <td className="num">{formatCount(r.killed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="source-line">
            Source: Militancy Monitor incident log ({formatCount(total)} incidents, each cited to its report; see the incident table below).
            {inSel ? " Darker bars: the selected period." : ""}
          </p>
        </>
      )}
    </Section>
  );
}

/** Figures on which sources disagree, side by side (at most `limit` questions). */
export function disagreementsSection(reg: CitationRegistry, comparisons: Comparisons, { limit = 5, where = "" } = {}) {
  const disagreements = comparisons.filter((c) => c.disagree);
  return (
    <Section title={`Where sources disagree${where}`}>
      {disagreements.length === 0 ? (
        <p className="muted">No disagreements between sources in the data{where}.</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th>Figure</th>
                <th>Period</th>
                <th className="num">Value</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {disagreements.slice(0, limit).flatMap((c) =>
                c.figures.map((f, i) => (
                  <tr key={`${c.key}-${f.key}`} className={i === 0 ? "group-start" : undefined}>
                    <td>{i === 0 ? (c.figures[0]?.label ?? METRIC_LABELS[c.metric]) : ""}</td>
                    <td>{i === 0 ? formatPeriod(c.periodStart, c.periodEnd) : ""}</td>
                    <td className="num">{formatFigure(f.value, f.qualifier, f.unit)}</td>
                    <td className="small">{cites(reg, f.citations)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
          {disagreements.length > limit ? (
            <p className="source-line">
              {limit} of {disagreements.length} questions on which sources disagree; the rest are on the Compare page.
            </p>
          ) : null}
        </>
      )}
    </Section>
  );
}

/** Published figures as a table: what, where, when, value and source (for a province or a group). */
export function statisticsSection(
  reg: CitationRegistry,
  title: string,
  stats: readonly StatisticView[],
  {
    total,
    empty,
    showGroup = true,
  }: {
    total: number;
    empty: string;
    /** False when every figure is the briefing's own group's. */
    showGroup?: boolean;
  },
) {
  return (
    <Section title={title}>
      {stats.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th>Figure</th>
                <th>Place</th>
                <th>Period</th>
                <th className="num">Value</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {stats.map((s) => {
                const place = s.geography.district ?? s.geography.province ?? s.geography.country;
                return (
                  <tr key={s.key}>
                    <td>
                      {s.label ?? METRIC_LABELS[s.metric]}
                      {showGroup && s.groupName ? <div className="muted small">{s.groupName}</div> : null}
                    </td>
                    <td>{place ? (getAdminUnit(place)?.name ?? place) : "not stated"}</td>
                    <td className="nowrap">{formatPeriod(s.periodStart, s.periodEnd)}</td>
                    <td className="num strong">{formatFigure(s.value, s.qualifier, s.unit)}</td>
                    <td className="small">{cites(reg, s.citations)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {total > stats.length ? (
            <p className="source-line">
              The first {stats.length} of {total} figures; the rest are on the Statistics page.
            </p>
          ) : null}
        </>
      )}
    </Section>
  );
}

/** The incidents recorded for the selection (the first page of them), each with its source. */
export function incidentsSection(reg: CitationRegistry, title: string, incidents: IncidentList, moreUrl: string) {
  return (
    <Section title={title}>
      {incidents.items.length === 0 ? (
        <p className="muted">No incidents recorded for this selection.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Date</th>
              <th>Incident</th>
              <th>Place</th>
              <th>Type</th>
              <th className="num">Killed</th>
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            {incidents.items.map((i) => (
              <tr key={i.key}>
                <td className="nowrap">{formatDate(i.date, i.datePrecision)}</td>
                <td>{i.title}</td>
                <td>{placeOf(i)}</td>
                <td>{INCIDENT_TYPE_LABELS[i.type]}</td>
                <td className="num">{i.killed !== null ? formatFigure(i.killed, i.killedQualifier) : "not stated"}</td>
                <td className="small">{cites(reg, i.citations)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {incidents.total > incidents.items.length ? (
        <p className="source-line">
          The first {incidents.items.length} of {incidents.total} matching incidents; the rest are at {moreUrl}.
        </p>
      ) : null}
    </Section>
  );
}
