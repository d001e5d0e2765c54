import type { EscalationRule, escalationRules, Language, RuleAction, RuleCondition } from "@/lib/db/schema";
import { DAY, type Clock } from "./clock";
import { deterministicUuid, type Rng } from "./random";
import type { TeamSlug } from "./staff";

// The default escalation rules an admin starts from. They are ordered most specific and most
// risky first, so that a VIP customer who threatens legal action reaches Legal, not VIP Care.
// Teams are named by slug (stable across installs), not by id.

// What the bot says when the team is offline; also quoted in the after-hours demo conversation.
export const AFTER_HOURS_MESSAGES: Record<Language, string> = {
  en: "Our team is offline right now (Mon–Fri 08:00–18:00, Sat 10:00–14:00, Amsterdam time). I can keep helping you here, and if a colleague is needed they will reply as soon as we open.",
  nl: "Ons team is nu offline (ma–vr 08:00–18:00, za 10:00–14:00). Ik help je hier graag verder, en als er een collega nodig is, reageert die zodra we open zijn.",
  fr: "Notre équipe est actuellement hors ligne (lun.–ven. 08:00–18:00, sam. 10:00–14:00, heure de Paris). Je peux continuer à vous aider ici ; si un conseiller est nécessaire, il vous répondra dès l'ouverture.",
  de: "Unser Team ist gerade nicht erreichbar (Mo–Fr 08:00–18:00, Sa 10:00–14:00 Uhr). Ich helfe Ihnen hier gern weiter; falls ein Kollege nötig ist, meldet er sich, sobald wir geöffnet haben.",
  es: "Nuestro equipo no está disponible ahora (lun.–vie. 08:00–18:00, sáb. 10:00–14:00, hora peninsular). Puedo seguir ayudándote aquí y, si hace falta una persona, te responderá en cuanto abramos.",
  pt: "A nossa equipa está offline neste momento (seg.–sex. 07:00–17:00, sáb. 09:00–13:00, hora de Lisboa). Posso continuar a ajudar aqui e, se for preciso um colega, ele responde assim que abrirmos.",
};

type RuleSource = { name: string; condition: RuleCondition; action: RuleAction & { handToTeam?: TeamSlug } };

const RULES: readonly RuleSource[] = [
  {
    name: "Payment disputes, fraud and account takeover go to Billing",
    condition: { kind: "topic_in", topics: ["payment_dispute", "chargeback", "fraud", "account_takeover", "financial_advice"] },
    action: { handToTeam: "billing", setPriority: "urgent", addLabels: ["high-risk"], handover: true },
  },
  {
    name: "Legal threats and health or safety incidents go to Legal",
    condition: { kind: "topic_in", topics: ["legal_threat", "medical"] },
    action: { handToTeam: "legal", setPriority: "urgent", addLabels: ["high-risk"], handover: true },
  },
  {
    name: "Mentions of a lawyer go to Legal",
    condition: { kind: "keyword", keywords: ["lawyer", "solicitor", "avocat", "anwalt", "rechtsanwalt", "advocaat", "abogado", "advogado"] },
    action: { handToTeam: "legal", setPriority: "urgent", addLabels: ["legal"], handover: true },
  },
  {
    name: "Customer asks for a person",
    condition: { kind: "explicit_human_request" },
    action: { handToTeam: "support", addLabels: ["human-requested"], handover: true },
  },
  {
    name: "VIP customers go to VIP Care",
    condition: { kind: "tier_in", tiers: ["vip"] },
    action: { handToTeam: "vip", setPriority: "high", addLabels: ["vip"], handover: true },
  },
  {
    name: "Two negative messages in a row",
    condition: { kind: "negative_sentiment", consecutive: 2 },
    action: { handToTeam: "support", setPriority: "high", addLabels: ["unhappy-customer"], handover: true },
  },
  {
    name: "Still unsure after one clarifying question",
    condition: { kind: "confidence_below", threshold: 0.45 },
    action: { handToTeam: "support", addLabels: ["low-confidence"], handover: true },
  },
  {
    name: "Three failed lookups",
    condition: { kind: "failed_lookups", atLeast: 3 },
    action: { handToTeam: "support", addLabels: ["lookup-failed"], handover: true },
  },
  {
    name: "A system the bot needs is unavailable",
    condition: { kind: "integration_error" },
    action: { handToTeam: "support", addLabels: ["integration-error"], handover: true },
  },
  {
    name: "Outside business hours: the bot keeps helping",
    condition: { kind: "outside_business_hours" },
    action: {
      addLabels: ["after-hours"],
      handover: false,
      messageToCustomer: AFTER_HOURS_MESSAGES,
    },
  },
];

export function buildRules(rng: Rng, clock: Clock): (typeof escalationRules.$inferInsert)[] {
  const createdAt = clock.minutesAgo(300 * DAY);
  return RULES.map((rule, index) => ({
    id: deterministicUuid(rng),
    name: rule.name,
    position: index + 1,
    enabled: true,
    condition: rule.condition,
    action: rule.action,
    createdAt,
    updatedAt: createdAt,
  }));
}

// The same rules as the rule evaluator reads them, for code that decides without a database (the
// rules' tests, the external evaluations).
export function buildEvaluableRules(rng: Rng, clock: Clock): Pick<EscalationRule, "id" | "name" | "position" | "enabled" | "condition" | "action">[] {
  return buildRules(rng, clock).map((row) => ({
    id: row.id ?? row.name,
    name: row.name,
    position: row.position,
    enabled: row.enabled ?? true,
    condition: row.condition,
    action: row.action,
  }));
}
