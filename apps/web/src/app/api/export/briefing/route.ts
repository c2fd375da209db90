import { hasRole } from "@monitor/domain";
import type { NextRequest } from "next/server";
import { BRIEFING_VIEW_NAMES, briefingFileName, resolveBriefing } from "~/features/export/briefing/briefing-params";
import { getSession } from "~/server/auth";
import { ExportLimiter } from "~/server/export/export-limiter";
import { ExportError, printToPdf } from "~/server/export/print-pdf";
import { log, requestIdOf } from "~/server/log";

export const dynamic = "force-dynamic";
export const maxDuration = 120;

const json = (status: number, message: string, extra: Record<string, string> = {}) =>
  Response.json({ error: message }, { status, headers: { "cache-control": "no-store", ...extra } });

/** Each export holds a Chromium page for seconds: 10 a minute and 2 at once per user, 4 at once per server. */
const globalForLimiter = globalThis as unknown as { monitorExportLimiter?: ExportLimiter };
globalForLimiter.monitorExportLimiter ??= new ExportLimiter({ perMinute: 10, perUser: 2, total: 4 });
const limiter = globalForLimiter.monitorExportLimiter;

/**
 * GET /api/export/briefing?view=<overview|province|group|recommendations>&<the view's parameters>: the
 * briefing PDF of the view, printed by headless Chromium from its /print page as the requesting user
 * (their Cookie header is forwarded, so the print page sees exactly what they may see). Analysts and
 * above; JSON errors that say what to do.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const session = await getSession();
  if (!session) return json(401, "You are signed out. Sign in again, then export the briefing.");
  if (!hasRole(session.user.role, "analyst"))
    return json(403, `Exporting briefings needs the analyst role; you are a ${session.user.role}. Ask an administrator for access.`);

  const resolved = resolveBriefing(Object.fromEntries(req.nextUrl.searchParams.entries()));
  if (!resolved.ok) return json(400, resolved.message);
  const { target } = resolved;
  const slot = limiter.acquire(session.user.id);
  if (!slot.ok) return json(slot.status, slot.message, { "retry-after": String(slot.retryAfterSeconds) });
  const generatedAt = new Date();
  const sep = target.printPath.includes("?") ? "&" : "?";
  const url = `${req.nextUrl.origin}${target.printPath}${sep}at=${encodeURIComponent(generatedAt.toISOString())}`;
  try {
    const started = performance.now();
    const pdf = await printToPdf({
      url,
      cookie: req.headers.get("cookie") ?? "",
      title: `Militancy Monitor briefing: ${BRIEFING_VIEW_NAMES[target.view]}`,
      footerNote: `Generated ${generatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC for ${session.user.name || session.user.email}`,
      signal: req.signal,
    });
    log.info(
      {
        reqId: requestIdOf(req),
        view: target.view,
        userId: session.user.id,
        bytes: pdf.byteLength,
        ms: Math.round(performance.now() - started),
      },
      "briefing exported",
    );
    return new Response(Buffer.from(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${briefingFileName(target, generatedAt)}"`,
        "content-length": String(pdf.byteLength),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ExportError) {
      log.warn({ reqId: requestIdOf(req), view: target.view, status: error.status, reason: error.message }, "briefing not exported");
      return json(error.status, error.message);
    }
    log.error({ reqId: requestIdOf(req), view: target.view, err: error }, "briefing failed");
    return json(500, "The briefing could not be printed. Try again; if it keeps failing, tell an administrator.");
  } finally {
    slot.release();
  }
}
