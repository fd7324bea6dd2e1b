import { ACTIONS, type Action } from './scored-turn.ts';

/** confusion[expected][actual] = number of turns. */
export type ConfusionMatrix = Record<Action, Record<Action, number>>;

/** The reply kinds of assistant/reply.ts folded into the four scored actions. */
export function actionOfKind(kind: string): Action {
  if (kind === 'smalltalk') return 'answer';
  return (ACTIONS as readonly string[]).includes(kind) ? (kind as Action) : 'answer';
}

export function emptyConfusion(): ConfusionMatrix {
  const row = () => Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<Action, number>;
  return Object.fromEntries(ACTIONS.map((a) => [a, row()])) as ConfusionMatrix;
}

export function confusionMatrix(pairs: readonly { expected: Action; actual: Action }[]): ConfusionMatrix {
  const matrix = emptyConfusion();
  for (const { expected, actual } of pairs) matrix[expected][actual] += 1;
  return matrix;
}

/** Share of turns whose action is the expected one; null when no turn expects an action. */
export function actionAccuracy(pairs: readonly { expected: Action; actual: Action }[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter((p) => p.expected === p.actual).length / pairs.length;
}
