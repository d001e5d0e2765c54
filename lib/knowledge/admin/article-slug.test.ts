import { describe, expect, it } from "vitest";
import { slugify } from "./article-slug";

describe("slugify", () => {
  it("keeps letters and digits, drops accents and punctuation", () => {
    expect(slugify("Returns & refunds (EU)")).toBe("returns-refunds-eu");
    expect(slugify("Délais de livraison — été 2026")).toBe("delais-de-livraison-ete-2026");
  });
  it("never returns an empty slug", () => {
    expect(slugify("???")).toBe("article");
  });
});
