import { z } from "zod";
import { INTENT_IDS } from "@/lib/ai/offline/nlu/intents";
import { normalizeText } from "@/lib/ai/offline/nlu/normalize";
import { CONTACT_TIERS, LANGUAGES, PRIORITIES, type RuleAction, type RuleCondition } from "@/lib/db/schema";
import { HIGH_RISK_TOPICS } from "./high-risk-topic-lexicon";
import { HIGH_RISK_TOPIC_ALIASES } from "./high-risk-topics";

// The shapes an admin may give a rule's condition and action. Every message names the field and
// what would be accepted, because these errors are shown next to the rule editor's inputs.

const TOPIC_NAMES = [...HIGH_RISK_TOPICS, ...HIGH_RISK_TOPIC_ALIASES.keys()];
const RULE_INTENTS = [...INTENT_IDS, "out_of_scope"] as const;

const nonEmptyList = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `give a list of ${what}` }).min(1, { error: `give at least one ${what.replace(/s$/, "")}` });

const keyword = z
  .string({ error: "each keyword must be text" })
  .trim()
  .refine((value) => normalizeText(value.replace(/\*$/, "")).length >= 2, {
    error: "each keyword needs at least two letters or digits (a trailing * matches word endings)",
  });

export const ruleConditionSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("explicit_human_request") }),
    z.strictObject({
      kind: z.literal("intent_in"),
      intents: nonEmptyList(z.enum(RULE_INTENTS, { error: `unknown intent; use one of ${RULE_INTENTS.join(", ")}` }), "intents"),
    }),
    z.strictObject({
      kind: z.literal("confidence_below"),
      threshold: z
        .number({ error: "the threshold must be a number" })
        .gt(0, { error: "the threshold must be above 0" })
        .max(1, { error: "the threshold must be at most 1 (confidence is 0-1)" }),
    }),
    z.strictObject({
      kind: z.literal("negative_sentiment"),
      consecutive: z
        .number({ error: "give the number of consecutive negative messages" })
        .int({ error: "consecutive must be a whole number" })
        .min(1, { error: "consecutive must be at least 1" })
        .max(10, { error: "consecutive must be at most 10" }),
    }),
    z.strictObject({
      kind: z.literal("topic_in"),
      topics: nonEmptyList(z.enum(TOPIC_NAMES, { error: `unknown topic; use one of ${HIGH_RISK_TOPICS.join(", ")}` }), "topics"),
    }),
    z.strictObject({
      kind: z.literal("tier_in"),
      tiers: nonEmptyList(z.enum(CONTACT_TIERS, { error: `unknown tier; use one of ${CONTACT_TIERS.join(", ")}` }), "tiers"),
    }),
    z.strictObject({ kind: z.literal("keyword"), keywords: nonEmptyList(keyword, "keywords") }),
    z.strictObject({
      kind: z.literal("failed_lookups"),
      atLeast: z
        .number({ error: "give the number of failed lookups" })
        .int({ error: "atLeast must be a whole number" })
        .min(1, { error: "atLeast must be at least 1" })
        .max(20, { error: "atLeast must be at most 20" }),
    }),
    z.strictObject({ kind: z.literal("integration_error") }),
    z.strictObject({ kind: z.literal("outside_business_hours") }),
  ],
  {
    error: "unknown condition kind; use explicit_human_request, intent_in, confidence_below, negative_sentiment, topic_in, tier_in, keyword, failed_lookups, integration_error or outside_business_hours",
  },
);

const customerMessages = z.partialRecord(
  z.enum(LANGUAGES, { error: `messages are keyed by language: ${LANGUAGES.join(", ")}` }),
  z
    .string({ error: "a message must be text" })
    .trim()
    .min(1, { error: "a message cannot be empty; leave the language out instead" })
    .max(1024, { error: "a WhatsApp message body holds at most 1024 characters here" }),
);

export const ruleActionSchema = z
  .strictObject({
    handToTeam: z
      .string({ error: "the team is given by its slug" })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "a team slug is lowercase letters, digits and dashes (e.g. billing)" })
      .optional(),
    setPriority: z.enum(PRIORITIES, { error: `priority must be one of ${PRIORITIES.join(", ")}` }).optional(),
    addLabels: z
      .array(
        z
          .string({ error: "each label must be text" })
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "labels are lowercase letters, digits and dashes (e.g. high-risk)" })
          .max(40, { error: "labels are at most 40 characters" }),
        { error: "labels are a list" },
      )
      .max(10, { error: "at most 10 labels per rule" })
      .optional(),
    messageToCustomer: customerMessages.optional(),
    handover: z.boolean({ error: "say whether the rule hands the conversation to a person (true or false)" }),
  })
  .superRefine((action, context) => {
    if (!action.handover && action.handToTeam !== undefined) {
      context.addIssue({ code: "custom", path: ["handToTeam"], message: "a team only applies when the rule hands over; set handover to true or remove the team" });
    }
    if (action.messageToCustomer && Object.keys(action.messageToCustomer).length > 0 && action.messageToCustomer.en === undefined) {
      context.addIssue({ code: "custom", path: ["messageToCustomer", "en"], message: "give an English message: it is used for every language without its own" });
    }
  });

export const escalationRuleInputSchema = z.strictObject(
  {
  name: z.string({ error: "give the rule a name" }).trim().min(3, { error: "the name needs at least 3 characters" }).max(120, { error: "the name is at most 120 characters" }),
  enabled: z.boolean({ error: "enabled is true or false" }).default(true),
  condition: ruleConditionSchema,
  action: ruleActionSchema,
  },
  { error: "a rule is an object with a name, a condition and an action" },
);

export type EscalationRuleInput = z.infer<typeof escalationRuleInputSchema>;

// The schemas must produce exactly what the table stores; these fail to compile if they drift.
type Fits<From, To> = [From] extends [To] ? true : false;
const conditionFitsTable: Fits<z.infer<typeof ruleConditionSchema>, RuleCondition> = true;
const actionFitsTable: Fits<z.infer<typeof ruleActionSchema>, RuleAction> = true;
void conditionFitsTable;
void actionFitsTable;
