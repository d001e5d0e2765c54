// Load generator for bench/webhook.ts, in its own process so that building requests and timing them
// never competes with the server under test for one event loop. Driven over the IPC channel: it
// receives a LoadJob, answers with a LoadResult, and exits when the channel closes.
//
// Every payload is built and signed before the clock starts (Meta's byte form, HMAC-SHA256 with the
// app secret), so only the HTTP round trip is measured: from writing the request to reading the whole
// answer, with process.hrtime.
import http from "node:http";
import { buildInboundMessagePayload, buildTextMessage } from "@/lib/whatsapp/webhook/build-payload";
import { serializeLikeMeta } from "@/lib/whatsapp/webhook/serialize-like-meta";
import { signWebhookBody } from "@/lib/whatsapp/webhook/verify-signature";

export type LoadJob = {
  url: string;
  appSecret: string;
  business: { wabaId: string; phoneNumberId: string; displayPhoneNumber: string };
  // Unique per phase: message ids are `wamid.bench.<tag>.<n>` so the server side can count them.
  tag: string;
  // Open loop at a fixed rate (latency), or `concurrency` senders back to back (throughput).
  mode: { kind: "rate"; perSecond: number } | { kind: "closed"; concurrency: number };
  requests: number;
  messagesPerRequest: number;
  // Messages cycle over this many customers (each one's first message opens a conversation).
  customers: number;
  // Stop offering load after this long, or (open loop) once this many requests wait for an answer:
  // past that point the server is saturated and latency only measures the queue.
  maxMs: number;
  maxInFlight?: number;
};

export type LoadResult = {
  tag: string;
  requestsSent: number;
  requestsAnswered: number;
  messagesSent: number;
  statusCounts: Record<string, number>;
  errors: number;
  elapsedMs: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  // How far the open-loop sender fell behind its schedule at worst.
  maxScheduleLagMs: number;
  achievedRequestRate: number;
  // The open-loop sender stopped early because answers fell too far behind.
  saturated: boolean;
};

type Prepared = { body: Buffer; signature: string };

function prepare(job: LoadJob): Prepared[] {
  const at = new Date();
  const prepared: Prepared[] = [];
  let n = 0;
  for (let r = 0; r < job.requests; r++) {
    const customers: { waId: string; text: ReturnType<typeof buildTextMessage> }[] = [];
    for (let m = 0; m < job.messagesPerRequest; m++, n++) {
      const waId = `4477009${String(n % job.customers).padStart(5, "0")}`;
      customers.push({ waId, text: buildTextMessage({ id: `wamid.bench.${job.tag}.${n}`, from: waId, timestamp: at }, `Where is my order SO-${100000 + (n % 900000)}?`) });
    }
    const payload = buildInboundMessagePayload(job.business, { waId: customers[0]!.waId, profileName: "Bench Customer" }, customers.map((c) => c.text));
    const value = payload.entry[0]!.changes[0]!.value as { contacts: unknown[] };
    value.contacts = [...new Set(customers.map((c) => c.waId))].map((waId) => ({ profile: { name: `Customer ${waId.slice(-5)}` }, wa_id: waId }));
    const body = Buffer.from(serializeLikeMeta(payload), "utf8");
    prepared.push({ body, signature: signWebhookBody(body, job.appSecret) });
  }
  return prepared;
}

async function run(job: LoadJob): Promise<LoadResult> {
  const prepared = prepare(job);
  const url = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let errors = 0;
  let answered = 0;
  let sent = 0;
  let maxLag = 0;
  let saturated = false;

  const post = (item: Prepared): Promise<void> =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "content-type": "application/json", "content-length": item.body.byteLength, "x-hub-signature-256": item.signature, "user-agent": "facebookexternalua" },
        },
        (res) => {
          res.resume();
          res.on("end", () => {
            latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
            statusCounts[String(res.statusCode)] = (statusCounts[String(res.statusCode)] ?? 0) + 1;
            answered++;
            resolve();
          });
        },
      );
      req.on("error", () => {
        errors++;
        resolve();
      });
      req.end(item.body);
    });

  const t0 = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - t0) / 1e6;
  const inFlight: Promise<void>[] = [];
  if (job.mode.kind === "rate") {
    const interval = 1000 / job.mode.perSecond;
    await new Promise<void>((resolve) => {
      const pump = () => {
        const now = elapsed();
        while (sent < prepared.length && sent * interval <= now) {
          if (sent - answered - errors >= (job.maxInFlight ?? Infinity)) {
            saturated = true;
            break;
          }
          maxLag = Math.max(maxLag, now - sent * interval);
          inFlight.push(post(prepared[sent++]!));
        }
        if (sent < prepared.length && now < job.maxMs && !saturated) setTimeout(pump, Math.max(0, Math.min(1, sent * interval - now)));
        else resolve();
      };
      pump();
    });
  } else {
    const sender = async () => {
      while (sent < prepared.length && elapsed() < job.maxMs) await post(prepared[sent++]!);
    };
    inFlight.push(...Array.from({ length: job.mode.concurrency }, sender));
  }
  await Promise.all(inFlight);
  const elapsedMs = elapsed();
  agent.destroy();

  const sorted = latencies.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return {
    tag: job.tag,
    requestsSent: sent,
    requestsAnswered: answered,
    messagesSent: sent * job.messagesPerRequest,
    statusCounts,
    errors,
    elapsedMs,
    latencyMs: { p50: pct(50), p90: pct(90), p99: pct(99), max: sorted.at(-1) ?? Number.NaN, mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length) },
    maxScheduleLagMs: maxLag,
    achievedRequestRate: (sent / elapsedMs) * 1000,
    saturated,
  };
}

process.on("message", (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on("disconnect", () => process.exit(0));
process.send?.({ ready: true });
