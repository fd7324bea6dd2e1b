import { describe, expect, it } from 'vitest';
import { abstainRate, answeredRight, choicesHit, wrongAnswerRate } from './decisions.ts';
import { scoredTurn } from './turn.fixture.ts';

const A = '1.004222';
const B = '1.004194';
const C = '2.000001';

/** One turn per situation; the figures below were counted on paper. */
const turns = [
  scoredTurn({ caseId: 'right', expect: { procedures: [A], action: 'answer' }, reply: { ranked: [A] } }),
  scoredTurn({ caseId: 'wrong', expect: { procedures: [A], action: 'answer' }, reply: { ranked: [B, A] } }),
  // Out of scope, answered anyway: a wrong answer although no procedure is expected.
  scoredTurn({ caseId: 'oos-answered', expect: { procedures: [], action: 'out_of_scope' }, reply: { ranked: [C] } }),
  scoredTurn({ caseId: 'handed-off', expect: { procedures: [], action: 'handoff' }, reply: { kind: 'handoff', action: 'handoff' } }),
  scoredTurn({ caseId: 'abstained', expect: { procedures: [A], action: 'answer' }, reply: { kind: 'out_of_scope', action: 'out_of_scope' } }),
  scoredTurn({ caseId: 'clarify-hit', expect: { procedures: [A], action: 'clarify' }, reply: { kind: 'clarify', action: 'clarify', ranked: [B, A], offered: [B, A] } }),
  scoredTurn({ caseId: 'clarify-miss', expect: { procedures: [A], action: 'answer' }, reply: { kind: 'clarify', action: 'clarify', ranked: [B, C], offered: [B, C] } }),
  // A question within one procedure (which case of its documents): the procedure it cites decides.
  scoredTurn({ caseId: 'case-right', expect: { procedures: [A], action: 'answer' }, reply: { kind: 'clarify', action: 'clarify', ranked: [A], offered: [] } }),
  scoredTurn({ caseId: 'case-wrong', expect: { procedures: [A], action: 'answer' }, reply: { kind: 'clarify', action: 'clarify', ranked: [B], offered: [] } }),
  // An open question ("which paper do you need?") offers nothing and cites nothing: a miss.
  scoredTurn({ caseId: 'open-question', expect: { procedures: [A], action: 'answer' }, reply: { kind: 'clarify', action: 'clarify', ranked: [], offered: [] } }),
  // Choices on a question that expects no procedure: nothing to hit, not counted.
  scoredTurn({ caseId: 'clarify-oos', expect: { procedures: [], action: 'out_of_scope' }, reply: { kind: 'clarify', action: 'clarify', ranked: [B], offered: [B] } }),
  // Smalltalk counts as the action "answer" but answers about no procedure.
  scoredTurn({ caseId: 'smalltalk', expect: { procedures: [A], action: 'answer' }, reply: { kind: 'smalltalk', action: 'answer' } }),
  // Not judged: no expectation, or one that names neither action nor procedures.
  scoredTurn({ caseId: 'unjudged', expect: null, reply: { ranked: [C] } }),
  scoredTurn({ caseId: 'no-verdict', expect: { facts: ['CT01'] }, reply: { kind: 'handoff', action: 'handoff' } }),
];

describe('decision metrics', () => {
  it('wrong_answer_rate: answers citing an unacceptable procedure first, over all answers', () => {
    // Answers: right, wrong, oos-answered.
    expect(wrongAnswerRate(turns)).toBeCloseTo(2 / 3);
  });

  it('answered_right: turns expecting an answer that got one with an acceptable procedure', () => {
    // Expecting an answer: right, wrong, abstained, clarify-miss, the three case and open questions, smalltalk.
    expect(answeredRight(turns)).toBeCloseTo(1 / 8);
  });

  it('abstain_rate: judged turns ending out of scope or in a handoff', () => {
    // Judged: every turn but the two unjudged ones (12); abstained: handed-off and abstained.
    expect(abstainRate(turns)).toBeCloseTo(2 / 12);
  });

  it('choices_hit: clarify replies whose choices hold an acceptable procedure', () => {
    // Asked: clarify-hit, clarify-miss, case-right, case-wrong, open-question.
    expect(choicesHit(turns)).toBeCloseTo(2 / 5);
  });

  it('is null when nothing measured it', () => {
    const none = [scoredTurn({ expect: null })];
    expect([wrongAnswerRate(none), answeredRight(none), abstainRate(none), choicesHit(none)]).toEqual([null, null, null, null]);
  });
});
