import { createAdapter as createPostgresAdapter } from "@socket.io/postgres-adapter";
import { createAdapter as createRedisAdapter } from "@socket.io/redis-adapter";
import pg from "pg";
import { createClient } from "redis";
import type { Server } from "socket.io";
import type { Env } from "@/lib/env";
import { childLogger } from "@/lib/logger";

const log = childLogger("realtime");

// Several app instances share rooms through Redis pub/sub or Postgres LISTEN/NOTIFY. A single
// instance keeps socket.io's in-memory adapter (the only choice on embedded PGlite).
export async function installScaleOutAdapter(io: Server, env: Env): Promise<() => Promise<void>> {
  if (env.REALTIME_ADAPTER === "redis" && env.REDIS_URL) {
    const pub = createClient({ url: env.REDIS_URL });
    const sub = pub.duplicate();
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createRedisAdapter(pub, sub));
    log.info("realtime scale-out: redis adapter");
    return async () => {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    };
  }
  if (env.REALTIME_ADAPTER === "postgres" && env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 3 });
    // The adapter stores payloads too large for NOTIFY here (socket.io's documented schema).
    await pool.query(`CREATE TABLE IF NOT EXISTS socket_io_attachments (
      id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)`);
    io.adapter(createPostgresAdapter(pool));
    log.info("realtime scale-out: postgres adapter");
    return () => pool.end();
  }
  return async () => {};
}
