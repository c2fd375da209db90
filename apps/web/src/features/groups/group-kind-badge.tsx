import type { GroupKind } from "@monitor/domain";
import Link from "next/link";
import { groupColor } from "~/lib/group-colors";
import { cn } from "~/lib/utils";

export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  religious_jihadist: "Religious / jihadist",
  transnational_jihadist: "Transnational jihadist",
  ethno_nationalist_separatist: "Ethno-nationalist separatist",
  sectarian: "Sectarian",
  de_facto_government: "De facto government",
  alliance: "Alliance",
  other: "Other",
};

/** What kind of group this is. Neutral on purpose: the group's own colour belongs to the group, not its kind. */
export function GroupKindBadge({ kind, className }: { kind: GroupKind; className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex h-5 shrink-0 items-center rounded-[4px] border border-border-strong/70 px-1.5 text-[11.5px] leading-none font-medium whitespace-nowrap text-muted-foreground",
        className,
      )}
    >
      {GROUP_KIND_LABELS[kind]}
    </span>
  );
}

export interface GroupChipProps {
  slug: string;
  /** Short name: "TTP", "ISKP". */
  name: string;
  /** Full name for the tooltip. */
  title?: string;
  href?: string;
  className?: string;
}

/** A group's name with its colour swatch: the same colour as in every chart and legend. */
export function GroupChip({ slug, name, title, href, className }: GroupChipProps) {
  const classes = cn(
    "inline-flex items-center gap-1.5 text-[12.5px] font-medium whitespace-nowrap text-foreground",
    href && "hover:underline",
    className,
  );
  const content = (
    <>
      <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ background: groupColor(slug) }} />
      {name}
    </>
  );
  return href ? (
    <Link href={href} title={title} className={classes}>
      {content}
    </Link>
  ) : (
    <span title={title} className={classes}>
      {content}
    </span>
  );
}
