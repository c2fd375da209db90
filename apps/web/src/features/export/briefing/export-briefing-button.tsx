"use client";

import { FileDown, Loader2, X } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { RoleGate } from "~/features/auth/session-context";

type State = { kind: "idle" } | { kind: "working"; seconds: number } | { kind: "done"; file: string } | { kind: "error"; message: string };

function fileNameOf(res: Response): string {
  const m = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "");
  return m?.[1] ?? "briefing-overview.pdf";
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

/**
 * "Export briefing (PDF)": the server prints the overview, with the filters in the address bar, to a PDF
 * (headless Chromium, /api/export/briefing) and the browser downloads it. Shows the elapsed time while it
 * works and can be cancelled. Analysts and above.
 */
export function ExportBriefingButton() {
  return (
    <RoleGate min="analyst">
      <ExportBriefing />
    </RoleGate>
  );
}

function ExportBriefing() {
  const searchParams = useSearchParams();
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
    const q = new URLSearchParams(searchParams.toString());
    q.set("view", "overview");
    try {
      const res = await fetch(`/api/export/briefing?${q.toString()}`, { signal: ac.signal, credentials: "same-origin" });
      if (!res.ok) {
        setState({ kind: "error", message: await errorOf(res) });
        return;
      }
      const blob = await res.blob();
      const file = fileNameOf(res);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = file;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
            <Button variant="secondary" disabled aria-describedby="briefing-status">
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
            Export briefing (PDF)
          </Button>
        )}
      </div>
      <p id="briefing-status" role="status" aria-live="polite" className="text-[12px] text-muted-foreground empty:hidden">
        {state.kind === "working"
          ? `Printing the overview with its sources to PDF… ${state.seconds} s`
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
