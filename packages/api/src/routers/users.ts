import { listUsers } from "@monitor/db";
import { ChangeOwnPasswordInput, CreateUserInput, ResetPasswordInput, SetActiveInput, SetRoleInput, UserListInput } from "@monitor/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { userActor } from "../audit";
import { changeOwnPassword, createUser, resetUserPassword, setUserActive, setUserRole } from "../services/users";
import { protectedProcedure, roleProcedure } from "../trpc";

const adminProcedure = roleProcedure("admin");

/** User management (admin) and the signed-in user's own account (anyone signed in). */
export const usersRouter = {
  list: adminProcedure.input(UserListInput.default({})).query(({ ctx, input }) => listUsers(ctx.db, input)),
  create: adminProcedure.input(CreateUserInput).mutation(({ ctx, input }) => createUser(ctx.db, userActor(ctx.user), input, ctx.now())),
  setRole: adminProcedure.input(SetRoleInput).mutation(({ ctx, input }) => setUserRole(ctx.db, userActor(ctx.user), input, ctx.now())),
  setActive: adminProcedure
    .input(SetActiveInput)
    .mutation(({ ctx, input }) => setUserActive(ctx.db, userActor(ctx.user), input, ctx.now())),
  resetPassword: adminProcedure
    .input(ResetPasswordInput)
    .mutation(({ ctx, input }) => resetUserPassword(ctx.db, userActor(ctx.user), input, ctx.now())),
  /** The signed-in user, as the server sees them now (role changes apply at once). */
  me: protectedProcedure.query(({ ctx }) => ctx.user),
  changeOwnPassword: protectedProcedure
    .input(ChangeOwnPasswordInput)
    .mutation(({ ctx, input }) =>
      changeOwnPassword(ctx.db, { userId: ctx.user.id, label: ctx.user.email }, ctx.session.sessionId, input, ctx.now()),
    ),
} satisfies TRPCRouterRecord;
