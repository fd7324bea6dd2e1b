import { describe, expect, it } from 'vitest';
import { resultsFixture } from '../report/results.fixture.ts';
import { consoleSummary } from './console-summary.ts';

describe('console summary', () => {
  const summary = resultsFixture().summary;

  it('prints the decision metrics and the calibration of the answers', () => {
    const text = consoleSummary(summary, { errors: [], changes: null, breaches: null });
    expect(text).toContain('answered right  50.0%  wrong answers  66.7%  abstain   0.0%  choices hit    n/a');
    expect(text).toContain('calibration (answers by reply confidence) 0.0–0.2: n=0 right n/a | 0.2–0.4: n=1 right 0.0% |');
    expect(text).toContain('0.8–1.0: n=2 right 50.0%');
    expect(text).toMatch(/by author \(development\):\n {2}lan +n= {2}2 {2}top1 {2}50\.0%/);
    expect(text).not.toContain('HELD OUT');
  });

  it('lists held-out authors apart and says the pooled line includes them', () => {
    const text = consoleSummary(summary, { errors: [], changes: null, breaches: null, heldout: ['minh', 'absent'] });
    expect(text.split('\n')[0]).toMatch(/^all items, held-out authors included: n=4/);
    const [development = '', heldOut = ''] = text.split('HELD OUT authors');
    expect(development).toContain('  lan ');
    expect(development).not.toContain('  minh ');
    expect(heldOut).toMatch(/ {2}minh +n= {2}2 {2}top1 {4}n\/a {2}answered right {4}n\/a {2}wrong answers 100\.0%/);
    expect(heldOut).toContain('absent           no item in this dataset');
  });
});
