// The product's one process: Next.js pages and route handlers, socket.io on the same port, and (by
// default) the durable job workers. `npm run worker` runs the workers alone when scaled out.
import { createServer } from "node:http";
import nextEnv from "@next/env";
import next from "next";
import { startAgent } from "@/lib/agent/start-agent";
import { resolveAuthSecret } from "@/lib/boot/resolve-auth-secret";
import { ensureConfiguredInbox } from "@/lib/channel/ensure-configured-inbox";
import { startEmulator } from "@/lib/channel/start-emulator";
import { debouncedIngestRequest, setWebhookIngestMode } from "@/lib/channel/webhook-ingest-mode";
import { resolveWhatsAppConfig, setWhatsAppConfig } from "@/lib/channel/whatsapp-config";
import { initDatabase } from "@/lib/db/init";
import { EnvError, parseEnv } from "@/lib/env";
import { jobHandlers } from "@/lib/jobs/handlers";
import { createJobRunner, enqueue, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { logger } from "@/lib/logger";
import { installScaleOutAdapter } from "@/lib/realtime/scale-out-adapter";
import { attachSocketServer } from "@/lib/realtime/socket-server";

async function main(): Promise<void> {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
  const env = parseEnv(process.env);
  const log = logger();
  const dev = env.NODE_ENV !== "production";

  const auth = resolveAuthSecret(env.AUTH_SECRET, env.DATA_DIR);
  process.env.AUTH_SECRET = auth.secret;
  if (auth.generated) log.warn("AUTH_SECRET not set: using a generated secret stored in DATA_DIR (set AUTH_SECRET when running several instances)");

  const whatsapp = resolveWhatsAppConfig(env);
  setWhatsAppConfig(whatsapp);
  const database = await initDatabase(env);
  await ensureConfiguredInbox(database.handle.db, whatsapp);
  // The sign-in page lists the demo accounts while they exist, unless the operator turns it off.
  if (database.demoAccounts.length > 0 && env.DEMO_LOGIN_HINT !== false) process.env.DEMO_LOGIN_HINT = "true";
  startAgent(database.handle.db, env, { vector: database.vector });
  const boss = createJobRunner(database.handle, { connectionString: env.DATABASE_URL });
  await startJobRunner(boss, env.RUN_WORKER ? jobHandlers : null);
  // Webhooks are acknowledged once stored; the webhook.ingest job ingests them in batches.
  setWebhookIngestMode({ mode: "deferred", requestIngest: debouncedIngestRequest(() => enqueue("webhook.ingest", {})) });
  log.info({ workers: env.RUN_WORKER }, "job runner started");

  const app = next({ dev, hostname: env.HOSTNAME, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  const emulator = whatsapp.mode === "emulator" ? startEmulator(whatsapp, { port: env.PORT, authSecret: auth.secret }) : null;
  const httpServer = createServer((req, res) => {
    void (async () => {
      if (emulator && (await emulator.handle(req, res))) return;
      await handle(req, res);
    })();
  });
  const io = attachSocketServer(httpServer, { authSecret: auth.secret });
  const closeAdapter = await installScaleOutAdapter(io, env);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(env.PORT, env.HOSTNAME, resolve);
  });

  const url = env.APP_URL ?? `http://localhost:${env.PORT}`;
  printBanner(url, database.handle.kind, whatsapp.mode, database.demoAccounts);
  log.info({ url, database: database.handle.kind, dev }, "server ready");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    // Jobs first: a send in flight may still need this server (the built-in emulator lives on it).
    await stopJobRunner().catch((error: unknown) => log.error({ err: error }, "job runner stop failed"));
    io.close();
    httpServer.close();
    await emulator?.close().catch(() => {});
    await closeAdapter().catch(() => {});
    await app.close().catch(() => {});
    await database.handle.close().catch((error: unknown) => log.error({ err: error }, "database close failed"));
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

function printBanner(url: string, database: string, whatsapp: "emulator" | "meta", accounts: { email: string; password: string; role: string }[]): void {
  const lines = [
    ``,
    `  Support console running at ${url}`,
    `  Database: ${database === "pglite" ? "embedded PGlite" : "PostgreSQL"}`,
    `  WhatsApp: ${whatsapp === "emulator" ? `built-in emulator (chat as a customer at ${url}/simulator)` : "Meta Cloud API"}`,
  ];
  if (accounts.length > 0) {
    lines.push(`  Demo sign-ins:`);
    for (const account of accounts) lines.push(`    ${account.role.padEnd(6)} ${account.email} / ${account.password}`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) {
    process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Start failed: ${message}\n`);
    logger().fatal({ err: error }, "start failed");
  }
  process.exit(1);
});
