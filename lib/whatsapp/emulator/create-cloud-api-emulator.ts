import type { IncomingMessage, ServerResponse } from "node:http";
import { childLogger } from "@/lib/logger";
import { GRAPH_ERROR } from "@/lib/whatsapp/cloud-api/graph-errors";
import { createChatStore } from "./chat-store";
import { routeControlRequest } from "./control-router";
import { createCustomerDirectory } from "./customers";
import type { EmulatorContext } from "./emulator-context";
import { type EmulatorControl, createEmulatorControl } from "./emulator-control";
import { type CloudApiEmulatorOptions, resolveEmulatorOptions } from "./emulator-options";
import { createEventHub } from "./event-hub";
import { createFaultSwitchboard } from "./faults";
import { routeGraphRequest } from "./graph-router";
import { handleMediaDownload } from "./handle-media-download";
import { sendControlError, sendGraphError } from "./http-respond";
import { createMediaStore } from "./media-store";
import { createMediaUrlSigner } from "./media-url";
import { createRateLimiter } from "./rate-limiter";
import { createScheduler } from "./scheduler";
import { createSentRequestLog } from "./sent-request-log";
import { createStatusLifecycle } from "./status-lifecycle";
import { createVirtualClock } from "./virtual-clock";
import { createWebhookDelivery } from "./webhook-delivery";

// A WhatsApp Cloud API emulator that runs inside our Node server (mounted before Next.js handles the
// request) and in tests (shared/whatsapp/cloud-api.md §9). Under `basePath`:
//   /graph/…           the Meta-compatible Graph surface (versioned or not), bearer-token auth
//   /media-download/…  the signed 5-minute media URLs Graph hands out
//   /control/…         the simulator/test API, behind options.authorize
// State (customers, chats, media, logs, faults, clock offset) lives in memory only: it is lost on
// restart and cleared by control.reset(). One emulator serves one business number.

export type CloudApiEmulator = {
  // Answers the request and resolves true when the path is under basePath; false (untouched) otherwise.
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  control: EmulatorControl;
  // Where to point our outbound client: `${publicUrl}${basePath}/graph` (append /v24.0/… or not).
  graphBaseUrl: string;
  // Cancels timers, aborts webhook POSTs in flight and ends event streams.
  close(): Promise<void>;
};

export function createCloudApiEmulator(input: CloudApiEmulatorOptions): CloudApiEmulator {
  const options = resolveEmulatorOptions(input);
  const log = childLogger("whatsapp-emulator");
  const clock = createVirtualClock(options.now);
  const scheduler = createScheduler(clock, log);
  const business = {
    wabaId: options.business.wabaId,
    phoneNumberId: options.business.phoneNumberId,
    displayPhoneNumber: options.business.displayPhoneNumber,
  };
  const customers = createCustomerDirectory();
  const chats = createChatStore();
  const events = createEventHub(log);
  const faults = createFaultSwitchboard();
  const delivery = createWebhookDelivery({
    business,
    webhookUrl: options.webhookUrl,
    appSecret: options.appSecret,
    verifyToken: options.verifyToken,
    settings: options.webhook,
    fetch: options.fetch,
    clock,
    scheduler,
    faults,
    log,
  });
  const ctx: EmulatorContext = {
    options,
    business,
    log,
    clock,
    scheduler,
    customers,
    chats,
    media: createMediaStore(clock),
    mediaUrls: createMediaUrlSigner(),
    rateLimiter: createRateLimiter(clock, options.rateLimits),
    faults,
    delivery,
    lifecycle: createStatusLifecycle({ delays: options.statusDelaysMs, clock, scheduler, customers, chats, events, delivery, faults }),
    events,
    sentRequests: createSentRequestLog(),
  };
  const control = createEmulatorControl(ctx);
  const openStreams = new Set<() => void>();
  let closed = false;

  function trackStream(end: () => void): () => void {
    openStreams.add(end);
    return () => openStreams.delete(end);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    const rest = pathUnder(url.pathname, options.basePath);
    if (rest === null) return false;
    if (closed) {
      sendControlError(res, 503, "unavailable:whatsapp", "The WhatsApp emulator is shut down.");
      return true;
    }

    const graphPath = pathUnder(rest, "/graph");
    try {
      if (graphPath !== null) {
        await routeGraphRequest(ctx, req, res, url, graphPath);
      } else if (rest === "/media-download/attachments") {
        handleMediaDownload(ctx, req, res, url);
      } else {
        const controlPath = pathUnder(rest, "/control");
        if (controlPath === null) {
          sendControlError(res, 404, "not_found:whatsapp", `Nothing at ${url.pathname}; the emulator serves ${options.basePath}/graph and ${options.basePath}/control.`);
        } else if (options.authorize && !(await options.authorize(req))) {
          sendControlError(res, 401, "unauthorized:whatsapp", "Sign in to use the WhatsApp emulator controls.");
        } else {
          await routeControlRequest(control, req, res, controlPath, trackStream);
        }
      }
    } catch (error) {
      log.error({ err: error, path: url.pathname }, "emulator request failed");
      if (res.headersSent) res.end();
      else if (graphPath !== null) sendGraphError(res, { code: GRAPH_ERROR.somethingWentWrong, details: "The emulator hit an internal error." });
      else sendControlError(res, 500, "internal:whatsapp", "The emulator hit an internal error.");
    }
    return true;
  }

  return {
    handle,
    control,
    graphBaseUrl: `${options.publicUrl}${options.basePath}/graph`,
    async close() {
      if (closed) return;
      closed = true;
      scheduler.cancelAll();
      for (const end of [...openStreams]) end();
      await delivery.close();
    },
  };
}

// "/__emulator/graph/v24.0/x" under "/__emulator" → "/graph/v24.0/x"; null when not under it.
function pathUnder(path: string, prefix: string): string | null {
  if (path === prefix) return "";
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : null;
}
