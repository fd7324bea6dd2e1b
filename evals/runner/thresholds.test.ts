import { describe, expect, it } from 'vitest';
import { resultsFixture } from '../report/results.fixture.ts';
import { checkThresholds, loadThresholds } from './thresholds.ts';

describe('thresholds', () => {
  const summary = resultsFixture().summary;

  it('passes a run at or above every minimum and at or below every maximum', () => {
    expect(checkThresholds(summary, { min: { top1: 0.5, action: 0.75 }, max: { grounding_violations: 1, 'latency_ms.p95': 130 } })).toEqual([]);
  });

  it('reports each crossed threshold, and a minimum on a figure that was not measured', () => {
    const breaches = checkThresholds(summary, { min: { top1: 0.6, aspect: 0.5 }, max: { grounding_violations: 0 } });
    expect(breaches).toEqual([
      { metric: 'top1', limit: 0.6, value: 0.5, bound: 'min' },
      { metric: 'aspect', limit: 0.5, value: null, bound: 'min' },
      { metric: 'grounding_violations', limit: 0, value: 1, bound: 'max' },
    ]);
  });

  it('gates the decision metrics: wrong answers at most, right answers and choices at least', () => {
    // The fixture: 3 answers, 2 of them citing a wrong procedure first; 1 of 2 expected answers right.
    expect(checkThresholds(summary, { min: { answered_right: 0.5, abstain_rate: 0 }, max: { wrong_answer_rate: 0.7, abstain_rate: 0 } })).toEqual([]);
    expect(checkThresholds(summary, { min: { answered_right: 0.6, choices_hit: 0.9 }, max: { wrong_answer_rate: 0.05 } })).toEqual([
      { metric: 'answered_right', limit: 0.6, value: 0.5, bound: 'min' },
      { metric: 'choices_hit', limit: 0.9, value: null, bound: 'min' },
      { metric: 'wrong_answer_rate', limit: 0.05, value: 2 / 3, bound: 'max' },
    ]);
  });

  it('reads the project thresholds file', async () => {
    const thresholds = await loadThresholds();
    expect(Object.keys(thresholds.min).length).toBeGreaterThan(0);
  });
});
