import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

// The start must refuse bad configuration before touching anything, naming the variable.
describe("server start with invalid configuration", () => {
  it.each([
    ["PORT", { PORT: "eighty" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://localhost/db" }],
    ["ADMIN_PASSWORD", { ADMIN_EMAIL: "boss@example.com" }],
  ])("refuses and names %s", (name, overrides) => {
    const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["server.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", DATA_DIR: "/nonexistent/never-created", ...overrides },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Invalid configuration");
    expect(result.stderr).toContain(`${name}:`);
  });
});
