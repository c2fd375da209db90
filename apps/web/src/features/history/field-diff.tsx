import type { FieldChange, RecordType } from "@monitor/domain";
import type { ReactNode } from "react";
import { diffField, fieldLabel, showValue, summarizeItem, type ValueContext } from "./history-format";

/** A removed value: struck through and labelled for screen readers, not told by colour alone. */
export function Removed({ children }: { children: ReactNode }) {
  return (
    <del className="rounded-[3px] bg-danger-soft/70 px-0.5 text-foreground/80 decoration-danger/70 [overflow-wrap:anywhere]">
      <span className="sr-only">removed: </span>
      {children}
    </del>
  );
}

/** An added value: underlined, bold and labelled. */
export function Added({ children }: { children: ReactNode }) {
  return (
    <ins className="rounded-[3px] bg-success-soft/70 px-0.5 font-medium text-foreground decoration-success/70 underline-offset-2 [overflow-wrap:anywhere]">
      <span className="sr-only">added: </span>
      {children}
    </ins>
  );
}

/** A value's label with the value as stored beside it, small, when they differ ("Military military"). */
function Shown({ text, raw }: { text: string; raw?: string }) {
  if (raw === undefined) return <>{text}</>;
  return (
    <span title={`Stored as “${raw}”`}>
      {text}
      <span className="ml-1 font-mono text-[11px] font-normal text-muted-foreground">
        <span className="sr-only">(stored as </span>
        {raw}
        <span className="sr-only">)</span>
      </span>
    </span>
  );
}

/** One item of a list: a scalar (an actor, an area) with its label, a record-like item in short. */
function Item({ item, ctx }: { item: unknown; ctx: ValueContext }) {
  if (item !== null && typeof item === "object") return <>{summarizeItem(item, ctx)}</>;
  const v = showValue(item, ctx);
  return <Shown text={v.text} raw={v.raw} />;
}

function Arrow() {
  return (
    <span aria-hidden="true" className="px-1 text-subtle">
      →
    </span>
  );
}

/**
 * The fields that changed in one revision, each as a readable diff. Enum values read as their labels;
 * give the record `type` where it is known so a field several types share ("kind") uses that type's.
 */
export function FieldDiffList({
  changes,
  mode = "edit",
  type,
}: {
  changes: readonly FieldChange[];
  mode?: "edit" | "created" | "deleted";
  type?: RecordType;
}) {
  if (changes.length === 0) return <p className="text-[12.5px] text-subtle">No field of the record changed.</p>;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-[12.5px] sm:grid-cols-[10rem_minmax(0,1fr)]">
      {changes.map((c) => (
        <div key={c.field} className="contents">
          <dt className="pt-px font-medium text-muted-foreground">{fieldLabel(c.field)}</dt>
          <dd className="min-w-0">
            <FieldDiff change={c} mode={mode} type={type} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FieldDiff({ change, mode, type }: { change: FieldChange; mode: "edit" | "created" | "deleted"; type?: RecordType }) {
  const ctx: ValueContext = { field: change.field, type };
  const d = diffField(change.before, change.after, ctx);
  switch (d.kind) {
    case "scalar": {
      const before = <Shown text={d.before} raw={d.beforeRaw} />;
      const after = <Shown text={d.after} raw={d.afterRaw} />;
      if (mode === "created") return <Added>{after}</Added>;
      if (mode === "deleted") return <Removed>{before}</Removed>;
      return (
        <span>
          <Removed>{before}</Removed>
          <Arrow />
          <span className="sr-only"> changed to </span>
          <Added>{after}</Added>
        </span>
      );
    }
    case "text": {
      const t = d.diff;
      return (
        <p className="leading-relaxed break-words">
          {t.cutStart ? <span className="text-subtle">… </span> : null}
          <span className="text-muted-foreground">{t.prefix}</span>
          {t.removed ? <Removed>{t.removed}</Removed> : null}
          {t.removed && t.added ? " " : null}
          {t.added ? <Added>{t.added}</Added> : null}
          <span className="text-muted-foreground">{t.suffix}</span>
          {t.cutEnd ? <span className="text-subtle"> …</span> : null}
        </p>
      );
    }
    case "object":
      return (
        <ul className="flex flex-col gap-0.5">
          {d.changes.map((c) => (
            <li key={c.field}>
              <span className="text-muted-foreground">{fieldLabel(c.field)}:</span>{" "}
              <Removed>
                <Shown text={c.before} raw={c.beforeRaw} />
              </Removed>
              <Arrow />
              <span className="sr-only"> changed to </span>
              <Added>
                <Shown text={c.after} raw={c.afterRaw} />
              </Added>
            </li>
          ))}
        </ul>
      );
    case "list": {
      const { added, removed, changed, reordered } = d.diff;
      return (
        <div className="flex flex-col gap-1">
          <p className="text-muted-foreground">
            {listSummary(added.length, removed.length, changed.length, reordered)}{" "}
            <span className="text-subtle">
              ({d.beforeCount} → {d.afterCount} {d.afterCount === 1 ? "item" : "items"})
            </span>
          </p>
          <ul className="flex flex-col gap-1">
            {added.map((x, i) => (
              <li key={`a${i}`} className="flex gap-1.5">
                <span aria-hidden="true" className="w-3 shrink-0 font-semibold text-success">
                  +
                </span>
                <Added>
                  <Item item={x} ctx={ctx} />
                </Added>
              </li>
            ))}
            {removed.map((x, i) => (
              <li key={`r${i}`} className="flex gap-1.5">
                <span aria-hidden="true" className="w-3 shrink-0 font-semibold text-danger">
                  −
                </span>
                <Removed>
                  <Item item={x} ctx={ctx} />
                </Removed>
              </li>
            ))}
            {changed.map((c, i) => (
              <li key={`c${i}`} className="flex gap-1.5">
                <span aria-hidden="true" className="w-3 shrink-0 font-semibold text-warning">
                  ~
                </span>
                <div className="min-w-0">
                  <span className="sr-only">changed: </span>
                  <span className="break-words">{c.label}</span>
                  <div className="mt-0.5 border-l-2 border-border pl-2">
                    <FieldDiffList
                      type={type}
                      changes={c.fields.map((f) => ({
                        field: f,
                        before: (c.before as Record<string, unknown>)[f] ?? null,
                        after: (c.after as Record<string, unknown>)[f] ?? null,
                      }))}
                    />
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </div>
      );
    }
  }
}

function listSummary(added: number, removed: number, changed: number, reordered: boolean): string {
  const parts: string[] = [];
  if (added) parts.push(`${added} added`);
  if (removed) parts.push(`${removed} removed`);
  if (changed) parts.push(`${changed} changed`);
  if (parts.length === 0) return reordered ? "Same items in a new order" : "No item changed";
  return parts.join(", ").replace(/^./, (c) => c.toUpperCase());
}
