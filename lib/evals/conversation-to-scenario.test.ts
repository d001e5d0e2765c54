import { describe, expect, it } from "vitest";
import { conversationToScenario, type TestCaseMessage, type TestCaseSource } from "./conversation-to-scenario";
import { parseScenario } from "./load-scenarios";
import { SyntheticIdentifiers } from "./synthetic-identifiers";

let clock = Date.parse("2026-11-18T10:00:00Z");
const customer = (body: string, turnId: string | null, extra: Partial<TestCaseMessage> = {}): TestCaseMessage => ({
  direction: "inbound",
  sender: "customer",
  type: "text",
  body,
  payload: {},
  turnId,
  isPrivateNote: false,
  sentAt: new Date((clock += 1000)),
  ...extra,
});
const bot = (body: string, payload: Record<string, unknown> = {}): TestCaseMessage => ({
  direction: "outbound",
  sender: "bot",
  type: Object.keys(payload).length ? "interactive" : "text",
  body,
  payload,
  turnId: null,
  isPrivateNote: false,
  sentAt: new Date((clock += 1000)),
});
const tap = (id: string, title: string, turnId: string, kind: "button_reply" | "list_reply" = "button_reply") =>
  customer(title, turnId, { type: "interactive", payload: { type: "interactive", interactive: { type: kind, [kind]: { id, title } } } });

const REAL = {
  name: "Maria Jansen",
  email: "maria.jansen@gmail.com",
  waId: "31612345678",
  postcode: "1012 AB",
  address: "Keizersgracht 123",
};

function source(patch: Partial<TestCaseSource> = {}): TestCaseSource {
  return {
    conversationId: "0f9c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
    createdAt: new Date("2026-11-18T09:59:00Z"),
    language: "en",
    intent: "cancel_order",
    contact: { name: REAL.name, profileName: "Maria", waId: REAL.waId, email: REAL.email, tier: "standard" },
    shopCustomer: null,
    orderStates: { "SO-100234": "paid" },
    messages: [
      customer(`Hi, I'm Maria Jansen, please cancel order SO-100234. My email is ${REAL.email}`, "t1"),
      bot("Cancel order SO-100234?", { interactive: { type: "button", action: { buttons: [{ reply: { id: "confirm:a1", title: "Yes, cancel" } }] } } }),
      tap("confirm:a1", "Yes, cancel", "t2"),
      customer("Also my other order so100999 and call me on +31 6 1234 5678 or +31612345678 or 06-12345678", "t3"),
      customer("card 4111 1111 1111 1111, postcode 1012 AB, iban NL91ABNA0417164300", "t3"),
      customer("again: SO-100234, maria.jansen@gmail.com, 4111111111111111, 1012AB", "t4"),
      customer("Pick one", "t5", { type: "interactive", payload: { interactive: { type: "list_reply", list_reply: { id: "row:SO-100999", title: "SO-100999" } } } }),
      customer("see photo", null, { type: "image", body: null, payload: { image: { caption: "broken, Maria" } } }),
      customer("", null, { type: "location", body: null }),
    ],
    turns: [
      { id: "t1", intent: "cancel_order", startedAt: new Date(), toolCalls: [{ toolCallId: "1", toolName: "get_order", input: { orderNumber: "SO-100234" }, status: "executed", durationMs: 1 }, { toolCallId: "2", toolName: "cancel_order", input: { orderNumber: "SO-100234" }, status: "awaiting_confirmation", durationMs: 1 }] },
      { id: "t2", intent: null, startedAt: new Date(), toolCalls: [{ toolCallId: "3", toolName: "cancel_order", input: { orderNumber: "SO-100234" }, status: "executed", durationMs: 1 }, { toolCallId: "4", toolName: "reply_with_buttons", input: {}, status: "executed", durationMs: 1 }] },
    ],
    handoffReasons: [],
    ...patch,
  };
}

const REAL_VALUES = [REAL.email, "Maria", "Jansen", "SO-100234", "100234", "so100999", "100999", "12345678", "4111", "1012", "NL91ABNA0417164300", "Keizersgracht"];

describe("conversationToScenario", () => {
  it("turns the customer's side into turns, taps and bursts, with a synthetic unlinked persona", () => {
    const { scenario, fileName, notes } = conversationToScenario(source());
    expect(fileName).toBe("inbox-2026-11-18-0f9c1a2b.json");
    expect(scenario.intent).toBe("cancel_order");
    expect(scenario.language).toBe("en");
    expect(scenario.persona).toMatchObject({ linked: false });
    if (scenario.persona.linked) throw new Error("expected an unlinked persona");
    expect(scenario.persona.waId).toMatch(/^3197\d{8}$/);
    expect(scenario.persona.name).not.toContain("Maria");
    expect(scenario.turns).toHaveLength(6);
    expect(scenario.turns[1]).toEqual({ tap: "confirm" });
    expect(scenario.turns[2]).toHaveProperty("burst");
    expect(scenario.turns[4]).toEqual({ tap: { listRowTitle: "SO-900002" } });
    expect(scenario.turns[5]).toEqual({ text: expect.stringMatching(/^broken, [A-Z][a-z]+$/) });
    expect(scenario.messy).toEqual(["burst"]);
    expect(scenario.expect).toEqual({ intent: "cancel_order", tools: ["get_order", "cancel_order"], handoff: null, dataChange: "confirmed" });
    expect(notes.join(" ")).toContain("without text");
  });

  it("leaves no real identifier anywhere in the scenario", () => {
    const json = JSON.stringify(conversationToScenario(source()).scenario);
    for (const value of REAL_VALUES) expect(json.toLowerCase()).not.toContain(value.toLowerCase());
    expect(json).not.toContain(REAL.waId);
  });

  it("replaces the same real value by the same fake one, however it was typed", () => {
    const { scenario } = conversationToScenario(source());
    const texts = scenario.turns.flatMap((turn) => ("text" in turn ? [turn.text] : "burst" in turn ? turn.burst : []));
    const first = texts[0]!;
    const again = texts.at(-2)!;
    const order = /SO-\d{6}/.exec(first)![0];
    const email = /\S+@example\.com/.exec(first)![0];
    expect(again).toContain(order);
    expect(again).toContain(email);
    const burst = texts.slice(1, 3).join(" ");
    const card = /4000(?: \d{4}){3}/.exec(burst)![0];
    expect(again).toContain(card);
    const postcode = /\b9\d{3} ZZ\b/.exec(burst)![0];
    // "1012AB" (typed without the space) is the same postcode.
    expect(again).toContain(postcode);
    // Two different real orders get two different fakes.
    const other = /SO-\d{6}/.exec(burst)![0];
    expect(other).not.toBe(order);
    // Both spellings of the same phone number map to one fake.
    const phones = burst.match(/\+31 6 \d{4} \d{4}/g) ?? [];
    expect(phones).toHaveLength(3);
    expect(phones[1]).toBe(phones[0]);
  });

  it("validates against the scenario schema as a file", () => {
    const { scenario } = conversationToScenario(source());
    const parsed = parseScenario(JSON.stringify(scenario, null, 2));
    expect(parsed.ok).toBe(true);
  });

  it("links the persona to a demo customer with an order in the same state and uses placeholders", () => {
    const { scenario } = conversationToScenario(
      source({ shopCustomer: { name: REAL.name, email: REAL.email, phone: REAL.waId, postcode: REAL.postcode, addressLine: REAL.address, tier: "standard" }, contact: { name: REAL.name, profileName: null, waId: REAL.waId, email: null, tier: "plus" } }),
    );
    expect(scenario.persona).toEqual({ linked: true, name: expect.not.stringContaining("Maria"), customer: { pick: "order_in_state", state: "paid" } });
    expect(scenario.setup).toEqual({ contactTier: "plus" });
    const first = scenario.turns[0];
    expect(first && "text" in first ? first.text : "").toBe("Hi, I'm {name}, please cancel order {order}. My email is {email}");
    const json = JSON.stringify(scenario);
    for (const value of REAL_VALUES) expect(json.toLowerCase()).not.toContain(value.toLowerCase());
    expect(parseScenario(JSON.stringify(scenario)).ok).toBe(true);
  });

  it("prefills the handoff reason and a typed yes to a confirmation", () => {
    const base = source();
    const { scenario } = conversationToScenario({
      ...base,
      messages: [base.messages[0]!, base.messages[1]!, customer("yes please go ahead", "t2")],
      handoffReasons: ["customer_requested_human"],
    });
    expect(scenario.turns[1]).toEqual({ text: "yes please go ahead", means: "yes" });
    expect(scenario.expect.handoff).toBe("customer_requested_human");
  });

  it("files a conversation without an intent under unclassified", () => {
    const { scenario, notes } = conversationToScenario(source({ intent: null, turns: [] }));
    expect(scenario.intent).toBe("unclassified");
    expect(scenario.expect).toEqual({ handoff: null, dataChange: "none" });
    expect(notes.join(" ")).toContain("unclassified");
  });

  it("refuses a conversation with nothing the customer said", () => {
    expect(() => conversationToScenario(source({ messages: [bot("Hello")] }))).toThrow(/no customer message/);
  });
});

describe("SyntheticIdentifiers", () => {
  it("keeps dates, amounts and short numbers, and replaces identifiers of every kind", () => {
    const synthetic = new SyntheticIdentifiers({ seed: "x" });
    expect(synthetic.replace("on 2026-11-18 or 18/11/2026 I paid 12,50 for 2 items, 3 days")).toBe("on 2026-11-18 or 18/11/2026 I paid 12,50 for 2 items, 3 days");
    const out = synthetic.replace("BK-10023 SUB-10077 INV-100345, 75001, 1234-567, SW1A 1AA, 0612345678, 5500 0000 0000 0004");
    expect(out).toBe("BK-90001 SUB-90001 INV-900001, 90001, 9000-002, ZZ9Z 3ZZ, +31 6 1000 0001, 4000 0000 0000 0010");
    expect(synthetic.counts).toMatchObject({ booking: 1, subscription: 1, invoice: 1, postcode: 3, phone: 1, card: 1 });
  });
});
