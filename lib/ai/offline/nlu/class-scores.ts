import type { SparseVector } from "./tfidf";

// Per-class similarity of a message, from its cosine similarity to every training example. Two views
// are blended: the nearest examples of the class (good when one example is a near-paraphrase) and the
// class's centroid per language (steadier when the message mixes wordings of several examples).
// Examples in another language than the message count for a little less.
export type ClassLayout = {
  classCount: number;
  languageCount: number;
  classOfExample: Int32Array;
  languageOfExample: Int32Array;
  // Length of the summed example vectors of each (class, language) group, index class * languageCount + language.
  groupNorm: Float64Array;
};

export type ClassScoringParameters = {
  nearestWeights: readonly number[];
  centroidShare: number;
  otherLanguageFactor: number;
};

export const DEFAULT_CLASS_SCORING: ClassScoringParameters = {
  nearestWeights: [0.5, 0.3, 0.2],
  centroidShare: 0.5,
  otherLanguageFactor: 0.9,
};

export function computeGroupNorms(
  layout: Pick<ClassLayout, "classCount" | "languageCount" | "classOfExample" | "languageOfExample">,
  vectors: readonly SparseVector[],
): Float64Array {
  const sums = new Map<number, Map<number, number>>();
  vectors.forEach((vector, example) => {
    const group = groupOf(layout, example);
    let sum = sums.get(group);
    if (!sum) {
      sum = new Map();
      sums.set(group, sum);
    }
    for (let k = 0; k < vector.indices.length; k++) {
      const id = vector.indices[k] ?? 0;
      sum.set(id, (sum.get(id) ?? 0) + (vector.values[k] ?? 0));
    }
  });
  const norms = new Float64Array(layout.classCount * layout.languageCount);
  for (const [group, sum] of sums) {
    let squared = 0;
    for (const value of sum.values()) squared += value * value;
    norms[group] = Math.sqrt(squared);
  }
  return norms;
}

// `leftOut` scores a training example as if it were not in the training set (for calibration).
export function scoreClasses(
  similarities: Float64Array,
  layout: ClassLayout,
  parameters: ClassScoringParameters,
  queryLanguage: number | undefined,
  leftOut?: number,
): Float64Array {
  const { classCount, languageCount, classOfExample, languageOfExample } = layout;
  const depth = parameters.nearestWeights.length;
  const nearest = new Float64Array(classCount * depth);
  const groupDot = new Float64Array(classCount * languageCount);

  for (let example = 0; example < similarities.length; example++) {
    const similarity = similarities[example] ?? 0;
    const klass = classOfExample[example] ?? 0;
    const language = languageOfExample[example] ?? 0;
    groupDot[klass * languageCount + language] = (groupDot[klass * languageCount + language] ?? 0) + similarity;
    if (example === leftOut || similarity <= 0) continue;
    const weighted = similarity * languageFactor(language, queryLanguage, parameters);
    insertDescending(nearest, klass * depth, depth, weighted);
  }

  const leftOutGroup = leftOut === undefined ? -1 : groupOf(layout, leftOut);
  const scores = new Float64Array(classCount);
  for (let klass = 0; klass < classCount; klass++) {
    let nearestScore = 0;
    for (let rank = 0; rank < depth; rank++) nearestScore += (parameters.nearestWeights[rank] ?? 0) * (nearest[klass * depth + rank] ?? 0);

    let centroidScore = 0;
    for (let language = 0; language < languageCount; language++) {
      const group = klass * languageCount + language;
      let dot = groupDot[group] ?? 0;
      let norm = layout.groupNorm[group] ?? 0;
      if (group === leftOutGroup) {
        // Removing a unit vector d from a sum S: |S - d|² = |S|² - 2 d·S + 1, and d·S is this group's dot.
        const squaredNorm = norm * norm - 2 * dot + 1;
        dot -= 1;
        norm = squaredNorm > 1e-9 ? Math.sqrt(squaredNorm) : 0;
      }
      if (norm <= 0) continue;
      const cosine = (dot / norm) * languageFactor(language, queryLanguage, parameters);
      if (cosine > centroidScore) centroidScore = cosine;
    }
    scores[klass] = (1 - parameters.centroidShare) * nearestScore + parameters.centroidShare * centroidScore;
  }
  return scores;
}

function groupOf(layout: Pick<ClassLayout, "languageCount" | "classOfExample" | "languageOfExample">, example: number): number {
  return (layout.classOfExample[example] ?? 0) * layout.languageCount + (layout.languageOfExample[example] ?? 0);
}

function languageFactor(language: number, queryLanguage: number | undefined, parameters: ClassScoringParameters): number {
  return queryLanguage === undefined || language === queryLanguage ? 1 : parameters.otherLanguageFactor;
}

function insertDescending(values: Float64Array, offset: number, depth: number, value: number): void {
  if (value <= (values[offset + depth - 1] ?? 0)) return;
  let position = offset + depth - 1;
  while (position > offset && (values[position - 1] ?? 0) < value) {
    values[position] = values[position - 1] ?? 0;
    position--;
  }
  values[position] = value;
}
