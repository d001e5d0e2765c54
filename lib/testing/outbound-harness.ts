import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { receiveWebhook } from "@/lib/channel/receive-webhook";
import { openDatabase, type Db, type DatabaseHandle } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { contacts, conversations, inboxes, messages, outbox } from "@/lib/db/schema";
import { graphErrorBody } from "@/lib/whatsapp/cloud-api/graph-errors";
import { newWamid } from "@/lib/whatsapp/cloud-api/wamid";
import { readRequestBody } from "@/lib/whatsapp/emulator/read-body";
import { TEST_BUSINESS } from "./channel-fixtures";
import { connectionUrl, createTestDatabase } from "./databases";

// Helpers for the outbound (send) path's integration tests: a scripted fake Cloud API, a fetch with a
// short timeout, our webhook route on a real HTTP port, seeded conversations and a database that can
// be closed and reopened around a child process.

// ---------------------------------------------------------------------------------------------------
// A fake Cloud API: answers POST /{version}/{phone-number-id}/messages from a script, one step per
// request. Unscripted requests are accepted (200 with a fresh wamid). Every request is recorded with
// the outbox id it carried (biz_opaque_callback_data "outbox:<id>"), so a test can count how often the
// API accepted each outbox row.

export type FakeStep =
  | { kind: "accept"; wamid?: string }
  // A Graph error envelope with Meta's HTTP status for the code (or `status`), optional Retry-After.
  | { kind: "graph-error"; code: number; status?: number; details?: string; retryAfter?: string }
  // A raw answer that is not a Graph envelope (a proxy's HTML 500 page).
  | { kind: "raw"; status: number; body: string; contentType?: string }
  // Read the request, never answer, never process it: the client's timeout has to end it.
  | { kind: "hang" };

export type FakeRequest = {
  seq: number;
  outboxId: string | null;
  to: string | null;
  body: Record<string, unknown>;
  outcome: "accepted" | "error" | "hung";
  status: number | null;
  wamid: string | null;
};

export type FakeCloudApi = {
  // Graph base URL for createGraphApiClient (the client appends /{version}/…).
  url: string;
  requests: FakeRequest[];
  script(...steps: FakeStep[]): void;
  pendingSteps(): number;
  // Requests the fake answered 200 to, per outbox id.
  acceptedFor(outboxId: string): FakeRequest[];
  // Stops listening and drops open connections: new connections are refused (ECONNREFUSED).
  goOffline(): Promise<void>;
  // Listens again on the same port.
  goOnline(): Promise<void>;
  close(): Promise<void>;
};

export async function startFakeCloudApi(): Promise<FakeCloudApi> {
  const steps: FakeStep[] = [];
  const requests: FakeRequest[] = [];
  const hung = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let seq = 0;

  // No keep-alive: every request opens its own connection, so "offline" means refused, never a
  // pooled socket that dies mid-request.
  const server: Server = createServer((req, res) => {
    res.shouldKeepAlive = false;
    void answer(req, res);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const read = await readRequestBody(req, 1024 * 1024);
    const body = read.ok ? (JSON.parse(read.body.toString("utf8")) as Record<string, unknown>) : {};
    const callback = typeof body.biz_opaque_callback_data === "string" ? body.biz_opaque_callback_data : "";
    const record: FakeRequest = {
      seq: ++seq,
      outboxId: callback.startsWith("outbox:") ? callback.slice("outbox:".length) : null,
      to: typeof body.to === "string" ? body.to : null,
      body,
      outcome: "error",
      status: null,
      wamid: null,
    };
    requests.push(record);
    const step = steps.shift() ?? { kind: "accept" };
    switch (step.kind) {
      case "accept": {
        const wamid = step.wamid ?? newWamid(record.to ?? "0", "out");
        Object.assign(record, { outcome: "accepted", status: 200, wamid });
        sendJson(res, 200, { messaging_product: "whatsapp", contacts: [{ input: record.to, wa_id: record.to }], messages: [{ id: wamid }] });
        return;
      }
      case "graph-error": {
        const status = step.status ?? 400;
        record.status = status;
        sendJson(res, status, graphErrorBody(step.code, step.details), step.retryAfter === undefined ? {} : { "retry-after": step.retryAfter });
        return;
      }
      case "raw":
        record.status = step.status;
        res.writeHead(step.status, { "content-type": step.contentType ?? "text/html" }).end(step.body);
        return;
      case "hang":
        record.outcome = "hung";
        hung.add(res);
        res.on("close", () => hung.delete(res));
        return;
    }
  }

  await listen(server, 0);
  const { port } = server.address() as AddressInfo;

  const dropConnections = () => {
    for (const res of hung) res.destroy();
    hung.clear();
    for (const socket of sockets) socket.destroy();
  };

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...next) => void steps.push(...next),
    pendingSteps: () => steps.length,
    acceptedFor: (outboxId) => requests.filter((request) => request.outboxId === outboxId && request.outcome === "accepted"),
    async goOffline() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      dropConnections();
      await closed;
    },
    goOnline: () => listen(server, port),
    async close() {
      dropConnections();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// fetch with a short deadline on top of the client's own (15 s), so timeouts take milliseconds.
export function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
}

// ---------------------------------------------------------------------------------------------------
// Our POST /api/whatsapp/webhook on a real port, the way the Next route hands the raw bytes to
// receiveWebhook. While `accepting()` is false it answers 503 (the app is down or restarting), so the
// emulator keeps retrying like Meta does.

export type OurWebhook = {
  url: string;
  answered: number[];
  setAccepting(accepting: boolean): void;
  close(): Promise<void>;
};

export async function startOurWebhook(options: { accepting?: boolean } = {}): Promise<OurWebhook> {
  let accepting = options.accepting ?? true;
  const answered: number[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://webhook.invalid");
      const read = await readRequestBody(req, 8 * 1024 * 1024);
      if (req.method !== "POST" || url.pathname !== "/api/whatsapp/webhook" || !read.ok) {
        res.writeHead(404).end();
        return;
      }
      if (!accepting) {
        answered.push(503);
        res.writeHead(503, { "content-type": "text/plain" }).end("restarting");
        return;
      }
      const header = req.headers["x-hub-signature-256"];
      const response = await receiveWebhook(read.body, typeof header === "string" ? header : null);
      answered.push(response.status);
      res.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
    })().catch((error: unknown) => {
      answered.push(500);
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  await listen(server, 0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/whatsapp/webhook`,
    answered,
    setAccepting: (value) => void (accepting = value),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Data

// An inbox for the test business number, a customer and a live conversation. `windowHours` sets the
// 24-hour window's end relative to `now` (negative: closed; null: the customer never wrote).
export async function seedConversation(
  db: Db,
  input: { waId: string; windowHours?: number | null; now?: Date },
): Promise<{ conversationId: string; contactId: string; inboxId: string }> {
  const now = input.now ?? new Date();
  await db
    .insert(inboxes)
    .values({ name: "Test", phoneNumberId: TEST_BUSINESS.phoneNumberId, displayPhoneNumber: TEST_BUSINESS.displayPhoneNumber })
    .onConflictDoNothing();
  const [inbox] = await db.select({ id: inboxes.id }).from(inboxes).where(eq(inboxes.phoneNumberId, TEST_BUSINESS.phoneNumberId));
  const [contact] = await db.insert(contacts).values({ waId: input.waId }).returning({ id: contacts.id });
  const windowHours = input.windowHours === undefined ? 23 : input.windowHours;
  const [conversation] = await db
    .insert(conversations)
    .values({
      inboxId: inbox!.id,
      contactId: contact!.id,
      windowExpiresAt: windowHours === null ? null : new Date(now.getTime() + windowHours * 3600_000),
    })
    .returning({ id: conversations.id });
  return { conversationId: conversation!.id, contactId: contact!.id, inboxId: inbox!.id };
}

export async function outboxRow(db: Db, outboxId: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, outboxId));
  if (!row) throw new Error(`no outbox row ${outboxId}`);
  return row;
}

export async function messageRow(db: Db, messageId: string) {
  const [row] = await db.select().from(messages).where(eq(messages.id, messageId));
  if (!row) throw new Error(`no message ${messageId}`);
  return row;
}

// ---------------------------------------------------------------------------------------------------
// A database that survives its opener: PGlite on a data directory (one process at a time may open
// it), or a fresh database on the Postgres server in DATABASE_URL (any number of processes).

export type ChildDatabaseSpec = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export type RestartableDatabase = {
  spec: ChildDatabaseSpec;
  handle(): DatabaseHandle;
  isOpen(): boolean;
  open(): Promise<DatabaseHandle>;
  close(): Promise<void>;
  dispose(): Promise<void>;
};

export async function createRestartableDatabase(kind: "pglite" | "postgres"): Promise<RestartableDatabase> {
  if (kind === "postgres") {
    const database = await createTestDatabase("postgres");
    // Postgres takes other processes' connections: the parent's pool simply stays open.
    return {
      spec: { kind: "postgres", url: connectionUrl(database)! },
      handle: () => database.handle,
      isOpen: () => true,
      open: async () => database.handle,
      close: async () => {},
      dispose: () => database.dispose(),
    };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "outbox-crash-"));
  let current: DatabaseHandle | null = await openDatabase({ kind: "pglite", dataDir });
  await runMigrations(current);
  const close = async () => {
    const handle = current;
    current = null;
    await handle?.close();
  };
  return {
    spec: { kind: "pglite", dataDir },
    handle() {
      if (!current) throw new Error("the PGlite database is closed (another process may hold it)");
      return current;
    },
    isOpen: () => current !== null,
    async open() {
      current ??= await openDatabase({ kind: "pglite", dataDir });
      return current;
    },
    close,
    async dispose() {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Child processes

export type ChildExit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

// What lib/testing/outbox-crash-child.ts is told to do (JSON in the CRASH_CHILD_ENV variable).
export type CrashChildSpec = {
  database: ChildDatabaseSpec;
  conversationId: string;
  crash: "before-request" | "after-request";
  graph: { graphBaseUrl: string; apiVersion: string; accessToken: string };
};

export const CRASH_CHILD_ENV = "OUTBOX_CRASH_CHILD";
export const CRASH_CHILD_FILE = path.resolve(import.meta.dirname, "outbox-crash-child.ts");

export function runCrashChild(spec: CrashChildSpec): Promise<ChildExit> {
  return runTsChild(CRASH_CHILD_FILE, { [CRASH_CHILD_ENV]: JSON.stringify(spec) });
}

// Runs a TypeScript file in a fresh Node process (same Node binary, tsx loader, repository root as
// cwd so the "@/…" paths resolve) and resolves when it has exited.
export function runTsChild(file: string, env: Record<string, string>, timeoutMs = 60_000): Promise<ChildExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", file], {
      cwd: process.cwd(),
      env: { ...process.env, LOG_LEVEL: "silent", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`child ${file} did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

// ---------------------------------------------------------------------------------------------------

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}
