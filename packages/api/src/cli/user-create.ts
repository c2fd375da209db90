/**
 * pnpm user:create --email E --role R [--name N] [--password-stdin]
 *
 * Creates a user on the configured database (DATABASE_URL, else the embedded PGlite folder). The
 * password is read from a hidden prompt, or from standard input with --password-stdin (for scripts:
 * `printf '%s' "$PW" | pnpm user:create --email … --role admin --password-stdin`). It never comes
 * from the command line, where it would land in the shell history and the process list. The change
 * is audited with the operating-system user as the actor.
 */
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { openConfiguredDb, runCli } from "@monitor/db/cli";
import { CreateUserInput, ROLES, ValidationError } from "@monitor/domain";
import type { z } from "zod";
import { createUser } from "../services/users";
import { promptHidden, readStdin } from "./prompt";

const USAGE = `Usage: pnpm user:create --email E --role ${ROLES.join("|")} [--name "Full Name"] [--password-stdin]`;

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.email || !values.role) throw new Error(`--email and --role are required.\n${USAGE}`);
  // Check everything but the password before asking for it.
  const identity = parseOrExplain(CreateUserInput.omit({ password: true }), {
    email: values.email,
    role: values.role,
    name: values.name ?? values.email.split("@")[0],
  });

  let password: string;
  if (values["password-stdin"]) {
    password = (await readStdin()).replace(/\r?\n$/, "");
  } else if (process.stdin.isTTY) {
    password = await promptHidden(`Password for ${values.email} (at least 12 characters): `);
    const again = await promptHidden("Repeat the password: ");
    if (again !== password) throw new Error("The two passwords differ; nothing was created.");
  } else {
    throw new Error(`No terminal to ask for the password: pipe it in with --password-stdin.\n${USAGE}`);
  }

  const input = parseOrExplain(CreateUserInput, { ...identity, password });
  const handle = await openConfiguredDb();
  try {
    const user = await createUser(handle.db, { userId: null, label: `cli:${userInfo().username}` }, input, new Date());
    console.log(`Created ${user.role} ${user.email} on ${handle.where}.`);
  } finally {
    await handle.close();
  }
});

function parseOrExplain<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    "Nothing was created:",
    parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })),
  );
}
