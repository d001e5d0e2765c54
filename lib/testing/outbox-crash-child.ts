// A worker process that dies mid-send, for lib/channel/outbound/crash-recovery.int.test.ts.
//
// It runs the product's own sendConversationOutbox on a conversation: the row is claimed ("sending",
// committed) exactly as in production. The crash is injected at the transport seam, the only place
// between "claimed" and "recorded":
//   before-request  the process is killed before the request leaves (claimed, nothing sent)
//   after-request   the request goes to the Cloud API (the emulator) and is accepted; the process is
//                   killed as soon as the answer is back, before the wamid is recorded
// The kill is a real SIGKILL of this process (exit status 137 for a shell): no exit handlers, no
// graceful database close. If the send path never reaches the transport, it exits 1 instead.
import { writeSync } from "node:fs";
import { createGraphApiClient } from "@/lib/channel/graph-api-client";
import { graphSendTransport } from "@/lib/channel/outbound/graph-transport";
import { DEFAULT_PAIR_LIMIT, SendRateLimiter } from "@/lib/channel/outbound/rate-limiter";
import { sendConversationOutbox } from "@/lib/channel/outbound/send-conversation-outbox";
import type { SendTransport } from "@/lib/channel/outbound/transport";
import { openDatabase } from "@/lib/db/client";
import { CRASH_CHILD_ENV, type CrashChildSpec } from "./outbound-harness";

async function main(): Promise<void> {
  const spec = JSON.parse(process.env[CRASH_CHILD_ENV] ?? "null") as CrashChildSpec | null;
  if (!spec) throw new Error(`${CRASH_CHILD_ENV} is not set`);
  const handle = await openDatabase(spec.database.kind === "pglite" ? { kind: "pglite", dataDir: spec.database.dataDir } : { kind: "postgres", url: spec.database.url, poolMax: 2 });
  report("opened");

  const real = graphSendTransport(createGraphApiClient(spec.graph));
  const crashing: SendTransport = {
    async send(phoneNumberId, request) {
      if (spec.crash === "before-request") die(`claimed ${String(request.biz_opaque_callback_data)}`);
      const { waMessageId } = await real.send(phoneNumberId, request);
      die(`accepted ${waMessageId}`);
    },
  };
  await sendConversationOutbox(spec.conversationId, {
    db: handle.db,
    transport: crashing,
    limiter: new SendRateLimiter({ perNumberPerSecond: 80, ...DEFAULT_PAIR_LIMIT }),
    scheduleRetry: async (_conversationId, at) => report(`retry requested for ${at.toISOString()}`),
    onStatus: (status) => report(`status ${status.status}`),
  });
  await handle.close();
  throw new Error("sendConversationOutbox returned without reaching the transport");
}

function report(line: string): void {
  writeSync(1, `${line}\n`);
}

function die(line: string): never {
  report(line);
  process.kill(process.pid, "SIGKILL");
  // Not reached: SIGKILL cannot be caught. Kept so the type checker knows this never returns.
  process.exit(137);
}

main().catch((error: unknown) => {
  writeSync(2, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
