import { z } from "zod";
import { INTENT_IDS } from "./intents";
import { LANGS } from "./lang";
import { recordOf } from "./record-of";

// Validates an admin's edited example set (stored as JSON) before a classifier is built from it:
// every intent and language present, examples non-empty after trimming and of message length.
const examplesOfOneIntent = z.object(recordOf(LANGS, () => z.array(z.string().trim().min(1).max(500)).max(1000)));

export const intentExamplesSchema = z.object(recordOf(INTENT_IDS, () => examplesOfOneIntent));
