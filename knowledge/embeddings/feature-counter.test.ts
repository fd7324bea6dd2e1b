import { describe, expect, it } from 'vitest';
import { FeatureCounter } from './feature-counter.ts';

describe('FeatureCounter', () => {
  it('adds weights per key, keeps the first type, and grows past its capacity', () => {
    const counter = new FeatureCounter(16);
    for (let key = 0; key < 1000; key++) counter.add(key * 7919, key % 3, 1);
    counter.add(0, 2, 0.5);
    expect(counter.featureCount).toBe(1000);
    const seen: [number, number, number][] = [];
    counter.forEach((key, type, count) => seen.push([key, type, count]));
    expect(seen[0]).toEqual([0, 0, 1.5]);
    expect(seen[999]).toEqual([999 * 7919, 0, 1]);
    expect(counter.has(7919)).toBe(true);
    expect(counter.has(1)).toBe(false);
  });

  it('forgets everything on clear', () => {
    const counter = new FeatureCounter();
    counter.add(42, 1, 1);
    counter.clear();
    expect(counter.featureCount).toBe(0);
    expect(counter.has(42)).toBe(false);
    counter.add(42, 1, 2);
    const counts: number[] = [];
    counter.forEach((_key, _type, count) => counts.push(count));
    expect(counts).toEqual([2]);
  });
});
