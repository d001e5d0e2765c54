import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Parallel builds (several e2e runs on one machine) can each use their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A custom server (server.ts) runs Next, so no `output: "standalone"`.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-pgvector", "pg-boss", "pino", "@node-rs/argon2"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  typescript: { tsconfigPath: "tsconfig.json" },
};

export default nextConfig;
