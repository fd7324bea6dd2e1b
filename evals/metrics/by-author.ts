import { actionAccuracy } from './actions.ts';
import { calibrationTable, type CalibrationBin } from './calibration.ts';
import { abstainRate, answeredRight, choicesHit, wrongAnswerRate } from './decisions.ts';
import { scoreRanking } from './retrieval.ts';
import type { ScoredTurn } from './scored-turn.ts';

/**
 * The key figures of one author's items. Authors write independently; one author's items are
 * held out from all tuning, so each author is reported on their own and never pooled here.
 */
export interface AuthorSummary {
  n: number;
  top1: number | null;
  answered_right: number | null;
  wrong_answer_rate: number | null;
  abstain_rate: number | null;
  choices_hit: number | null;
  action: number | null;
  calibration: CalibrationBin[];
}

function top1Of(turns: readonly ScoredTurn[]): number | null {
  const expecting = turns.filter((t) => (t.expect?.procedures?.length ?? 0) > 0);
  if (expecting.length === 0) return null;
  return expecting.reduce((sum, t) => sum + scoreRanking(t.reply.ranked, t.expect?.procedures ?? []).top1, 0) / expecting.length;
}

export function authorSummary(turns: readonly ScoredTurn[]): AuthorSummary {
  const pairs = turns.flatMap((t) => (t.expect?.action ? [{ expected: t.expect.action, actual: t.reply.action }] : []));
  return {
    n: turns.length,
    top1: top1Of(turns),
    answered_right: answeredRight(turns),
    wrong_answer_rate: wrongAnswerRate(turns),
    abstain_rate: abstainRate(turns),
    choices_hit: choicesHit(turns),
    action: actionAccuracy(pairs),
    calibration: calibrationTable(turns),
  };
}

/** Figures per author, for the scored turns whose item names one (sorted by author). */
export function byAuthor(scored: readonly ScoredTurn[]): Record<string, AuthorSummary> {
  const authors = [...new Set(scored.flatMap((t) => (t.author ? [t.author] : [])))].sort();
  return Object.fromEntries(authors.map((author) => [author, authorSummary(scored.filter((t) => t.author === author))]));
}
