import { describe, expect, it } from 'vitest';
import { calibrationTable } from './calibration.ts';
import { scoredTurn } from './turn.fixture.ts';

const A = '1.004222';
const answer = (confidence: number, right: boolean) =>
  scoredTurn({ expect: { procedures: [A], action: 'answer' }, reply: { confidence, ranked: [right ? A : '2.000001'] } });

describe('calibration table', () => {
  const table = calibrationTable([
    answer(0.1, false),
    answer(0.2, true), // an edge belongs to the bin above it
    answer(0.5, true),
    answer(0.55, false),
    answer(0.85, true),
    answer(1, true), // the last bin includes 1
    answer(1.3, false), // out of range: clamped into the last bin
    scoredTurn({ expect: { procedures: [A], action: 'answer' }, reply: { kind: 'clarify', action: 'clarify', confidence: 0.9 } }),
    scoredTurn({ expect: null, reply: { confidence: 0.9, ranked: [A] } }),
  ]);

  it('bins answer turns by the reply confidence, with the share right', () => {
    expect(table.map((b) => [b.from, b.to, b.n, b.right])).toEqual([
      [0, 0.2, 1, 0],
      [0.2, 0.4, 1, 1],
      [0.4, 0.6, 2, 0.5],
      [0.6, 0.8, 0, null],
      [0.8, 1, 3, 2 / 3],
    ]);
  });

  it('gives the mean confidence of each bin', () => {
    expect(table[2]?.confidence).toBeCloseTo(0.525);
    expect(table[3]?.confidence).toBeNull();
    expect(table[4]?.confidence).toBeCloseTo((0.85 + 1 + 1.3) / 3);
  });
});
