import { describe, expect, it } from "vitest";
import type { ArticleSnapshot } from "./article-snapshot";
import { diffArticleSnapshots } from "./diff-article-snapshots";

const base: ArticleSnapshot = {
  slug: "returns",
  title: "Returns policy",
  body: "You have 30 days.\nLabels are free.",
  status: "draft",
  locale: "en",
  regions: [],
  tags: ["returns"],
  intents: [],
  effectiveFrom: null,
  effectiveUntil: null,
};

describe("diffArticleSnapshots", () => {
  it("shows changed lines as removed + added and keeps the others", () => {
    const diff = diffArticleSnapshots(base, { ...base, body: "You have 60 days.\nLabels are free." });
    expect(diff.body).toEqual([
      { kind: "removed", value: "You have 30 days.\n" },
      { kind: "added", value: "You have 60 days.\n" },
      { kind: "same", value: "Labels are free.\n" },
    ]);
    expect(diff.fields).toEqual([]);
  });

  it("lists metadata changes as before → after", () => {
    const diff = diffArticleSnapshots(base, { ...base, status: "published", regions: ["NL", "BE"], effectiveFrom: "2026-01-01" });
    expect(diff.fields).toEqual([
      { field: "status", label: "Status", before: "draft", after: "published" },
      { field: "regions", label: "Regions", before: "—", after: "NL, BE" },
      { field: "effectiveFrom", label: "Effective from", before: "—", after: "2026-01-01" },
    ]);
    expect(diff.title).toEqual([{ kind: "same", value: "Returns policy" }]);
  });
});
