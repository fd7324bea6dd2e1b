import { describe, expect, it } from 'vitest';
import { latencyHistogram, percentile } from './latency.ts';

describe('latency', () => {
  it('takes nearest-rank percentiles (hand-checked on 1..20)', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it('bins turns by upper bound, the last bin catching everything slower', () => {
    const histogram = latencyHistogram([1, 5, 6, 30, 9999], [5, 10, Infinity]);
    expect(histogram).toEqual([
      { upToMs: 5, count: 2 },
      { upToMs: 10, count: 1 },
      { upToMs: Infinity, count: 2 },
    ]);
  });
});
