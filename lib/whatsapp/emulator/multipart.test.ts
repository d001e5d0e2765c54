import { describe, expect, test } from "vitest";
import { multipartFields, parseMultipartFormData } from "./multipart";

describe("parseMultipartFormData", () => {
  test("reads what FormData produces, binary bytes intact", async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0x00, 0x0d, 0x0a, 0x2d, 0x2d, 0xff, 0xd9]);
    const form = new FormData();
    form.set("messaging_product", "whatsapp");
    form.set("type", "image/jpeg");
    form.set("file", new Blob([bytes], { type: "image/jpeg" }), 'box "damaged".jpg');
    const request = new Request("http://x.invalid/", { method: "POST", body: form });
    const body = Buffer.from(await request.arrayBuffer());

    const parsed = parseMultipartFormData(body, request.headers.get("content-type") ?? undefined);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const file = parsed.parts.find((part) => part.name === "file");
    expect(file?.contentType).toBe("image/jpeg");
    expect(file?.fileName).toBe('box "damaged".jpg');
    expect(Buffer.compare(file?.data ?? Buffer.alloc(0), Buffer.from(bytes))).toBe(0);
    expect(Object.fromEntries(multipartFields(parsed.parts))).toStrictEqual({ messaging_product: "whatsapp", type: "image/jpeg" });
  });

  test("handles a quoted boundary and a body without a leading CRLF", () => {
    const body = Buffer.from('--a b\r\nContent-Disposition: form-data; name="x"\r\n\r\nhello\r\n--a b--\r\n');
    const parsed = parseMultipartFormData(body, 'multipart/form-data; boundary="a b"');
    expect(parsed).toStrictEqual({ ok: true, parts: [{ name: "x", data: Buffer.from("hello") }] });
  });

  test("rejects what is not multipart or is cut short", () => {
    expect(parseMultipartFormData(Buffer.from("{}"), "application/json")).toStrictEqual({ ok: false, reason: "not_multipart" });
    expect(parseMultipartFormData(Buffer.from(""), "multipart/form-data")).toStrictEqual({ ok: false, reason: "missing_boundary" });
    const truncated = Buffer.from('--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nhel');
    expect(parseMultipartFormData(truncated, "multipart/form-data; boundary=b")).toStrictEqual({ ok: false, reason: "malformed" });
  });
});
