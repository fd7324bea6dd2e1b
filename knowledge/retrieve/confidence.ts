import type { FusedProcedure } from './fuse.ts';

/**
 * Logistic model of "top-1 is the procedure the citizen means", from the fused-score margin and
 * the name evidence. Coefficients were fitted on the dev set over the full shared corpus, with the
 * out-of-scope questions as negatives (knowledge/bench/calibrate.ts): at ≥ 0.6, top-1 was right 89%
 * of the time (0.8–1: 95%; 0.6–0.8: 65%; 0.4–0.6: 54%; below 0.4: 11%, mostly out-of-scope).
 * Refit after changing fusion weights, the lexicon or the embedder.
 */
export interface ConfidenceModel {
  intercept: number;
  margin: number;
  nameCoverage: number;
  queryCoverage: number;
  exact: number;
}

export const DEFAULT_CONFIDENCE: ConfidenceModel = {
  intercept: -1.88,
  margin: 2.76,
  nameCoverage: 2,
  queryCoverage: 4.29,
  exact: -0.41,
};

export interface ConfidenceFeatures {
  margin: number;
  nameCoverage: number;
  queryCoverage: number;
  exact: number;
}

export function confidenceFeatures(ranked: readonly FusedProcedure[]): ConfidenceFeatures | null {
  const [top, second] = ranked;
  if (!top) return null;
  return {
    margin: top.score > 0 ? (top.score - (second?.score ?? 0)) / top.score : 0,
    nameCoverage: top.name.nameCoverage,
    queryCoverage: top.name.queryCoverage,
    exact: top.name.exact ? 1 : 0,
  };
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Confidence per returned procedure: the model gives top-1's; the rest share what remains in
 * proportion to their fused scores. A typed code that exists is near-certain.
 */
export function assignConfidence(ranked: readonly FusedProcedure[], returned: number, model: ConfidenceModel): number[] {
  const features = confidenceFeatures(ranked);
  if (!features || !ranked[0]) return [];
  const top = ranked[0].codeMatch
    ? 0.98
    : sigmoid(
        model.intercept +
          model.margin * features.margin +
          model.nameCoverage * features.nameCoverage +
          model.queryCoverage * features.queryCoverage +
          model.exact * features.exact,
      );
  const shown = ranked.slice(0, returned);
  const rest = shown.slice(1).reduce((sum, r) => sum + Math.max(r.score, 0), 0);
  return shown.map((r, i) => (i === 0 ? top : rest > 0 ? ((1 - top) * Math.max(r.score, 0)) / rest : 0));
}
