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

  it('reads the project thresholds file', async () => {
    const thresholds = await loadThresholds();
    expect(Object.keys(thresholds.min).length).toBeGreaterThan(0);
  });
});
