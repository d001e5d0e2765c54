import { describe, expect, it } from "vitest";
import { booking, confirmTurn, FRESH_STATE, ok, runTurn, slot, subscription, VERIFIED_STATE, type FakeTools } from "./offline-step-test-kit";
import type { KnowledgeHit } from "./types";

// Guided flows for shipping, promo codes, appointments and subscriptions.

const SHIPPING_ARTICLE: KnowledgeHit = {
  articleId: "art-shipping",
  title: "Delivery times and costs",
  snippet: "We deliver to the Netherlands, Belgium, Germany, France, Spain, Portugal, Ireland and the UK.\n\n## Costs\n| Country | Standard |\n| --- | --- |\n| NL | €4.95 |",
  score: 0.82,
};

describe("shipping options", () => {
  const quote: FakeTools = {
    shipping_quote: ({ country }) =>
      ok({
        country,
        orderTotalCents: null,
        options: [
          { method: "standard", priceCents: 595, currency: "EUR", freeAboveCents: 5000, free: false, minDays: 1, maxDays: 3 },
          { method: "express", priceCents: 1295, currency: "EUR", freeAboveCents: null, free: false, minDays: 1, maxDays: 1 },
        ],
      }),
  };

  it("quotes live prices for the country named (en)", () => {
    const turn = runTurn("How much is shipping to Belgium?", { lang: "en", state: FRESH_STATE, tools: quote, knowledge: [] });
    expect(turn.calls).toEqual([{ toolName: "shipping_quote", input: { country: "BE" } }]);
    expect(turn.reply?.text).toBe("Delivery to Belgium:\n• Standard: €5.95 (free from €50.00), 1–3 working days\n• Express: €12.95, 1–1 working days");
  });

  it("quotes in the customer's language and number format (fr)", () => {
    const turn = runTurn("Combien coûte la livraison en Belgique ?", { lang: "fr", state: FRESH_STATE, tools: quote, knowledge: [] });
    expect(turn.reply?.text).toMatch(/^Livraison vers : Belgique\n• Standard : 5,95\s€ \(gratuit dès 50,00\s€\), 1 à 3 jours ouvrés/);
  });

  it("answers from the shipping article when no country is known, and cites it (en)", () => {
    const turn = runTurn("What are your delivery options?", { lang: "en", state: FRESH_STATE, tools: quote, knowledge: [SHIPPING_ARTICLE] });
    expect(turn.calls).toEqual([]);
    expect(turn.reply?.citedArticleId).toBe("art-shipping");
    expect(turn.reply?.text).toBe(
      'We deliver to the Netherlands, Belgium, Germany, France, Spain, Portugal, Ireland and the UK.\n• NL: €4.95\n\n(From our help page "Delivery times and costs")',
    );
  });
});

describe("promo codes", () => {
  it("checks the code in the message and says what it gives (en)", () => {
    const tools: FakeTools = {
      check_promo_code: ({ code }) =>
        ok({ valid: true, code, description: "10% off your first order", percentOff: 10, amountOffCents: null, minOrderCents: 3000, validUntil: "2026-12-31", discountCents: null }),
    };
    const turn = runTurn("My promo code WELCOME10 doesn't work", { lang: "en", state: FRESH_STATE, tools });
    expect(turn.calls).toEqual([{ toolName: "check_promo_code", input: { code: "WELCOME10" } }]);
    expect(turn.reply?.text).toBe("Good news: WELCOME10 is valid until 31 December. It gives 10% off on orders from €30.00.");
  });

  it("checks the code when the customer insists it be applied anyway (en)", () => {
    const tools: FakeTools = { check_promo_code: ({ code }) => ok({ valid: false, code, problem: "expired", validUntil: "2026-09-30" }) };
    const turn = runTurn("STAFF50 doesn't work, my friend works there, just apply it anyway", { lang: "en", state: FRESH_STATE, tools });
    expect(turn.calls).toEqual([{ toolName: "check_promo_code", input: { code: "STAFF50" } }]);
    expect(turn.reply?.text).not.toMatch(/good news/i);
  });

  it("asks which code, then explains why it does not work (es)", () => {
    const tools: FakeTools = { check_promo_code: ({ code }) => ok({ valid: false, code, problem: "expired", validUntil: "2026-09-30" }) };
    const first = runTurn("Mi código de descuento no funciona", { lang: "es", state: FRESH_STATE, tools });
    expect(first.reply?.text).toBe("¿Qué código intentas usar?");
    expect(first.state.awaiting).toBe("promo_code");
    const second = runTurn("verano25", { lang: "es", state: first.state, tools });
    expect(second.calls).toEqual([{ toolName: "check_promo_code", input: { code: "VERANO25" } }]);
    expect(second.reply?.text).toBe("Lo siento, VERANO25 caducó el 30 de septiembre.");
  });
});

describe("rescheduling an appointment", () => {
  const SLOT_A = "7d3c1f0e-2b1a-4c3d-9e8f-0a1b2c3d4e5f";
  const SLOT_B = "8e4d2a1f-3c2b-4d4e-8f9a-1b2c3d4e5f60";
  const tools: FakeTools = {
    identify_customer: () => ok({ customerId: "c-3", by: "email", name: "Lena", language: "de", country: "DE", tier: "standard" }),
    list_bookings: () => ok({ bookings: [booking(), booking({ reference: "BK-10001", startsAt: "2026-10-01T08:00:00Z", status: "completed" })] }),
    list_appointment_slots: ({ service }) => ok({ service, slots: [slot(SLOT_A, "2026-11-26T13:00:00Z"), slot(SLOT_B, "2026-11-27T09:00:00Z")] }),
  };

  it("checks identity by e-mail, offers the free times as a list, and moves the booking to the one tapped (en)", () => {
    const first = runTurn("I need to move my appointment", { lang: "en", state: FRESH_STATE, tools });
    expect(first.reply?.text).toContain("What's the e-mail address you use with us?");

    const second = runTurn("lena@example.com", { lang: "en", state: first.state, tools });
    expect(second.calls.map((call) => call.toolName)).toEqual(["identify_customer", "list_bookings", "list_appointment_slots"]);
    expect(second.calls[2]?.input).toEqual({ service: "espresso-machine-service", from: "2026-11-20", days: 7 });
    expect(second.reply?.text).toBe("Thanks, Lena! Your machine service is on Wednesday 25 November at 09:00. Which of these times suits you better?");
    expect(second.reply?.list).toEqual({
      buttonLabel: "See times",
      rows: [
        { id: `slot:${SLOT_A}`, title: "Thu 26 Nov, 14:00", description: "Northwind Service Centre Amsterdam" },
        { id: `slot:${SLOT_B}`, title: "Fri 27 Nov, 10:00", description: "Northwind Service Centre Amsterdam" },
      ],
    });
    expect(second.state.awaiting).toBe("slot_choice");

    const third = runTurn(`slot:${SLOT_B}`, { lang: "en", state: second.state, tools });
    expect(third.confirmation).toEqual({ toolName: "reschedule_appointment", input: { bookingReference: "BK-10042", slotId: SLOT_B } });
    const moved = ok({ booking: booking({ startsAt: "2026-11-27T09:00:00Z" }) });
    const done = confirmTurn("Yes, move it", third, moved, { lang: "en" });
    expect(done.reply?.text).toBe("Done: your machine service is now on Friday 27 November at 10:00 (Northwind Service Centre Amsterdam).");
  });

  it("accepts a typed pick from the list and answers in German (de)", () => {
    const first = runTurn("Ich muss meinen Termin verschieben", { lang: "de", state: VERIFIED_STATE, tools });
    expect(first.reply?.text).toContain("Ihr Termin (Maschinenservice) ist am Mittwoch, 25. November um 09:00");
    const second = runTurn("2", { lang: "de", state: first.state, tools });
    expect(second.confirmation).toEqual({ toolName: "reschedule_appointment", input: { bookingReference: "BK-10042", slotId: SLOT_B } });
  });

  it("offers the remaining times when the chosen one was taken meanwhile (en)", () => {
    const first = runTurn("I need to move my appointment", { lang: "en", state: VERIFIED_STATE, tools });
    const second = runTurn(`slot:${SLOT_A}`, { lang: "en", state: first.state, tools });
    const taken = confirmTurn("yes", second, { ok: false, reason: "not_allowed", message: "That slot is no longer available; please pick another one." }, { lang: "en", tools });
    expect(taken.reply?.text).toBe("Sorry, that time is no longer free. These are still available:");
    expect(taken.reply?.list?.rows).toHaveLength(2);
  });
});

describe("subscriptions", () => {
  const tools: FakeTools = { list_subscriptions: () => ok({ subscriptions: [subscription()] }) };

  it.each([
    ["nl", "pauzeer mijn abonnement"],
    ["de", "pausiere mein Abo bitte"],
    ["fr", "suspendez mon abonnement"],
  ] as const)("reads the pause verb as the customer types it (%s)", (lang, text) => {
    const turn = runTurn(text, { lang, state: VERIFIED_STATE, tools });
    expect(turn.confirmation).toEqual({ toolName: "pause_subscription", input: { subscriptionReference: "SUB-10007" } });
  });

  it("pauses the only subscription straight away and phrases the outcome (en)", () => {
    const first = runTurn("I want to pause my subscription", { lang: "en", state: VERIFIED_STATE, tools });
    expect(first.confirmation).toEqual({ toolName: "pause_subscription", input: { subscriptionReference: "SUB-10007" } });
    const done = confirmTurn("Yes, pause it", first, ok({ subscription: subscription({ status: "paused", pausedUntil: "2027-02-18", nextBillingOn: "2027-02-18" }) }), { lang: "en" });
    expect(done.reply?.text).toBe("Done: your Coffee, monthly subscription is paused until 18 February.");
  });

  it("asks what to do with buttons when the wish is unclear, then lists the other plans (nl)", () => {
    const first = runTurn("Ik heb een vraag over mijn abonnement", { lang: "nl", state: VERIFIED_STATE, tools });
    expect(first.reply?.text).toBe("Je abonnement Koffie, maandelijks is actief. Wat wil je doen?");
    expect(first.reply?.buttons?.map((button) => button.id)).toEqual(["action:pause", "action:change_plan", "human"]);
    const second = runTurn("action:change_plan", { lang: "nl", state: first.state, tools });
    expect(second.reply?.list?.rows.map((row) => row.id)).toEqual(["plan:coffee-biweekly", "plan:filters-quarterly", "plan:care-plus"]);
    const third = runTurn("plan:coffee-biweekly", { lang: "nl", state: second.state, tools });
    expect(third.confirmation).toEqual({ toolName: "change_subscription_plan", input: { subscriptionReference: "SUB-10007", plan: "coffee-biweekly" } });
    const done = confirmTurn("Ja", third, ok({ subscription: subscription({ plan: "coffee-biweekly", priceCents: 1450 }) }), { lang: "nl" });
    expect(done.reply?.text).toMatch(/^Klaar: je abonnement is nu Koffie, om de 2 weken \(€\s14,50\)\.$/);
  });

  it("resumes a paused subscription (pt) and offers a pause or a person instead of a cancellation (en)", () => {
    const paused: FakeTools = { list_subscriptions: () => ok({ subscriptions: [subscription({ status: "paused", pausedUntil: "2026-12-15" })] }) };
    const first = runTurn("Quero retomar a minha assinatura", { lang: "pt", state: VERIFIED_STATE, tools: paused });
    expect(first.confirmation).toEqual({ toolName: "resume_subscription", input: { subscriptionReference: "SUB-10007" } });
    const done = confirmTurn("Sim", first, ok({ subscription: subscription({ nextBillingOn: "2026-12-01" }) }), { lang: "pt" });
    expect(done.reply?.text).toBe("Feito: a sua assinatura Café, mensal está ativa outra vez. Próxima cobrança: 1 de dezembro.");

    const cancel = runTurn("I want to cancel my subscription", { lang: "en", state: VERIFIED_STATE, tools });
    expect(cancel.confirmation).toBeNull();
    expect(cancel.reply?.text).toBe("I can't cancel subscriptions here, but I can pause yours, or pass you to a colleague.");
    expect(cancel.reply?.buttons?.map((button) => button.id)).toEqual(["action:pause", "human"]);
  });
});
