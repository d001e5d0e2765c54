import { applyCalibration, type CalibrationSample, fitCalibration, type SoftmaxCalibration } from "./calibration";
import { type ClassLayout, type ClassScoringParameters, computeGroupNorms, DEFAULT_CLASS_SCORING, scoreClasses } from "./class-scores";
import { DEFAULT_OUT_OF_SCOPE_EXAMPLES } from "./examples-out-of-scope";
import { INTENT_IDS, type IntentExamples, type IntentId } from "./intents";
import { LANGS, type Lang } from "./lang";
import { createTypoCorrector, tokenize } from "./normalize";
import { buildSimilarityIndex } from "./similarity-index";
import { type FeatureGroupWeights, fitTfidf, type SparseVector } from "./tfidf";

// Below this calibrated confidence the classifier answers "out_of_scope": the agent should not guess
// but say it did not understand, or hand over. 0.4 rather than 0.45: on the tuning set it accepts
// more right answers and still rejects as many out-of-scope messages.
export const OUT_OF_SCOPE_THRESHOLD = 0.4;

export type IntentRanking = { intent: IntentId; score: number }[];

export type IntentPrediction = {
  intent: IntentId | "out_of_scope";
  // Calibrated probability that `intent` is right; for "out_of_scope", the probability that the
  // message is none of the intents. The top intent's own probability is `ranking[0].score`.
  confidence: number;
  // Every intent with an example, by calibrated probability, highest first.
  ranking: IntentRanking;
};

export type IntentClassifier = {
  classify(text: string, lang?: Lang): IntentPrediction;
  readonly calibration: SoftmaxCalibration;
  readonly threshold: number;
};

export type IntentClassifierOptions = {
  // Messages the product should not handle (weather, jokes, trivia…). They are an extra class, so a
  // message close to them loses confidence, and they teach the calibration what "none" looks like.
  // Defaults to the shipped set; pass {} to do without.
  outOfScopeExamples?: Partial<Record<Lang, readonly string[]>>;
  threshold?: number;
  featureWeights?: FeatureGroupWeights;
  scoring?: ClassScoringParameters;
};

export const DEFAULT_FEATURE_WEIGHTS: FeatureGroupWeights = { word: 1, bigram: 0.5, char: 0.6, unseen: 1 };

// Share of the calibration weight given to the out-of-scope examples, whatever their number.
const OUT_OF_SCOPE_CALIBRATION_SHARE = 0.2;

// Calibration needs a few hundred left-out predictions, not all of them; a fixed stride over the
// examples keeps it deterministic and keeps construction fast when admins add many examples.
const CALIBRATION_SAMPLE_LIMIT = 500;

type TrainingExample = { klass: number; language: number; tokens: string[] };

// Builds a classifier from examples (the defaults or an admin's edited set): TF-IDF vectors of word
// uni/bi-grams and in-word character n-grams, scored against the nearest examples and per-language
// centroids of each intent, turned into probabilities by a softmax calibrated on leave-one-out
// predictions of the training examples themselves. Deterministic: same examples, same answers.
export function createIntentClassifier(examples: IntentExamples, options: IntentClassifierOptions = {}): IntentClassifier {
  const threshold = options.threshold ?? OUT_OF_SCOPE_THRESHOLD;
  const scoring = options.scoring ?? DEFAULT_CLASS_SCORING;
  const outOfScopeClass = INTENT_IDS.length;
  const outOfScopeExamples = options.outOfScopeExamples ?? DEFAULT_OUT_OF_SCOPE_EXAMPLES;

  const training: TrainingExample[] = [];
  INTENT_IDS.forEach((intent, klass) => {
    LANGS.forEach((lang, language) => {
      for (const text of examples[intent]?.[lang] ?? []) training.push({ klass, language, tokens: tokenize(text) });
    });
  });
  LANGS.forEach((lang, language) => {
    for (const text of outOfScopeExamples[lang] ?? []) training.push({ klass: outOfScopeClass, language, tokens: tokenize(text) });
  });
  const usable = training.filter((example) => example.tokens.length > 0);

  const corrector = createTypoCorrector(usable.flatMap((example) => example.tokens));
  const { model: tfidf, vectors } = fitTfidf(usable, LANGS.length, options.featureWeights ?? DEFAULT_FEATURE_WEIGHTS);
  const index = buildSimilarityIndex(vectors, tfidf.featureCount);

  const partialLayout = {
    classCount: INTENT_IDS.length + 1,
    languageCount: LANGS.length,
    classOfExample: Int32Array.from(usable, (example) => example.klass),
    languageOfExample: Int32Array.from(usable, (example) => example.language),
  };
  const layout: ClassLayout = { ...partialLayout, groupNorm: computeGroupNorms(partialLayout, vectors) };
  const hasOutOfScopeExamples = usable.some((example) => example.klass === outOfScopeClass);
  const presentIntents = new Set(usable.map((example) => example.klass));

  const calibration = fitCalibration(
    leaveOneOutSamples(usable, vectors, index, layout, scoring, outOfScopeClass),
    hasOutOfScopeExamples ? outOfScopeClass : undefined,
  );

  const similarities = new Float64Array(index.size);

  function classify(text: string, lang?: Lang): IntentPrediction {
    const tokens = tokenize(text).map((token) => corrector.correct(token));
    const query: SparseVector = tfidf.vectorize(tokens);
    index.similarities(query, similarities);
    const scores = scoreClasses(similarities, layout, scoring, lang === undefined ? undefined : LANGS.indexOf(lang));
    const probabilities = applyCalibration(scores, calibration);

    const ranking: IntentRanking = INTENT_IDS.flatMap((intent, klass) =>
      presentIntents.has(klass) ? [{ intent, score: probabilities.classes[klass] ?? 0 }] : [],
    ).sort((a, b) => b.score - a.score || INTENT_IDS.indexOf(a.intent) - INTENT_IDS.indexOf(b.intent));

    const top = ranking[0];
    const outOfScopeProbability = probabilities.none + (probabilities.classes[outOfScopeClass] ?? 0);
    if (!top || top.score < threshold || outOfScopeProbability > top.score) {
      return { intent: "out_of_scope", confidence: outOfScopeProbability, ranking };
    }
    return { intent: top.intent, confidence: top.score, ranking };
  }

  return { classify, calibration, threshold };
}

function leaveOneOutSamples(
  examples: readonly TrainingExample[],
  vectors: readonly SparseVector[],
  index: ReturnType<typeof buildSimilarityIndex>,
  layout: ClassLayout,
  scoring: ClassScoringParameters,
  outOfScopeClass: number,
): CalibrationSample[] {
  const outOfScopeCount = examples.filter((example) => example.klass === outOfScopeClass).length;
  const inScopeCount = examples.length - outOfScopeCount;
  const outOfScopeWeight = outOfScopeCount === 0 ? 0 : (OUT_OF_SCOPE_CALIBRATION_SHARE * inScopeCount) / outOfScopeCount;

  const stride = Math.max(1, Math.ceil(inScopeCount / CALIBRATION_SAMPLE_LIMIT));
  const similarities = new Float64Array(index.size);
  const samples: CalibrationSample[] = [];
  let inScopeSeen = 0;
  examples.forEach((example, position) => {
    const isOutOfScope = example.klass === outOfScopeClass;
    // Out-of-scope examples are few and all kept; in-scope ones are thinned by the stride.
    if (!isOutOfScope && inScopeSeen++ % stride !== 0) return;
    const vector = vectors[position];
    if (!vector) return;
    index.similarities(vector, similarities);
    samples.push({
      scores: scoreClasses(similarities, layout, scoring, example.language, position),
      target: isOutOfScope ? undefined : example.klass,
      weight: isOutOfScope ? outOfScopeWeight / stride : 1,
    });
  });
  return samples;
}
