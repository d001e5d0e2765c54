import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A custom server (server.ts) runs Next, so no `output: "standalone"`.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-pgvector", "pg-boss", "pino", "@node-rs/argon2"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  typescript: { tsconfigPath: "tsconfig.json" },
};

export default nextConfig;
