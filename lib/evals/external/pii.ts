import type { MaskedKind, MaskResult } from "@/lib/ai/offline/nlu/masking";
import type { PiiCase, PiiEntity } from "./datasets";
import { rate, type Rate } from "./rates";

// Scores our masker (maskSensitive: what reaches the model's prompt, the handoff packet and the
// history) on Presidio's recognizer cases. A positive span counts as masked when every letter and
// digit in it lies inside a masked span (the replacement keeps a few characters by design, e.g. a
// card's last four digits; what matters is that the span was found and replaced). Negative cases
// (bad IBAN checksum, Luhn failure, wrong separators) should stay untouched.

export type Mask = (text: string) => MaskResult;

export const KIND_OF: Record<PiiEntity, MaskedKind> = {
  IBAN_CODE: "iban",
  CREDIT_CARD: "card_number",
  PHONE_NUMBER: "phone",
  EMAIL_ADDRESS: "email",
};

export type EntityMetrics = {
  entity: PiiEntity;
  // Expected spans fully masked.
  recall: Rate;
  // Expected spans masked by a span of the right kind (an IBAN masked as an IBAN, not as a phone).
  recallRightKind: Rate;
  // Expected spans touched at all (partly masked counts).
  anyOverlap: Rate;
  // The same positives inside a WhatsApp-style sentence.
  recallInSentence: Rate;
  // Negative records with nothing masked.
  negativesUntouched: Rate;
  // Negative records not masked as this entity (another kind may still have matched).
  negativesNotThisKind: Rate;
  // Masked spans in positive records that no expected span overlaps (not scored: Presidio's
  // phone cases list fewer numbers at low leniency than the text holds).
  extraSpans: number;
  misses: { text: string; span: [number, number]; masked: string }[];
  overMasked: { text: string; masked: string }[];
};

export type PiiMetrics = { perEntity: EntityMetrics[]; overallRecall: Rate; overallNegativesUntouched: Rate };

export function spanCovered(text: string, span: readonly [number, number], masked: MaskResult, kind?: MaskedKind): boolean {
  const spans = kind ? masked.spans.filter((candidate) => candidate.kind === kind) : masked.spans;
  for (let index = span[0]; index < span[1]; index++) {
    if (!/[\p{L}\p{N}]/u.test(text[index] ?? "")) continue;
    if (!spans.some((candidate) => candidate.start <= index && index < candidate.end)) return false;
  }
  return true;
}

export function spanTouched(span: readonly [number, number], masked: MaskResult): boolean {
  return masked.spans.some((candidate) => candidate.start < span[1] && span[0] < candidate.end);
}

// "Can you check this? <text> Thanks!": the same value inside a chat message.
const SENTENCE_PREFIX = "Hi, can you check this for me: ";
const SENTENCE_SUFFIX = " - thanks!";

export function measurePii(cases: readonly PiiCase[], mask: Mask): PiiMetrics {
  const entities = [...new Set(cases.map((record) => record.entity))];
  const perEntity = entities.map((entity): EntityMetrics => {
    const records = cases.filter((record) => record.entity === entity);
    const kind = KIND_OF[entity];
    let spans = 0;
    let covered = 0;
    let rightKind = 0;
    let touched = 0;
    let inSentence = 0;
    let negatives = 0;
    let untouched = 0;
    let notThisKind = 0;
    let extraSpans = 0;
    const misses: EntityMetrics["misses"] = [];
    const overMasked: EntityMetrics["overMasked"] = [];
    for (const record of records) {
      const result = mask(record.text);
      if (record.expected_count === 0) {
        negatives++;
        if (result.spans.length === 0) untouched++;
        else overMasked.push({ text: record.text, masked: result.text });
        if (!result.spans.some((span) => span.kind === kind)) notThisKind++;
        continue;
      }
      const wrapped = mask(SENTENCE_PREFIX + record.text + SENTENCE_SUFFIX);
      const shiftedText = SENTENCE_PREFIX + record.text + SENTENCE_SUFFIX;
      for (const span of record.expected_spans) {
        spans++;
        if (spanCovered(record.text, span, result)) covered++;
        else misses.push({ text: record.text, span, masked: result.text });
        if (spanCovered(record.text, span, result, kind)) rightKind++;
        if (spanTouched(span, result)) touched++;
        const shifted: [number, number] = [span[0] + SENTENCE_PREFIX.length, span[1] + SENTENCE_PREFIX.length];
        if (spanCovered(shiftedText, shifted, wrapped)) inSentence++;
      }
      extraSpans += result.spans.filter((masked) => !record.expected_spans.some(([start, end]) => masked.start < end && start < masked.end)).length;
    }
    return {
      entity,
      recall: rate(covered, spans),
      recallRightKind: rate(rightKind, spans),
      anyOverlap: rate(touched, spans),
      recallInSentence: rate(inSentence, spans),
      negativesUntouched: rate(untouched, negatives),
      negativesNotThisKind: rate(notThisKind, negatives),
      extraSpans,
      misses: misses.slice(0, 10),
      overMasked: overMasked.slice(0, 10),
    };
  });
  const sum = (pick: (metrics: EntityMetrics) => Rate) => {
    const hits = perEntity.reduce((total, metrics) => total + pick(metrics).hits, 0);
    const total = perEntity.reduce((count, metrics) => count + pick(metrics).total, 0);
    return rate(hits, total);
  };
  return { perEntity, overallRecall: sum((metrics) => metrics.recall), overallNegativesUntouched: sum((metrics) => metrics.negativesUntouched) };
}
