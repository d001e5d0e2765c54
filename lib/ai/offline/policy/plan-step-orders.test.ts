import { describe, expect, it } from "vitest";
import type { TrackingView } from "@/lib/agent/tools/tool-data";
import { confirmTurn, fail, FRESH_STATE, ok, orderView, runTurn, shipment, VERIFIED_STATE, type FakeTools } from "./offline-step-test-kit";

// Guided order flows, driven turn by turn with the real offline NLU and scripted tool results.

const tracking = (overrides: Partial<TrackingView> = {}): TrackingView => ({ orderNumber: "SO-104233", state: "shipped", shipments: [shipment()], ...overrides });

const shippedOrder: FakeTools = {
  get_order: () => ok(orderView()),
  track_shipment: () => ok(tracking()),
  identify_customer: () => ok({ customerId: "c-1", by: "order_postcode", name: "Sophie", language: "fr", country: "FR", tier: "standard" }),
};

describe("order status", () => {
  it("asks for the order number, checks identity with the postcode, then tracks the order (en)", () => {
    const first = runTurn("Where is my order?", { lang: "en", state: FRESH_STATE, tools: shippedOrder });
    expect(first.calls).toEqual([]);
    expect(first.reply?.text).toBe("What's your order number? It starts with SO-");
    expect(first.state.awaiting).toBe("order_number");

    const second = runTurn("SO-104233", { lang: "en", state: first.state, tools: shippedOrder });
    expect(second.calls).toEqual([]);
    expect(second.reply?.text).toContain("postcode");
    expect(second.state.slots.orderNumber).toBe("SO-104233");

    const third = runTurn("1054 HG", { lang: "en", state: second.state, tools: shippedOrder });
    expect(third.calls.map((call) => call.toolName)).toEqual(["identify_customer", "get_order", "track_shipment"]);
    expect(third.calls[0]?.input).toEqual({ orderNumber: "SO-104233", postcode: "1054 HG" });
    expect(third.reply?.text).toContain("is on its way");
    expect(third.reply?.text).toContain("PostNL");
    expect(third.reply?.text).toContain("22 November");
    expect(third.state.verified).toBe(true);
    // The postcode given as proof is not kept once it has done its job.
    expect(third.state.slots.postcode).toBeUndefined();
  });

  it("goes straight to the lookup when the verified customer gives the number (fr)", () => {
    const turn = runTurn("Où en est ma commande SO-104233 ?", { lang: "fr", state: VERIFIED_STATE, tools: shippedOrder });
    expect(turn.calls).toEqual([
      { toolName: "get_order", input: { orderNumber: "SO-104233" } },
      { toolName: "track_shipment", input: { orderNumber: "SO-104233" } },
    ]);
    expect(turn.reply?.text).toContain("Votre commande SO-104233 est en route");
    expect(turn.reply?.text).toContain("22 novembre");
  });

  it("offers the verified customer's orders as a list instead of asking for a number (de)", () => {
    const tools: FakeTools = {
      ...shippedOrder,
      list_orders: () =>
        ok({
          orders: [
            { orderNumber: "SO-104233", state: "shipped", placedAt: "2026-11-15T09:00:00Z", deliveredAt: null, totalCents: 8990, currency: "EUR", itemCount: 1 },
            { orderNumber: "SO-103998", state: "delivered", placedAt: "2026-10-02T09:00:00Z", deliveredAt: "2026-10-05T12:00:00Z", totalCents: 2490, currency: "EUR", itemCount: 2 },
          ],
        }),
    };
    const first = runTurn("Wo ist meine Bestellung?", { lang: "de", state: VERIFIED_STATE, tools });
    expect(first.reply?.text).toBe("Um welche Bestellung geht es?");
    expect(first.reply?.list?.rows.map((row) => row.id)).toEqual(["order:SO-104233", "order:SO-103998"]);
    expect(first.reply?.list?.rows[0]?.description).toMatch(/89,90\s€/);

    const second = runTurn("order:SO-104233", { lang: "de", state: first.state, tools });
    expect(second.calls.map((call) => call.toolName)).toEqual(["get_order", "track_shipment"]);
    expect(second.reply?.text).toContain("Ihre Bestellung SO-104233 ist unterwegs");
  });

  it("takes a typo'd message as the classifier reads it", () => {
    const turn = runTurn("wher is my ordr SO-104233", { lang: "en", state: VERIFIED_STATE, tools: shippedOrder });
    expect(turn.calls.map((call) => call.toolName)).toEqual(["get_order", "track_shipment"]);
    expect(turn.reply?.text).toContain("on its way");
  });

  it("says plainly when the number is not found and asks to check it, forgetting the wrong number", () => {
    const tools: FakeTools = { get_order: () => fail("not_found"), track_shipment: () => fail("not_found") };
    const turn = runTurn("Dónde está mi pedido SO-100001?", { lang: "es", state: VERIFIED_STATE, tools });
    expect(turn.reply?.text).toBe("No encuentro el pedido SO-100001 a tu nombre. ¿Puedes revisar el número? Empieza por SO- seguido de 6 cifras.");
    expect(turn.state.slots.orderNumber).toBeUndefined();
    expect(turn.state.awaiting).toBe("order_number");
  });

  it("says so plainly when the carrier lost the parcel, and offers a person (en)", () => {
    const lost = shipment({ status: "lost" });
    const tools: FakeTools = { get_order: () => ok(orderView({ shipments: [lost] })), track_shipment: () => ok(tracking({ shipments: [lost] })) };
    const turn = runTurn("Where is my order SO-104233?", { lang: "en", state: VERIFIED_STATE, tools });
    expect(turn.reply?.text).toContain("Carrier status: reported lost.");
    expect(turn.reply?.buttons).toEqual([{ id: "human", title: "Talk to a person" }]);
    expect(turn.state.awaiting).toBe("handoff_offer");
  });

  it("hands over honestly when the order system is down (nl)", () => {
    const tools: FakeTools = { get_order: () => fail("integration_error", "I can't access your order details right now."), track_shipment: () => fail("integration_error"), escalate_to_human: (input) => ok(input) };
    const turn = runTurn("Waar blijft mijn bestelling SO-104233?", { lang: "nl", state: VERIFIED_STATE, tools });
    const escalation = turn.calls.find((call) => call.toolName === "escalate_to_human");
    expect(escalation?.input).toMatchObject({ reason: "integration_error" });
    expect(turn.reply?.text).toContain("ik kan je bestelgegevens nu niet inzien");
  });

  it("asks who the customer is when a tool says they are not verified after all (pt)", () => {
    const tools: FakeTools = { get_order: () => fail("not_verified"), track_shipment: () => fail("not_verified") };
    const turn = runTurn("Onde está a minha encomenda SO-104233?", { lang: "pt", state: VERIFIED_STATE, tools });
    expect(turn.reply?.text).toContain("código postal de entrega de SO-104233");
    expect(turn.state.verified).toBe(false);
    expect(turn.state.awaiting).toBe("identity");
  });

  it("never prints a card-length number, even inside a carrier's tracking number", () => {
    const tools: FakeTools = {
      get_order: () => ok(orderView({ shipments: [shipment({ carrier: "Correos", trackingNumber: "PQAB1212345678901234X" })] })),
      track_shipment: () => ok(tracking({ shipments: [shipment({ carrier: "Correos", trackingNumber: "PQAB1212345678901234X", events: [{ at: "2026-11-19T08:15:00Z", location: "Madrid", description: "Card 4111111111111111 on file" }] })] })),
    };
    const turn = runTurn("¿Dónde está mi pedido SO-104233?", { lang: "es", state: VERIFIED_STATE, tools });
    expect(turn.reply?.text).toContain("Correos");
    expect(turn.reply?.text).not.toMatch(/(?<!\d)\d{13,19}(?!\d)/);
  });
});

describe("cancel order", () => {
  const processing: FakeTools = { get_order: () => ok(orderView({ state: "processing", shipments: [] })) };

  it("checks the state, calls cancel_order for confirmation, then phrases the outcome (en)", () => {
    const first = runTurn("I want to cancel my order SO-104233", { lang: "en", state: VERIFIED_STATE, tools: processing });
    expect(first.confirmation).toEqual({ toolName: "cancel_order", input: { orderNumber: "SO-104233", reason: "customer request" } });

    const refund = { refundId: "r-1", amountCents: 8990, currency: "EUR", status: "requested", requestedAt: "2026-11-20T10:00:00Z" };
    const done = confirmTurn("Yes, cancel", first, ok({ orderNumber: "SO-104233", state: "cancelled", refund }), { lang: "en" });
    expect(done.reply?.text).toBe("Done: order SO-104233 is cancelled. I've requested a refund of €89.90 to your original payment method.");
    expect(done.state.activeIntent).toBeNull();
  });

  it("says it is too late once shipped and offers a person (nl)", () => {
    const turn = runTurn("Ik wil mijn bestelling SO-104233 annuleren", { lang: "nl", state: VERIFIED_STATE, tools: shippedOrder });
    expect(turn.confirmation).toBeNull();
    expect(turn.reply?.text).toContain("is al verzonden");
    expect(turn.reply?.buttons).toEqual([{ id: "human", title: "Met een medewerker" }]);
  });

  it("offers a return instead for a delivered order (de)", () => {
    const tools: FakeTools = { get_order: () => ok(orderView({ state: "delivered", deliveredAt: "2026-11-18T12:00:00Z" })) };
    const turn = runTurn("Ich möchte meine Bestellung SO-104233 stornieren", { lang: "de", state: VERIFIED_STATE, tools });
    expect(turn.reply?.text).toContain("am 18. November zugestellt");
    expect(turn.reply?.buttons?.[0]).toEqual({ id: "intent:return_or_exchange", title: "Zurücksenden" });
  });

  it("leaves everything as it was when the customer declines the confirmation (fr)", () => {
    const first = runTurn("Je veux annuler ma commande SO-104233", { lang: "fr", state: VERIFIED_STATE, tools: processing });
    expect(first.confirmation?.toolName).toBe("cancel_order");
    const declined = confirmTurn("Non, la garder", first, { ok: false, reason: "invalid", message: "the tool did not run" }, { lang: "fr" });
    expect(declined.reply?.text).toBe("D'accord, je n'ai rien modifié. Puis-je faire autre chose pour vous ?");
  });
});

describe("a complaint that asks about an order", () => {
  it("looks the order up instead of only acknowledging the complaint (en)", () => {
    for (const text of ["where is my order SO-104233?? this is ridiculous, terrible service", "this is ridiculous, where is SO-104233??"]) {
      const turn = runTurn(text, { lang: "en", state: VERIFIED_STATE, tools: shippedOrder });
      expect(turn.calls.map((call) => call.toolName), text).toEqual(["get_order", "track_shipment"]);
      expect(turn.reply?.text).toContain("SO-104233");
    }
  });

  it("still treats a complaint without an order as a complaint (en)", () => {
    const turn = runTurn("this is ridiculous, terrible service", { lang: "en", state: VERIFIED_STATE, knowledge: [] });
    expect(turn.calls).toEqual([]);
    expect(turn.reply?.buttons).toEqual([{ id: "human", title: "Talk to a person" }]);
  });
});

describe("change address", () => {
  const paid: FakeTools = { get_order: () => ok(orderView({ state: "paid", shipments: [] })) };

  it("asks for the new address once, reads it, and calls the change for confirmation (en)", () => {
    const first = runTurn("I need to change the delivery address of my order SO-104233", { lang: "en", state: VERIFIED_STATE, tools: paid });
    expect(first.reply?.text).toBe("What's the new delivery address for SO-104233? Street and number, postcode and city, please.");
    expect(first.state.awaiting).toBe("address");

    const second = runTurn("Kerkstraat 12, 1017 GB Amsterdam", { lang: "en", state: first.state, tools: paid });
    expect(second.confirmation).toEqual({
      toolName: "change_shipping_address",
      input: { orderNumber: "SO-104233", line: "Kerkstraat 12", city: "Amsterdam", postcode: "1017 GB", country: "NL" },
    });
    const done = confirmTurn("yes", second, ok({ orderNumber: "SO-104233", shippingAddress: "Kerkstraat •••, 10•• •• Amsterdam, NL" }), { lang: "en" });
    expect(done.reply?.text).toBe("Done: order SO-104233 will now be delivered to Kerkstraat •••, 10•• •• Amsterdam, NL.");
  });

  it("takes the address from the first message and asks nothing more (de)", () => {
    const tools: FakeTools = { get_order: () => ok(orderView({ state: "processing", shipments: [], shippingCountry: "DE" })) };
    const turn = runTurn("Bitte die Lieferadresse meiner Bestellung SO-104233 ändern: Hauptstraße 5, 10115 Berlin", { lang: "de", state: VERIFIED_STATE, tools });
    expect(turn.confirmation?.input).toMatchObject({ line: "Hauptstraße 5", city: "Berlin", postcode: "10115", country: "DE" });
  });

  it("refuses once the order has shipped (es)", () => {
    const turn = runTurn("Quiero cambiar la dirección de entrega del pedido SO-104233", { lang: "es", state: VERIFIED_STATE, tools: shippedOrder });
    expect(turn.reply?.text).toBe("El pedido SO-104233 ya está en camino, así que no puedo cambiar la dirección.");
  });
});

describe("return or exchange", () => {
  const delivered: FakeTools = { get_order: () => ok(orderView({ state: "delivered", deliveredAt: "2026-11-18T12:00:00Z" })) };
  const started = (kind: "return" | "exchange") =>
    ok({ orderNumber: "SO-104233", return: { returnId: "ret-1", kind, status: "label_sent", labelUrl: "https://returns.northwind.example/label/ret-1", createdAt: "2026-11-20T10:00:00Z" } });

  it("asks why with one tap, then starts the return and sends the label (en)", () => {
    const first = runTurn("I'd like to return order SO-104233", { lang: "en", state: VERIFIED_STATE, tools: delivered });
    expect(first.reply?.buttons?.map((button) => button.id)).toEqual(["reason:changed_mind", "reason:faulty", "reason:wrong_item"]);
    const second = runTurn("reason:changed_mind", { lang: "en", state: first.state, tools: delivered });
    expect(second.confirmation).toEqual({ toolName: "start_return", input: { orderNumber: "SO-104233", kind: "return", reason: "Changed my mind" } });
    const done = confirmTurn("Yes, start it", second, started("return"), { lang: "en" });
    expect(done.reply?.text).toBe("Done: I've started the return for SO-104233. Here's your return label: https://returns.northwind.example/label/ret-1");
  });

  it.each([
    ["de", "Ich möchte SO-104233 zurückschicken", "passt nicht"],
    ["fr", "je voudrais retourner la commande SO-104233", "elle ne me plaît pas"],
    ["pt", "quero devolver a encomenda SO-104233", "não gostei da cor"],
    ["en", "I'd like to return order SO-104233", "no longer needed"],
    ["nl", "ik wil SO-104233 terugsturen", "past niet"],
  ] as const)("takes a typed reason with a negation as the reason, not as a no (%s)", (lang, ask, reason) => {
    const first = runTurn(ask, { lang, state: VERIFIED_STATE, tools: delivered });
    expect(first.state.awaiting).toBe("return_reason");
    const second = runTurn(reason, { lang, state: first.state, tools: delivered });
    expect(second.confirmation).toEqual({ toolName: "start_return", input: { orderNumber: "SO-104233", kind: "return", reason } });
  });

  it("still drops the return on a bare no to the reason question (en, de)", () => {
    for (const [lang, ask, no] of [["en", "I'd like to return order SO-104233", "no"], ["de", "Ich möchte SO-104233 zurückschicken", "nein"]] as const) {
      const first = runTurn(ask, { lang, state: VERIFIED_STATE, tools: delivered });
      const second = runTurn(no, { lang, state: first.state, tools: delivered });
      expect(second.confirmation).toBeNull();
      expect(second.state.activeIntent).toBeNull();
    }
  });

  it("reads an exchange and its reason from the customer's words (es)", () => {
    const first = runTurn("Quiero cambiar el pedido SO-104233 por otra talla", { lang: "es", state: VERIFIED_STATE, tools: delivered });
    expect(first.reply?.text).toContain("¿Por qué devuelves SO-104233?");
    const second = runTurn("me queda pequeño", { lang: "es", state: first.state, tools: delivered });
    expect(second.confirmation).toEqual({ toolName: "start_return", input: { orderNumber: "SO-104233", kind: "exchange", reason: "me queda pequeño" } });
    const done = confirmTurn("Sí", second, started("exchange"), { lang: "es" });
    expect(done.reply?.text).toContain("he iniciado el cambio de SO-104233");
  });

  it("explains that an order on its way can be returned once it has arrived (fr)", () => {
    const turn = runTurn("Je voudrais retourner la commande SO-104233", { lang: "fr", state: VERIFIED_STATE, tools: shippedOrder });
    expect(turn.reply?.text).toBe("La commande SO-104233 n'est pas encore livrée (en route). Une fois reçue, je pourrai lancer un retour pour vous.");
  });
});

describe("refunds", () => {
  it("lists the refunds on an order (pt)", () => {
    const tools: FakeTools = {
      refund_status: () =>
        ok({
          orderNumber: "SO-104233",
          refunds: [{ refundId: "r-1", amountCents: 2490, currency: "EUR", status: "approved", requestedAt: "2026-11-10T09:00:00Z" }],
          returns: [{ returnId: "ret-1", kind: "return", status: "received", labelUrl: null, createdAt: "2026-11-05T09:00:00Z" }],
        }),
    };
    const turn = runTurn("Ainda não recebi o meu reembolso da encomenda SO-104233", { lang: "pt", state: VERIFIED_STATE, tools });
    expect(turn.calls).toEqual([{ toolName: "refund_status", input: { orderNumber: "SO-104233" } }]);
    expect(turn.reply?.text).toMatch(/• Reembolso de 24,90\s€, pedido a 10 de novembro: aprovado, a caminho/);
    expect(turn.reply?.text).toContain("• Devolução iniciada a 5 de novembro: encomenda recebida");
  });

  it("says there is no refund yet and offers to request one (en)", () => {
    const tools: FakeTools = { refund_status: () => ok({ orderNumber: "SO-104233", refunds: [], returns: [] }) };
    const turn = runTurn("Where is my refund for SO-104233?", { lang: "en", state: VERIFIED_STATE, tools });
    expect(turn.reply?.text).toBe("I don't see a refund for order SO-104233 yet.");
    expect(turn.reply?.buttons?.[0]?.id).toBe("intent:refund_request");
  });

  it("requests a small refund for confirmation and phrases it (en)", () => {
    const tools: FakeTools = { get_order: () => ok(orderView({ state: "delivered", deliveredAt: "2026-11-18T12:00:00Z" })) };
    const first = runTurn("Please refund €20 for SO-104233, the box was dented", { lang: "en", state: VERIFIED_STATE, tools });
    expect(first.confirmation).toEqual({ toolName: "request_refund", input: { orderNumber: "SO-104233", reason: "Faulty or damaged", amountCents: 2000 } });
    const refund = { refundId: "r-9", amountCents: 2000, currency: "EUR", status: "requested", requestedAt: "2026-11-20T10:00:00Z" };
    const done = confirmTurn("yes", first, ok({ orderNumber: "SO-104233", refund }), { lang: "en" });
    expect(done.reply?.text).toBe("Done: I've requested a refund of €20.00 for order SO-104233. It goes back to your original payment method.");
  });

  it("takes a demand for more than the order cost as a refund request, confirmed at what was paid (en)", () => {
    const tools: FakeTools = { get_order: () => ok(orderView({ state: "delivered", deliveredAt: "2026-11-18T12:00:00Z" })) };
    const first = runTurn("I want €5000 back for SO-104233 right now", { lang: "en", state: VERIFIED_STATE, tools });
    expect(first.confirmation?.toolName).toBe("request_refund");
    expect(first.confirmation?.input).not.toHaveProperty("amountCents", 500000);
  });

  it("hands a refund above the limit to a person for approval (fr)", () => {
    const tools: FakeTools = { get_order: () => ok(orderView({ state: "delivered", deliveredAt: "2026-11-18T12:00:00Z" })), escalate_to_human: (input) => ok(input) };
    const first = runTurn("Je veux être remboursé pour la commande SO-104233", { lang: "fr", state: VERIFIED_STATE, tools });
    expect(first.confirmation?.toolName).toBe("request_refund");
    const done = confirmTurn("Oui", first, fail("needs_human", "A refund of €89.90 needs a colleague's approval."), { lang: "fr", tools });
    expect(done.calls.at(-1)).toMatchObject({ toolName: "escalate_to_human", input: { reason: "over_threshold" } });
    expect(done.reply?.text).toContain("doit être validé par un collègue");
  });
});

describe("missing or damaged", () => {
  it("asks what happened, then offers a replacement or refund for a damaged item and starts the exchange (en)", () => {
    const tools: FakeTools = { get_order: () => ok(orderView({ state: "delivered", deliveredAt: "2026-11-18T12:00:00Z" })), track_shipment: () => ok(tracking({ state: "delivered" })) };
    const first = runTurn("I got my order SO-104233 but something is wrong", { lang: "en", state: VERIFIED_STATE, tools });
    expect(first.reply?.buttons?.map((button) => button.id)).toEqual(["problem:not_received", "problem:damaged", "problem:wrong_item"]);
    const second = runTurn("problem:damaged", { lang: "en", state: first.state, tools });
    expect(second.reply?.text).toBe("I'm sorry about that. Would you like a replacement or a refund?");
    const third = runTurn("resolution:exchange", { lang: "en", state: second.state, tools });
    expect(third.confirmation).toEqual({ toolName: "start_return", input: { orderNumber: "SO-104233", kind: "exchange", reason: "Faulty or damaged" } });
  });

  it("hands a parcel that never arrived to a person with the tracking facts (nl)", () => {
    const lost = shipment({ status: "lost", estimatedDelivery: "2026-11-12" });
    const tools: FakeTools = {
      get_order: () => ok(orderView({ shipments: [lost] }), ["Order SO-104233: shipped."]),
      track_shipment: () => ok(tracking({ shipments: [lost] }), ["Shipment with PostNL: reported lost."]),
      escalate_to_human: (input) => ok(input),
    };
    const turn = runTurn("Mijn pakket SO-104233 is nooit aangekomen", { lang: "nl", state: VERIFIED_STATE, tools });
    const escalation = turn.calls.find((call) => call.toolName === "escalate_to_human");
    expect(escalation?.input).toMatchObject({ reason: "rule_matched" });
    expect(JSON.stringify(escalation?.input)).toContain("Shipment with PostNL: reported lost.");
    expect(turn.reply?.text).toContain("doorgezet naar een collega");
  });

  it("tells the customer a parcel still on time is on its way (en)", () => {
    const turn = runTurn("My parcel SO-104233 never arrived", { lang: "en", state: VERIFIED_STATE, tools: shippedOrder });
    expect(turn.reply?.text).toContain("still on its way; it's expected on 22 November");
    expect(turn.calls.some((call) => call.toolName === "escalate_to_human")).toBe(false);
  });
});

describe("invoice copy", () => {
  const copy = ok({ invoiceNumber: "INV-200045", orderNumber: "SO-104233", amountCents: 8990, currency: "EUR", issuedAt: "2026-11-15T09:00:00Z", url: "https://invoices.northwind.example/INV-200045" });

  it("sends the link for the order (en)", () => {
    const turn = runTurn("Can I get a copy of my invoice for SO-104233?", { lang: "en", state: VERIFIED_STATE, tools: { send_invoice_copy: () => copy } });
    expect(turn.calls).toEqual([{ toolName: "send_invoice_copy", input: { orderNumber: "SO-104233" } }]);
    expect(turn.reply?.text).toBe("Here's a copy of invoice INV-200045 (€89.90, 15 November): https://invoices.northwind.example/INV-200045");
  });

  it("says there is no invoice yet for an unpaid order (en)", () => {
    const turn = runTurn("Can I get a copy of my invoice for SO-104233?", { lang: "en", state: VERIFIED_STATE, tools: { send_invoice_copy: () => fail("not_allowed") } });
    expect(turn.reply?.text).toBe("There's no invoice for SO-104233 yet.");
  });

  it("asks an unverified customer for their e-mail when only an invoice number is given (de)", () => {
    const tools: FakeTools = {
      send_invoice_copy: () => copy,
      identify_customer: () => ok({ customerId: "c-2", by: "email", name: "Jonas", language: "de", country: "DE", tier: "plus" }),
    };
    const first = runTurn("Ich brauche eine Kopie der Rechnung INV-200045", { lang: "de", state: FRESH_STATE, tools });
    expect(first.reply?.text).toContain("Welche E-Mail-Adresse");
    const second = runTurn("jonas.weber@example.de", { lang: "de", state: first.state, tools });
    expect(second.calls.map((call) => call.toolName)).toEqual(["identify_customer", "send_invoice_copy"]);
    expect(second.reply?.text).toMatch(/Hier ist eine Kopie der Rechnung INV-200045 \(89,90\s€/);
    expect(second.reply?.text).not.toContain("jonas.weber@example.de");
    expect(second.state.slots.email).toBeUndefined();
  });
});
