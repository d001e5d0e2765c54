import { describe, expect, test } from "vitest";
import { checkMediaUpload, mimeEssence } from "./media-limits";

describe("checkMediaUpload", () => {
  test("applies the §5 table", () => {
    expect(checkMediaUpload("image/jpeg", 5 * 1024 * 1024)).toStrictEqual({ ok: true, kind: "image" });
    expect(checkMediaUpload("image/jpeg", 5 * 1024 * 1024 + 1)).toMatchObject({ ok: false, reason: "too_large" });
    expect(checkMediaUpload("audio/ogg; codecs=opus", 1000)).toStrictEqual({ ok: true, kind: "audio" });
    expect(checkMediaUpload("image/webp", 600 * 1024)).toMatchObject({ ok: false, reason: "too_large" });
    expect(checkMediaUpload("image/gif", 10)).toMatchObject({ ok: false, reason: "unsupported_type" });
    expect(checkMediaUpload("application/pdf", 99 * 1024 * 1024)).toStrictEqual({ ok: true, kind: "document" });
  });

  test("mimeEssence drops parameters and case", () => {
    expect(mimeEssence("Audio/OGG; codecs=opus")).toBe("audio/ogg");
  });
});
