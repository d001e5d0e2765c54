// Turns class similarity scores into probabilities with a temperature softmax plus one extra "none of
// these" logit at a fixed similarity (`nullScore`). The null logit is what lets a message that is only
// faintly like every intent come out with low confidence instead of being normalised into a confident
// guess. Both numbers are fitted by minimising log-loss on left-out predictions, which is what makes
// the confidence read as an accuracy.
export type SoftmaxCalibration = { temperature: number; nullScore: number };

export type CalibrationSample = {
  scores: Float64Array;
  // Index of the right class, or undefined for an out-of-scope message (right answer: null or the
  // out-of-scope class, when there is one).
  target: number | undefined;
  weight: number;
};

export type CalibratedProbabilities = { classes: Float64Array; none: number };

export function applyCalibration(scores: Float64Array, calibration: SoftmaxCalibration): CalibratedProbabilities {
  const { temperature, nullScore } = calibration;
  let highest = nullScore;
  for (const score of scores) if (score > highest) highest = score;

  const classes = new Float64Array(scores.length);
  const none = Math.exp((nullScore - highest) / temperature);
  let total = none;
  for (let k = 0; k < scores.length; k++) {
    const value = Math.exp(((scores[k] ?? 0) - highest) / temperature);
    classes[k] = value;
    total += value;
  }
  for (let k = 0; k < classes.length; k++) classes[k] = (classes[k] ?? 0) / total;
  return { classes, none: none / total };
}

// Only the highest class scores matter to the fit: with any temperature worth choosing, the rest add
// less than a rounding error to the softmax, and dropping them keeps construction fast.
const FITTED_CLASSES = 6;

export function fitCalibration(samples: readonly CalibrationSample[], outOfScopeClass: number | undefined): SoftmaxCalibration {
  const compact = samples.map((sample) => compactSample(sample, outOfScopeClass));
  const loss = (temperature: number, nullScore: number) => logLoss(compact, temperature, nullScore);

  let best: SoftmaxCalibration = { temperature: 0.05, nullScore: 0.2 };
  let bestLoss = Number.POSITIVE_INFINITY;
  const consider = (temperature: number, nullScore: number) => {
    const candidateLoss = loss(temperature, nullScore);
    if (candidateLoss < bestLoss) {
      bestLoss = candidateLoss;
      best = { temperature, nullScore };
    }
  };

  for (const temperature of geometric(0.005, 0.4, 9)) for (const nullScore of linear(0, 0.7, 8)) consider(temperature, nullScore);

  // Local refinement around the best grid point.
  let temperatureStep = 1.7;
  let nullStep = 0.05;
  for (let round = 0; round < 5; round++) {
    const center = best;
    for (const temperature of [center.temperature / temperatureStep, center.temperature, center.temperature * temperatureStep]) {
      for (const nullScore of [center.nullScore - nullStep, center.nullScore, center.nullScore + nullStep]) consider(temperature, nullScore);
    }
    temperatureStep = Math.sqrt(temperatureStep);
    nullStep /= 2;
  }
  return best;
}

// The highest scores (descending), how many of them count as a right answer (the target, or for an
// out-of-scope sample the out-of-scope class) and the sample's weight.
type CompactSample = { scores: Float64Array; right: Uint8Array; rightIsNone: boolean; weight: number };

function compactSample(sample: CalibrationSample, outOfScopeClass: number | undefined): CompactSample {
  const order = Array.from(sample.scores.keys()).sort((a, b) => (sample.scores[b] ?? 0) - (sample.scores[a] ?? 0));
  const kept = order.slice(0, FITTED_CLASSES);
  const rightClass = sample.target ?? outOfScopeClass;
  const scores = Float64Array.from(kept, (klass) => sample.scores[klass] ?? 0);
  const right = Uint8Array.from(kept, (klass) => (klass === rightClass ? 1 : 0));
  // A right class that fell outside the kept ones still needs its score: put it in the last slot.
  if (rightClass !== undefined && !kept.includes(rightClass) && scores.length > 0) {
    scores[scores.length - 1] = sample.scores[rightClass] ?? 0;
    right[right.length - 1] = 1;
  }
  return { scores, right, rightIsNone: sample.target === undefined, weight: sample.weight };
}

function logLoss(samples: readonly CompactSample[], temperature: number, nullScore: number): number {
  let total = 0;
  let weights = 0;
  for (const sample of samples) {
    let highest = nullScore;
    for (const score of sample.scores) if (score > highest) highest = score;
    const none = Math.exp((nullScore - highest) / temperature);
    let all = none;
    let right = sample.rightIsNone ? none : 0;
    for (let k = 0; k < sample.scores.length; k++) {
      const value = Math.exp(((sample.scores[k] ?? 0) - highest) / temperature);
      all += value;
      if (sample.right[k] === 1) right += value;
    }
    total -= sample.weight * Math.log(Math.max(right / all, 1e-12));
    weights += sample.weight;
  }
  return weights === 0 ? 0 : total / weights;
}

function geometric(from: number, to: number, count: number): number[] {
  const ratio = (to / from) ** (1 / (count - 1));
  return Array.from({ length: count }, (_, k) => from * ratio ** k);
}

function linear(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + ((to - from) * k) / (count - 1));
}
