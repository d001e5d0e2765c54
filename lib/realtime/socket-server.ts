import type { Server as HttpServer } from "node:http";
import { eq } from "drizzle-orm";
import { Server, type Socket } from "socket.io";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { conversations, inboxes } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import { roomsFor } from "./events";
import type { ClientToServerEvents, ServerToClientEvents } from "./protocol";
import { registerRealtimeSink } from "./publish";
import { sessionUserFromHeaders } from "@/lib/auth/session-from-headers";

type SocketData = { user: SessionUser };
export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const log = childLogger("realtime");
const SESSION_RECHECK_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function attachSocketServer(httpServer: HttpServer, options: { authSecret: string }): RealtimeServer {
  const io: RealtimeServer = new Server(httpServer, { path: "/socket.io", serveClient: false });

  io.use(async (socket, next) => {
    try {
      const user = await sessionUserFromHeaders(db(), socket.request.headers, options.authSecret);
      if (!user) {
        log.info({ address: socket.handshake.address }, "socket rejected: not signed in");
        return next(new Error("unauthorized"));
      }
      socket.data.user = user;
      next();
    } catch (error) {
      log.warn({ err: error }, "socket authentication failed");
      next(new Error("unauthorized"));
    }
  });

  io.on("connection", (socket) => {
    // The session is checked again every minute: sign-out expiry, deactivation or a role change ends
    // the live feed too, not just the next page load.
    const recheck = setInterval(() => {
      sessionUserFromHeaders(db(), socket.request.headers, options.authSecret)
        .then((user) => {
          if (!user || user.role !== socket.data.user.role) socket.disconnect(true);
        })
        .catch(() => socket.disconnect(true));
    }, SESSION_RECHECK_MS);
    socket.on("disconnect", () => clearInterval(recheck));
    onConnection(socket).catch((error: unknown) => {
      log.error({ err: error }, "socket setup failed");
      socket.disconnect(true);
    });
  });

  registerRealtimeSink((event) => {
    io.to(roomsFor(event)).emit("event", event);
  });
  return io;
}

async function onConnection(socket: RealtimeSocket): Promise<void> {
  const user = socket.data.user;
  const inboxRows = await db().select({ id: inboxes.id }).from(inboxes);
  await socket.join(["staff", `user:${user.id}`, ...inboxRows.map((row) => `inbox:${row.id}`)]);

  socket.on("conversation:join", async (conversationId, ack) => {
    const reply = typeof ack === "function" ? ack : () => {};
    if (typeof conversationId !== "string" || !UUID.test(conversationId)) return reply({ ok: false });
    const [row] = await db().select({ id: conversations.id }).from(conversations).where(eq(conversations.id, conversationId)).limit(1);
    if (!row) return reply({ ok: false });
    await socket.join(`conversation:${conversationId}`);
    reply({ ok: true });
  });
  socket.on("conversation:leave", (conversationId) => {
    if (typeof conversationId === "string") void socket.leave(`conversation:${conversationId}`);
  });
  socket.emit("ready", { user: { id: user.id, name: user.name, role: user.role } });
}
