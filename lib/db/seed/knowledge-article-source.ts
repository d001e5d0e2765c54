import type { ARTICLE_STATUSES, Language } from "@/lib/db/schema";
import type { ShopCountry } from "./country-data";

// How a demo article is written down before it becomes rows. Validity is given in days relative
// to today; `{{effective_from}}` in a body is replaced with the article's effective date.
export type ArticleSource = {
  slug: string;
  title: string;
  locale: Language;
  body: string;
  tags: string[];
  // Intent ids as the NLU classifier names them (lib/ai/offline/nlu/intents.ts), plus a few
  // knowledge-only ones (product_troubleshooting, warranty_claim, payment_methods, privacy_request).
  intents: string[];
  regions?: ShopCountry[];
  status?: (typeof ARTICLE_STATUSES)[number];
  effectiveFromDays?: number;
  effectiveUntilDays?: number;
};

// Published articles without their own dates have been in force for a year.
export const DEFAULT_EFFECTIVE_FROM_DAYS = -365;
