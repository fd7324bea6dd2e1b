import { expectsAspect } from './aggregate.ts';
import { containsFact, missingFacts } from './facts.ts';
import type { ScoredTurn } from './scored-turn.ts';

/** One thing that went wrong in a turn; the report puts it into words. */
export type Problem =
  | { kind: 'action'; expected: string; actual: string }
  | { kind: 'procedure'; expected: string[]; actual: string | null }
  | { kind: 'aspect'; expected: string | null; actual: string | null }
  | { kind: 'facts'; missing: string[] }
  | { kind: 'grounding'; numbers: string[] }
  | { kind: 'reason'; expected: string; actual: string | null }
  | { kind: 'choices'; expected: number; actual: number }
  | { kind: 'unwanted'; present: string[] };

export interface Failure {
  turn: ScoredTurn;
  problems: Problem[];
  /** Higher is worse: a wrong action or procedure misleads the citizen more than a missing fact. */
  severity: number;
}

const WEIGHT: Record<Problem['kind'], number> = { action: 3, procedure: 3, grounding: 2, reason: 2, aspect: 1, facts: 1, choices: 1, unwanted: 1 };

export function failuresOf(turn: ScoredTurn): Failure | null {
  const expect = turn.expect;
  if (!expect) return null;
  const problems: Problem[] = [];
  if (expect.action && expect.action !== turn.reply.action) problems.push({ kind: 'action', expected: expect.action, actual: turn.reply.action });
  const expected = expect.procedures ?? [];
  const first = turn.reply.ranked[0] ?? null;
  if (expected.length > 0 && (first === null || !expected.includes(first))) problems.push({ kind: 'procedure', expected, actual: first });
  if (expectsAspect(turn) && expect.aspect !== turn.reply.aspect) problems.push({ kind: 'aspect', expected: expect.aspect ?? null, actual: turn.reply.aspect });
  const missing = missingFacts(turn.reply.text, expect.facts ?? []);
  if (missing.length > 0) problems.push({ kind: 'facts', missing });
  if (turn.ungroundedNumbers.length > 0) problems.push({ kind: 'grounding', numbers: turn.ungroundedNumbers });
  problems.push(...scenarioProblems(turn));
  if (problems.length === 0) return null;
  const severity = problems.reduce((sum, p) => sum + WEIGHT[p.kind] * (p.kind === 'facts' ? p.missing.length : 1), 0);
  return { turn, problems, severity };
}

/** Checks scripted conversations add: why a handoff happened, choices offered, what must not be said. */
function scenarioProblems(turn: ScoredTurn): Problem[] {
  const expect = turn.expect ?? {};
  const problems: Problem[] = [];
  if (expect.reason && expect.reason !== turn.reply.handoffReason) problems.push({ kind: 'reason', expected: expect.reason, actual: turn.reply.handoffReason });
  if (expect.minChoices && turn.reply.choices.length < expect.minChoices) problems.push({ kind: 'choices', expected: expect.minChoices, actual: turn.reply.choices.length });
  const present = (expect.absent ?? []).filter((text) => containsFact(turn.reply.text, text));
  if (present.length > 0) problems.push({ kind: 'unwanted', present });
  return problems;
}

/** The worst failures first (ties: dataset order). */
export function worstFailures(turns: readonly ScoredTurn[], limit = 20): Failure[] {
  return turns
    .map(failuresOf)
    .filter((f): f is Failure => f !== null)
    .sort((a, b) => b.severity - a.severity)
    .slice(0, limit);
}
