// The one line the inbox shows for a message: its text, or for media and other non-text messages
// what a person would call it ("Photo", "Voice message", "Document: invoice.pdf").

export type PreviewSource = { type: string; body: string | null; caption: string | null; fileName: string | null };

const MAX_LENGTH = 200;

const LABELS: Record<string, string> = {
  contacts: "Contact card",
  order: "Order",
  unsupported: "Unsupported message",
};

export function messagePreview(source: PreviewSource): string {
  return truncate(describe(source));
}

function describe({ type, body, caption, fileName }: PreviewSource): string {
  const text = body?.trim() || null;
  switch (type) {
    case "image":
      return caption?.trim() || "Photo";
    case "video":
      return caption?.trim() || "Video";
    case "document":
      return caption?.trim() || (fileName ? `Document: ${fileName}` : "Document");
    // Outbound media bodies hold a file name or the kind; the label reads better.
    case "audio":
      return "Audio";
    case "voice":
      return "Voice message";
    case "sticker":
      return "Sticker";
    case "location":
      return text ? `Location: ${text.replace(/\s*\n\s*/g, ", ")}` : "Location";
    case "reaction":
      return text ? `Reacted ${text}` : "Removed a reaction";
    default:
      return text ?? LABELS[type] ?? type;
  }
}

function truncate(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}
