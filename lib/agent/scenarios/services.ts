import type { Scenario } from "./scenario";

// Appointments and subscriptions.
export const SERVICE_SCENARIOS: readonly Scenario[] = [
  // reschedule_appointment
  {
    name: "moves an appointment to the first free time",
    covers: "reschedule_appointment",
    language: "en",
    customer: { pick: "booking" },
    turns: ["I need to move my appointment {booking}", { tap: { listRow: 1 } }, { tap: "confirm" }],
    expect: { intent: "reschedule_appointment", tools: ["list_bookings", "list_appointment_slots", "reschedule_appointment"], replyMatches: [/Which of these times/, /Done: your .+ is now on/] },
  },
  {
    name: "moves an appointment without giving the reference",
    covers: "reschedule_appointment",
    language: "de",
    customer: { pick: "booking" },
    turns: ["Kann ich meinen Termin verschieben?", { tap: { listRow: 2 } }, { tap: "confirm" }],
    expect: { intent: "reschedule_appointment", tools: ["list_bookings", "list_appointment_slots", "reschedule_appointment"], replyMatches: [/Welche dieser Zeiten/, /Erledigt: Ihr Termin/], messy: true },
  },
  {
    name: "picks a new time, then changes their mind",
    covers: "reschedule_appointment",
    language: "fr",
    customer: { pick: "booking" },
    turns: ["je voudrais décaler mon rendez-vous", { tap: { listRow: 1 } }, { tap: "decline" }],
    expect: { intent: "reschedule_appointment", tools: ["list_appointment_slots"], neverTools: ["reschedule_appointment"], replyMatches: [/je n'ai rien modifié/], messy: true },
  },
  {
    name: "moves an appointment",
    covers: "reschedule_appointment",
    language: "nl",
    customer: { pick: "booking" },
    turns: ["Ik wil mijn afspraak {booking} verzetten naar een ander moment", { tap: { listRow: 1 } }, { tap: "confirm" }],
    expect: { intent: "reschedule_appointment", tools: ["reschedule_appointment"], replyMatches: [/Klaar: je afspraak/] },
  },

  // subscription_change
  {
    name: "pauses an active subscription",
    covers: "subscription_change",
    language: "en",
    customer: { pick: "subscription", subscriptionStatus: "active" },
    turns: ["please pause my subscription", { tap: "confirm" }],
    expect: { intent: "subscription_change", tools: ["list_subscriptions", "pause_subscription"], replyMatches: [/subscription is paused/] },
  },
  {
    name: "resumes a paused subscription",
    covers: "subscription_change",
    language: "nl",
    customer: { pick: "subscription", subscriptionStatus: "paused" },
    turns: ["kunnen jullie mijn abonnement weer hervatten?", { tap: "confirm" }],
    expect: { intent: "subscription_change", tools: ["resume_subscription"], replyMatches: [/weer actief/] },
  },
  {
    name: "wants to change the subscription without saying how, then picks a plan",
    covers: "subscription_change",
    language: "de",
    customer: { pick: "subscription", subscriptionStatus: "active" },
    turns: ["Ich möchte etwas an meinem Abo ändern", { tap: { buttonTitle: /Plan wechseln/ } }, { tap: { listRow: 1 } }, { tap: "confirm" }],
    expect: { intent: "subscription_change", tools: ["change_subscription_plan"], replyMatches: [/Was möchten Sie tun/, /Erledigt: Ihr Abo ist jetzt/], messy: true },
  },
  {
    name: "asks to cancel the subscription and takes the pause offered instead",
    covers: "subscription_change",
    language: "es",
    customer: { pick: "subscription", subscriptionStatus: "active" },
    turns: ["quiero cancelar mi suscripción", { tap: { buttonTitle: /Pausarla/ } }, { tap: "confirm" }],
    expect: { intent: "subscription_change", tools: ["pause_subscription"], replyMatches: [/No puedo cancelar suscripciones/, /está en pausa/], messy: true },
  },
];
