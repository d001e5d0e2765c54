import { z } from "zod";
import { INTENT_IDS } from "@/lib/ai/offline/nlu/intents";
import { LANGUAGES } from "@/lib/db/enums";
import { ORDER_STATES } from "@/lib/db/schema";
import { assignmentPolicySchema } from "./assignment";
import { csatSettingSchema } from "./csat";
import { correctnessWindowDaysSchema } from "./metrics";

// What an admin may set on /admin/assistant, one schema per settings area. Messages name the field
// and what is accepted: they are shown next to the form's inputs. The last three areas are read by
// the CSAT survey, the metrics and handoff assignment with these same schemas.

export const SETTING_AREAS = ["policy", "persona", "messages", "intent-examples", "model", "burst-window", "csat", "correctness-window", "assignment"] as const;
export type SettingArea = (typeof SETTING_AREAS)[number];
export const settingAreaSchema = z.enum(SETTING_AREAS, { error: `unknown settings area; use one of ${SETTING_AREAS.join(", ")}` });

const orderStates = (what: string) =>
  z.array(z.enum(ORDER_STATES, { error: `unknown order state; use one of ${ORDER_STATES.join(", ")}` }), { error: `give a list of order states for ${what}` }).refine(
    (states) => new Set(states).size === states.length,
    { error: "each order state only once" },
  );

export const policySettingsSchema = z.strictObject({
  maxAutoRefundCents: z
    .number({ error: "the refund limit must be a number" })
    .int({ error: "the refund limit is in whole cents" })
    .min(0, { error: "the refund limit cannot be negative (0 sends every refund to a person)" })
    .max(10_000_000, { error: "the refund limit is at most 100,000.00" }),
  returnWindowDays: z
    .number({ error: "the return window must be a number of days" })
    .int({ error: "the return window is a whole number of days" })
    .min(0, { error: "the return window cannot be negative" })
    .max(365, { error: "the return window is at most 365 days" }),
  cancellableStates: orderStates("cancelling"),
  addressChangeStates: orderStates("address changes"),
});
export type PolicySettings = z.infer<typeof policySettingsSchema>;

export const PERSONA_TONES = ["friendly", "formal", "concise"] as const;

export const personaSettingsSchema = z.strictObject({
  shopName: z.string({ error: "give the shop's name" }).trim().min(2, { error: "the shop name needs at least 2 characters" }).max(60, { error: "the shop name is at most 60 characters" }),
  persona: z
    .string({ error: "describe the assistant" })
    .trim()
    .min(10, { error: "describe the assistant in at least 10 characters" })
    .max(600, { error: "the persona is at most 600 characters" }),
  tone: z.enum(PERSONA_TONES, { error: `tone must be one of ${PERSONA_TONES.join(", ")}` }),
});
export type PersonaSettings = z.infer<typeof personaSettingsSchema>;

const perLanguage = (what: string, max: number) =>
  z.partialRecord(
    z.enum(LANGUAGES, { error: `messages are keyed by language: ${LANGUAGES.join(", ")}` }),
    z
      .string({ error: `the ${what} must be text` })
      .trim()
      .min(10, { error: `the ${what} needs at least 10 characters; leave the language empty to use the built-in text` })
      .max(max, { error: `the ${what} is at most ${max} characters` }),
  );

export const messagesSettingsSchema = z.strictObject({
  // Empty for a language means the built-in text in that language.
  disclosure: perLanguage("disclosure", 300),
  handoff: perLanguage("handoff message", 600),
});
export type MessagesSettings = z.infer<typeof messagesSettingsSchema>;

const example = z
  .string({ error: "each example must be text" })
  .trim()
  .min(3, { error: "each example needs at least 3 characters" })
  .max(200, { error: "each example is at most 200 characters" });

export const intentExamplesSettingsSchema = z.strictObject({
  // Added to the shipped examples: intent → language → example phrases.
  added: z.partialRecord(
    z.enum(INTENT_IDS, { error: "unknown intent" }),
    z.partialRecord(z.enum(LANGUAGES, { error: "unknown language" }), z.array(example).max(50, { error: "at most 50 added examples per intent and language" })),
  ),
});
export type IntentExamplesSettings = z.infer<typeof intentExamplesSettingsSchema>;

export const modelSettingsSchema = z.strictObject({
  // "offline" or provider:model; the domain checks it is one of the configured models.
  model: z.string({ error: "choose a model" }).trim().min(1, { error: "choose a model" }),
});
export type ModelSettings = z.infer<typeof modelSettingsSchema>;

export const burstWindowSettingsSchema = z.strictObject({
  ms: z
    .number({ error: "the burst window must be a number of milliseconds" })
    .int({ error: "the burst window is a whole number of milliseconds" })
    .min(0, { error: "the burst window cannot be negative (0 answers every message at once)" })
    .max(30_000, { error: "the burst window is at most 30,000 ms (30 seconds)" }),
});
export type BurstWindowSettings = z.infer<typeof burstWindowSettingsSchema>;

export const SETTING_SCHEMAS = {
  policy: policySettingsSchema,
  persona: personaSettingsSchema,
  messages: messagesSettingsSchema,
  "intent-examples": intentExamplesSettingsSchema,
  model: modelSettingsSchema,
  "burst-window": burstWindowSettingsSchema,
  csat: csatSettingSchema,
  // A bare number of days, as lib/metrics reads it.
  "correctness-window": correctnessWindowDaysSchema,
  assignment: assignmentPolicySchema,
} as const;

export type SettingValues = { [A in SettingArea]: z.infer<(typeof SETTING_SCHEMAS)[A]> };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const openingRange = z.string({ error: "an opening range is text like 09:00-17:00" }).superRefine((range, context) => {
  const [start, end, extra] = range.split("-");
  if (extra !== undefined || !start || !end || !TIME.test(start) || !TIME.test(end)) {
    context.addIssue({ code: "custom", message: `"${range}" is not a range like 09:00-17:00 (24-hour clock)` });
    return;
  }
  if (minutes(end) <= minutes(start)) context.addIssue({ code: "custom", message: `"${range}" ends before it starts; split overnight hours over two days` });
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const businessHoursSchema = z.strictObject({
  timezone: z.string({ error: "choose a time zone" }).refine(isTimeZone, { error: "unknown time zone; choose one from the list (e.g. Europe/Amsterdam)" }),
  weekly: z.strictObject(
    Object.fromEntries(["0", "1", "2", "3", "4", "5", "6"].map((day) => [day, z.array(openingRange, { error: "each day is a list of ranges" }).max(6, { error: "at most 6 ranges a day" })])) as Record<
      "0" | "1" | "2" | "3" | "4" | "5" | "6",
      z.ZodArray<typeof openingRange>
    >,
    { error: "give the opening ranges for every day of the week (0 = Sunday … 6 = Saturday)" },
  ),
  holidays: z
    .array(
      z.iso.date({ error: "a holiday is a date like 2026-12-25" }),
      { error: "holidays are a list of dates" },
    )
    .max(100, { error: "at most 100 holidays" })
    .transform((days) => [...new Set(days)].sort()),
});

// null: the inbox is always open.
export const businessHoursInputSchema = z.strictObject({ businessHours: businessHoursSchema.nullable() });

export const revertChangeSchema = z.strictObject({ eventId: z.number({ error: "give the id of the change to revert" }).int().positive() });
