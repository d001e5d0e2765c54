import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DeliveryTicks, MessageBubble, notDeliveredText } from "./message-bubble";
import { MessageContent } from "./message-content";
import { buildConversationFixture, fixtureMessage, type FixtureName } from "./message-fixtures";
import { messagePreview, toMessageView } from "./message-view";
import { parseRichText } from "./rich-text";

const fixture = buildConversationFixture(new Date(2026, 4, 20, 18, 0));
const content = (name: FixtureName) => renderToStaticMarkup(<MessageContent message={fixture.byName[name]} />);
const bubble = (name: FixtureName, props: { currentUserId?: string } = {}) =>
  renderToStaticMarkup(<MessageBubble message={fixture.byName[name]} {...props} />);
// Visible text without tags (attributes dropped), entities decoded for the few we emit.
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

describe("text", () => {
  it("autolinks web addresses safely and keeps WhatsApp formatting", () => {
    const html = content("textWithLink");
    expect(html).toContain('<a href="https://track.example.com/ABC123" target="_blank" rel="noopener noreferrer"');
    expect(html).toContain('href="https://www.example.org/help"');
    expect(html).toContain("<strong>late</strong>");
  });

  it("escapes markup the customer typed", () => {
    const html = renderToStaticMarkup(<MessageContent message={fixtureMessage({ body: '<img src=x onerror="alert(1)"> javascript:alert(1)' })} />);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
    expect(html).not.toContain('href="javascript');
  });

  it("parses bold, italic, strike and monospace without touching links or arithmetic", () => {
    expect(parseRichText("*bold* _it_ ~gone~ ```x = 1```")).toEqual([
      { type: "bold", children: [{ type: "text", text: "bold" }] },
      { type: "text", text: " " },
      { type: "italic", children: [{ type: "text", text: "it" }] },
      { type: "text", text: " " },
      { type: "strike", children: [{ type: "text", text: "gone" }] },
      { type: "text", text: " " },
      { type: "mono", text: "x = 1" },
    ]);
    expect(parseRichText("run `npm ci` now")).toEqual([
      { type: "text", text: "run " },
      { type: "mono", text: "npm ci" },
      { type: "text", text: " now" },
    ]);
    expect(parseRichText("ask @priya.p or mail a@b.c", { highlightMentions: true })).toEqual([
      { type: "text", text: "ask " },
      { type: "mention", text: "@priya.p" },
      { type: "text", text: " or mail a@b.c" },
    ]);
    expect(parseRichText("2*3*4")).toEqual([{ type: "text", text: "2*3*4" }]);
    expect(parseRichText("see https://x.test/a_b_c")).toEqual([
      { type: "text", text: "see " },
      { type: "link", text: "https://x.test/a_b_c", href: "https://x.test/a_b_c" },
    ]);
  });
});

describe("media", () => {
  it("shows a stored image with alt text that opens full size in a new tab", () => {
    const html = content("imageStored");
    expect(html).toContain('href="/api/media/a1b2c3d4-0000-4000-8000-000000000001" target="_blank" rel="noopener noreferrer"');
    expect(html).toContain('alt="The box arrived crushed"');
    expect(html).toContain("Open full size image");
  });

  it("uses a default alt text for an image without caption", () => {
    const message = { ...fixture.byName.imagePending, media: { ...fixture.byName.imagePending.media!, status: "stored" } };
    expect(renderToStaticMarkup(<MessageContent message={message} />)).toContain('alt="Image from customer"');
  });

  it("shows pending and failed downloads", () => {
    const pending = content("imagePending");
    expect(pending).toContain('data-media-state="pending"');
    expect(textOf(pending)).toContain("Photo is still downloading");
    const failed = content("imageFailed");
    expect(failed).toContain('role="alert"');
    expect(textOf(failed)).toContain("Photo could not be downloaded: Media URL expired (Graph 131052)");
  });

  it("plays a voice note and shows its transcript", () => {
    const html = content("voiceWithTranscript");
    expect(html).toContain("<audio controls");
    expect(html).toContain('aria-label="Voice message"');
    expect(textOf(html)).toContain("Transcript Hi, it's Anna, the parcel is damaged.");
  });

  it("plays an audio file", () => {
    const html = content("audioFile");
    expect(html).toContain('aria-label="Audio"');
    expect(html).toContain('src="/api/media/a1b2c3d4-0000-4000-8000-000000000005"');
  });

  it("plays a video with its caption", () => {
    const html = content("video");
    expect(html).toContain("<video controls");
    expect(textOf(html)).toContain("Unboxing");
  });

  it("offers a document with name, size and a download link", () => {
    const html = content("document");
    expect(textOf(html)).toContain("invoice-1042.pdf");
    expect(textOf(html)).toContain("47 KB · application/pdf");
    expect(html).toContain('download="invoice-1042.pdf"');
    expect(textOf(html)).toContain("Here is the invoice");
  });

  it("shows a sticker", () => {
    expect(content("sticker")).toContain('alt="Sticker"');
  });

  it("explains an attachment the console has no file for", () => {
    const message = fixtureMessage({ direction: "outbound", sender: "agent", type: "document", body: "terms.pdf", payload: { content: { type: "media", kind: "document", mediaId: "99", fileName: "terms.pdf" } } });
    expect(textOf(renderToStaticMarkup(<MessageContent message={message} />))).toContain("Document: terms.pdf");
  });
});

describe("structured messages", () => {
  it("shows a location with coordinates and an OpenStreetMap link", () => {
    const html = content("location");
    expect(textOf(html)).toContain("Acme Store Soho 12 Greek St, London W1D 4DL");
    expect(textOf(html)).toContain("51.51360, -0.13180");
    expect(html).toContain('href="https://www.openstreetmap.org/?mlat=51.5136&amp;mlon=-0.1318');
    expect(textOf(html)).toContain("Open map");
  });

  it("shows shared contacts with phones and e-mails", () => {
    const html = content("contacts");
    expect(textOf(html)).toContain("Jane Doe Doe Ltd +44 7700 900456 jane@example.com");
    expect(html).toContain('href="tel:+447700900456"');
    expect(html).toContain('href="mailto:jane@example.com"');
  });

  it("shows a button reply and a list reply as tapped chips", () => {
    expect(textOf(content("buttonReply"))).toContain("Tapped: Replacement");
    const list = textOf(content("listReply"));
    expect(list).toContain("Tapped: 08:00–12:00");
    expect(list).toContain("Morning");
    expect(textOf(content("templateButtonTap"))).toContain("Tapped: Track my order");
  });

  it("shows the buttons and list we sent", () => {
    const buttons = content("botButtons");
    expect(textOf(buttons)).toContain("Would you like a refund or a replacement? Acme support Refund Replacement");
    expect(buttons).toContain('aria-label="Reply buttons offered"');
    const list = textOf(content("botList"));
    expect(list).toContain("Choose slot Tomorrow 08:00–12:00 Morning 13:00–17:00");
  });

  it("reads the Cloud API request form the demo seed stores", () => {
    expect(textOf(content("seededBotButtons"))).toContain("Is there anything else? Yes No, thanks");
  });

  it("shows a template with its name, language and parameters", () => {
    const html = textOf(content("template"));
    expect(html).toContain("Template order_update en");
    expect(html).toContain("{{1}} Anna {{2}} #1042");
    expect(html).toContain("TRACK");
  });

  it("reads a template from the Cloud API request form", () => {
    const message = fixtureMessage({
      direction: "outbound",
      sender: "bot",
      type: "template",
      body: "Template hello: Bo",
      payload: { type: "template", template: { name: "hello", language: { code: "de" }, components: [{ type: "body", parameters: [{ type: "text", text: "Bo" }] }] } },
    });
    expect(toMessageView(message)).toEqual({ kind: "template", name: "hello", language: "de", parameters: ["Bo"], quickReplies: [], rendered: null });
  });

  it("says when a message type cannot be shown", () => {
    const html = textOf(content("unsupported"));
    expect(html).toContain("This message type can't be shown (type poll_creation)");
    expect(html).toContain("Message type unknown");
    const unknown = fixtureMessage({ type: "poll", body: null, payload: { type: "poll" } });
    expect(textOf(renderToStaticMarkup(<MessageContent message={unknown} />))).toContain("(type poll)");
  });

  it("shows an edit with its new text", () => {
    expect(textOf(content("edit"))).toContain("Edited message Which replacement colour exactly?");
  });

  it("shows a reaction whose target is not loaded as a sentence", () => {
    expect(textOf(content("customerReaction"))).toContain("Reacted 👍 to a message that isn't loaded");
  });
});

describe("bubbles", () => {
  it("puts the customer on the left and the bot, marked, on the right", () => {
    expect(bubble("textWithLink")).toContain("justify-start");
    const bot = bubble("botGreeting");
    expect(bot).toContain("justify-end");
    expect(textOf(bot)).toMatch(/^Bot Hi! I'm the Acme assistant/);
  });

  it("names the agent who wrote a message, or You", () => {
    expect(textOf(bubble("yesterdayText"))).toMatch(/^Priya Patel /);
    expect(textOf(bubble("agentSent", { currentUserId: "7d3f4a52-5d0c-4d57-9a54-0b8f3c1e2a01" }))).toMatch(/^You /);
  });

  it("styles a private note distinctly with its label and highlighted mentions", () => {
    const html = bubble("privateNote", { currentUserId: "7d3f4a52-5d0c-4d57-9a54-0b8f3c1e2a01" });
    expect(html).toContain("bg-amber-50");
    expect(html).toContain("data-note");
    expect(textOf(html)).toContain("Private note · Priya Patel Mentions you");
    expect(html).toContain('<span data-mention="" class="');
    expect(html).toMatch(/data-mention="[^"]*"[^>]*>@Sam Lee<\/span>/);
    expect(html).toContain("<strong>refund</strong>");
    expect(html).not.toContain('role="img"');
  });

  it("centres system messages", () => {
    const html = bubble("systemEvent");
    expect(html).toContain("justify-center");
    expect(html).toContain("text-muted-foreground");
    expect(textOf(html)).toContain("Sam Lee took over the conversation");
  });

  it("shows delivery ticks per status with accessible labels", () => {
    expect(renderToStaticMarkup(<DeliveryTicks status="queued" />)).toContain('aria-label="Sending"');
    expect(renderToStaticMarkup(<DeliveryTicks status="sent" />)).toContain('aria-label="Sent"');
    expect(renderToStaticMarkup(<DeliveryTicks status="delivered" />)).toContain('aria-label="Delivered"');
    const read = renderToStaticMarkup(<DeliveryTicks status="read" />);
    expect(read).toContain('aria-label="Read"');
    expect(read).toContain("text-sky-500");
    expect(renderToStaticMarkup(<DeliveryTicks status="failed" />)).toContain("text-destructive");
    expect(bubble("agentQueued")).toContain('data-status="queued"');
    expect(bubble("agentDelivered")).toContain('aria-label="Delivered"');
    expect(bubble("textWithLink")).not.toContain("data-status");
  });

  it("explains a failed send with Meta's error", () => {
    const html = bubble("failedOutbound");
    expect(html).toContain('aria-label="Not delivered"');
    expect(textOf(html)).toContain("Not delivered: Re-engagement message (131047)");
    expect(notDeliveredText({ errorCode: null, errorTitle: null })).toBe("Not delivered");
  });

  it("quotes the original message or says it is not loaded", () => {
    const quoted = renderToStaticMarkup(<MessageBubble message={fixture.byName.quotedReply} quoted={{ found: true, message: fixture.byName.botGreeting }} />);
    expect(quoted).toContain(`href="#message-${fixture.byName.botGreeting.id}"`);
    expect(textOf(quoted)).toContain("Replying to Bot Hi! I'm the Acme assistant. How can I help?");
    const missing = renderToStaticMarkup(<MessageBubble message={fixture.byName.replyToMissing} quoted={{ found: false }} />);
    expect(textOf(missing)).toContain("Original message not loaded");
  });

  it("shows reactions under the bubble with who reacted", () => {
    const html = renderToStaticMarkup(<MessageBubble message={fixture.byName.agentDelivered} reactions={[{ emoji: "👍", by: "Anna", sender: "customer" }]} />);
    expect(html).toContain('aria-label="Reactions"');
    expect(textOf(html)).toContain("👍 from Anna");
  });
});

describe("previews", () => {
  it("summarises every kind for quotes", () => {
    expect(messagePreview(fixture.byName.voiceWithTranscript)).toBe("Voice message: Hi, it's Anna, the parcel is damaged.");
    expect(messagePreview(fixture.byName.document)).toBe("Document: Here is the invoice");
    expect(messagePreview(fixture.byName.location)).toBe("Location: Acme Store Soho");
    expect(messagePreview(fixture.byName.buttonReply)).toBe("Tapped: Replacement");
    expect(messagePreview(fixture.byName.template)).toBe("Template order_update");
  });
});
