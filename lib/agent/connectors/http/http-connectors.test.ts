import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ConnectorError } from "../connector-error";
import type { Customer, OrderDetails } from "../schemas";
import { createHttpConnectors } from "./create-http-connectors";

// The HTTP connector against a real HTTP server on 127.0.0.1 (an ephemeral port) that plays the
// company's system: each test says how the server answers, then checks what the connector made of it
// and what went over the wire.

type Reply = { status?: number; body?: unknown; raw?: string; headers?: Record<string, string>; delayMs?: number; stallBody?: boolean };
type Received = { method: string; path: string; query: URLSearchParams; headers: IncomingHttpHeaders; body: string };

const API_KEY = "test-api-key-123";

const CUSTOMER: Customer = {
  customerId: "cust-42",
  name: "Sanne de Vries",
  email: "sanne@example.nl",
  phone: "31612345678",
  country: "NL",
  language: "nl",
  tier: "plus",
  address: { line: "Kerkstraat 12", city: "Utrecht", postcode: "3511 AB", country: "NL" },
};

const ORDER: OrderDetails = {
  orderNumber: "SO-100123",
  customerId: "cust-42",
  state: "shipped",
  currency: "EUR",
  totalCents: 5490,
  itemCount: 2,
  placedAt: "2026-03-10T09:15:00.000Z",
  deliveredAt: null,
  shippingCents: 495,
  shippingMethod: "standard",
  shippingAddress: { line: "Kerkstraat 12", city: "Utrecht", postcode: "3511 AB", country: "NL" },
  items: [{ sku: "NW-BEAN-HOUSE-1KG", name: "House Blend 1 kg", quantity: 2, unitPriceCents: 2497 }],
  payment: { method: "card", status: "captured", amountCents: 5490, cardMasked: "•••• 4242" },
  shipments: [
    {
      carrier: "PostNL",
      trackingNumber: "3SNWHD123456789",
      status: "in_transit",
      estimatedDelivery: "2026-03-12",
      events: [{ at: "2026-03-11T08:00:00.000Z", location: "Sorteercentrum Nieuwegein, NL", description: "Parcel processed" }],
    },
  ],
};

let server: Server;
let baseUrl: string;
let reply: (request: Received) => Reply = () => ({ status: 500 });
const received: Received[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const entry: Received = { method: request.method ?? "", path: url.pathname, query: url.searchParams, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(entry);
      const answer = reply(entry);
      const text = answer.raw ?? (answer.body === undefined ? "" : JSON.stringify(answer.body));
      const send = () => {
        response.writeHead(answer.status ?? 200, { "content-type": "application/json", ...answer.headers });
        // Headers now, body never: the connector's time limit must cover reading the body too.
        if (answer.stallBody) {
          response.write(text.slice(0, 10));
          return;
        }
        response.end(text);
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/support-api/v1/`;
});

afterEach(() => {
  received.length = 0;
  reply = () => ({ status: 500 });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const connectors = (timeoutMs = 2000) => createHttpConnectors({ baseUrl, apiKey: API_KEY, timeoutMs });

async function failureOf(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof ConnectorError)) throw new Error(`expected a ConnectorError, got ${String(error)}`);
  return error;
}

describe("HTTP connector, happy path", () => {
  it("looks a customer up by phone with the API key, and validates the answer", async () => {
    reply = () => ({ body: CUSTOMER });
    expect(await connectors().customers.findCustomerByPhone("31612345678")).toEqual(CUSTOMER);
    const [request] = received;
    expect(request).toMatchObject({ method: "GET", path: "/support-api/v1/customers" });
    expect(request?.query.get("phone")).toBe("31612345678");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers.accept).toBe("application/json");
  });

  it("reads an order, encoding the order number as one path segment", async () => {
    reply = () => ({ body: ORDER });
    expect(await connectors().orders.getOrder("SO-100123")).toEqual(ORDER);
    await connectors().orders.getOrder("SO/1 23?x");
    expect(received.map((request) => request.path)).toEqual(["/support-api/v1/orders/SO-100123", "/support-api/v1/orders/SO%2F1%2023%3Fx"]);
  });

  it("posts the postcode in the body, never in the URL", async () => {
    reply = () => ({ body: CUSTOMER });
    await connectors().customers.verifyByOrderAndPostcode("SO-100123", "3511 AB");
    expect(received[0]).toMatchObject({ method: "POST", path: "/support-api/v1/customers/verify" });
    expect(JSON.parse(received[0]?.body ?? "")).toEqual({ orderNumber: "SO-100123", postcode: "3511 AB" });
    expect(received[0]?.query.toString()).toBe("");
  });

  it("unwraps list envelopes and passes query parameters", async () => {
    reply = () => ({ body: { slots: [{ slotId: "s1", service: "video-setup-call", location: "Online", startsAt: "2026-03-17T09:30:00+01:00", durationMinutes: 30, remainingCapacity: 1 }] } });
    const slots = await connectors().scheduling.listSlots("video-setup-call", "2026-03-17", 7);
    expect(slots.map((slot) => slot.slotId)).toEqual(["s1"]);
    expect(Object.fromEntries(received[0]?.query ?? [])).toEqual({ service: "video-setup-call", from: "2026-03-17", days: "7" });
  });
});

describe("HTTP connector, data-changing calls", () => {
  it("sends the idempotency key in the Idempotency-Key header and returns the system's result", async () => {
    const result = { ok: true, orderNumber: "SO-100123", customerId: "cust-42", state: "cancelled", refund: null };
    reply = () => ({ body: result });
    expect(await connectors().orders.cancelOrder("SO-100123", "turn-7:call-2")).toEqual(result);
    expect(received[0]).toMatchObject({ method: "POST", path: "/support-api/v1/orders/SO-100123/cancel" });
    expect(received[0]?.headers["idempotency-key"]).toBe("turn-7:call-2");
    expect(received[0]?.headers["content-type"]).toBe("application/json");
  });

  it("sends the same key again on a retry, so the system can answer with the first result", async () => {
    reply = () => ({ body: { ok: true, subscription: { reference: "SUB-1", customerId: "cust-42", plan: "coffee-monthly", status: "paused", priceCents: 2490, currency: "EUR", nextBillingOn: "2026-04-15", pausedUntil: "2026-04-15" } } });
    await connectors().subscriptions.pause("SUB-1", "2026-04-15", "pause-key");
    await connectors().subscriptions.pause("SUB-1", "2026-04-15", "pause-key");
    expect(received.map((request) => request.headers["idempotency-key"])).toEqual(["pause-key", "pause-key"]);
    expect(JSON.parse(received[0]?.body ?? "")).toEqual({ until: "2026-04-15" });
  });

  it("passes business refusals through as results", async () => {
    reply = () => ({ body: { ok: false, reason: "not_cancellable", state: "shipped" } });
    expect(await connectors().orders.cancelOrder("SO-100123", "k1")).toEqual({ ok: false, reason: "not_cancellable", state: "shipped" });
  });

  it("rejects bad arguments before anything is sent", async () => {
    expect((await failureOf(connectors().orders.cancelOrder("SO-100123", " "))).code).toBe("connector:invalid_request");
    expect((await failureOf(connectors().orders.requestRefund("SO-100123", -5, "why", "k2"))).code).toBe("connector:invalid_request");
    expect((await failureOf(connectors().subscriptions.pause("SUB-1", "tomorrow", "k3"))).code).toBe("connector:invalid_request");
    expect((await failureOf(connectors().orders.cancelOrder("  ", "k9"))).code).toBe("connector:invalid_request");
    expect((await failureOf(connectors().orders.getOrder(""))).code).toBe("connector:invalid_request");
    expect(received).toHaveLength(0);
  });
});

describe("HTTP connector, not found", () => {
  const notFound = () => ({ status: 404, body: { error: { code: "not_found", message: "No such order" } } });

  it("turns the contract's 404 into a not-found result for every kind of method", async () => {
    reply = notFound;
    const { customers, orders, scheduling, subscriptions } = connectors();
    expect(await orders.getOrder("SO-000000")).toBeNull();
    expect(await customers.findCustomerByEmail("nobody@example.com")).toBeNull();
    expect(await orders.findCustomerOrders("cust-0", 5)).toEqual([]);
    expect(await orders.cancelOrder("SO-000000", "k4")).toEqual({ ok: false, reason: "not_found" });
    expect(await orders.checkPromoCode("NOPE", "NL")).toEqual({ ok: false, reason: "unknown_code" });
    expect(await orders.sendInvoiceCopy({ invoiceNumber: "INV-0" })).toEqual({ ok: false, reason: "not_found" });
    expect(await scheduling.rescheduleBooking("BK-0", "slot-1", "k5")).toEqual({ ok: false, reason: "not_found" });
    expect(await subscriptions.resume("SUB-0", "k6")).toEqual({ ok: false, reason: "not_found" });
  });

  it("reports a 404 without the contract's body as a missing endpoint", async () => {
    reply = () => ({ status: 404, raw: "<html>Not Found</html>", headers: { "content-type": "text/html" } });
    const failure = await failureOf(connectors().orders.getOrder("SO-100123"));
    expect(failure).toMatchObject({ code: "connector:not_found", status: 404, retryable: false, operation: "orders.getOrder" });
    expect(failure.message).toMatch(/base URL/);
  });
});

describe("HTTP connector, failures", () => {
  it("times out a slow answer", async () => {
    reply = () => ({ body: ORDER, delayMs: 500 });
    const failure = await failureOf(connectors(100).orders.getOrder("SO-100123"));
    expect(failure).toMatchObject({ code: "connector:timeout", retryable: true });
    expect(failure.message).toMatch(/within 100 ms/);
  });

  it("times out a body that never finishes", async () => {
    reply = () => ({ body: ORDER, stallBody: true });
    expect(await failureOf(connectors(150).orders.getOrder("SO-100123"))).toMatchObject({ code: "connector:timeout" });
  });

  it("reports 503 as unavailable, worth retrying", async () => {
    reply = () => ({ status: 503, body: { error: { code: "maintenance", message: "Back at 06:00" } } });
    const failure = await failureOf(connectors().customers.getTier("cust-42"));
    expect(failure).toMatchObject({ code: "connector:unavailable", status: 503, retryable: true });
    expect(failure.message).toContain("maintenance: Back at 06:00");
  });

  it("reports a refused API key as unavailable, not worth retrying", async () => {
    reply = () => ({ status: 401, body: { error: { code: "unauthorized" } } });
    expect(await failureOf(connectors().customers.getTier("cust-42"))).toMatchObject({ code: "connector:unavailable", status: 401, retryable: false });
  });

  it("reports a body that is not JSON as a bad response", async () => {
    reply = () => ({ raw: "{ this is not json" });
    expect(await failureOf(connectors().orders.getOrder("SO-100123"))).toMatchObject({ code: "connector:bad_response", status: 200, retryable: false });
  });

  it("reports JSON of the wrong shape as a bad response, so a full card number never gets through", async () => {
    reply = () => ({ body: { ...ORDER, payment: { ...ORDER.payment, cardMasked: "4242424242424242" } } });
    const failure = await failureOf(connectors().orders.getOrder("SO-100123"));
    expect(failure.code).toBe("connector:bad_response");
    expect(failure.message).toContain("cardMasked");
    reply = () => ({ body: { ok: true } });
    expect((await failureOf(connectors().orders.cancelOrder("SO-100123", "k7"))).code).toBe("connector:bad_response");
  });

  it("reports a rejected request and a redirect as bad responses", async () => {
    reply = () => ({ status: 422, body: { error: { code: "invalid_request", message: "slotId unknown format" } } });
    expect(await failureOf(connectors().scheduling.rescheduleBooking("BK-1", "x", "k8"))).toMatchObject({ code: "connector:bad_response", status: 422 });
    reply = () => ({ status: 302, headers: { location: "https://elsewhere.example/" } });
    const redirected = await failureOf(connectors().orders.getOrder("SO-100123"));
    expect(redirected).toMatchObject({ code: "connector:bad_response", status: 302 });
    expect(redirected.message).toContain("elsewhere.example");
  });

  it("reports a system that cannot be reached as unavailable", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = createHttpConnectors({ baseUrl: `http://127.0.0.1:${port}`, apiKey: API_KEY, timeoutMs: 2000 });
    const failure = await failureOf(unreachable.customers.findCustomerByPhone("31612345678"));
    expect(failure).toMatchObject({ code: "connector:unavailable", retryable: true });
    expect(failure.message).toContain(`127.0.0.1:${port}`);
  });

  it("refuses a configuration without a usable base URL or time limit", () => {
    expect(() => createHttpConnectors({ baseUrl: "erp.example.com", apiKey: API_KEY, timeoutMs: 1000 })).toThrow(/http/);
    expect(() => createHttpConnectors({ baseUrl, apiKey: API_KEY, timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});
