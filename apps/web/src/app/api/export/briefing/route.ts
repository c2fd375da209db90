import { hasRole } from "@monitor/domain";
import type { NextRequest } from "next/server";
import { briefingFileName, briefingQuery } from "~/features/export/briefing/briefing-params";
import { getSession } from "~/server/auth";
import { ExportError, printToPdf } from "~/server/export/print-pdf";

export const dynamic = "force-dynamic";
export const maxDuration = 120;

const json = (status: number, message: string) => Response.json({ error: message }, { status, headers: { "cache-control": "no-store" } });

/**
 * GET /api/export/briefing?view=overview&<the overview's filters>: the briefing PDF of the view, printed
 * by headless Chromium from /print/overview as the requesting user (their Cookie header is forwarded, so
 * the print page sees exactly what they may see). Analysts and above; JSON errors that say what to do.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const session = await getSession();
  if (!session) return json(401, "You are signed out. Sign in again, then export the briefing.");
  if (!hasRole(session.user.role, "analyst"))
    return json(403, `Exporting briefings needs the analyst role; you are a ${session.user.role}. Ask an administrator for access.`);
  const view = req.nextUrl.searchParams.get("view") ?? "overview";
  if (view !== "overview") return json(400, `There is no briefing for the view "${view}". Export the overview.`);

  const sp = Object.fromEntries(req.nextUrl.searchParams.entries());
  const query = briefingQuery(sp);
  const origin = req.nextUrl.origin;
  const generatedAt = new Date();
  const url = `${origin}/print/overview${query ? `?${query}&` : "?"}at=${encodeURIComponent(generatedAt.toISOString())}`;
  try {
    const pdf = await printToPdf({
      url,
      cookie: req.headers.get("cookie") ?? "",
      title: "Militancy Monitor briefing: Overview",
      footerNote: `Generated ${generatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC for ${session.user.name || session.user.email}`,
      signal: req.signal,
    });
    return new Response(Buffer.from(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${briefingFileName(sp, generatedAt)}"`,
        "content-length": String(pdf.byteLength),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ExportError) return json(error.status, error.message);
    return json(500, `The briefing could not be printed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
