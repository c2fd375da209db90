"use client";

import { formatRelationshipPeriod, RELATIONSHIP_TYPE_LABELS, type RelationshipType, type RelationshipView } from "@monitor/domain";
import { MousePointerClick, X } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "~/components/ui/button";
import { groupColor } from "~/lib/group-colors";
import { cn } from "~/lib/utils";
import { TieSwatch } from "./network-legend";

/** A group's name with its colour dot, linking to its profile. */
export function GroupName({ slug, name, className }: { slug: string; name: string; className?: string }) {
  return (
    <Link
      href={`/groups/${slug}`}
      className={cn("inline-flex items-baseline gap-1.5 font-medium text-foreground hover:underline", className)}
    >
      <span aria-hidden="true" className="size-2 shrink-0 translate-y-[-1px] rounded-full" style={{ background: groupColor(slug) }} />
      {name}
    </Link>
  );
}

/** "TTP splintered from …": how a tie reads in words, with the groups as links. */
export function tieSentence(type: RelationshipType, from: ReactNode, to: ReactNode): ReactNode {
  switch (type) {
    case "alliance":
      return (
        <>
          {from} and {to} are allied
        </>
      );
    case "cooperation":
      return (
        <>
          {from} and {to} cooperate
        </>
      );
    case "rivalry":
      return (
        <>
          {from} and {to} are rivals
        </>
      );
    case "merger":
      return (
        <>
          {from} merged into {to}
        </>
      );
    case "splinter":
      return (
        <>
          {from} splintered from {to}
        </>
      );
    case "affiliate":
      return (
        <>
          {from} is an affiliate of {to}
        </>
      );
    case "sanctuary":
      return (
        <>
          {from} shelters or sponsors {to}
        </>
      );
    case "defection":
      return (
        <>
          Members of {from} defected to {to}
        </>
      );
  }
}

export interface TieDetailsProps {
  /** The records of the picked tie that hold at the chosen date; null when nothing is picked. */
  records: RelationshipView[] | null;
  when: string;
  onClose: () => void;
}

/**
 * The panel beside the graph: the picked tie in words, then each record (often one per source) with
 * its period, description and every citation with its exact quote.
 */
export function TieDetails({ records, when, onClose }: TieDetailsProps) {
  const first = records?.[0];
  if (!records || !first) {
    return (
      <div className="flex flex-col items-start gap-2 text-[12.5px] text-muted-foreground">
        <MousePointerClick aria-hidden="true" className="size-4 text-subtle" strokeWidth={1.75} />
        <p>
          Click a line for the tie's description and the exact words of its sources; click a circle to open the group's profile. Drag to
          move the view.
        </p>
        <p>The table below lists the same ties for keyboard and screen-reader use; its “Show” buttons open a tie here too.</p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3" data-testid="tie-details">
      <div className="flex items-start justify-between gap-2">
        <div className="flex min-w-0 flex-col gap-1">
          <div className="flex items-center gap-2 text-[11.5px] font-semibold tracking-[0.04em] text-muted-foreground uppercase">
            <TieSwatch type={first.type} />
            {RELATIONSHIP_TYPE_LABELS[first.type]}
          </div>
          <h3 className="text-[14px] leading-snug text-foreground">
            {tieSentence(
              first.type,
              <GroupName slug={first.from} name={first.fromName} />,
              <GroupName slug={first.to} name={first.toName} />,
            )}
          </h3>
          <p className="text-[12px] text-muted-foreground">
            {records.length === 1 ? "One record" : `${records.length} records`} {when}
          </p>
        </div>
        <Button variant="ghost" size="icon-sm" aria-label="Close the tie's details" onClick={onClose}>
          <X aria-hidden="true" />
        </Button>
      </div>
      <ol className="flex flex-col gap-4 [&>li+li]:border-t [&>li+li]:border-border [&>li+li]:pt-4">
        {records.map((r) => (
          <li key={r.id} className="flex flex-col gap-2">
            <p className="text-[12px] font-medium text-muted-foreground tabular-nums">
              {formatRelationshipPeriod(r) ?? "Start not stated"}
            </p>
            <p className="text-[13px] leading-relaxed text-foreground">{r.description}</p>
            <ul className="flex flex-col gap-2.5">
              {r.citations.map((c, i) => (
                <li key={`${c.source}-${i}`} className="flex flex-col gap-1">
                  <div className="text-[12px] leading-snug">
                    <Link href={`/sources/${encodeURIComponent(c.source)}`} className="link font-medium">
                      {c.sourceTitle}
                    </Link>
                    <span className="text-muted-foreground"> · {c.locator}</span>
                  </div>
                  <blockquote className="border-l-2 border-accent/50 pl-2.5 text-[12.5px] leading-relaxed text-foreground/90 before:content-[open-quote] after:content-[close-quote]">
                    {c.quote}
                  </blockquote>
                  {c.originalProducer ? (
                    <p className="text-[11.5px] text-muted-foreground">
                      Originally from <span className="font-medium text-foreground/80">{c.originalProducer}</span>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
