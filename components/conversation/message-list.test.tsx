import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageList } from "./message-list";
import { buildConversationFixture } from "./message-fixtures";
import { buildTimeline } from "./timeline";

const now = new Date(2026, 4, 20, 18, 0);
const fixture = buildConversationFixture(now);
const { byName } = fixture;
const html = renderToStaticMarkup(<MessageList messages={fixture.messages} turns={fixture.turns} now={now} customerName="Anna" currentUserId={byName.agentSent.author?.id} />);
const items = buildTimeline(fixture.messages, fixture.turns, { now, customerName: "Anna" });
const keys = items.map((item) => item.key);
const indexOf = (key: string) => {
  const index = keys.indexOf(key);
  expect(index, key).toBeGreaterThanOrEqual(0);
  return index;
};
const textOf = (markup: string) => markup.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("MessageList", () => {
  it("renders an ordered, labelled list of every message", () => {
    expect(html).toMatch(/^<ol aria-label="Conversation"/);
    for (const message of fixture.messages) {
      if (message.type === "reaction") continue;
      expect(html, message.type).toContain(`id="message-${message.id}"`);
    }
  });

  it("separates days with Today, Yesterday and a date", () => {
    const days = items.filter((item) => item.kind === "day").map((item) => item.label);
    expect(days).toHaveLength(3);
    expect(days[0]).toMatch(/2026/);
    expect(days.slice(1)).toEqual(["Yesterday", "Today"]);
    expect(indexOf(`message-${byName.oldText.id}`)).toBeLessThan(indexOf(`message-${byName.yesterdayText.id}`));
    expect(html).toContain("data-day-separator");
  });

  it("attaches reactions to the message they react to instead of showing bubbles", () => {
    expect(html).not.toContain(`id="message-${byName.customerReaction.id}"`);
    expect(html).not.toContain(`id="message-${byName.agentReaction.id}"`);
    const target = items.find((item) => item.key === `message-${byName.agentDelivered.id}`);
    expect(target?.kind === "message" && target.reactions).toEqual([{ emoji: "👍", by: "Anna", sender: "customer" }]);
    const image = items.find((item) => item.key === `message-${byName.imageStored.id}`);
    expect(image?.kind === "message" && image.reactions).toEqual([{ emoji: "❤️", by: "Sam Lee", sender: "agent" }]);
    expect(textOf(html)).toContain("👍 from Anna");
  });

  it("shows You for the signed-in person's reaction and drops a removed reaction", () => {
    const removal = { ...byName.customerReaction, id: "removal", sentAt: new Date(now.getTime() - 1000).toISOString(), body: null, payload: { reaction: { message_id: byName.agentDelivered.waMessageId } } };
    const list = buildTimeline([...fixture.messages, removal], [], { now, currentUserId: byName.agentReaction.author?.id });
    const target = list.find((item) => item.key === `message-${byName.agentDelivered.id}`);
    expect(target?.kind === "message" && target.reactions).toEqual([]);
    const image = list.find((item) => item.key === `message-${byName.imageStored.id}`);
    expect(image?.kind === "message" && image.reactions[0]?.by).toBe("You");
  });

  it("keeps a reaction to a message that is not loaded in the stream", () => {
    const list = buildTimeline([byName.customerReaction], [], { now });
    expect(list.map((item) => item.kind)).toEqual(["day", "message"]);
  });

  it("quotes the original of a reply, or says it is not loaded", () => {
    const quoted = items.find((item) => item.key === `message-${byName.quotedReply.id}`);
    expect(quoted?.kind === "message" && quoted.quoted).toEqual({ found: true, message: byName.botGreeting });
    expect(html).toContain(`href="#message-${byName.botGreeting.id}"`);
    const missing = items.find((item) => item.key === `message-${byName.replyToMissing.id}`);
    expect(missing?.kind === "message" && missing.quoted).toEqual({ found: false });
    expect(html).toContain("Original message not loaded");
    // A button reply quotes the buttons it answered.
    const tapped = items.find((item) => item.key === `message-${byName.buttonReply.id}`);
    expect(tapped?.kind === "message" && tapped.quoted).toEqual({ found: true, message: byName.botButtons });
  });

  it("places each agent turn after the customer messages it answered", () => {
    const [answered, failed] = fixture.turns;
    const turnIndex = indexOf(`turn-${answered!.id}`);
    expect(turnIndex).toBe(indexOf(`message-${byName.contacts.id}`) + 1);
    expect(turnIndex).toBeLessThan(indexOf(`message-${byName.botButtons.id}`));
    expect(indexOf(`turn-${failed!.id}`)).toBe(indexOf(`message-${byName.buttonReply.id}`) + 1);
  });

  it("places a turn without loaded customer messages before the bot's reply", () => {
    const turn = { ...fixture.turns[0]!, id: "orphan", startedAt: new Date(Date.parse(byName.botList.sentAt) - 1000).toISOString() };
    const list = buildTimeline(fixture.messages.filter((message) => message.turnId === null), [turn], { now });
    const orphan = list.findIndex((item) => item.key === "turn-orphan");
    expect(list[orphan + 1]?.key).toBe(`message-${byName.botList.id}`);
  });

  it("renders the tool timeline collapsed with intent, confidence, outcome and each call", () => {
    const timeline = html.slice(html.indexOf(`data-turn-id="${fixture.turns[0]!.id}"`));
    expect(html).toMatch(/<details data-turn-id=/);
    const text = textOf(timeline.slice(0, timeline.indexOf("</details>")));
    expect(text).toContain("intent order_damaged");
    expect(text).toContain("confidence 87%");
    expect(text).toContain("outcome replied");
    expect(text).toContain("3 tool calls (1 failed)");
    expect(text).toContain("get_order Executed 182 ms");
    expect(text).toContain('Input {"orderNumber":"1042"}'.replace(/"/g, "&quot;"));
    expect(text).toContain('Output {"state":"delivered","items":2}'.replace(/"/g, "&quot;"));
    expect(text).toContain("cancel_order Awaiting confirmation");
    expect(text).toContain("list_bookings Failed 5.0 s");
    expect(timeline).toMatch(/text-destructive[^>]*>.*Connector timed out after 5000 ms/s);
    const failedTurn = html.slice(html.indexOf(`data-turn-id="${fixture.turns[1]!.id}"`));
    const failedText = textOf(failedTurn.slice(0, failedTurn.indexOf("</details>")));
    expect(failedText).toContain("0 tool calls Failed");
    expect(failedText).toContain("Model call failed: rate limited No tools were called.");
    expect(failedTurn).toMatch(/role="alert" class="[^"]*text-destructive/);
  });

  it("marks bot messages and shows system events and notes in place", () => {
    expect(html).toMatch(new RegExp(`id="message-${byName.botGreeting.id}"[^]*?Bot</span>`));
    expect(textOf(html)).toContain("Sam Lee took over the conversation");
    expect(textOf(html)).toContain("Private note");
  });

  it("says when there is nothing to show", () => {
    expect(renderToStaticMarkup(<MessageList messages={[]} turns={[]} />)).toContain("No messages yet.");
  });
});
