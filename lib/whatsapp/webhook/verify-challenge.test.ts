import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { verifySubscription } from "./verify-challenge";

const VERIFY_TOKEN = "my-verify-token";

describe("verifySubscription", () => {
  test("answers Meta's handshake with the challenge", () => {
    const params = new URLSearchParams("hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=my-verify-token");
    expect(verifySubscription(params, VERIFY_TOKEN)).toStrictEqual({ ok: true, challenge: "1158201444" });
  });

  test("returns a non-numeric challenge unchanged", () => {
    const params = new URLSearchParams({ "hub.mode": "subscribe", "hub.challenge": "a1B2-c3", "hub.verify_token": VERIFY_TOKEN });
    expect(verifySubscription(params, VERIFY_TOKEN)).toStrictEqual({ ok: true, challenge: "a1B2-c3" });
  });

  test.each([
    ["a wrong token of the same length", "my-verify-tokeN", "verify_token_mismatch"],
    ["a shorter token", "my-verify", "verify_token_mismatch"],
    ["a longer token", "my-verify-token-and-more", "verify_token_mismatch"],
    ["an empty token", "", "missing_verify_token"],
  ])("rejects %s", (_name, token, reason) => {
    const params = new URLSearchParams({ "hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": token });
    expect(verifySubscription(params, VERIFY_TOKEN)).toStrictEqual({ ok: false, reason });
  });

  test("rejects a request without a token", () => {
    const params = new URLSearchParams({ "hub.mode": "subscribe", "hub.challenge": "1158201444" });
    expect(verifySubscription(params, VERIFY_TOKEN)).toStrictEqual({ ok: false, reason: "missing_verify_token" });
  });

  test.each([
    ["another mode", "unsubscribe"],
    ["an empty mode", ""],
  ])("rejects %s", (_name, mode) => {
    const params = new URLSearchParams({ "hub.mode": mode, "hub.challenge": "1158201444", "hub.verify_token": VERIFY_TOKEN });
    expect(verifySubscription(params, VERIFY_TOKEN)).toStrictEqual({ ok: false, reason: "invalid_mode" });
  });

  test("rejects a request without a mode", () => {
    const params = new URLSearchParams({ "hub.challenge": "1158201444", "hub.verify_token": VERIFY_TOKEN });
    expect(verifySubscription(params, VERIFY_TOKEN)).toStrictEqual({ ok: false, reason: "invalid_mode" });
  });

  test("rejects a request without a challenge", () => {
    const params = new URLSearchParams({ "hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN });
    expect(verifySubscription(params, VERIFY_TOKEN)).toStrictEqual({ ok: false, reason: "missing_challenge" });
  });

  test("refuses to run with an empty configured token", () => {
    const params = new URLSearchParams({ "hub.mode": "subscribe", "hub.challenge": "1", "hub.verify_token": "" });
    expect(() => verifySubscription(params, "")).toThrow(AppError);
  });
});
