import { describe, expect, it } from 'vitest';
import { summarise } from './aggregate.ts';
import { worstFailures } from './failures.ts';
import { scoredTurn } from './turn.fixture.ts';

/** Four hand-checked turns; every figure below was computed on paper. */
const turns = [
  scoredTurn({
    caseId: 'fee', tags: ['fee', 'sample'], latencyMs: 10,
    expect: { procedures: ['1.004222'], aspect: 'fee', facts: ['20.000', '7 ngày làm việc'], action: 'answer' },
    reply: { text: 'Lệ phí 20.000 đồng, 7 ngày làm việc.', ranked: ['1.004222'], aspect: 'fee' },
  }),
  scoredTurn({
    caseId: 'docs', tags: ['documents', 'sample'], latencyMs: 30,
    expect: { procedures: ['1.004194'], aspect: 'documents', facts: ['CT01', 'Tờ khai'], action: 'answer' },
    reply: { text: 'Cần tờ khai.', ranked: ['2.000001', '1.004194'], aspect: 'fee' },
    ungroundedNumbers: ['3'],
  }),
  scoredTurn({
    caseId: 'vague', tags: ['clarify'], latencyMs: 20,
    expect: { procedures: ['1.004194'], action: 'clarify' },
    reply: { kind: 'answer', action: 'answer', ranked: ['9.999999'] },
  }),
  // "overview" on a handoff is a placeholder: not scored as an aspect.
  scoredTurn({ caseId: 'human', tags: ['handoff'], latencyMs: 400, expect: { action: 'handoff', aspect: 'overview' }, reply: { kind: 'handoff', action: 'handoff' } }),
  // A turn with no expectation counts only for latency and grounding.
  scoredTurn({ caseId: 'human', turnIndex: 1, expect: null, latencyMs: 5 }),
];

describe('summarise', () => {
  const summary = summarise(turns, { invalidLines: 2, peers: { minisearch: { top1: 0.5, recall5: 1, mrr: 0.75 } } });

  it('computes the headline figures', () => {
    expect(summary.n).toBe(4);
    expect(summary.top1).toBeCloseTo(1 / 3);
    expect(summary.recall5).toBeCloseTo(2 / 3);
    expect(summary.mrr).toBeCloseTo((1 + 0.5 + 0) / 3);
    expect(summary.aspect).toBe(0.5);
    expect(summary.facts).toBe(0.75);
    // Only "fee" cites its expected procedure first, and it states both facts.
    expect(summary.facts_when_right).toBe(1);
    expect(summary.action).toBe(0.75);
    // Three answers (fee, docs, vague); docs and vague cite a wrong procedure first.
    expect(summary.wrong_answer_rate).toBeCloseTo(2 / 3);
    expect(summary.answered_right).toBe(0.5);
    expect(summary.abstain_rate).toBe(0.25);
    expect(summary.choices_hit).toBeNull();
    expect(summary.calibration.map((b) => b.n)).toEqual([0, 0, 0, 0, 3]);
    expect(summary.by_author).toEqual({});
    expect(summary.grounding_violations).toBe(1);
    expect(summary.grounding_violation_rate).toBe(0.2);
    expect(summary.latency_ms).toEqual({ p50: 20, p95: 400 });
    expect(summary.invalid_lines).toBe(2);
    expect(summary.peers.minisearch?.mrr).toBe(0.75);
    expect(summary.confusion.clarify.answer).toBe(1);
  });

  it('breaks figures down by tag', () => {
    expect(Object.keys(summary.by_tag)).toEqual(['clarify', 'documents', 'fee', 'handoff', 'sample']);
    expect(summary.by_tag.sample).toEqual({ n: 2, top1: 0.5, facts: 0.75, action: 1 });
    expect(summary.by_tag.handoff).toEqual({ n: 1, top1: null, facts: null, action: 1 });
  });

  it('lists the worst failures first with their reasons', () => {
    const failures = worstFailures(turns);
    expect(failures.map((f) => f.turn.caseId)).toEqual(['docs', 'vague']);
    expect(failures[0]?.problems).toEqual([
      { kind: 'procedure', expected: ['1.004194'], actual: '2.000001' },
      { kind: 'aspect', expected: 'documents', actual: 'fee' },
      { kind: 'facts', missing: ['CT01'] },
      { kind: 'grounding', numbers: ['3'] },
    ]);
    expect(failures[0]?.severity).toBe(3 + 1 + 1 + 2);
  });
});

describe('scenario checks', () => {
  it('reports a wrong handoff reason, too few choices and what the reply should not have said', () => {
    const turn = scoredTurn({
      expect: { action: 'handoff', reason: 'complaint', minChoices: 2, absent: ['cán bộ', 'http'] },
      reply: { kind: 'handoff', action: 'handoff', handoffReason: 'asked_for_human', choices: ['Đăng ký thường trú'], text: 'Tôi chuyển bạn cho cán bộ ngay bây giờ.' },
    });
    expect(worstFailures([turn])[0]?.problems).toEqual([
      { kind: 'reason', expected: 'complaint', actual: 'asked_for_human' },
      { kind: 'choices', expected: 2, actual: 1 },
      { kind: 'unwanted', present: ['cán bộ'] },
    ]);
  });
});
