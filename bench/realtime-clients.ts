// Agents and customers for bench/realtime.ts, in their own process so that timing them never
// competes with the server under test for one event loop. Driven over the IPC channel: it receives a
// ClientCommand, answers with a ClientReply, and exits when the channel closes.
//
// It plays both ends of the path being measured:
//   - N signed-in agents: socket.io clients speaking the browser's protocol (path /socket.io, the
//     next-auth session cookie, the "event" channel), each recording when a "message.created" arrives;
//   - the customers' side: Meta's signed webhook POSTs, built and signed before the clock starts and
//     sent at a fixed rate, each recording when it was written and when the 200 came back.
// Both ends use one clock (this process's performance.now()), so webhook-to-browser latency needs no
// cross-process clock. Times are exchanged as epoch milliseconds with sub-millisecond precision
// (performance.timeOrigin + performance.now()) so the server's phase marks can be placed against them.
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/protocol";
import { buildInboundMessagePayload, buildTextMessage } from "@/lib/whatsapp/webhook/build-payload";
import { serializeLikeMeta } from "@/lib/whatsapp/webhook/serialize-like-meta";
import { signWebhookBody } from "@/lib/whatsapp/webhook/verify-signature";

export type Business = { wabaId: string; phoneNumberId: string; displayPhoneNumber: string };

export type ClientCommand =
  // Open one socket per cookie and wait until the server said "ready" on each.
  | { kind: "connect"; url: string; cookies: string[] }
  // One single-message webhook POST per entry of `customers`, at `perSecond`, message ids
  // `wamid.rt.<tag>.<i>`; answers once every POST is answered.
  | { kind: "send"; url: string; appSecret: string; business: Business; tag: string; customers: string[]; perSecond: number }
  // Wait until every socket has seen every one of these message ids (or the timeout), then report.
  | { kind: "collect"; messageIds: string[]; timeoutMs: number }
  | { kind: "disconnect" };

export type ConnectResult = { sockets: number; elapsedMs: number };
export type SendRecord = { waMessageId: string; sentAt: number; ackAt: number; status: number };
export type SendResult = { records: SendRecord[]; elapsedMs: number; achievedPerSecond: number; maxScheduleLagMs: number; errors: number };
// receivedAt[socket][i]: when socket `socket` saw messageIds[i] (epoch ms), or null when it never did.
// loopDelayMs: this process's event-loop delay since the last "send" began (a busy client delays its
// own timestamps, which a browser with one socket would not).
export type LoopDelay = { p50: number; p99: number; max: number };
export type CollectResult = { receivedAt: (number | null)[][]; waitedMs: number; loopDelayMs: LoopDelay; eventsReceived: number };
export type ClientReply = { ok: true; result: ConnectResult | SendResult | CollectResult | null } | { ok: false; error: string };

type AgentSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Agent = { socket: AgentSocket; seen: Map<string, number> };

const epochNow = () => performance.timeOrigin + performance.now();
let agents: Agent[] = [];
let eventsReceived = 0;
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();

function loopDelayOf(histogram: ReturnType<typeof monitorEventLoopDelay>): LoopDelay {
  return { p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
}

async function connect(url: string, cookies: string[]): Promise<ConnectResult> {
  const started = performance.now();
  const opened: Agent[] = [];
  // A few handshakes at a time, as browsers arriving over a few seconds would; each one costs the
  // server a JWT decryption and two queries.
  for (let i = 0; i < cookies.length; i += 10) {
    const batch = cookies.slice(i, i + 10).map(
      (cookie) =>
        new Promise<Agent>((resolve, reject) => {
          const socket: AgentSocket = io(url, { path: "/socket.io", transports: ["websocket"], reconnection: false, extraHeaders: { cookie } });
          const agent: Agent = { socket, seen: new Map() };
          socket.on("event", (event) => {
            eventsReceived++;
            if (event.type === "message.created" && !agent.seen.has(event.messageId)) agent.seen.set(event.messageId, epochNow());
          });
          const timer = setTimeout(() => reject(new Error("socket not ready within 10 s")), 10_000);
          socket.once("ready", () => {
            clearTimeout(timer);
            resolve(agent);
          });
          socket.once("connect_error", (error) => {
            clearTimeout(timer);
            reject(new Error(`socket refused: ${error.message}`));
          });
        }),
    );
    opened.push(...(await Promise.all(batch)));
  }
  agents.push(...opened);
  return { sockets: agents.length, elapsedMs: performance.now() - started };
}

async function send(command: Extract<ClientCommand, { kind: "send" }>): Promise<SendResult> {
  const at = new Date();
  const prepared = command.customers.map((waId, i) => {
    const waMessageId = `wamid.rt.${command.tag}.${i}`;
    const payload = buildInboundMessagePayload(command.business, { waId, profileName: `Customer ${waId.slice(-4)}` }, [
      buildTextMessage({ id: waMessageId, from: waId, timestamp: at }, `Hello, any news about order SO-${100000 + i}?`),
    ]);
    const body = Buffer.from(serializeLikeMeta(payload), "utf8");
    return { waMessageId, body, signature: signWebhookBody(body, command.appSecret) };
  });
  const url = new URL(command.url);
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const records: SendRecord[] = [];
  let errors = 0;
  const post = (item: (typeof prepared)[number]) =>
    new Promise<void>((resolve) => {
      const req = http.request(
        {
          agent: httpAgent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "content-type": "application/json", "content-length": item.body.byteLength, "x-hub-signature-256": item.signature, "user-agent": "facebookexternalua" },
        },
        (res) => {
          res.resume();
          res.on("end", () => {
            records.push({ waMessageId: item.waMessageId, sentAt, ackAt: epochNow(), status: res.statusCode ?? 0 });
            resolve();
          });
        },
      );
      req.on("error", () => {
        errors++;
        resolve();
      });
      const sentAt = epochNow();
      req.end(item.body);
    });

  const interval = 1000 / command.perSecond;
  loopDelay.reset();
  eventsReceived = 0;
  const t0 = performance.now();
  let sent = 0;
  let maxLag = 0;
  const inFlight: Promise<void>[] = [];
  await new Promise<void>((resolve) => {
    const pump = () => {
      const now = performance.now() - t0;
      while (sent < prepared.length && sent * interval <= now) {
        maxLag = Math.max(maxLag, now - sent * interval);
        inFlight.push(post(prepared[sent++]!));
      }
      if (sent < prepared.length) setTimeout(pump, Math.max(0, sent * interval - now));
      else resolve();
    };
    pump();
  });
  await Promise.all(inFlight);
  const elapsedMs = performance.now() - t0;
  httpAgent.destroy();
  return { records, elapsedMs, achievedPerSecond: (sent / elapsedMs) * 1000, maxScheduleLagMs: maxLag, errors };
}

async function collect(messageIds: string[], timeoutMs: number): Promise<CollectResult> {
  const started = performance.now();
  const complete = () => agents.every((agent) => messageIds.every((id) => agent.seen.has(id)));
  while (!complete() && performance.now() - started < timeoutMs) await new Promise((resolve) => setTimeout(resolve, 20));
  return {
    receivedAt: agents.map((agent) => messageIds.map((id) => agent.seen.get(id) ?? null)),
    waitedMs: performance.now() - started,
    loopDelayMs: loopDelayOf(loopDelay),
    eventsReceived,
  };
}

async function disconnect(): Promise<null> {
  for (const agent of agents) agent.socket.disconnect();
  agents = [];
  return null;
}

async function handle(command: ClientCommand): Promise<ConnectResult | SendResult | CollectResult | null> {
  switch (command.kind) {
    case "connect":
      return connect(command.url, command.cookies);
    case "send":
      return send(command);
    case "collect":
      return collect(command.messageIds, command.timeoutMs);
    case "disconnect":
      return disconnect();
  }
}

process.on("message", (command: ClientCommand) => {
  handle(command).then(
    (result) => process.send?.({ ok: true, result } satisfies ClientReply),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ClientReply),
  );
});
process.on("disconnect", () => process.exit(0));
process.send?.({ ready: true });
