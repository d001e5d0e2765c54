import { type Feature, featureGroup, forEachFeature } from "./features";

// Unit-length sparse vector; `indices` are ascending feature ids.
export type SparseVector = { indices: Int32Array; values: Float64Array };

// How much each feature group counts; `unseen` scales features that never occur in the examples.
export type FeatureGroupWeights = { word: number; bigram: number; char: number; unseen: number };

export type TfidfModel = {
  readonly featureCount: number;
  vectorize(tokens: readonly string[]): SparseVector;
};

export type TfidfDocument = { tokens: readonly string[]; language: number };

// TF-IDF with sublinear term frequency. Document frequency is measured per language (the share of
// that language's examples with the feature, taking the language where it is most common), so a
// function word like "ihr" counts as common even though only a sixth of the examples are German.
// Features never seen in training still count towards a message's length, at the highest idf: a
// message made mostly of unknown words must look unlike every example, not like a perfect match on
// the few words it shares with one.
export function fitTfidf(
  documents: readonly TfidfDocument[],
  languageCount: number,
  weights: FeatureGroupWeights,
): { model: TfidfModel; vectors: SparseVector[] } {
  const ids = new Map<Feature, number>();
  const groupWeight: number[] = [];
  const documentFeatures: CountedIds[] = [];

  const seen: number[] = [];
  for (const document of documents) {
    seen.length = 0;
    forEachFeature(document.tokens, (feature) => {
      let id = ids.get(feature);
      if (id === undefined) {
        id = groupWeight.length;
        ids.set(feature, id);
        groupWeight.push(weightOfGroup(feature, weights));
      }
      seen.push(id);
    });
    documentFeatures.push(countIds(seen));
  }

  const featureCount = groupWeight.length;
  const languageSize = new Float64Array(languageCount);
  const frequency = new Float64Array(featureCount * languageCount);
  documents.forEach((document, position) => {
    languageSize[document.language] = (languageSize[document.language] ?? 0) + 1;
    for (const id of documentFeatures[position]?.ids ?? []) {
      const slot = id * languageCount + document.language;
      frequency[slot] = (frequency[slot] ?? 0) + 1;
    }
  });

  const featureWeight = new Float64Array(featureCount);
  for (let id = 0; id < featureCount; id++) {
    let highestShare = 0;
    for (let language = 0; language < languageCount; language++) {
      const share = (frequency[id * languageCount + language] ?? 0) / ((languageSize[language] ?? 0) + 1);
      if (share > highestShare) highestShare = share;
    }
    featureWeight[id] = (Math.log(1 / highestShare) + 1) * (groupWeight[id] ?? 1);
  }
  const unseenIdf = Math.log(Math.max(...languageSize, 1) + 1) + 1;

  function toVector(known: CountedIds, extraSquaredNorm: number): SparseVector {
    const indices = known.ids;
    const values = new Float64Array(indices.length);
    let squaredNorm = extraSquaredNorm;
    for (let k = 0; k < indices.length; k++) {
      const weight = (1 + Math.log(known.counts[k] ?? 1)) * (featureWeight[indices[k] ?? 0] ?? 0);
      values[k] = weight;
      squaredNorm += weight * weight;
    }
    const norm = Math.sqrt(squaredNorm) || 1;
    for (let k = 0; k < values.length; k++) values[k] = (values[k] ?? 0) / norm;
    return { indices, values };
  }

  function vectorize(tokens: readonly string[]): SparseVector {
    const known: number[] = [];
    const unseen = new Map<Feature, number>();
    forEachFeature(tokens, (feature) => {
      const id = ids.get(feature);
      if (id === undefined) unseen.set(feature, (unseen.get(feature) ?? 0) + 1);
      else known.push(id);
    });
    let unseenSquaredNorm = 0;
    for (const [feature, count] of unseen) {
      const weight = (1 + Math.log(count)) * unseenIdf * weightOfGroup(feature, weights) * weights.unseen;
      unseenSquaredNorm += weight * weight;
    }
    return toVector(countIds(known), unseenSquaredNorm);
  }

  return {
    model: { featureCount, vectorize },
    vectors: documentFeatures.map((counts) => toVector(counts, 0)),
  };
}

function weightOfGroup(feature: Feature, weights: FeatureGroupWeights): number {
  return weights[featureGroup(feature)];
}

// Distinct feature ids in ascending order with how often each occurred.
type CountedIds = { ids: Int32Array; counts: Int32Array };

function countIds(occurrences: readonly number[]): CountedIds {
  const sorted = Int32Array.from(occurrences).sort();
  const ids: number[] = [];
  const counts: number[] = [];
  for (const id of sorted) {
    if (ids.length > 0 && ids[ids.length - 1] === id) counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
    else {
      ids.push(id);
      counts.push(1);
    }
  }
  return { ids: Int32Array.from(ids), counts: Int32Array.from(counts) };
}
