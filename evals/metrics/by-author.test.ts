import { describe, expect, it } from 'vitest';
import { summarise } from './aggregate.ts';
import { byAuthor } from './by-author.ts';
import { scoredTurn } from './turn.fixture.ts';

const A = '1.004222';
const B = '1.004194';

const turns = [
  scoredTurn({ caseId: 'a1', author: 'lan', expect: { procedures: [A], action: 'answer' }, reply: { ranked: [A], confidence: 0.9 } }),
  scoredTurn({ caseId: 'a2', author: 'lan', expect: { procedures: [], action: 'out_of_scope' }, reply: { ranked: [B], confidence: 0.3 } }),
  scoredTurn({ caseId: 'b1', author: 'minh', expect: { procedures: [A], action: 'clarify' }, reply: { kind: 'clarify', action: 'clarify', ranked: [A], offered: [A] } }),
  scoredTurn({ caseId: 'b2', author: 'minh', expect: { procedures: [], action: 'handoff' }, reply: { kind: 'handoff', action: 'handoff' } }),
  scoredTurn({ caseId: 'none', expect: { procedures: [A], action: 'answer' }, reply: { ranked: [B] } }),
];

describe('figures by author', () => {
  const authors = byAuthor(turns);

  it('reports each named author on their own, and no group for items without one', () => {
    expect(Object.keys(authors)).toEqual(['lan', 'minh']);
    expect(authors.lan).toMatchObject({ n: 2, top1: 1, answered_right: 1, wrong_answer_rate: 0.5, abstain_rate: 0, choices_hit: null, action: 0.5 });
    expect(authors.minh).toMatchObject({ n: 2, top1: 1, answered_right: null, wrong_answer_rate: null, abstain_rate: 0.5, choices_hit: 1, action: 1 });
  });

  it('gives each author a calibration table of their answers', () => {
    expect(authors.lan?.calibration.map((b) => b.n)).toEqual([0, 1, 0, 0, 1]);
    expect(authors.lan?.calibration[1]?.right).toBe(0);
    expect(authors.minh?.calibration.every((b) => b.n === 0)).toBe(true);
  });

  it('is part of the run summary, beside the pooled figures', () => {
    const summary = summarise(turns);
    expect(summary.by_author).toEqual(authors);
    expect(summary.wrong_answer_rate).toBeCloseTo(2 / 3);
    expect(summary.answered_right).toBe(0.5);
    expect(summary.abstain_rate).toBeCloseTo(1 / 5);
    expect(summary.choices_hit).toBe(1);
    expect(summary.calibration.map((b) => b.n)).toEqual([0, 1, 0, 0, 2]);
  });
});
