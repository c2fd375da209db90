import { type Attribution, formatFigure, type IncidentView } from "@monitor/domain";
import Link from "next/link";
import { groupColor } from "~/lib/group-colors";
import { cn } from "~/lib/utils";

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  claimed: "claimed",
  attributed: "attributed",
  suspected: "suspected",
  denied: "denied",
};

export const ATTRIBUTION_HELP: Record<Attribution, string> = {
  claimed: "The group claimed responsibility.",
  attributed: "A source attributes the incident to this group; the group did not claim it.",
  suspected: "A source names the group as a suspect; responsibility is not established.",
  denied: "The group denied involvement.",
};

/** The groups linked to an incident, each with how sure the link is ("TTP (claimed)"), linked to the group's profile. */
export function PerpetratorList({
  perpetrators,
  groupLabel,
  className,
}: {
  perpetrators: IncidentView["perpetrators"];
  groupLabel: (slug: string) => string;
  className?: string;
}) {
  if (perpetrators.length === 0) return <span className="text-[12.5px] text-muted-foreground">Not attributed</span>;
  return (
    <ul className={cn("flex flex-col gap-0.5", className)}>
      {perpetrators.map((p) => (
        <li key={p.group} className="whitespace-nowrap text-[12.5px]">
          <Link href={`/groups/${p.group}`} title={p.groupName} className="inline-flex items-center gap-1.5 font-medium hover:underline">
            <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ background: groupColor(p.group) }} />
            {groupLabel(p.group)}
          </Link>{" "}
          <span
            title={ATTRIBUTION_HELP[p.attribution]}
            className={cn("cursor-help text-muted-foreground", p.attribution === "claimed" && "text-foreground/80")}
          >
            ({ATTRIBUTION_LABELS[p.attribution]})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A casualty figure as the source gives it ("at least 10"), or "n/r" when the source does not report it. */
export function CasualtyCount({ value, qualifier, what }: { value: number | null; qualifier: string; what: string }) {
  if (value === null) {
    return (
      <span className="text-muted-foreground" title={`Number ${what} not reported by the source`}>
        n/r<span className="sr-only"> (not reported)</span>
      </span>
    );
  }
  return <>{formatFigure(value, qualifier)}</>;
}
