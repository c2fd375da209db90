/**
 * pnpm db:demo-users — the demo admin and demo analyst of `pnpm demo`, on the embedded database only.
 *
 * Creates them, or gives them fresh passwords if they exist (and makes sure they are active with
 * their role), then prints the credentials. Refuses to run against PostgreSQL: a real deployment
 * never gets default accounts; it creates its first admin with `pnpm user:create`.
 */
import { randomBytes } from "node:crypto";
import { getUserByEmail, readDbEnv } from "@monitor/db";
import { openConfiguredDb, runCli } from "@monitor/db/cli";
import type { AuditActor, Role } from "@monitor/domain";
import { createUser, resetUserPassword, setUserActive, setUserRole } from "../services/users";

const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@demo.militancy-monitor.org", name: "Demo Admin", role: "admin" },
  { email: "analyst@demo.militancy-monitor.org", name: "Demo Analyst", role: "analyst" },
];

await runCli(async () => {
  if (readDbEnv().DATABASE_URL) {
    throw new Error(
      "Demo accounts are only for the embedded database. On PostgreSQL create real users: pnpm user:create --email E --role admin",
    );
  }
  const actor: AuditActor = { userId: null, label: "cli:demo" };
  const handle = await openConfiguredDb();
  const lines: string[] = [];
  try {
    for (const demo of DEMO_USERS) {
      const password = `demo-${randomBytes(12).toString("base64url")}`;
      const now = new Date();
      const existing = await getUserByEmail(handle.db, demo.email);
      if (!existing) {
        await createUser(handle.db, actor, { ...demo, password }, now);
      } else {
        if (!existing.active) await setUserActive(handle.db, actor, { userId: existing.id, active: true }, now);
        if (existing.role !== demo.role) await setUserRole(handle.db, actor, { userId: existing.id, role: demo.role }, now);
        await resetUserPassword(handle.db, actor, { userId: existing.id, password }, now);
      }
      lines.push(`  ${demo.role.padEnd(8)} ${demo.email}   password: ${password}`);
    }
  } finally {
    await handle.close();
  }
  console.log(["", "Demo accounts (new passwords on every `pnpm demo`; embedded database only):", ...lines, ""].join("\n"));
});
