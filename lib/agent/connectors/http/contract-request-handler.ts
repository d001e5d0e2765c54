import { timingSafeEqual } from "node:crypto";
import { parseArgument } from "../connector-arguments";
import { ConnectorError, type ConnectorErrorCode } from "../connector-error";
import { addressSchema, returnRequestSchema } from "../schemas";
import type { Connectors } from "../types";

// The JSON contract (CONTRACT.md) served from any set of connectors, as a fetch-style handler
// (Request in, Response out). It is the reference for companies implementing the contract, lets the
// HTTP connector be tried against the demo shop, and lets tests prove that the contract, the HTTP
// connector and the built-in connector agree.

export type ContractHandlerOptions = {
  apiKey: string;
  // The path the contract is mounted under, e.g. "/support-api/v1" (default: the root).
  basePath?: string;
};

type Query = URLSearchParams;
type Body = Record<string, unknown>;
type Params = string[];
type RouteAction = (params: Params, query: Query, body: Body, idempotencyKey: string) => Promise<unknown>;
type Route = { method: "GET" | "POST"; pattern: string[]; changesData: boolean; action: RouteAction };

const STATUS_BY_CODE: Record<ConnectorErrorCode, number> = {
  "connector:invalid_request": 400,
  "connector:not_found": 501,
  "connector:bad_response": 502,
  "connector:unavailable": 503,
  "connector:timeout": 504,
};

export function createContractRequestHandler(connectors: Connectors, options: ContractHandlerOptions): (request: Request) => Promise<Response> {
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const routes = contractRoutes(connectors);
  const expectedAuthorization = Buffer.from(`Bearer ${options.apiKey}`);

  return async (request) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${basePath}/`)) return errorResponse(404, "no_route", "Not part of the contract.");
    const segments = url.pathname.slice(basePath.length + 1).split("/").map(decodeURIComponent);

    const authorization = Buffer.from(request.headers.get("authorization") ?? "");
    if (authorization.length !== expectedAuthorization.length || !timingSafeEqual(authorization, expectedAuthorization)) {
      return errorResponse(401, "unauthorized", "Missing or wrong API key.");
    }

    const match = findRoute(routes, request.method, segments);
    if (!match) return errorResponse(404, "no_route", `${request.method} ${url.pathname} is not part of the contract.`);
    const idempotencyKey = request.headers.get("idempotency-key") ?? "";
    if (match.route.changesData && !idempotencyKey) return errorResponse(400, "invalid_request", "Idempotency-Key header is required.");

    let body: Body = {};
    if (request.method === "POST") {
      const parsed: unknown = await request.json().catch(() => undefined);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return errorResponse(400, "invalid_request", "Body must be a JSON object.");
      body = Object.fromEntries(Object.entries(parsed));
    }

    try {
      const result = await match.route.action(match.params, url.searchParams, body, idempotencyKey);
      if (result === null) return errorResponse(404, "not_found", "No such record.");
      return Response.json(result);
    } catch (error) {
      if (error instanceof ConnectorError) return errorResponse(STATUS_BY_CODE[error.code], error.code.replace("connector:", ""), error.message);
      throw error;
    }
  };
}

function contractRoutes({ customers, orders, scheduling, subscriptions }: Connectors): Route[] {
  const get = (path: string, action: RouteAction): Route => ({ method: "GET", pattern: path.split("/"), changesData: false, action });
  const read = (path: string, action: RouteAction): Route => ({ method: "POST", pattern: path.split("/"), changesData: false, action });
  const change = (path: string, action: RouteAction): Route => ({ method: "POST", pattern: path.split("/"), changesData: true, action });
  const at = (params: Params, index: number) => params[index] ?? "";

  return [
    get("customers", (_, query) => {
      const phone = query.get("phone");
      if (phone !== null) return customers.findCustomerByPhone(phone);
      return customers.findCustomerByEmail(query.get("email") ?? "");
    }),
    read("customers/verify", (_, __, body) => customers.verifyByOrderAndPostcode(text(body.orderNumber), text(body.postcode))),
    get("customers/:id/tier", (params) => customers.getTier(at(params, 0))),
    get("customers/:id/orders", (params, query) => orders.findCustomerOrders(at(params, 0), Number(query.get("limit") ?? "10")).then((list) => ({ orders: list }))),
    get("customers/:id/bookings", (params) => scheduling.listBookings(at(params, 0)).then((list) => ({ bookings: list }))),
    get("customers/:id/subscriptions", (params) => subscriptions.listSubscriptions(at(params, 0)).then((list) => ({ subscriptions: list }))),

    get("orders/:number", (params) => orders.getOrder(at(params, 0))),
    change("orders/:number/cancel", (params, _, __, key) => orders.cancelOrder(at(params, 0), key)),
    change("orders/:number/shipping-address", (params, _, body, key) =>
      orders.changeShippingAddress(at(params, 0), parseArgument("orders.changeShippingAddress", "address", addressSchema, body.address), key),
    ),
    change("orders/:number/returns", (params, _, body, key) =>
      orders.startReturn(at(params, 0), parseArgument("orders.startReturn", "return request", returnRequestSchema, body), key),
    ),
    get("orders/:number/refunds", (params) => orders.refundStatus(at(params, 0))),
    change("orders/:number/refunds", (params, _, body, key) => orders.requestRefund(at(params, 0), numberOf(body.amountCents), text(body.reason), key)),
    get("orders/:number/invoice", (params) => orders.sendInvoiceCopy({ orderNumber: at(params, 0) })),
    get("invoices/:number", (params) => orders.sendInvoiceCopy({ invoiceNumber: at(params, 0) })),
    get("shipping-quotes", (_, query) => orders.shippingQuote(query.get("country") ?? "", query.get("method") ?? undefined, optionalNumber(query.get("orderTotalCents")))),
    get("promo-codes/:code", (params, query) => orders.checkPromoCode(at(params, 0), query.get("country") ?? "", optionalNumber(query.get("orderTotalCents")))),

    get("slots", (_, query) => scheduling.listSlots(query.get("service") ?? "", query.get("from") ?? "", Number(query.get("days") ?? "7")).then((list) => ({ slots: list }))),
    change("bookings/:reference/reschedule", (params, _, body, key) => scheduling.rescheduleBooking(at(params, 0), text(body.slotId), key)),

    change("subscriptions/:reference/pause", (params, _, body, key) => subscriptions.pause(at(params, 0), body.until === undefined ? undefined : text(body.until), key)),
    change("subscriptions/:reference/resume", (params, _, __, key) => subscriptions.resume(at(params, 0), key)),
    change("subscriptions/:reference/plan", (params, _, body, key) => subscriptions.changePlan(at(params, 0), text(body.plan), key)),
  ];
}

function findRoute(routes: readonly Route[], method: string, segments: readonly string[]): { route: Route; params: Params } | undefined {
  for (const route of routes) {
    if (route.method !== method || route.pattern.length !== segments.length) continue;
    const params: Params = [];
    const matches = route.pattern.every((part, index) => {
      const segment = segments[index] ?? "";
      if (part.startsWith(":")) {
        params.push(segment);
        return segment.length > 0;
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return undefined;
}

// The connectors check their arguments themselves (connector:invalid_request → 400); these only
// hand over values of the right JavaScript type so that check can run.
function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function numberOf(value: unknown): number {
  return typeof value === "number" ? value : Number.NaN;
}

function optionalNumber(value: string | null): number | undefined {
  return value === null ? undefined : Number(value);
}

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}
