// `npm start`: build once when there is no production build, then run the server in production
// mode in this same process (so signals from a process manager reach it directly).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = process.cwd();

if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  process.stdout.write("No production build found: running `next build` first (a minute or two)…\n");
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

Object.assign(process.env, { NODE_ENV: "production" });
await import("../server");
