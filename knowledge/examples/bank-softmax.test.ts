import { describe, expect, it } from 'vitest';
import { centroidPostings, createBankCentroids, inverseFrequencies, weigh } from './bank-centroids.ts';
import { bankFeatures } from './bank-index.ts';
import { highest, SOFTMAX_OPTIONS, softmaxInPlace, trainCorrections, type Corrections } from './bank-softmax.ts';

const phrasing = (code: string, text: string) => ({ code, features: bankFeatures(text) });
// Two look-alikes that share most words (the card, "căn cước", "làm"), and a third service.
const phrasings = [
  phrasing('reissue', 'mất thẻ căn cước thì làm lại ở đâu'),
  phrasing('reissue', 'đánh rơi căn cước rồi xin cấp lại thế nào'),
  phrasing('reissue', 'bị trộm ví mất luôn thẻ căn cước'),
  phrasing('renew', 'thẻ căn cước hết hạn thì đổi thẻ mới ở đâu'),
  phrasing('renew', 'đủ 25 tuổi phải đổi căn cước không'),
  phrasing('renew', 'thẻ căn cước bị gãy làm lại thế nào'),
  phrasing('birth', 'con mới sinh làm giấy khai sinh ở đâu'),
];

describe('softmax corrections over the centroids', () => {
  it('learns to put each phrasing on its own procedure more surely than the centroids alone', () => {
    const idf = inverseFrequencies(phrasings);
    const { codes, postings } = centroidPostings(phrasings, idf);
    const examples = phrasings.map((p) => ({ y: codes.indexOf(p.code), x: [...weigh(p.features, idf)] }));
    const correction = (corrections: Corrections, f: string, c: number) => {
      const row = corrections.get(f);
      const i = row ? row.classes.indexOf(c) : -1;
      return i >= 0 ? row!.weights[i]! : 0;
    };
    const own = (corrections: Corrections) =>
      examples.map(({ y, x }) => {
        const logits = Float64Array.from(codes, (_, c) => x.reduce((sum, [f, v]) => sum + v * (SOFTMAX_OPTIONS.scale * (postings.get(f)?.find((p) => p.index === c)?.weight ?? 0) + correction(corrections, f, c)), 0));
        softmaxInPlace(logits);
        return logits[y]!;
      });
    const before = own(new Map());
    const after = own(trainCorrections(examples, postings, codes.length));
    const mean = (ps: number[]) => ps.reduce((a, b) => a + b, 0) / ps.length;
    expect(mean(after)).toBeGreaterThan(mean(before));
    expect(Math.min(...after)).toBeGreaterThan(Math.min(...before));
    expect(Math.min(...after)).toBeGreaterThan(0.5);
  });

  it('gives every class it weighs a probability, scaled down like the cosine for a vague question', () => {
    const classes = createBankCentroids(phrasings).classify(bankFeatures('em làm mất căn cước rồi'), 1);
    expect(classes[0]?.code).toBe('reissue');
    // The look-alike the softmax weighed follows the closest, though beyond the limit.
    expect(classes.map((c) => c.code)).toContain('renew');
    expect(classes.reduce((sum, c) => sum + c.probability, 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect(classes[0]!.probability).toBeGreaterThan(0.5);
    // Only "làm" and "ở đâu" in common with any phrasing: too little to prefer one.
    const vague = createBankCentroids(phrasings).classify(bankFeatures('làm ở đâu'), 3);
    expect(Math.max(...vague.map((c) => c.probability))).toBeLessThan(0.3);
  });

  it('is deterministic, and without training gives no probability', () => {
    const question = bankFeatures('căn cước hết hạn đổi ở đâu');
    expect(createBankCentroids(phrasings).classify(question, 3)).toEqual(createBankCentroids(phrasings).classify(question, 3));
    expect(createBankCentroids(phrasings, null).classify(question, 3).every((c) => c.probability === 0)).toBe(true);
  });

  it('picks the highest scores, ties in their given order', () => {
    const scores = Float64Array.from([0.2, 0.9, 0.5, 0.9, 0.1]);
    expect(highest([0, 1, 2, 3, 4], scores, 3)).toEqual([1, 3, 2]);
    expect(highest([4, 3, 2, 1, 0], scores, 2)).toEqual([3, 1]);
    expect(highest([], scores, 2)).toEqual([]);
  });
});
