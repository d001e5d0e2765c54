import { defineConfig } from "drizzle-kit";

// drizzle-kit is used only to generate migrations; they are applied at boot by lib/db/migrate.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./drizzle",
});
