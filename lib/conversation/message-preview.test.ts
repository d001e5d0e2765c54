import { describe, expect, it } from "vitest";
import { messagePreview } from "./message-preview";

const preview = (type: string, body: string | null, extra: { caption?: string; fileName?: string } = {}) =>
  messagePreview({ type, body, caption: extra.caption ?? null, fileName: extra.fileName ?? null });

describe("messagePreview", () => {
  it("names media by caption or by what it is", () => {
    expect(preview("image", null)).toBe("Photo");
    expect(preview("image", "Dented", { caption: "Dented" })).toBe("Dented");
    expect(preview("video", null)).toBe("Video");
    expect(preview("voice", null)).toBe("Voice message");
    expect(preview("audio", "audio")).toBe("Audio");
    expect(preview("sticker", null)).toBe("Sticker");
    expect(preview("document", "invoice.pdf", { fileName: "invoice.pdf" })).toBe("Document: invoice.pdf");
    expect(preview("document", null)).toBe("Document");
  });

  it("describes places, reactions and unknown messages", () => {
    expect(preview("location", "Warehouse\nTilburg")).toBe("Location: Warehouse, Tilburg");
    expect(preview("location", null)).toBe("Location");
    expect(preview("reaction", "👍")).toBe("Reacted 👍");
    expect(preview("reaction", null)).toBe("Removed a reaction");
    expect(preview("unsupported", null)).toBe("Unsupported message");
  });

  it("keeps text on one short line", () => {
    expect(preview("text", "  Hello\n\nthere  ")).toBe("Hello there");
    const long = preview("text", "x".repeat(500));
    expect(long).toHaveLength(200);
    expect(long.endsWith("…")).toBe(true);
  });
});
