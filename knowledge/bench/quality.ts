import type { DevQuestion } from './dev-questions.ts';

export interface QualityFigures {
  n: number;
  top1: number;
  recall5: number;
  mrr: number;
}

export interface QualityReport {
  overall: QualityFigures;
  byTag: Record<string, QualityFigures>;
  /** Questions whose top-1 was wrong, for error analysis. */
  misses: Array<{ id: string; query: string; expected: string[]; got: string[] }>;
  /** Milliseconds per question, in question order. */
  latencies: number[];
}

/** Rank (1-based) of the first acceptable code, or null when none is in the list. */
export function firstHit(codes: readonly string[], expected: readonly string[]): number | null {
  const index = codes.findIndex((code) => expected.includes(code));
  return index < 0 ? null : index + 1;
}

function figures(ranks: ReadonlyArray<number | null>): QualityFigures {
  const n = ranks.length;
  const share = (count: number) => (n ? count / n : 0);
  return {
    n,
    top1: share(ranks.filter((r) => r === 1).length),
    recall5: share(ranks.filter((r) => r !== null && r <= 5).length),
    mrr: share(ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0)),
  };
}

/** Top-1, recall@5 and MRR of a search function over the dev questions, overall and per tag. */
export async function measureQuality(
  questions: readonly DevQuestion[],
  search: (query: string) => Promise<string[]>,
): Promise<QualityReport> {
  const ranks: Array<number | null> = [];
  const latencies: number[] = [];
  const misses: QualityReport['misses'] = [];
  for (const question of questions) {
    const started = performance.now();
    const codes = await search(question.query);
    latencies.push(performance.now() - started);
    const rank = firstHit(codes, question.expected);
    ranks.push(rank);
    if (rank !== 1) misses.push({ id: question.id, query: question.query, expected: question.expected, got: codes.slice(0, 3) });
  }
  const tags = [...new Set(questions.flatMap((q) => q.tags))].sort();
  const byTag = Object.fromEntries(
    tags.map((tag) => [tag, figures(ranks.filter((_, i) => questions[i]!.tags.includes(tag)))]),
  );
  return { overall: figures(ranks), byTag, misses, latencies };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
