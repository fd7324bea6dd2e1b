import { actionAccuracy, confusionMatrix, type ConfusionMatrix } from './actions.ts';
import { byAuthor, type AuthorSummary } from './by-author.ts';
import { calibrationTable, type CalibrationBin } from './calibration.ts';
import { abstainRate, answeredRight, choicesHit, wrongAnswerRate } from './decisions.ts';
import { factScore } from './facts.ts';
import { percentile } from './latency.ts';
import { scoreRanking } from './retrieval.ts';
import type { Action, ScoredTurn } from './scored-turn.ts';

/** The figures of one run; `--json` prints exactly this object (rates 0..1, null = not measured). */
export interface EvalSummary {
  /** Turns with an expectation (one per dataset line, more for scripted conversations). */
  n: number;
  top1: number | null;
  recall5: number | null;
  mrr: number | null;
  aspect: number | null;
  facts: number | null;
  /** Facts over the turns whose first cited procedure is an expected one: what the answer itself gets right. */
  facts_when_right: number | null;
  action: number | null;
  /** Answer replies whose first cited procedure is not acceptable, out of all answer replies (see metrics/decisions.ts). */
  wrong_answer_rate: number | null;
  /** Of the turns that expect an answer, the share answered with an acceptable procedure first. */
  answered_right: number | null;
  /** Turns that end out of scope ("not in my data") or in a handoff. */
  abstain_rate: number | null;
  /** Clarify replies whose numbered choices hold an acceptable procedure (turns that expect procedures). */
  choices_hit: number | null;
  /** Reliability of answer replies by confidence bin. */
  calibration: CalibrationBin[];
  /** Numbers stated in replies that none of the cited records contains. */
  grounding_violations: number;
  /** Share of replies with at least one such number. */
  grounding_violation_rate: number;
  latency_ms: { p50: number; p95: number };
  by_tag: Record<string, TagSummary>;
  /** The key figures per item author (items that name one); held-out authors are only labelled by the CLI. */
  by_author: Record<string, AuthorSummary>;
  confusion: ConfusionMatrix;
  peers: Record<string, PeerSummary>;
  invalid_lines: number;
}

export interface TagSummary {
  n: number;
  top1: number | null;
  facts: number | null;
  action: number | null;
}

export interface PeerSummary {
  top1: number | null;
  recall5: number | null;
  mrr: number | null;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** Ranking metrics over the turns that expect procedures, for any ranked list (assistant or peer). */
export function rankingSummary(items: readonly { ranked: readonly string[]; expected: readonly string[] }[]): PeerSummary {
  const scores = items.map((i) => scoreRanking(i.ranked, i.expected));
  return {
    top1: mean(scores.map((s) => s.top1)),
    recall5: mean(scores.map((s) => s.recall5)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
  };
}

/**
 * The aspect is scored where the citizen asked about a procedure: a dataset may still fill in
 * "overview" for a handoff or an out-of-scope question, where no aspect applies.
 */
export function expectsAspect(turn: ScoredTurn): boolean {
  const expect = turn.expect;
  return expect !== null && expect.aspect !== undefined && expect.action !== 'handoff' && expect.action !== 'out_of_scope';
}

function expectsProcedures(turn: ScoredTurn): boolean {
  return (turn.expect?.procedures?.length ?? 0) > 0;
}

function actionPairs(turns: readonly ScoredTurn[]): { expected: Action; actual: Action }[] {
  return turns.flatMap((t) => (t.expect?.action ? [{ expected: t.expect.action, actual: t.reply.action }] : []));
}

function retrievalOf(turns: readonly ScoredTurn[]): PeerSummary {
  return rankingSummary(turns.filter(expectsProcedures).map((t) => ({ ranked: t.reply.ranked, expected: t.expect?.procedures ?? [] })));
}

function factsOf(turns: readonly ScoredTurn[]): number | null {
  return mean(turns.filter((t) => (t.expect?.facts?.length ?? 0) > 0).map((t) => factScore(t.reply.text, t.expect?.facts ?? [])));
}

/** Facts of the turns that cite an expected procedure first: a wrong procedure cannot hold the right facts. */
function factsWhenRightOf(turns: readonly ScoredTurn[]): number | null {
  return factsOf(turns.filter((t) => expectsProcedures(t) && t.expect?.procedures?.includes(t.reply.ranked[0] ?? '')));
}

function tagSummary(turns: readonly ScoredTurn[]): TagSummary {
  return { n: turns.length, top1: retrievalOf(turns).top1, facts: factsOf(turns), action: actionAccuracy(actionPairs(turns)) };
}

export function summarise(
  allTurns: readonly ScoredTurn[],
  options: { peers?: Record<string, PeerSummary>; invalidLines?: number } = {},
): EvalSummary {
  const scored = allTurns.filter((t) => t.expect !== null);
  const aspectTurns = scored.filter(expectsAspect);
  const retrieval = retrievalOf(scored);
  const latencies = allTurns.map((t) => t.latencyMs);
  const tags = [...new Set(scored.flatMap((t) => t.tags))].sort();
  return {
    n: scored.length,
    top1: retrieval.top1,
    recall5: retrieval.recall5,
    mrr: retrieval.mrr,
    aspect: mean(aspectTurns.map((t) => (t.reply.aspect === t.expect?.aspect ? 1 : 0))),
    facts: factsOf(scored),
    facts_when_right: factsWhenRightOf(scored),
    action: actionAccuracy(actionPairs(scored)),
    wrong_answer_rate: wrongAnswerRate(scored),
    answered_right: answeredRight(scored),
    abstain_rate: abstainRate(scored),
    choices_hit: choicesHit(scored),
    calibration: calibrationTable(scored),
    grounding_violations: allTurns.reduce((sum, t) => sum + t.ungroundedNumbers.length, 0),
    grounding_violation_rate: mean(allTurns.map((t) => (t.ungroundedNumbers.length > 0 ? 1 : 0))) ?? 0,
    latency_ms: { p50: round1(percentile(latencies, 50)), p95: round1(percentile(latencies, 95)) },
    by_tag: Object.fromEntries(tags.map((tag) => [tag, tagSummary(scored.filter((t) => t.tags.includes(tag)))])),
    by_author: byAuthor(scored),
    confusion: confusionMatrix(actionPairs(scored)),
    peers: options.peers ?? {},
    invalid_lines: options.invalidLines ?? 0,
  };
}
