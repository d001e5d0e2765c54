import { CLINC_TO_OURS } from "./clinc-mapping";
import type { Clinc150 } from "./datasets";
import { rate, type Rate } from "./rates";

// What our classifier said about one text: an intent of ours or "out_of_scope".
export type Classify = (text: string) => string;

export const OUT_OF_SCOPE = "out_of_scope";

export type ClincMetrics = {
  mappedIntents: number;
  // Test queries whose CLINC intent maps to one of ours, labelled with the mapped intent.
  inScopeAccuracy: Rate;
  // Of those, how many were refused as out of scope (a miss, but a safe one).
  inScopeRefused: Rate;
  perMappedIntent: { clinc: string; ours: string; accuracy: Rate; topWrong: { label: string; count: number }[] }[];
  // CLINC's own out-of-scope test queries (oos_test) labelled out_of_scope: the paper's OOS recall.
  oosRecall: Rate;
  oosAcceptedAs: { label: string; count: number }[];
  // The 143 unmapped in-scope intents' test queries, which are out of scope for a shop as well.
  unmappedRejection: Rate;
  unmappedRejectionByDomain: { domain: string; rejection: Rate }[];
  // Unmapped CLINC intents most often forced into one of our intents.
  unmappedMostAccepted: { clinc: string; acceptance: Rate; mostlyAs: string }[];
};

export function measureClinc(data: Pick<Clinc150, "test" | "oos_test">, domains: Record<string, string[]>, classify: Classify): ClincMetrics {
  const domainOf = new Map<string, string>();
  for (const [domain, intents] of Object.entries(domains)) for (const intent of intents) domainOf.set(intent, domain);

  const mapped: Record<string, { hits: number; total: number; wrong: Map<string, number> }> = {};
  const unmapped: Record<string, { accepted: number; total: number; as: Map<string, number> }> = {};
  let inHits = 0;
  let inTotal = 0;
  let inRefused = 0;
  for (const [text, clinc] of data.test) {
    const predicted = classify(text);
    const ours = CLINC_TO_OURS[clinc];
    if (ours !== undefined) {
      const entry = (mapped[clinc] ??= { hits: 0, total: 0, wrong: new Map() });
      entry.total++;
      inTotal++;
      if (predicted === ours) {
        entry.hits++;
        inHits++;
      } else {
        entry.wrong.set(predicted, (entry.wrong.get(predicted) ?? 0) + 1);
        if (predicted === OUT_OF_SCOPE) inRefused++;
      }
    } else {
      const entry = (unmapped[clinc] ??= { accepted: 0, total: 0, as: new Map() });
      entry.total++;
      if (predicted !== OUT_OF_SCOPE) {
        entry.accepted++;
        entry.as.set(predicted, (entry.as.get(predicted) ?? 0) + 1);
      }
    }
  }

  const oosAs = new Map<string, number>();
  let oosRefused = 0;
  for (const [text] of data.oos_test) {
    const predicted = classify(text);
    if (predicted === OUT_OF_SCOPE) oosRefused++;
    else oosAs.set(predicted, (oosAs.get(predicted) ?? 0) + 1);
  }

  const byDomain = new Map<string, { rejected: number; total: number }>();
  for (const [clinc, entry] of Object.entries(unmapped)) {
    const domain = domainOf.get(clinc) ?? "?";
    const bucket = byDomain.get(domain) ?? { rejected: 0, total: 0 };
    bucket.rejected += entry.total - entry.accepted;
    bucket.total += entry.total;
    byDomain.set(domain, bucket);
  }
  const unmappedEntries = Object.entries(unmapped);
  const unmappedTotal = unmappedEntries.reduce((sum, [, entry]) => sum + entry.total, 0);
  const unmappedAccepted = unmappedEntries.reduce((sum, [, entry]) => sum + entry.accepted, 0);

  return {
    mappedIntents: Object.keys(mapped).length,
    inScopeAccuracy: rate(inHits, inTotal),
    inScopeRefused: rate(inRefused, inTotal),
    perMappedIntent: Object.entries(mapped)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([clinc, entry]) => ({ clinc, ours: CLINC_TO_OURS[clinc] ?? "?", accuracy: rate(entry.hits, entry.total), topWrong: topCounts(entry.wrong, 3) })),
    oosRecall: rate(oosRefused, data.oos_test.length),
    oosAcceptedAs: topCounts(oosAs, 5),
    unmappedRejection: rate(unmappedTotal - unmappedAccepted, unmappedTotal),
    unmappedRejectionByDomain: [...byDomain.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([domain, bucket]) => ({ domain, rejection: rate(bucket.rejected, bucket.total) })),
    unmappedMostAccepted: unmappedEntries
      .filter(([, entry]) => entry.accepted > 0)
      .sort(([a, x], [b, y]) => y.accepted / y.total - x.accepted / x.total || a.localeCompare(b))
      .slice(0, 8)
      .map(([clinc, entry]) => ({ clinc, acceptance: rate(entry.accepted, entry.total), mostlyAs: topCounts(entry.as, 1)[0]?.label ?? "?" })),
  };
}

export function topCounts(counts: ReadonlyMap<string, number>, limit: number): { label: string; count: number }[] {
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit)
    .map(([label, count]) => ({ label, count }));
}
