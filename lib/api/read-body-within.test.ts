import { describe, expect, it } from "vitest";
import { readBodyWithin } from "./read-body-within";

describe("readBodyWithin", () => {
  it("reads a body within the limit", async () => {
    const body = await readBodyWithin(new Request("http://x/", { method: "POST", body: "hello" }), 10);
    expect(body?.toString("utf8")).toBe("hello");
  });

  it("refuses a declared length over the limit without reading", async () => {
    const request = new Request("http://x/", { method: "POST", body: "x".repeat(20), headers: { "content-length": "20" } });
    expect(await readBodyWithin(request, 10)).toBeNull();
  });

  it("stops reading a streamed body once it passes the limit", async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(8));
      },
    });
    const request = new Request("http://x/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(await readBodyWithin(request, 100)).toBeNull();
  });
});
