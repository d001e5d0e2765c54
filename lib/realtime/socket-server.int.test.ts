import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { io as connectClient, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDatabase } from "@/lib/db/client";
import { type Conversation, type User, users } from "@/lib/db/schema";
import { createConversation, createInbox, createPerson } from "@/lib/testing/console-write-fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import type { RealtimeEvent } from "./events";
import type { ClientToServerEvents, ServerToClientEvents } from "./protocol";
import { registerRealtimeSink } from "./publish";
import { attachSocketServer, type RealtimeServer } from "./socket-server";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const SECRET = "socket-test-secret-socket-test-secret";

// The socket side of presence and typing, through real socket.io clients (PGlite is enough: this is
// about the transport, not the database).
describe("the realtime socket server", () => {
  let database: TestDatabase;
  let httpServer: HttpServer;
  let io: RealtimeServer;
  let origin: string;
  let ana: User;
  let ben: User;
  let conversation: Conversation;
  const published: RealtimeEvent[] = [];
  let unregister: () => void;
  const open: Client[] = [];

  const presenceOf = async (user: User) => (await database.handle.db.select({ presence: users.presence }).from(users).where(eq(users.id, user.id)))[0]!.presence;
  const until = async (check: () => Promise<boolean> | boolean) => {
    for (let i = 0; i < 100; i += 1) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error("timed out");
  };
  const connectAs = async (user: User): Promise<Client> => {
    const token = await encode({ token: { sub: user.id, uid: user.id, role: user.role, name: user.name, email: user.email, signedInAt: Date.now() }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 });
    const client: Client = connectClient(origin, { path: "/socket.io", transports: ["websocket"], extraHeaders: { cookie: `authjs.session-token=${token}` }, reconnection: false });
    open.push(client);
    await new Promise<void>((resolve, reject) => {
      client.once("ready", () => resolve());
      client.once("connect_error", reject);
    });
    return client;
  };
  const join = (client: Client, id: string) => new Promise<boolean>((resolve) => client.emit("conversation:join", id, (result) => resolve(result.ok)));

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    setDatabase(database.handle);
    const inbox = await createInbox(database.handle.db);
    ana = await createPerson(database.handle.db, { name: "Ana Costa" });
    ben = await createPerson(database.handle.db, { name: "Ben Ortiz", presence: "away" });
    conversation = await createConversation(database.handle.db, { inbox });
    unregister = registerRealtimeSink((event) => published.push(event));
    httpServer = createServer();
    io = attachSocketServer(httpServer, { authSecret: SECRET });
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const client of open) client.disconnect();
    unregister();
    await io.close();
    setDatabase(undefined);
    await database.dispose();
  });

  it("puts a connecting person online, keeps a chosen away, and goes offline with the last tab", async () => {
    const first = await connectAs(ana);
    expect(await presenceOf(ana)).toBe("online");
    expect(published).toContainEqual({ type: "presence.changed", userId: ana.id, presence: "online" });
    const second = await connectAs(ana);
    first.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await presenceOf(ana)).toBe("online");
    second.disconnect();
    await until(async () => (await presenceOf(ana)) === "offline");

    const away = await connectAs(ben);
    expect(await presenceOf(ben)).toBe("away");
    away.disconnect();
  });

  it("relays typing to the others in the conversation only, at most every 2 seconds per tab", async () => {
    const typist = await connectAs(ana);
    const viewer = await connectAs(ben);
    const received: RealtimeEvent[] = [];
    viewer.on("event", (event) => received.push(event));
    const self: RealtimeEvent[] = [];
    typist.on("event", (event) => self.push(event));

    // Not in the room yet: nothing is relayed.
    typist.emit("typing", conversation.id);
    expect(await join(viewer, conversation.id)).toBe(true);
    expect(await join(typist, conversation.id)).toBe(true);
    typist.emit("typing", conversation.id);
    typist.emit("typing", conversation.id);
    await until(() => received.some((event) => event.type === "typing"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const typing = received.filter((event) => event.type === "typing");
    expect(typing).toEqual([{ type: "typing", conversationId: conversation.id, inboxId: conversation.inboxId, userId: ana.id, name: "Ana Costa" }]);
    expect(self.filter((event) => event.type === "typing")).toEqual([]);
  });
});
