"use client";

import { FileDown, Loader2, X } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { RoleGate } from "~/features/auth/session-context";
import { saveBlob } from "~/lib/download";
import { BRIEFING_VIEW_NAMES, type BriefingView } from "./briefing-params";

type State = { kind: "idle" } | { kind: "working"; seconds: number } | { kind: "done"; file: string } | { kind: "error"; message: string };

function fileNameOf(res: Response, view: BriefingView): string {
  const m = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "");
  return m?.[1] ?? `briefing-${view}.pdf`;
}

async function errorOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: string };
    if (body.error) return body.error;
  } catch {
    // Not JSON: fall through to the status.
  }
  if (res.status === 401) return "You are signed out. Sign in again, then export the briefing.";
  return `The briefing could not be exported (HTTP ${res.status}). Try again; if it keeps failing, tell an administrator.`;
}

export interface ExportBriefingButtonProps {
  view: BriefingView;
  /** The view's parameters; by default the page's own query string (the filters in the address bar). */
  params?: Readonly<Record<string, string | undefined>>;
  /** The button's words; "Export briefing (PDF)" by default. */
  label?: string;
}

/**
 * "Export briefing (PDF)": the server prints the view, with its filters, to a PDF (headless Chromium,
 * /api/export/briefing) and the browser downloads it. Shows the elapsed time while it works and can be
 * cancelled. Analysts and above.
 */
export function ExportBriefingButton(props: ExportBriefingButtonProps) {
  return (
    <RoleGate min="analyst">
      <ExportBriefing {...props} />
    </RoleGate>
  );
}

function ExportBriefing({ view, params, label = "Export briefing (PDF)" }: ExportBriefingButtonProps) {
  const searchParams = useSearchParams();
  const statusId = useId();
  const viewName = BRIEFING_VIEW_NAMES[view].toLowerCase();
  const [state, setState] = useState<State>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => {
    if (state.kind !== "working") return;
    const t = setInterval(() => setState((s) => (s.kind === "working" ? { kind: "working", seconds: s.seconds + 1 } : s)), 1000);
    return () => clearInterval(t);
  }, [state.kind]);

  async function run() {
    const ac = new AbortController();
    controller.current = ac;
    setState({ kind: "working", seconds: 0 });
    const q = new URLSearchParams();
    if (params) {
      for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    } else {
      for (const [k, v] of searchParams.entries()) q.append(k, v);
    }
    q.set("view", view);
    try {
      const res = await fetch(`/api/export/briefing?${q.toString()}`, { signal: ac.signal, credentials: "same-origin" });
      if (!res.ok) {
        setState({ kind: "error", message: await errorOf(res) });
        return;
      }
      const blob = await res.blob();
      const file = fileNameOf(res, view);
      saveBlob(blob, file);
      setState({ kind: "done", file });
    } catch (error) {
      if (ac.signal.aborted) setState({ kind: "idle" });
      else
        setState({
          kind: "error",
          message: `The briefing could not be downloaded: ${error instanceof Error ? error.message : String(error)}. Check the connection and try again.`,
        });
    } finally {
      if (controller.current === ac) controller.current = null;
    }
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        {state.kind === "working" ? (
          <>
            <Button variant="secondary" disabled aria-describedby={statusId}>
              <Loader2 aria-hidden="true" className="animate-spin" />
              Preparing briefing…
            </Button>
            <Button variant="ghost" onClick={() => controller.current?.abort()}>
              <X aria-hidden="true" />
              Cancel
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={run}>
            <FileDown aria-hidden="true" />
            {label}
          </Button>
        )}
      </div>
      <p id={statusId} role="status" aria-live="polite" className="text-[12px] text-muted-foreground empty:hidden">
        {state.kind === "working"
          ? `Printing the ${viewName} briefing with its sources to PDF… ${state.seconds} s`
          : state.kind === "done"
            ? `Downloaded ${state.file}.`
            : ""}
      </p>
      {state.kind === "error" ? (
        <p role="alert" className="max-w-sm text-right text-[12px] text-danger">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
