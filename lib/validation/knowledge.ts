import { z } from "zod";
import { ARTICLE_STATUSES, LANGUAGES } from "@/lib/db/enums";

// Knowledge base schemas shared by the admin API routes, the editor form and the tests.

export const KNOWLEDGE_LIMITS = {
  title: 200,
  body: 100_000,
  listItems: 30,
  tag: 40,
  // An imported file is refused above this size (PDF manuals with images get big quickly; the text is
  // what counts, and 10 MB is plenty for it).
  importBytes: 10 * 1024 * 1024,
  question: 1_000,
} as const;

export const IMPORT_EXTENSIONS = [".md", ".markdown", ".txt", ".pdf"] as const;

export const articleStatusSchema = z.enum(ARTICLE_STATUSES);
export const articleLocaleSchema = z.enum(LANGUAGES);
export const articleIdSchema = z.uuid("Not an article id.");

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-31.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "This is not a real calendar date.");

// Empty input means "no date"; the form sends "" for a cleared date field.
const optionalDate = z.union([z.literal(""), z.null(), isoDate]).optional().transform((value) => (value ? value : null));

function uniqueList<T extends z.ZodType<string>>(item: T, what: string) {
  return z
    .array(item)
    .max(KNOWLEDGE_LIMITS.listItems, `At most ${KNOWLEDGE_LIMITS.listItems} ${what}.`)
    .default([])
    .transform((values) => [...new Set(values)]);
}

export const regionCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Regions are two-letter country codes such as NL or GB.");
export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "A tag cannot be empty.")
  .max(KNOWLEDGE_LIMITS.tag, `Tags are at most ${KNOWLEDGE_LIMITS.tag} characters.`)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, "Tags use letters, digits, - and _ (no spaces).");
export const intentIdSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_]{1,59}$/, "Intents are ids such as refund_policy (lowercase letters, digits and _).");

const articleFields = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(KNOWLEDGE_LIMITS.title, `Titles are at most ${KNOWLEDGE_LIMITS.title} characters.`),
  body: z
    .string()
    .trim()
    .min(1, "Write the article's text; the assistant answers only from it.")
    .max(KNOWLEDGE_LIMITS.body, `The text is at most ${KNOWLEDGE_LIMITS.body.toLocaleString("en")} characters.`),
  status: articleStatusSchema.default("draft"),
  locale: articleLocaleSchema.default("en"),
  regions: uniqueList(regionCodeSchema, "regions"),
  tags: uniqueList(tagSchema, "tags"),
  intents: uniqueList(intentIdSchema, "intents"),
  effectiveFrom: optionalDate,
  effectiveUntil: optionalDate,
});

function datesInOrder<T extends { effectiveFrom: string | null; effectiveUntil: string | null }>(value: T, ctx: z.RefinementCtx) {
  if (value.effectiveFrom && value.effectiveUntil && value.effectiveUntil < value.effectiveFrom) {
    ctx.addIssue({ code: "custom", path: ["effectiveUntil"], message: "The end date is before the start date." });
  }
}

export const articleInputSchema = articleFields.superRefine(datesInOrder);
export type ArticleInput = z.infer<typeof articleInputSchema>;
export type ArticleFormValues = z.input<typeof articleInputSchema>;

// A save carries the version the editor started from: an edit made meanwhile by someone else is
// refused with a conflict instead of being overwritten.
export const updateArticleSchema = articleFields.extend({ expectedVersion: z.number().int().min(1) }).superRefine(datesInOrder);
export type UpdateArticleInput = z.infer<typeof updateArticleSchema>;

export const restoreArticleVersionSchema = z.object({
  version: z.number().int().min(1),
  expectedVersion: z.number().int().min(1),
});

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((value) => (value ? value : undefined));

export const listArticlesQuerySchema = z.object({
  q: optionalText(200),
  status: z.union([z.literal(""), articleStatusSchema]).optional().transform((value) => value || undefined),
  locale: z.union([z.literal(""), articleLocaleSchema]).optional().transform((value) => value || undefined),
  tag: optionalText(KNOWLEDGE_LIMITS.tag).transform((value) => value?.toLowerCase()),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type ListArticlesQuery = z.infer<typeof listArticlesQuerySchema>;
export type ArticleListFilters = Partial<Pick<ListArticlesQuery, "q" | "status" | "locale" | "tag">>;

export const diffArticleVersionsQuerySchema = z.object({
  from: z.coerce.number().int().min(1, "Pick the older version."),
  to: z.coerce.number().int().min(1, "Pick the newer version."),
});

export const testQuestionSchema = z.object({
  message: z.string().trim().min(2, "Type what the customer would write.").max(KNOWLEDGE_LIMITS.question, `At most ${KNOWLEDGE_LIMITS.question} characters.`),
  locale: articleLocaleSchema,
  // The customer's country; empty means unknown (only articles for every region apply then).
  region: z
    .union([z.literal(""), z.null(), regionCodeSchema])
    .optional()
    .transform((value) => (value ? value : null)),
  // The day to test on; today when empty. Lets an admin check a policy that starts later.
  date: optionalDate,
});
export type TestQuestionInput = z.infer<typeof testQuestionSchema>;

// The form fields sent with each imported file (multipart/form-data, so tags come comma-separated).
export const importOptionsSchema = z.object({
  locale: articleLocaleSchema.default("en"),
  tags: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").map((tag) => tag.trim()).filter(Boolean))
    .pipe(z.array(tagSchema).max(KNOWLEDGE_LIMITS.listItems, `At most ${KNOWLEDGE_LIMITS.listItems} tags.`))
    .transform((tags) => [...new Set(tags)]),
});
