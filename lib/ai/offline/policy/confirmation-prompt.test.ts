import { describe, expect, it } from "vitest";
import { CHANGE_TOOLS } from "@/lib/agent/tool-catalogue";
import { LANGS } from "../nlu/lang";
import { confirmationPrompt } from "./confirmation-prompt";
import { disclosureLine } from "./disclosure-line";

const SLOT = "8e4d2a1f-3c2b-4d4e-8f9a-1b2c3d4e5f60";

type ChangeTool =
  | "cancel_order"
  | "change_shipping_address"
  | "start_return"
  | "request_refund"
  | "reschedule_appointment"
  | "pause_subscription"
  | "resume_subscription"
  | "change_subscription_plan";

const INPUTS: Record<ChangeTool, object> = {
  cancel_order: { orderNumber: "SO-123456", reason: "customer request" },
  change_shipping_address: { orderNumber: "SO-123456", line: "Kerkstraat 12", city: "Amsterdam", postcode: "1017 GB", country: "NL" },
  start_return: { orderNumber: "SO-123456", kind: "return", reason: "Faulty or damaged" },
  request_refund: { orderNumber: "SO-123456", amountCents: 2000, reason: "Dented box" },
  reschedule_appointment: { bookingReference: "BK-10042", slotId: SLOT },
  pause_subscription: { subscriptionReference: "SUB-10007", until: "2027-01-15" },
  resume_subscription: { subscriptionReference: "SUB-10007" },
  change_subscription_plan: { subscriptionReference: "SUB-10007", plan: "care-plus" },
};

describe("confirmation prompts", () => {
  it("covers every change tool of the catalogue", () => {
    expect([...CHANGE_TOOLS].sort()).toEqual(Object.keys(INPUTS).sort());
  });

  it("names the exact change in every language, with short button titles", () => {
    for (const lang of LANGS) {
      for (const tool of Object.keys(INPUTS) as ChangeTool[]) {
        const prompt = confirmationPrompt(tool, INPUTS[tool], lang, [`Slot ${SLOT}: 2026-11-27T09:00:00.000Z (27 Nov 2026, 10:00) at Amsterdam.`]);
        expect(prompt.confirmTitle.length, `${lang} ${tool}`).toBeLessThanOrEqual(20);
        expect(prompt.cancelTitle.length, `${lang} ${tool}`).toBeLessThanOrEqual(20);
        expect(prompt.confirmTitle).not.toBe(prompt.cancelTitle);
        const reference = "orderNumber" in INPUTS[tool] ? "SO-123456" : "bookingReference" in INPUTS[tool] ? "BK-10042" : "SUB-10007";
        expect(prompt.text, `${lang} ${tool}`).toContain(reference);
      }
    }
  });

  it("reads as the brief asks in English, and in the customer's language", () => {
    expect(confirmationPrompt("cancel_order", INPUTS.cancel_order, "en")).toEqual({ text: "Cancel order SO-123456? This can't be undone.", confirmTitle: "Yes, cancel", cancelTitle: "No, keep it" });
    expect(confirmationPrompt("cancel_order", INPUTS.cancel_order, "fr")).toEqual({ text: "Annuler la commande SO-123456 ? Cette action est définitive.", confirmTitle: "Oui, annuler", cancelTitle: "Non, la garder" });
    expect(confirmationPrompt("cancel_order", INPUTS.cancel_order, "de").text).toBe("Bestellung SO-123456 stornieren? Das kann nicht rückgängig gemacht werden.");
    expect(confirmationPrompt("cancel_order", INPUTS.cancel_order, "nl").text).toBe("Bestelling SO-123456 annuleren? Dit kan niet ongedaan worden gemaakt.");
    expect(confirmationPrompt("cancel_order", INPUTS.cancel_order, "es").text).toBe("¿Cancelar el pedido SO-123456? No se puede deshacer.");
    expect(confirmationPrompt("cancel_order", INPUTS.cancel_order, "pt").text).toBe("Cancelar a encomenda SO-123456? Não é possível desfazer.");
  });

  it("shows the new address, the amount in the order's currency, the new time, the plan and the reason in the customer's words", () => {
    expect(confirmationPrompt("change_shipping_address", INPUTS.change_shipping_address, "en").text).toBe("Change the delivery address of SO-123456 to Kerkstraat 12, 1017 GB Amsterdam?");
    expect(confirmationPrompt("request_refund", INPUTS.request_refund, "en", ["Order SO-123456: delivered, £89.90."]).text).toBe("Request a refund of £20.00 for order SO-123456?");
    expect(confirmationPrompt("request_refund", { orderNumber: "SO-123456", reason: "x y" }, "de").text).toBe("Volle Erstattung für die Bestellung SO-123456 beantragen?");
    expect(confirmationPrompt("reschedule_appointment", INPUTS.reschedule_appointment, "en", [`Slot ${SLOT}: 2026-11-27T09:00:00.000Z at Amsterdam.`]).text).toBe(
      "Move appointment BK-10042 to Friday 27 November at 10:00?",
    );
    expect(confirmationPrompt("reschedule_appointment", INPUTS.reschedule_appointment, "en").text).toBe("Move appointment BK-10042 to the time you picked?");
    expect(confirmationPrompt("change_subscription_plan", INPUTS.change_subscription_plan, "es").text).toBe("¿Cambiar la suscripción SUB-10007 a Care Plus?");
    expect(confirmationPrompt("pause_subscription", INPUTS.pause_subscription, "nl").text).toBe("Abonnement SUB-10007 pauzeren tot 15 januari?");
    expect(confirmationPrompt("start_return", INPUTS.start_return, "fr").text).toBe("Lancer un retour pour SO-123456 ? Motif : Défectueux/abîmé");
  });

  it("falls back to a plain question for input it cannot read, and never repeats a card number", () => {
    expect(confirmationPrompt("cancel_order", { orderNumber: "123" }, "en").text).toBe("Shall I go ahead with this change?");
    const prompt = confirmationPrompt("start_return", { orderNumber: "SO-123456", kind: "return", reason: "charged twice on 4111111111111111" }, "en");
    expect(prompt.text).not.toMatch(/(?<!\d)\d{13,19}(?!\d)/);
    expect(prompt.text).toContain("•••• 1111");
  });
});

describe("disclosure", () => {
  it("says the assistant is automated and how to reach a person, in every language", () => {
    expect(disclosureLine("en")).toBe("I'm the automated assistant of Northwind Home. Type 'agent' at any time to reach a person.");
    expect(disclosureLine("fr")).toBe("Je suis l'assistant automatique de Northwind Home. Écrivez « conseiller » à tout moment pour parler à une personne.");
    for (const lang of LANGS) expect(disclosureLine(lang, "Acme")).toContain("Acme");
  });
});
