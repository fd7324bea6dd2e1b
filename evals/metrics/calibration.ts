import { citesAcceptable, isAnswer, isJudged } from './decisions.ts';
import type { ScoredTurn } from './scored-turn.ts';

/**
 * Reliability by confidence: the answer turns grouped by the confidence the reply exposes
 * (`Reply.confidence`), with the share of them whose first cited procedure is acceptable.
 * A calibrated assistant is right about 70 % of the time when it says 0.7.
 */
export interface CalibrationBin {
  /** Confidence range [from, to); the last bin includes 1. */
  from: number;
  to: number;
  /** Answer turns in the bin. */
  n: number;
  /** Share of them with an acceptable procedure cited first; null when the bin is empty. */
  right: number | null;
  /** Mean confidence in the bin; null when empty. */
  confidence: number | null;
}

export const CALIBRATION_EDGES = [0, 0.2, 0.4, 0.6, 0.8, 1] as const;

/** The bin of a confidence; values outside 0..1 are clamped into the end bins. */
function binOf(confidence: number): number {
  const inner = CALIBRATION_EDGES.slice(1, -1);
  const index = inner.findIndex((edge) => confidence < edge);
  return index === -1 ? inner.length : index;
}

export function calibrationTable(turns: readonly ScoredTurn[]): CalibrationBin[] {
  const answers = turns.filter((t) => isJudged(t) && isAnswer(t));
  return CALIBRATION_EDGES.slice(0, -1).map((from, i) => {
    const inBin = answers.filter((t) => binOf(t.reply.confidence) === i);
    const n = inBin.length;
    return {
      from,
      to: CALIBRATION_EDGES[i + 1] ?? 1,
      n,
      right: n === 0 ? null : inBin.filter(citesAcceptable).length / n,
      confidence: n === 0 ? null : inBin.reduce((sum, t) => sum + t.reply.confidence, 0) / n,
    };
  });
}
