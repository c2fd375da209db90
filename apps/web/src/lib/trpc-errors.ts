import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** Server pages: turn a NOT_FOUND from a procedure into the 404 page; rethrow anything else. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof TRPCError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
