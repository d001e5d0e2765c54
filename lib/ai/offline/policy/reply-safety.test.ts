import { describe, expect, it } from "vitest";
import { LANGS } from "../nlu/lang";
import { fail, FRESH_STATE, ok, orderView, runTurn, shipment, VERIFIED_STATE, type FakeTools } from "./offline-step-test-kit";
import type { OfflineState } from "./types";

// Whatever customers type and whatever tools return, no reply, button or list row carries a run of
// 13 to 19 digits (the shape of a payment card number), and no full e-mail address is echoed.

const CARD_LIKE = /(?<!\d)\d{13,19}(?!\d)|(?<!\d)(?:\d{4}[ -]){3}\d{1,7}(?!\d)/;
const EMAIL = "jan.de.vries@example.nl";

const leakyTools: FakeTools = {
  identify_customer: () => ok({ customerId: "c-9", by: "email", name: "Jan", language: "nl", country: "NL", tier: "standard" }),
  list_orders: () => ok({ orders: [{ orderNumber: "SO-104233", state: "delivered", placedAt: "2026-11-01T09:00:00Z", deliveredAt: "2026-11-03T09:00:00Z", totalCents: 8990, currency: "EUR", itemCount: 1 }] }),
  get_order: () => ok(orderView({ state: "delivered", deliveredAt: "2026-11-03T09:00:00Z", shipments: [shipment({ trackingNumber: "3232123456789012345678901234", status: "delivered", events: [{ at: "2026-11-03T09:00:00Z", location: "Card 5500005555555559", description: `Signed by ${EMAIL}` }] })] })),
  track_shipment: () => ok({ orderNumber: "SO-104233", state: "delivered", shipments: [shipment({ trackingNumber: "PQAB1212345678901234X" })] }),
  refund_status: () => ok({ orderNumber: "SO-104233", refunds: [], returns: [] }),
  escalate_to_human: (input) => ok(input),
  search_knowledge: () => ok([]),
  check_promo_code: ({ code }) => ok({ valid: false, code, problem: "unknown_code" }),
  list_subscriptions: () => ok({ subscriptions: [] }),
  list_bookings: () => ok({ bookings: [] }),
  send_invoice_copy: () => fail("integration_error"),
};

const MESSAGES = [
  "my card 4111 1111 1111 1111 was charged twice for order SO-104233",
  "4111111111111111",
  "4111-1111-1111-1111 please refund",
  `my email is ${EMAIL}`,
  "Where is my order SO-104233?",
  "I'd like to return order SO-104233",
  "My promo code 4111111111111111 doesn't work",
  "The item in order SO-104233 is damaged",
  "Can I get a copy of my invoice for SO-104233?",
  "Where is my refund for SO-104233?",
];

describe("reply safety", () => {
  it.each(LANGS)("never writes a card-like number or a full e-mail (%s)", (lang) => {
    for (const start of [FRESH_STATE, VERIFIED_STATE]) {
      let state: OfflineState = start;
      for (const message of MESSAGES) {
        const turn = runTurn(message, { lang, state, tools: leakyTools, knowledge: [] });
        const shown = [turn.reply?.text ?? "", ...(turn.reply?.buttons ?? []).map((button) => button.title), ...(turn.reply?.list?.rows ?? []).flatMap((row) => [row.title, row.description ?? ""])].join("\n");
        expect(shown, message).not.toMatch(CARD_LIKE);
        expect(shown, message).not.toContain(EMAIL);
        expect(JSON.stringify(turn.state), message).not.toMatch(CARD_LIKE);
        for (const call of turn.calls.filter((candidate) => candidate.toolName === "escalate_to_human")) expect(JSON.stringify(call.input)).not.toMatch(CARD_LIKE);
        state = turn.state;
      }
    }
  });
});
