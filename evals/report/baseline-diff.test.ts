import { describe, expect, it } from 'vitest';
import type { EvalSummary } from '../metrics/aggregate.ts';
import { diffSummaries, regressionsOf } from './baseline-diff.ts';
import { resultsFixture } from './results.fixture.ts';

function withChanges(base: EvalSummary, changes: Partial<EvalSummary>): EvalSummary {
  return { ...base, ...changes };
}

describe('baseline diff', () => {
  const before = resultsFixture().summary;

  it('finds no change against itself', () => {
    const changes = diffSummaries(before, before);
    expect(regressionsOf(changes)).toEqual([]);
    expect(changes.every((c) => c.delta === 0 || c.delta === null)).toBe(true);
  });

  it('calls out a drop in a rate and a rise in grounding violations as regressions', () => {
    const after = withChanges(before, { top1: (before.top1 ?? 0) - 0.1, facts: 1, grounding_violations: before.grounding_violations + 2 });
    const changes = diffSummaries(before, after);
    expect(regressionsOf(changes).map((c) => c.metric)).toEqual(['top1', 'grounding_violations']);
    expect(changes.find((c) => c.metric === 'top1')?.delta).toBeCloseTo(-0.1);
    expect(changes.find((c) => c.metric === 'facts')?.improvement).toBe(true);
  });

  it('tolerates latency noise but not a large slowdown', () => {
    const noisy = diffSummaries(before, withChanges(before, { latency_ms: { p50: before.latency_ms.p50 + 15, p95: before.latency_ms.p95 * 1.4 } }));
    expect(regressionsOf(noisy)).toEqual([]);
    const slow = diffSummaries(before, withChanges(before, { latency_ms: { p50: before.latency_ms.p50, p95: before.latency_ms.p95 * 2 + 20 } }));
    expect(regressionsOf(slow).map((c) => c.metric)).toEqual(['latency_ms.p95']);
  });

  it('compares tags present in either run and flags a tag that got worse', () => {
    const after = withChanges(before, { by_tag: { ...before.by_tag, fee: { n: 1, top1: 0, facts: 0, action: 1 }, newtag: { n: 1, top1: 1, facts: null, action: null } } });
    const changes = diffSummaries(before, after);
    expect(regressionsOf(changes).map((c) => c.metric)).toEqual(['by_tag.fee.top1', 'by_tag.fee.facts']);
    expect(changes.find((c) => c.metric === 'by_tag.newtag.top1')).toMatchObject({ before: null, after: 1, regression: false });
  });

  it('calls out more wrong answers, fewer right ones and a worse author, but gives abstaining no verdict', () => {
    const lan = before.by_author.lan;
    if (!lan) throw new Error('the fixture names author lan');
    const after = withChanges(before, {
      wrong_answer_rate: (before.wrong_answer_rate ?? 0) + 0.1,
      answered_right: (before.answered_right ?? 0) - 0.1,
      abstain_rate: (before.abstain_rate ?? 0) + 0.5,
      by_author: { ...before.by_author, lan: { ...lan, wrong_answer_rate: 1, abstain_rate: 0.5 } },
    });
    const changes = diffSummaries(before, after);
    expect(regressionsOf(changes).map((c) => c.metric)).toEqual(['answered_right', 'wrong_answer_rate', 'by_author.lan.wrong_answer_rate']);
    expect(changes.find((c) => c.metric === 'abstain_rate')).toMatchObject({ delta: 0.5, regression: false, improvement: false });
    expect(changes.find((c) => c.metric === 'by_author.lan.abstain_rate')).toMatchObject({ before: 0, after: 0.5, regression: false });
  });

  it('compares with a baseline written before the decision metrics existed, without a verdict on them', () => {
    const { wrong_answer_rate: _w, answered_right: _a, abstain_rate: _b, choices_hit: _c, by_author: _d, ...old } = before;
    const changes = diffSummaries(old as EvalSummary, before);
    expect(regressionsOf(changes)).toEqual([]);
    expect(changes.find((c) => c.metric === 'wrong_answer_rate')).toMatchObject({ before: null, delta: null, regression: false });
  });
});
