import { describe, expect, it } from 'vitest';
import { bankFeatures } from './bank-index.ts';
import { createBankCentroids } from './bank-centroids.ts';

const phrasing = (code: string, text: string) => ({ code, features: bankFeatures(text) });

describe('nearest-centroid classifier over phrasings', () => {
  const classifier = createBankCentroids([
    phrasing('1.004194', 'thuê trọ ở thành phố thì khai tạm trú ở đâu'),
    phrasing('1.004194', 'con đi học đại học ở nhờ nhà bạn có phải báo công an phường không'),
    phrasing('1.004194', 'mún đk tạm trú online dc ko'),
    phrasing('1.001193', 'vợ mới đẻ đi khai sinh cho cháu ở đâu'),
    phrasing('1.001193', 'con mới sinh làm giấy khai sinh cần gì'),
    phrasing('1.000656', 'bố tôi mất đi báo tử ở đâu'),
  ]);

  it('weighs all phrasings of a procedure together', () => {
    // "học đại học" and "tạm trú" come from two different phrasings of the same procedure.
    const [first] = classifier.classify(bankFeatures('con tôi học đại học thuê trọ phải khai tạm trú không'), 3);
    expect(first?.code).toBe('1.004194');
    expect(first?.similarity).toBeGreaterThan(0.3);
    expect(first?.similarity).toBeLessThanOrEqual(1);
  });

  it('ranks by cosine, best first, and proposes nothing for words no phrasing holds', () => {
    const classes = classifier.classify(bankFeatures('vợ tôi mới sinh, khai sinh cho con ở đâu'), 3);
    expect(classes[0]?.code).toBe('1.001193');
    expect(classes.map((c) => c.similarity)).toEqual([...classes.map((c) => c.similarity)].sort((a, b) => b - a));
    expect(classifier.classify(bankFeatures('xe máy hỏng phanh'), 3)).toEqual([]);
  });
});
