import { describe, expect, it } from 'vitest';
import { scoreRanking } from './retrieval.ts';
import { rankingSummary } from './aggregate.ts';

describe('retrieval metrics', () => {
  it('scores a hit at rank one, three and a miss', () => {
    expect(scoreRanking(['A', 'B'], ['A'])).toEqual({ top1: 1, recall5: 1, reciprocalRank: 1 });
    expect(scoreRanking(['B', 'C', 'A'], ['A'])).toEqual({ top1: 0, recall5: 1, reciprocalRank: 1 / 3 });
    expect(scoreRanking(['B', 'C', 'D', 'E', 'F', 'A'], ['A'])).toEqual({ top1: 0, recall5: 0, reciprocalRank: 1 / 6 });
    expect(scoreRanking([], ['A'])).toEqual({ top1: 0, recall5: 0, reciprocalRank: 0 });
  });

  it('accepts any of several listed codes and counts a repeated code once', () => {
    expect(scoreRanking(['B', 'A'], ['A', 'B']).top1).toBe(1);
    expect(scoreRanking(['C', 'C', 'A'], ['A']).reciprocalRank).toBe(1 / 2);
  });

  it('averages over questions (hand-checked: top1 1/4, recall5 3/4, MRR (1 + 1/2 + 1/5 + 0)/4)', () => {
    const summary = rankingSummary([
      { ranked: ['A'], expected: ['A'] },
      { ranked: ['X', 'B'], expected: ['B'] },
      { ranked: ['X', 'Y', 'Z', 'W', 'C'], expected: ['C'] },
      { ranked: ['X'], expected: ['D'] },
    ]);
    expect(summary.top1).toBe(0.25);
    expect(summary.recall5).toBe(0.75);
    expect(summary.mrr).toBeCloseTo(0.425, 10);
  });

  it('is null when no question expects a procedure', () => {
    expect(rankingSummary([])).toEqual({ top1: null, recall5: null, mrr: null });
  });
});
