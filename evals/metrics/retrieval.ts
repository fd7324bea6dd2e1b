/**
 * Ranking metrics over the procedures a reply cites. A dataset lists several codes when any of
 * them answers the question (the same service at two levels, say), so one acceptable code is a
 * hit: top-1 = the first code is acceptable, recall@5 = an acceptable code is in the first five,
 * MRR = 1 / rank of the first acceptable code (0 when none is cited).
 */

export interface RetrievalScore {
  top1: number;
  recall5: number;
  reciprocalRank: number;
}

export function scoreRanking(ranked: readonly string[], expected: readonly string[]): RetrievalScore {
  const wanted = new Set(expected);
  const rank = unique(ranked).findIndex((code) => wanted.has(code));
  return {
    top1: rank === 0 ? 1 : 0,
    recall5: rank >= 0 && rank < 5 ? 1 : 0,
    reciprocalRank: rank < 0 ? 0 : 1 / (rank + 1),
  };
}

/** A code cited twice (in the text and as a choice) counts once, at its first rank. */
function unique(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}
