import { beforeAll, describe, expect, it } from "vitest";
import { computeTurnSignals } from "@/lib/agent/escalation/compute-turn-signals";
import type { TurnSignals } from "@/lib/agent/escalation/turn-signals";
import { createIntentClassifier, type IntentClassifier } from "@/lib/ai/offline/nlu/classifier";
import { DEFAULT_INTENT_EXAMPLES } from "@/lib/ai/offline/nlu/default-intent-examples";
import { buildHandoffPacket, type HandoffPacketInput } from "./build-handoff-packet";
import { packetCompleteness } from "./packet-completeness";

let classifier: IntentClassifier;
beforeAll(() => {
  classifier = createIntentClassifier(DEFAULT_INTENT_EXAMPLES);
});

const signalsOf = (text: string): TurnSignals => computeTurnSignals([text], { classifier, now: new Date("2026-03-03T10:00:00Z") });
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence !== "");

const CARD = "4111 1111 1111 1111";

const dutchDamagedParcel = (): HandoffPacketInput => {
  const customerMessages = ["Mijn waterkoker van bestelling SO-104233 is kapot aangekomen", `Ik wil een vervanging. Betaald met kaart ${CARD}`, "Ik wil een medewerker spreken"];
  return {
    reason: "customer_requested_human",
    signals: signalsOf(customerMessages[2]!),
    customerMessages,
    identifiers: [
      { kind: "phone", value: "+31612345678", verified: true },
      { kind: "order_number", value: "SO-104233", verified: true },
      { kind: "customer_email", value: "sanne@example.nl", verified: false },
    ],
    toolCalls: [
      { toolName: "get_order", input: { orderNumber: "SO-104233" }, ok: true, summary: "Delivered on 2 March; 1 item (Kettle Pro)" },
      { toolName: "reply_with_buttons", input: { text: "Wat wil je?", buttons: [] }, ok: true, summary: "" },
      { toolName: "track_shipment", input: { orderNumber: "SO-104233" }, ok: false, summary: "carrier service timed out" },
    ],
    linksSent: ["https://northwind.example/returns", "https://northwind.example/returns "],
    language: "nl",
    intent: "missing_or_damaged",
    customerName: "Sanne de Vries",
  };
};

describe("buildHandoffPacket", () => {
  it("hands a Dutch damaged-parcel case over with everything an agent needs", () => {
    const packet = buildHandoffPacket(dutchDamagedParcel());

    expect(packet.reason).toBe("customer_requested_human");
    expect(packet.requestedResolution).toBe("replacement");
    expect(packet.identifiers).toEqual([
      { kind: "phone", value: "+31612345678", verified: true },
      { kind: "order_number", value: "SO-104233", verified: true },
      { kind: "customer_email", value: "sanne@example.nl", verified: false },
    ]);
    expect(packet.stepsTried).toEqual([
      { step: "Looked up order SO-104233", result: "Delivered on 2 March; 1 item (Kettle Pro)" },
      { step: "Read the carrier tracking for order SO-104233", result: "Failed: carrier service timed out" },
    ]);
    expect(packet.linksSent).toEqual(["https://northwind.example/returns"]);
    expect(packet.suggestedAction).toBe("Check the carrier claim for SO-104233 and send a replacement.");
  });

  it("summarises in two or three English sentences", () => {
    const packet = buildHandoffPacket(dutchDamagedParcel());
    expect(packet.summary).toBe(
      "Sanne de Vries wrote about a missing or damaged item (SO-104233) and wants a replacement. " +
        "The bot looked up order SO-104233 (done); read the carrier tracking for order SO-104233 (failed). " +
        "Handed over because the customer asked for a person; the customer sounds neutral.",
    );
    expect(sentences(packet.summary).length).toBeGreaterThanOrEqual(2);
    expect(sentences(packet.summary).length).toBeLessThanOrEqual(3);
  });

  it("drafts the reply in Dutch, by first name, naming the order", () => {
    const { draftReply } = buildHandoffPacket(dutchDamagedParcel());
    expect(draftReply.startsWith("Hallo Sanne,\n")).toBe(true);
    expect(draftReply).toContain("je bestelling SO-104233");
    expect(draftReply).toContain("je hoeft niets te herhalen");
    expect(draftReply).not.toMatch(/\b(the|your|order)\b/);
  });

  it("never carries a full card number, in the quote, the draft or anywhere else", () => {
    const input = dutchDamagedParcel();
    const packet = buildHandoffPacket({ ...input, identifiers: [...input.identifiers, { kind: "card_number", value: CARD, verified: false }] });
    const everything = JSON.stringify(packet);
    expect(everything).not.toContain(CARD);
    expect(everything.replace(/\D/g, "")).not.toContain("4111111111111111");
    expect(packet.customerAsked).toContain("**** **** **** 1111");
    expect(packet.identifiers.find((identifier) => identifier.kind === "card_number")?.value).toBe("**** **** **** 1111");
  });

  it("adds references the customer only wrote as stated, not verified", () => {
    const signals = signalsOf("Waar blijft bestelling SO-200002? En ook SO-200003");
    const packet = buildHandoffPacket({
      reason: "failed_lookups",
      signals,
      customerMessages: [signals.text],
      identifiers: [{ kind: "order_number", value: "SO-200002", verified: true }],
      toolCalls: [],
      linksSent: [],
      language: "nl",
      intent: "order_status",
    });
    expect(packet.identifiers).toEqual([
      { kind: "order_number", value: "SO-200002", verified: true },
      { kind: "order_number", value: "SO-200003", verified: false },
    ]);
    expect(packet.suggestedAction).toMatch(/^The bot could not find the customer's records/);
    expect(packet.draftReply).toContain("je bestelling SO-200002 en je bestelling SO-200003");
  });

  it("makes a legal threat with an injury urgent, safety first, in English", () => {
    const signals = signalsOf("My lawyer will contact you about order SO-123456, the kettle burned my hand");
    const packet = buildHandoffPacket({
      reason: "high_risk_topic",
      signals,
      customerMessages: [signals.text],
      identifiers: [],
      toolCalls: [],
      linksSent: [],
      language: "en",
      intent: "complaint",
      customerName: "Olivia Smith",
    });
    expect(signals.highRiskTopics).toEqual(["legal_threat", "medical"]);
    expect(packet.urgency).toBe("high");
    expect(packet.summary).toContain("a legal threat and a possible injury or health risk");
    expect(packet.suggestedAction).toMatch(/^Check that the customer is safe/);
    expect(packet.suggestedAction).toContain("Do not admit liability");
    expect(packet.draftReply).toMatch(/^Hi Olivia,\nFirst of all: if anyone is hurt/);
    expect(packet.draftReply).toContain("your order SO-123456");
  });

  it("suggests a carrier claim for a damaged parcel when the customer did not choose an outcome", () => {
    const signals = signalsOf("My parcel SO-123456 arrived damaged");
    const packet = buildHandoffPacket({
      reason: "rule_matched",
      signals,
      customerMessages: [signals.text],
      identifiers: [],
      toolCalls: [],
      linksSent: [],
      language: "en",
      intent: "missing_or_damaged",
    });
    expect(packet.requestedResolution).toBe("replacement or refund");
    expect(packet.suggestedAction).toBe("Check the carrier claim for SO-123456 and offer a replacement or refund.");
  });

  it.each([
    ["fr", "Je veux être remboursé pour la commande SO-300001", "refund", "Bonjour,\n", "votre commande SO-300001"],
    ["de", "Bitte stornieren Sie Bestellung SO-300002", "cancellation", "Hallo,\n", "Ihre Bestellung SO-300002"],
    ["es", "Quiero cambiar la dirección del pedido SO-300003", "address change", "Hola,\n", "tu pedido SO-300003"],
    ["pt", "Quero reagendar a marcação BK-12345", "reschedule", "Olá,\n", "a sua marcação BK-12345"],
  ] as const)("reads the wanted outcome and drafts in %s", (language, text, resolution, greeting, reference) => {
    const signals = signalsOf(text);
    const intent = signals.intent === "out_of_scope" ? "human_request" : signals.intent;
    const packet = buildHandoffPacket({ reason: "customer_requested_human", signals, customerMessages: [text], identifiers: [], toolCalls: [], linksSent: [], language, intent });
    expect(packet.requestedResolution).toBe(resolution);
    expect(packet.draftReply.startsWith(greeting)).toBe(true);
    expect(packet.draftReply).toContain(reference);
  });

  it("asks what the customer needs when they asked for a person first thing", () => {
    const signals = signalsOf("human please");
    const packet = buildHandoffPacket({ reason: "customer_requested_human", signals, customerMessages: ["human please"], identifiers: [], toolCalls: [], linksSent: [], language: "de", intent: "human_request" });
    expect(packet.requestedResolution).toBe("human contact");
    expect(packet.summary).toMatch(/^The customer asked to speak to a person\./);
    expect(packet.suggestedAction).toBe("Greet the customer and ask what they need help with; the bot had not found out yet.");
    expect(packet.draftReply).toContain("Wie kann ich Ihnen helfen?");
    expect(packetCompleteness(packet)).toEqual({ hasIdentifiers: false, hasSteps: false, hasSuggestedAction: true, complete: false });
  });

  it("apologises to an unhappy customer", () => {
    const signals = signalsOf("This is ridiculous, still no parcel. Worst service ever!");
    const packet = buildHandoffPacket({ reason: "negative_sentiment", signals, customerMessages: [signals.text], identifiers: [{ kind: "order_number", value: "SO-104233", verified: true }], toolCalls: [], linksSent: [], language: "en", intent: "order_status" });
    expect(packet.sentiment).toBe("negative");
    expect(packet.suggestedAction).toBe("Apologise for the experience first, then: check the carrier tracking for SO-104233 and give the customer an expected delivery date.");
    expect(packet.draftReply).toContain("I'm sorry for the trouble this has caused.");
  });

  it("quotes only the newest messages when they are long", () => {
    const input = dutchDamagedParcel();
    const long = "a".repeat(280);
    const packet = buildHandoffPacket({ ...input, customerMessages: ["oldest message", long, "Ik wil een medewerker spreken"] });
    expect(packet.customerAsked).not.toContain("oldest message");
    expect(packet.customerAsked.length).toBeLessThan(360);
  });

  it("is deterministic", () => {
    expect(buildHandoffPacket(dutchDamagedParcel())).toEqual(buildHandoffPacket(dutchDamagedParcel()));
  });
});

describe("packetCompleteness", () => {
  it("is complete with identifiers, steps and a suggested action", () => {
    expect(packetCompleteness(buildHandoffPacket(dutchDamagedParcel()))).toEqual({ hasIdentifiers: true, hasSteps: true, hasSuggestedAction: true, complete: true });
  });
});
