import type { ScoredTurn } from './scored-turn.ts';

/**
 * How the assistant decided, and whether that decision served the citizen: a confident wrong
 * answer sends them to the counter with the wrong papers, so it is counted on its own.
 * Every figure here is over the turns the dataset judges (an expected action or procedures).
 */

const share = (hits: number, total: number): number | null => (total === 0 ? null : hits / total);

/** The dataset says what should happen on this turn (an action, or the acceptable procedures). */
export function isJudged(turn: ScoredTurn): boolean {
  return turn.expect !== null && (turn.expect.action !== undefined || turn.expect.procedures !== undefined);
}

/** The reply answers about a procedure (reply kind `answer`; smalltalk is not one). */
export function isAnswer(turn: ScoredTurn): boolean {
  return turn.reply.kind === 'answer';
}

/** The first procedure the reply cites is acceptable; never so for a turn that expects none. */
export function citesAcceptable(turn: ScoredTurn): boolean {
  const first = turn.reply.ranked[0];
  return first !== undefined && (turn.expect?.procedures ?? []).includes(first);
}

/** The turn ends with "not in my data" (out of scope) or with a person taking over. */
export function isAbstention(turn: ScoredTurn): boolean {
  return turn.reply.action === 'out_of_scope' || turn.reply.action === 'handoff';
}

/** Answer turns whose first cited procedure is not acceptable, out of all answer turns (items expecting no procedure included). */
export function wrongAnswerRate(turns: readonly ScoredTurn[]): number | null {
  const answers = turns.filter((t) => isJudged(t) && isAnswer(t));
  return share(answers.filter((t) => !citesAcceptable(t)).length, answers.length);
}

/** Of the turns that expect an answer, the share answered with an acceptable procedure first. */
export function answeredRight(turns: readonly ScoredTurn[]): number | null {
  const expecting = turns.filter((t) => isJudged(t) && t.expect?.action === 'answer');
  return share(expecting.filter((t) => isAnswer(t) && citesAcceptable(t)).length, expecting.length);
}

/** Share of judged turns that end out of scope or in a handoff. */
export function abstainRate(turns: readonly ScoredTurn[]): number | null {
  const judged = turns.filter(isJudged);
  return share(judged.filter(isAbstention).length, judged.length);
}

/**
 * Of the clarify replies on turns that expect procedures, the share whose numbered choices hold an
 * acceptable one. A question within one procedure (which case of its documents, which method) offers
 * no procedures: its choices are that procedure's, so the procedure it cites decides.
 */
export function choicesHit(turns: readonly ScoredTurn[]): number | null {
  const asked = turns.filter((t) => t.reply.kind === 'clarify' && (t.expect?.procedures?.length ?? 0) > 0);
  const choicesOf = (t: ScoredTurn) => (t.reply.offered.length > 0 ? t.reply.offered : t.reply.ranked.slice(0, 1));
  const hit = asked.filter((t) => choicesOf(t).some((code) => t.expect?.procedures?.includes(code)));
  return share(hit.length, asked.length);
}
