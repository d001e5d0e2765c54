// `npm run worker`: job workers without the web server, for scaling out on PostgreSQL. Web instances
// then run with RUN_WORKER=false. Realtime events reach browsers through the shared adapter.
import nextEnv from "@next/env";
import { Server } from "socket.io";
import { startAgent } from "@/lib/agent/start-agent";
import { initDatabase } from "@/lib/db/init";
import { EnvError, parseEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { roomsFor } from "@/lib/realtime/events";
import { registerRealtimeSink } from "@/lib/realtime/publish";
import { installScaleOutAdapter } from "@/lib/realtime/scale-out-adapter";
import { jobHandlers } from "./handlers";
import { createJobRunner, startJobRunner, stopJobRunner } from "./job-runner";

async function main(): Promise<void> {
  nextEnv.loadEnvConfig(process.cwd());
  const env = parseEnv(process.env);
  const log = logger();
  if (!env.DATABASE_URL) {
    throw new Error("npm run worker needs DATABASE_URL: the embedded database can only be opened by the app process, which runs the workers itself");
  }
  if (env.REALTIME_ADAPTER === "memory") log.warn("REALTIME_ADAPTER=memory: events from this worker cannot reach browsers; use postgres or redis");

  const database = await initDatabase({ ...env, DEMO_DATA: false });
  // An unattached socket.io server broadcasts through the adapter to the web instances' clients.
  const io = new Server();
  const closeAdapter = await installScaleOutAdapter(io, env);
  registerRealtimeSink((event) => io.to(roomsFor(event)).emit("event", event));

  startAgent(database.handle.db, env, { vector: database.vector });
  const boss = createJobRunner(database.handle, { connectionString: env.DATABASE_URL });
  await startJobRunner(boss, jobHandlers);
  log.info("worker started");

  const shutdown = async () => {
    await stopJobRunner();
    await closeAdapter();
    await database.handle.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof EnvError ? error.message : `Worker failed: ${error instanceof Error ? error.message : String(error)}`}\n`);
  process.exit(1);
});
