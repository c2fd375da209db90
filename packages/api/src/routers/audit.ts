import { listAuditEntries } from "@monitor/db";
import { AuditListInput } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { roleProcedure } from "../trpc";

/** The audit log: every change, who made it, and the values before and after (admin only). */
export const auditRouter = {
  list: roleProcedure("admin")
    .input(AuditListInput.default({ limit: 50, offset: 0 }))
    .query(({ ctx, input }) => listAuditEntries(ctx.db, input)),
} satisfies TRPCRouterRecord;
