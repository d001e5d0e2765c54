import { describe, expect, test } from "vitest";
import { GRAPH_ERROR, GraphApiError, graphErrorBody, graphErrorEnvelopeSchema, renderGraphError } from "./graph-errors";

describe("graphErrorBody", () => {
  test("builds the §1 envelope for WhatsApp codes", () => {
    const body = graphErrorBody(131009, "Invalid buttons count. Min allowed buttons: 1, Max allowed buttons: 3", { subcode: 2494010 });
    expect(body).toStrictEqual({
      error: {
        message: "(#131009) Parameter value is not valid",
        type: "OAuthException",
        code: 131009,
        error_data: { messaging_product: "whatsapp", details: "Invalid buttons count. Min allowed buttons: 1, Max allowed buttons: 3" },
        error_subcode: 2494010,
        fbtrace_id: expect.stringMatching(/^[A-Za-z0-9_-]{20,27}$/),
      },
    });
    expect(graphErrorEnvelopeSchema.safeParse(body).success).toBe(true);
  });

  test("Graph-generic codes have no (#code) prefix and no error_data", () => {
    expect(graphErrorBody(104).error).toStrictEqual({
      message: "An access token is required to request this resource.",
      type: "OAuthException",
      code: 104,
      fbtrace_id: expect.any(String),
    });
    expect(graphErrorBody(190).error.message).toBe("Invalid OAuth access token - Cannot parse access token");
  });

  test("fbtrace ids are random", () => {
    expect(graphErrorBody(100).error.fbtrace_id).not.toBe(graphErrorBody(100).error.fbtrace_id);
  });

  test("renderGraphError picks the catalogue status", () => {
    expect(renderGraphError({ code: 190 }).status).toBe(401);
    expect(renderGraphError({ code: 104 }).status).toBe(400);
    expect(renderGraphError({ code: 130429 }).status).toBe(429);
    expect(renderGraphError({ code: 132001 }).status).toBe(404);
  });
});

describe("GraphApiError.fromResponse", () => {
  test("reads code, details, subcode and trace id", () => {
    const body = graphErrorBody(131047, "More than 24 hours have passed");
    const error = GraphApiError.fromResponse(400, body, new Headers());
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "GraphApiError",
      code: 131047,
      httpStatus: 400,
      title: "Re-engagement message",
      details: "More than 24 hours have passed",
      retryable: false,
      fbtraceId: body.error.fbtrace_id,
      message: "(#131047) Re-engagement message",
    });
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  test.each([
    [130429, true],
    [131056, true],
    [1, true],
    [2, true],
    [131000, true],
    [131016, true],
    [131047, false],
    [131026, false],
    [132000, false],
    [132001, false],
    [131009, false],
    [131008, false],
    [100, false],
    [190, false],
  ])("code %i retryable = %s", (code, retryable) => {
    const { status, body } = renderGraphError({ code });
    expect(GraphApiError.fromResponse(status, body).retryable).toBe(retryable);
  });

  test("Retry-After wins over the catalogue hint", () => {
    const { status, body } = renderGraphError({ code: GRAPH_ERROR.pairRateLimit });
    expect(GraphApiError.fromResponse(status, body).retryAfterSeconds).toBe(6);
    expect(GraphApiError.fromResponse(status, body, { "retry-after": "12" }).retryAfterSeconds).toBe(12);
  });

  test("unknown codes are retryable only on server-side statuses", () => {
    const body = { error: { message: "(#999999) New thing", type: "OAuthException", code: 999999 } };
    expect(GraphApiError.fromResponse(400, body).retryable).toBe(false);
    expect(GraphApiError.fromResponse(503, body).retryable).toBe(true);
  });

  test("a body that is not an envelope becomes 131000 with a preview", () => {
    const error = GraphApiError.fromResponse(502, "<html>Bad gateway</html>");
    expect(error).toMatchObject({ code: 131000, httpStatus: 502, retryable: true, details: "<html>Bad gateway</html>" });
    expect(GraphApiError.fromResponse(400, JSON.stringify(graphErrorBody(131051))).code).toBe(131051);
  });
});
