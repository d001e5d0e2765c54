import { describe, expect, it } from "vitest";
import { articleAvailability } from "./article-availability";

describe("articleAvailability", () => {
  const today = "2026-06-15";
  it("is live only when published and inside its dates (both ends inclusive)", () => {
    expect(articleAvailability({ status: "published", effectiveFrom: null, effectiveUntil: null }, today)).toBe("live");
    expect(articleAvailability({ status: "published", effectiveFrom: today, effectiveUntil: today }, today)).toBe("live");
    expect(articleAvailability({ status: "published", effectiveFrom: "2026-06-16", effectiveUntil: null }, today)).toBe("scheduled");
    expect(articleAvailability({ status: "published", effectiveFrom: null, effectiveUntil: "2026-06-14" }, today)).toBe("expired");
  });
  it("drafts and archived articles are never live, whatever their dates", () => {
    expect(articleAvailability({ status: "draft", effectiveFrom: null, effectiveUntil: null }, today)).toBe("draft");
    expect(articleAvailability({ status: "archived", effectiveFrom: null, effectiveUntil: null }, today)).toBe("archived");
  });
});
