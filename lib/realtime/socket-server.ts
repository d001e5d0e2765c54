import type { Server as HttpServer } from "node:http";
import { eq } from "drizzle-orm";
import { Server, type Socket } from "socket.io";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { conversations, inboxes, users } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import { setPresence } from "@/lib/people/set-presence";
import { roomsFor } from "./events";
import type { ClientToServerEvents, ServerToClientEvents } from "./protocol";
import { registerRealtimeSink } from "./publish";
import { sessionUserFromHeaders } from "@/lib/auth/session-from-headers";

type SocketData = { user: SessionUser };
export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const log = childLogger("realtime");
const SESSION_RECHECK_MS = 60_000;
const TYPING_THROTTLE_MS = 2_000;
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
    onConnection(io, socket).catch((error: unknown) => {
      log.error({ err: error }, "socket setup failed");
      socket.disconnect(true);
    });
  });

  registerRealtimeSink((event) => {
    io.to(roomsFor(event)).emit("event", event);
  });
  return io;
}

async function onConnection(io: RealtimeServer, socket: RealtimeSocket): Promise<void> {
  const user = socket.data.user;
  socket.on("disconnect", () => {
    // Offline only when the last tab (on any app instance) closed.
    io.in(`user:${user.id}`)
      .fetchSockets()
      .then((remaining) => (remaining.length === 0 ? setPresence(db(), { userId: user.id, presence: "offline" }) : undefined))
      .catch((error: unknown) => log.warn({ err: error, userId: user.id }, "could not record going offline"));
  });

  const inboxRows = await db().select({ id: inboxes.id }).from(inboxes);
  await socket.join(["staff", `user:${user.id}`, ...inboxRows.map((row) => `inbox:${row.id}`)]);
  // The inbox of each conversation this socket joined, for typing events.
  const joined = new Map<string, string>();
  let lastTypingAt = 0;

  socket.on("conversation:join", async (conversationId, ack) => {
    const reply = typeof ack === "function" ? ack : () => {};
    if (typeof conversationId !== "string" || !UUID.test(conversationId)) return reply({ ok: false });
    const [row] = await db().select({ id: conversations.id, inboxId: conversations.inboxId }).from(conversations).where(eq(conversations.id, conversationId)).limit(1);
    if (!row) return reply({ ok: false });
    await socket.join(`conversation:${conversationId}`);
    joined.set(conversationId, row.inboxId);
    reply({ ok: true });
  });
  socket.on("conversation:leave", (conversationId) => {
    if (typeof conversationId !== "string") return;
    joined.delete(conversationId);
    void socket.leave(`conversation:${conversationId}`);
  });
  // Relayed to the others viewing the conversation, at most every 2 s per tab: a keystroke stream
  // must not become an event stream.
  socket.on("typing", (conversationId) => {
    if (typeof conversationId !== "string") return;
    const room = `conversation:${conversationId}`;
    const inboxId = joined.get(conversationId);
    if (!inboxId || !socket.rooms.has(room)) return;
    const now = Date.now();
    if (now - lastTypingAt < TYPING_THROTTLE_MS) return;
    lastTypingAt = now;
    socket.to(room).emit("event", { type: "typing", conversationId, inboxId, userId: user.id, name: user.name });
  });
  // Connected means reachable: an offline person comes online, but a chosen "away" stays away.
  const [stored] = await db().select({ presence: users.presence }).from(users).where(eq(users.id, user.id)).limit(1);
  if (stored?.presence === "offline") await setPresence(db(), { userId: user.id, presence: "online" });
  socket.emit("ready", { user: { id: user.id, name: user.name, role: user.role } });
}
