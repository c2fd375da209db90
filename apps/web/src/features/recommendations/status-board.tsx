"use client";

import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import type { RouterOutputs } from "@monitor/api";
import {
  allowedTransitions,
  formatCount,
  formatDate,
  hasRole,
  isRegression,
  RECOMMENDATION_STATUSES,
  type RecommendationFilter,
  type RecommendationStatus,
  STATUS_LABELS,
  THEME_LABELS,
} from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { CalendarClock, ClipboardCheck, GripVertical, Repeat, Scale, UserRound } from "lucide-react";
import Link from "next/link";
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { FormAlert } from "~/components/ui/form-field";
import { useSessionUser } from "~/features/auth/session-context";
import { IgnoredFilters } from "~/features/filters/url-filter-form";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { recommendationHref, TrackerFilterForm, TrackerNoMatch, UnknownValues, useTrackerNames } from "./recommendations-list";
import { StatusBadge } from "./status-badge";
import { STATUS_STYLE } from "./status-style";
import { type RecordedUpdate, StatusUpdateDialog, type StatusUpdateTarget } from "./status-update-form";
import { describeFilter, isFiltered, loosenLinks, TRACKER_PARAM_LABELS, unknownValues } from "./tracker-params";

type BoardCard = RouterOutputs["recommendations"]["board"][number];

export interface StatusBoardProps {
  /** The tracker's filters without status: the board shows every status as a column. */
  filter: RecommendationFilter;
  ignored: readonly { key: string; message: string }[];
}

/**
 * Arrow keys move a picked-up card to the next status column left or right (columns it cannot move to are
 * skipped); up and down do nothing, since a column has no order to change.
 */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code === "ArrowUp" || event.code === "ArrowDown") {
    event.preventDefault();
    return undefined;
  }
  if (event.code !== "ArrowRight" && event.code !== "ArrowLeft") return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const centre = collisionRect.left + collisionRect.width / 2;
  const dir = event.code === "ArrowRight" ? 1 : -1;
  let best: { x: number; distance: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const distance = (rect.left + rect.width / 2 - centre) * dir;
    if (distance <= 1) continue;
    if (!best || distance < best.distance) best = { x: rect.left + (rect.width - collisionRect.width) / 2, distance };
  }
  return best ? { x: best.x, y: currentCoordinates.y } : undefined;
};

function isStatus(id: unknown): id is RecommendationStatus {
  return typeof id === "string" && (RECOMMENDATION_STATUSES as readonly string[]).includes(id);
}

/**
 * The board by status: one column per status in the machine's order. Analysts move a card by dragging it
 * (mouse or keyboard) or with its "Move…" button; either way the status update form opens with the target
 * status filled in, and the card moves only once that update is recorded. Cancelling changes nothing.
 */
export function StatusBoard({ filter, ignored }: StatusBoardProps) {
  const trpc = useTRPC();
  const { data: cards } = useSuspenseQuery(trpc.recommendations.board.queryOptions(filter));
  const { names } = useTrackerNames();
  const user = useSessionUser();
  const canUpdate = hasRole(user.role, "analyst");
  const [target, setTarget] = useState<StatusUpdateTarget | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [active, setActive] = useState<BoardCard | null>(null);
  const fallbackFocus = useRef<HTMLElement | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  const byStatus = new Map<RecommendationStatus, BoardCard[]>(RECOMMENDATION_STATUSES.map((s) => [s, []]));
  for (const c of cards) byStatus.get(c.status)?.push(c);
  const titleOf = (key: unknown) => cards.find((c) => c.key === key)?.title ?? "the recommendation";
  const statusOf = (key: unknown) => cards.find((c) => c.key === key)?.status ?? "not_assessed";

  const described = describeFilter(filter, names);
  const unknown = unknownValues(filter, names);
  const overdue = cards.filter((c) => c.daysOverdue > 0).length;
  const disagree = cards.filter((c) => c.disagreement).length;

  function open(card: BoardCard, to: RecommendationStatus) {
    setMessage(null);
    fallbackFocus.current = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(card.key)}"] [data-move-button]`);
    setTarget({ recKey: card.key, to });
  }

  function onRecorded(result: RecordedUpdate, title: string) {
    setTarget(null);
    const u = result.update;
    const onMain = u.assessor === "analyst" && !u.province && !u.assessorName;
    setMessage(
      onMain
        ? `Recorded: “${title}” moved from ${STATUS_LABELS[u.from]} to ${STATUS_LABELS[u.to]} (dated ${formatDate(u.date)}).`
        : `Recorded on another track of “${title}”: ${STATUS_LABELS[u.from]} to ${STATUS_LABELS[u.to]}. The board shows our analysts’ national status, which is unchanged.`,
    );
  }

  const announcements: Announcements = {
    onDragStart: ({ active: a }) =>
      `Picked up “${titleOf(a.id)}”, now ${STATUS_LABELS[statusOf(a.id)]}. Left and right arrow keys choose a status column; Space or Enter drops it there and opens the status update form; Escape cancels.`,
    onDragOver: ({ active: a, over }) =>
      over && isStatus(over.id) ? `Over ${STATUS_LABELS[over.id]}.` : `Not over a column “${titleOf(a.id)}” can move to.`,
    onDragEnd: ({ active: a, over }) =>
      over && isStatus(over.id) && over.id !== statusOf(a.id)
        ? `Dropped on ${STATUS_LABELS[over.id]}. The status update form opens; the card moves only when the update is recorded.`
        : `Dropped where it was. Nothing changed.`,
    onDragCancel: ({ active: a }) => `Cancelled. “${titleOf(a.id)}” stays ${STATUS_LABELS[statusOf(a.id)]}.`,
  };

  function onDragStart(e: DragStartEvent) {
    setMessage(null);
    setActive(cards.find((c) => c.key === e.active.id) ?? null);
  }

  function onDragEnd(e: DragEndEvent) {
    setActive(null);
    const card = cards.find((c) => c.key === e.active.id);
    const to = e.over?.id;
    if (!card || !isStatus(to) || to === card.status || !allowedTransitions(card.status).includes(to)) return;
    open(card, to);
  }

  const allowed = active ? allowedTransitions(active.status) : [];

  return (
    <div className="flex flex-col gap-4">
      <TrackerFilterForm action="/recommendations/board" filter={filter} omit={["status"]} label="Filter the board" />
      <IgnoredFilters ignored={ignored} labels={TRACKER_PARAM_LABELS} />

      <div className="flex flex-col gap-1 text-[12.5px] text-muted-foreground">
        <p>
          <span className="font-medium text-foreground tabular-nums">{formatCount(cards.length)}</span>{" "}
          {cards.length === 1 ? "recommendation" : "recommendations"}
          {described.length ? ` ${described.join(", ")}` : ""} by our analysts’ national status
          {overdue ? `; ${formatCount(overdue)} with an overdue review` : ""}
          {disagree ? `; ${formatCount(disagree)} where assessments disagree` : ""}.{" "}
          {canUpdate
            ? "Drag a card to another column, or use its Move… button, to record a status update: the card moves only once the update is recorded."
            : "Read only: analysts and editors record status updates."}
        </p>
        <UnknownValues unknown={unknown} noun="recommendation" />
      </div>

      <div aria-live="polite" className="empty:hidden">
        {message ? <FormAlert tone="success">{message}</FormAlert> : null}
      </div>

      {cards.length === 0 ? (
        isFiltered(filter) ? (
          <TrackerNoMatch
            title="No recommendation matches these filters"
            links={loosenLinks("/recommendations/board", filter, names, {}, ["status"])}
            clearHref="/recommendations/board"
          />
        ) : (
          <EmptyState
            icon={ClipboardCheck}
            title="No recommendations yet"
            description="Recommendations arrive with the source documents."
          />
        )
      ) : (
        <DndContext
          id="status-board"
          sensors={canUpdate ? sensors : []}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setActive(null)}
          accessibility={{
            announcements,
            screenReaderInstructions: {
              draggable:
                "To move this recommendation to another status, press Space or Enter to pick it up, use the left and right arrow keys to choose a column, then Space or Enter to open the status update form. Escape cancels.",
            },
          }}
        >
          <div
            data-testid="status-board"
            className="relative flex h-[max(30rem,calc(100dvh-20rem))] gap-2.5 overflow-x-auto overscroll-x-contain pb-2"
          >
            {RECOMMENDATION_STATUSES.map((s) => (
              <Column
                key={s}
                status={s}
                cards={byStatus.get(s) ?? []}
                dragging={active !== null}
                droppable={active !== null && allowed.includes(s)}
                origin={active?.status === s}
                canUpdate={canUpdate}
                onMove={open}
              />
            ))}
          </div>
          <DragOverlay>{active ? <CardBody card={active} overlay /> : null}</DragOverlay>
        </DndContext>
      )}

      <StatusUpdateDialog target={target} onClose={() => setTarget(null)} onRecorded={onRecorded} fallbackFocus={fallbackFocus} />
    </div>
  );
}

function Column({
  status,
  cards,
  dragging,
  droppable,
  origin,
  canUpdate,
  onMove,
}: {
  status: RecommendationStatus;
  cards: readonly BoardCard[];
  dragging: boolean;
  droppable: boolean;
  origin: boolean;
  canUpdate: boolean;
  onMove: (card: BoardCard, to: RecommendationStatus) => void;
}) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: status, disabled: !droppable });
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-column={status}
      className={cn(
        "relative flex w-[15rem] shrink-0 flex-col rounded-lg border border-border bg-surface-2/70 transition-colors",
        dragging && !droppable && !origin && "opacity-55",
        dragging && droppable && "border-dashed border-accent/50",
        isOver && "border-solid border-accent bg-accent-soft/70",
      )}
    >
      <h2 id={headingId} className="flex items-center justify-between gap-2 border-b border-border px-2.5 py-2">
        <span className="flex min-w-0 items-center gap-1.5 text-[12.5px] font-semibold">
          <span aria-hidden="true" className={cn("size-2 shrink-0 rounded-full", STATUS_STYLE[status].dot)} />
          {STATUS_LABELS[status]}
        </span>
        <span className="rounded-full bg-surface-3 px-1.5 text-[11.5px] font-medium text-muted-foreground tabular-nums">
          {formatCount(cards.length)}
          <span className="sr-only"> {cards.length === 1 ? "recommendation" : "recommendations"}</span>
        </span>
      </h2>
      {cards.length === 0 ? (
        <p className="m-2 rounded-md border border-dashed border-border-strong/60 px-2 py-4 text-center text-[12px] text-subtle">
          {dragging && droppable ? "Drop here to record an update" : "None"}
        </p>
      ) : (
        <ul className="relative flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto p-2">
          {cards.map((c) => (
            <DraggableCard key={c.key} card={c} canUpdate={canUpdate} onMove={onMove} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DraggableCard({
  card,
  canUpdate,
  onMove,
}: {
  card: BoardCard;
  canUpdate: boolean;
  onMove: (card: BoardCard, to: RecommendationStatus) => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.key, disabled: !canUpdate });
  return (
    <li ref={setNodeRef} data-key={card.key} {...(canUpdate ? listeners : {})} className={cn("rounded-md", isDragging && "opacity-40")}>
      <CardBody
        card={card}
        handle={
          canUpdate ? (
            <button
              ref={setActivatorNodeRef}
              type="button"
              data-drag-handle
              {...attributes}
              aria-label={`Drag “${card.title}” to another status`}
              className="-ml-1 flex h-6 w-4 shrink-0 cursor-grab items-center justify-center rounded-[3px] text-subtle hover:bg-surface-3 hover:text-foreground active:cursor-grabbing"
            >
              <GripVertical aria-hidden="true" className="size-3.5" strokeWidth={2} />
            </button>
          ) : null
        }
        move={canUpdate ? <MoveControl card={card} onMove={onMove} /> : null}
      />
    </li>
  );
}

/** What a card shows: title (the link to the page), source and number, theme, owner, and the flags. */
function CardBody({ card, handle, move, overlay = false }: { card: BoardCard; handle?: ReactNode; move?: ReactNode; overlay?: boolean }) {
  return (
    <article
      className={cn(
        "flex flex-col gap-1.5 rounded-md border border-border bg-surface px-2.5 py-2 text-[12px] shadow-[0_1px_2px_rgb(0_0_0/0.04)]",
        overlay && "w-[14rem] rotate-1 cursor-grabbing border-accent/60 shadow-[0_10px_28px_-8px_rgb(0_0_0/0.35)]",
      )}
    >
      <div className="flex items-start gap-1">
        {handle}
        <h3 className="min-w-0 text-[12.5px] leading-snug font-medium">
          {overlay ? (
            card.title
          ) : (
            <Link href={recommendationHref(card.key)} draggable={false} className="hover:underline">
              {card.title}
            </Link>
          )}
        </h3>
      </div>
      <p className="text-muted-foreground">
        {card.sourceShortTitle}
        {card.number ? ` · No. ${card.number}` : ""}
      </p>
      <p className="text-muted-foreground">{THEME_LABELS[card.theme]}</p>
      <p className="flex items-center gap-1 text-muted-foreground">
        <UserRound aria-hidden="true" className="size-3 shrink-0" strokeWidth={2} />
        {card.ownerName ? <span className="text-foreground">{card.ownerName}</span> : <span>No owner</span>}
        {card.statusSince ? <span className="ml-auto whitespace-nowrap">since {formatDate(card.statusSince)}</span> : null}
      </p>
      {card.daysOverdue > 0 || card.disagreement || card.family ? (
        <div className="flex flex-wrap gap-1">
          {card.daysOverdue > 0 ? (
            <span className="inline-flex items-center gap-1 rounded-[4px] bg-danger-soft px-1.5 py-0.5 text-[11px] font-medium text-danger">
              <CalendarClock aria-hidden="true" className="size-3" strokeWidth={2} />
              Review {formatCount(card.daysOverdue)} {card.daysOverdue === 1 ? "day" : "days"} overdue
            </span>
          ) : null}
          {card.disagreement ? (
            <span className="inline-flex items-center gap-1 rounded-[4px] bg-warning-soft px-1.5 py-0.5 text-[11px] font-medium text-warning">
              <Scale aria-hidden="true" className="size-3" strokeWidth={2} />
              Assessments disagree
            </span>
          ) : null}
          {card.family ? (
            <span
              title={`Made in several reports: ${card.family.title}`}
              className="inline-flex items-center gap-1 rounded-[4px] bg-surface-3 px-1.5 py-0.5 text-[11px] font-medium text-muted-foreground"
            >
              <Repeat aria-hidden="true" className="size-3" strokeWidth={2} />
              Repeated
            </span>
          ) : null}
        </div>
      ) : null}
      {move}
    </article>
  );
}

/**
 * "Move…": the keyboard- and mouse-friendly way to the same form as a drag. A disclosure listing the
 * statuses the card can move to; choosing one opens the status update form with it filled in.
 */
function MoveControl({ card, onMove }: { card: BoardCard; onMove: (card: BoardCard, to: RecommendationStatus) => void }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();
  useEffect(() => {
    if (open) list.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, [open]);
  const options = allowedTransitions(card.status);
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === "Escape" && open) {
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
      return;
    }
    if (!open || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (i === -1) return;
    e.preventDefault();
    items[(i + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]?.focus();
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and the arrow keys for the list of statuses below the button
    <div onKeyDown={onKeyDown} className="border-t border-border pt-1.5">
      <Button
        ref={button}
        size="sm"
        variant="ghost"
        data-move-button
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        className="-mx-1 h-6 px-1.5 text-[12px]"
        onClick={() => setOpen((o) => !o)}
      >
        Move…<span className="sr-only"> “{card.title}” to another status</span>
      </Button>
      {open ? (
        <ul ref={list} id={listId} aria-label={`Move “${card.title}” to`} className="mt-1 flex flex-col gap-0.5">
          {options.map((s) => (
            <li key={s}>
              <button
                type="button"
                className="flex w-full items-center gap-1.5 rounded-[4px] px-1.5 py-1 text-left text-[12px] hover:bg-surface-3 focus-visible:bg-surface-3"
                onClick={() => {
                  setOpen(false);
                  button.current?.focus();
                  onMove(card, s);
                }}
              >
                <StatusBadge status={s} />
                {isRegression(card.status, s) ? <span className="text-[11px] text-warning">regression</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
