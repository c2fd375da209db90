import type { FieldChange } from "@monitor/domain";
import type { ReactNode } from "react";
import { diffField, fieldLabel, summarizeItem } from "./history-format";

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

function Arrow() {
  return (
    <span aria-hidden="true" className="px-1 text-subtle">
      →
    </span>
  );
}

/** The fields that changed in one revision, each as a readable diff. */
export function FieldDiffList({ changes, mode = "edit" }: { changes: readonly FieldChange[]; mode?: "edit" | "created" | "deleted" }) {
  if (changes.length === 0) return <p className="text-[12.5px] text-subtle">No field of the record changed.</p>;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-[12.5px] sm:grid-cols-[10rem_minmax(0,1fr)]">
      {changes.map((c) => (
        <div key={c.field} className="contents">
          <dt className="pt-px font-medium text-muted-foreground">{fieldLabel(c.field)}</dt>
          <dd className="min-w-0">
            <FieldDiff change={c} mode={mode} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FieldDiff({ change, mode }: { change: FieldChange; mode: "edit" | "created" | "deleted" }) {
  const d = diffField(change.before, change.after);
  switch (d.kind) {
    case "scalar":
      if (mode === "created") return <Added>{d.after}</Added>;
      if (mode === "deleted") return <Removed>{d.before}</Removed>;
      return (
        <span>
          <Removed>{d.before}</Removed>
          <Arrow />
          <span className="sr-only"> changed to </span>
          <Added>{d.after}</Added>
        </span>
      );
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
              <span className="text-muted-foreground">{fieldLabel(c.field)}:</span> <Removed>{c.before}</Removed>
              <Arrow />
              <span className="sr-only"> changed to </span>
              <Added>{c.after}</Added>
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
                <Added>{summarizeItem(x)}</Added>
              </li>
            ))}
            {removed.map((x, i) => (
              <li key={`r${i}`} className="flex gap-1.5">
                <span aria-hidden="true" className="w-3 shrink-0 font-semibold text-danger">
                  −
                </span>
                <Removed>{summarizeItem(x)}</Removed>
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
