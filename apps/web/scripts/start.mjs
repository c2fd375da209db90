// Serves the built app on PORT (default 3000) and prints the URL when it is ready. The server
// applies pending migrations on its first database use; never run `pnpm db:*` beside a running
// server on the same PGlite folder (PGlite has no cross-process lock).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, "..");
if (!existsSync(join(app, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  console.error("The app is not built yet. Run `pnpm build` first (or `pnpm demo`, which builds and starts).");
  process.exit(1);
}
const port = process.env.PORT || "3000";
const child = spawn(process.execPath, [join(app, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port], {
  cwd: app,
  stdio: ["inherit", "pipe", "inherit"],
  env: process.env,
});
child.stdout.on("data", (chunk) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (/Ready in|started server/i.test(text)) console.log(`\nMilitancy Monitor is running at http://localhost:${port}\n`);
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
