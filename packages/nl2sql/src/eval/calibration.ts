/** How well the engine's confidence predicts a right answer, measured on an evaluation set. */

export interface CalibrationBucket {
  /** Inclusive lower bound of the confidence range. */
  from: number;
  /** Exclusive upper bound (the last bucket includes 1). */
  to: number;
  count: number;
  correct: number;
  /** Mean confidence of the answers in the bucket. */
  meanConfidence: number;
}

export interface Calibration {
  buckets: CalibrationBucket[];
  /** Answers given with confidence ≥ 0.8, and how many of them were right. */
  confident: { count: number; correct: number };
  /** Mean squared gap between confidence and outcome (0 is perfect, 0.25 is a coin at 0.5). */
  brier: number;
  /** Expected calibration error: the bucket-size-weighted gap between mean confidence and accuracy. */
  ece: number;
}

const EDGES = [0, 0.5, 0.8, 0.9, 1.0000001];
export const CONFIDENT = 0.8;

export function measureCalibration(results: { confidence: number; passed: boolean }[]): Calibration {
  const buckets: CalibrationBucket[] = EDGES.slice(0, -1).map((from, i) => ({
    from,
    to: Math.min(1, EDGES[i + 1] ?? 1),
    count: 0,
    correct: 0,
    meanConfidence: 0,
  }));
  let brier = 0;
  for (const r of results) {
    const bucket =
      buckets.find((b, i) => r.confidence >= b.from && r.confidence < (EDGES[i + 1] ?? 2)) ?? buckets[0];
    if (!bucket) continue;
    bucket.count++;
    bucket.meanConfidence += r.confidence;
    if (r.passed) bucket.correct++;
    brier += (r.confidence - (r.passed ? 1 : 0)) ** 2;
  }
  let ece = 0;
  for (const b of buckets) {
    if (b.count === 0) continue;
    b.meanConfidence /= b.count;
    ece += (b.count / results.length) * Math.abs(b.meanConfidence - b.correct / b.count);
  }
  const confident = results.filter((r) => r.confidence >= CONFIDENT);
  return {
    buckets,
    confident: { count: confident.length, correct: confident.filter((r) => r.passed).length },
    brier: results.length === 0 ? 0 : brier / results.length,
    ece,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)} %`);

/** Three lines: confident-and-right, the buckets, Brier and ECE. */
export function formatCalibration(c: Calibration): string[] {
  const buckets = c.buckets.map(
    (b) =>
      `[${b.from.toFixed(1)}, ${b.to >= 1 ? '1.0]' : `${b.to.toFixed(1)})`} ${b.correct}/${b.count} right (${pct(b.correct, b.count)})`,
  );
  return [
    `Confident (≥ ${CONFIDENT}) and right: ${c.confident.correct}/${c.confident.count} (${pct(c.confident.correct, c.confident.count)})`,
    `Calibration by confidence: ${buckets.join('; ')}`,
    `Brier ${c.brier.toFixed(3)}, ECE ${c.ece.toFixed(3)}`,
  ];
}
