import { getAuth } from "~/server/auth";

export const dynamic = "force-dynamic";

/** Better Auth's endpoints: /api/auth/sign-in/email, /api/auth/sign-out, /api/auth/get-session. */
async function handler(req: Request): Promise<Response> {
  try {
    const auth = await getAuth();
    return await auth.handler(req);
  } catch (err) {
    console.error("[auth] cannot serve", new URL(req.url).pathname, err);
    return Response.json(
      { code: "SERVICE_UNAVAILABLE", message: "Sign-in is unavailable right now. Try again in a moment." },
      { status: 503 },
    );
  }
}

export { handler as GET, handler as POST };
