import { getAuth } from "~/server/auth";
import { log, requestIdOf } from "~/server/log";

export const dynamic = "force-dynamic";

/** Better Auth's endpoints: /api/auth/sign-in/email, /api/auth/sign-out, /api/auth/get-session. */
async function handler(req: Request): Promise<Response> {
  try {
    const started = performance.now();
    const auth = await getAuth();
    const res = await auth.handler(req);
    // Sign-in outcomes (never the credentials): the path, the status, the time.
    log.info(
      { reqId: requestIdOf(req), path: new URL(req.url).pathname, status: res.status, ms: Math.round(performance.now() - started) },
      "auth request",
    );
    return res;
  } catch (err) {
    log.error({ reqId: requestIdOf(req), path: new URL(req.url).pathname, err }, "auth unavailable");
    return Response.json(
      { code: "SERVICE_UNAVAILABLE", message: "Sign-in is unavailable right now. Try again in a moment." },
      { status: 503 },
    );
  }
}

export { handler as GET, handler as POST };
