import { z } from "zod";

// The setting (settings table, JSON number) that sets how long after a resolution a reopen,
// recontact or reversal still counts against "containment with correctness".
export const CORRECTNESS_WINDOW_SETTING = "metrics.correctnessWindowDays";
export const DEFAULT_CORRECTNESS_WINDOW_DAYS = 7;
export const correctnessWindowDaysSchema = z
  .number({ error: "the window must be a number of days" })
  .int({ error: "the window is a whole number of days" })
  .min(1, { error: "the window is at least 1 day" })
  .max(90, { error: "the window is at most 90 days" });

export const METRIC_PRESETS = ["today", "7d", "30d", "90d", "custom"] as const;
export type MetricPreset = (typeof METRIC_PRESETS)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.").refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Not a date.");
const optionalUuid = z.preprocess((value) => (value === "" ? undefined : value), z.uuid("Not an inbox id.").optional());

// Dashboard filters as they travel in the URL: a preset or a custom range of whole UTC days
// (both ends included), and optionally one inbox.
export const metricsFilterQuerySchema = z
  .object({
    preset: z.enum(METRIC_PRESETS).default("30d"),
    from: isoDay.optional(),
    to: isoDay.optional(),
    inboxId: optionalUuid,
  })
  .refine((value) => value.preset !== "custom" || (value.from !== undefined && value.to !== undefined), { message: "A custom range needs a start and an end date.", path: ["from"] })
  .refine((value) => value.preset !== "custom" || !value.from || !value.to || value.from <= value.to, { message: "The start date is after the end date.", path: ["to"] })
  .refine((value) => value.preset !== "custom" || !value.from || !value.to || dayDiff(value.from, value.to) <= 731, { message: "Pick at most two years.", path: ["to"] });
export type MetricsFilterQuery = z.infer<typeof metricsFilterQuerySchema>;

// The conversation sets a figure on the dashboard is computed from; each is a drill-down target.
export const METRIC_SETS = [
  "all",
  "bot_first_response",
  "bot_useful",
  "human_first_response",
  "bot_resolved",
  "contained",
  "not_contained",
  "reopened",
  "bot_recontacted",
  "reversed",
  "resolved",
  "recontacted",
  "escalated",
  "handoff_complete",
  "handoff_incomplete",
  "handoff_picked_up",
  "handoff_waiting",
  "csat_sent",
  "csat_answered",
  "csat_positive",
  "csat_negative",
] as const;
export type MetricSet = (typeof METRIC_SETS)[number];

export const metricConversationsQuerySchema = z.intersection(
  metricsFilterQuerySchema,
  z.object({
    set: z.enum(METRIC_SETS).default("all"),
    // An escalation reason (first handoff of the conversation); unknown values simply match nothing.
    reason: z.string().regex(/^[a-z_]{1,40}$/, "Not an escalation reason.").optional(),
    intent: z.string().trim().min(1).max(60).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  }),
);
export type MetricConversationsQuery = z.infer<typeof metricConversationsQuerySchema>;

function dayDiff(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
