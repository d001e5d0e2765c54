import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { SIGNATURE_VECTOR } from "./fixtures/signature-vector";
import { signWebhookBody, verifyWebhookSignature } from "./verify-signature";

const { appSecret, body, header, reserializedHex } = SIGNATURE_VECTOR;
const rawBody = Buffer.from(body, "utf8");

describe("verifyWebhookSignature", () => {
  test("accepts the reference test vector (escaped non-ASCII, emoji and slashes)", () => {
    expect(verifyWebhookSignature(rawBody, header, appSecret)).toStrictEqual({ ok: true });
  });

  test("accepts a plain Uint8Array as well as a Buffer", () => {
    const bytes = new Uint8Array(new TextEncoder().encode(body));
    expect(verifyWebhookSignature(bytes, header, appSecret)).toStrictEqual({ ok: true });
  });

  test("accepts upper-case hex, which encodes the same digest", () => {
    const upper = `sha256=${header.slice("sha256=".length).toUpperCase()}`;
    expect(verifyWebhookSignature(rawBody, upper, appSecret)).toStrictEqual({ ok: true });
  });

  test.each([
    ["no header", null],
    ["an empty header", ""],
    ["a blank header", "   "],
  ])("reports a missing signature for %s", (_name, value) => {
    expect(verifyWebhookSignature(rawBody, value, appSecret)).toStrictEqual({ ok: false, reason: "missing_signature" });
  });

  test.each([
    ["no sha256= prefix", header.slice("sha256=".length)],
    ["another algorithm", `sha1=${header.slice("sha256=".length)}`],
    ["a short digest", header.slice(0, -1)],
    ["a long digest", `${header}00`],
    ["non-hex characters", `sha256=${"z".repeat(64)}`],
  ])("reports a malformed signature for %s", (_name, value) => {
    expect(verifyWebhookSignature(rawBody, value, appSecret)).toStrictEqual({ ok: false, reason: "malformed_signature" });
  });

  test("rejects a signature made with another secret", () => {
    const forged = signWebhookBody(rawBody, "someone-elses-secret");
    expect(verifyWebhookSignature(rawBody, forged, appSecret)).toStrictEqual({ ok: false, reason: "signature_mismatch" });
  });

  test("rejects a body with one byte changed", () => {
    const tampered = Buffer.from(rawBody);
    const index = tampered.indexOf("wamid.TEST");
    tampered[index + "wamid.".length] = "X".charCodeAt(0);
    expect(verifyWebhookSignature(tampered, header, appSecret)).toStrictEqual({ ok: false, reason: "signature_mismatch" });
  });

  test("rejects the body re-serialised with JSON.stringify: only the received bytes verify", () => {
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(body)), "utf8");
    expect(reserialised.toString("utf8")).toContain("Zoë");
    expect(signWebhookBody(reserialised, appSecret)).toBe(`sha256=${reserializedHex}`);
    expect(verifyWebhookSignature(reserialised, header, appSecret)).toStrictEqual({
      ok: false,
      reason: "signature_mismatch",
    });
  });

  test("refuses to run with an empty app secret", () => {
    expect(() => verifyWebhookSignature(rawBody, header, "")).toThrow(AppError);
    expect(() => signWebhookBody(rawBody, "")).toThrow("The WhatsApp app secret is empty.");
  });
});

describe("signWebhookBody", () => {
  test("produces the reference header for the reference body", () => {
    expect(signWebhookBody(rawBody, appSecret)).toBe(header);
  });

  test("signs a string as its UTF-8 bytes", () => {
    expect(signWebhookBody(body, appSecret)).toBe(header);
  });

  test("round-trips with verifyWebhookSignature", () => {
    const payload = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
    expect(verifyWebhookSignature(payload, signWebhookBody(payload, "s3cret"), "s3cret")).toStrictEqual({ ok: true });
  });
});
