import { describe, expect, it } from 'vitest';
import { actionAccuracy, actionOfKind, confusionMatrix } from './actions.ts';

describe('action metrics', () => {
  it('folds smalltalk into answer and keeps the four scored kinds', () => {
    expect(actionOfKind('smalltalk')).toBe('answer');
    expect(actionOfKind('handoff')).toBe('handoff');
    expect(actionOfKind('out_of_scope')).toBe('out_of_scope');
  });

  it('counts expected against actual and the share that match (hand-checked: 3 of 5)', () => {
    const pairs = [
      { expected: 'answer', actual: 'answer' },
      { expected: 'answer', actual: 'clarify' },
      { expected: 'handoff', actual: 'handoff' },
      { expected: 'out_of_scope', actual: 'answer' },
      { expected: 'clarify', actual: 'clarify' },
    ] as const;
    const matrix = confusionMatrix(pairs);
    expect(matrix.answer).toEqual({ answer: 1, clarify: 1, handoff: 0, out_of_scope: 0 });
    expect(matrix.out_of_scope.answer).toBe(1);
    expect(matrix.handoff.handoff).toBe(1);
    expect(actionAccuracy(pairs)).toBe(0.6);
    expect(actionAccuracy([])).toBeNull();
  });
});
