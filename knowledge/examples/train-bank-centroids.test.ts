import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fold } from '../text/index.ts';
import { createBankCentroids, type BankCentroids } from './bank-centroids.ts';
import { bankFeatures, createBankIndex } from './bank-index.ts';
import { loadBank } from './load-bank.ts';
import { INLINE_BELOW, trainBankCentroids } from './train-bank-centroids.ts';

const QUESTIONS = [
  'thuê phòng trọ thì khai tạm trú ở đâu',
  'vợ mới sinh em bé, làm giấy khai sinh cần mang gì',
  'mất căn cước thì làm lại thế nào, bao nhiêu tiền',
  'đăng ký kinh doanh hộ cá thể bán tạp hóa',
  'xin cấp giấy phép xây dựng nhà ở riêng lẻ',
  'cái giấy ấy làm thế nào',
];

describe('the classifier learned in a worker thread', () => {
  // The shipped bank and a few names it does not hold, as the retriever gives it.
  const phrasings = [
    ...createBankIndex(loadBank()).phrasings,
    ...['Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'Đăng ký hộ kinh doanh', 'Cấp phép khai thác khoáng sản'].map((name, i) => ({ code: `9.00000${i}`, features: bankFeatures(fold(name)) })),
  ];
  let inWorker: BankCentroids;
  let inline: BankCentroids;

  beforeAll(async () => {
    expect(phrasings.length).toBeGreaterThan(INLINE_BELOW);
    const warn = vi.spyOn(console, 'warn');
    // How long the event loop pauses meanwhile is measured by bench:classifier-training, not here.
    inWorker = await trainBankCentroids(phrasings);
    expect(warn).not.toHaveBeenCalled(); // learned in the worker, not by the fallback
    inline = createBankCentroids(phrasings);
  }, 120_000);
  afterEach(() => vi.restoreAllMocks());

  it('classifies exactly as the one learned inline: codes, similarities, probabilities', () => {
    for (const question of QUESTIONS) {
      const features = bankFeatures(question);
      expect(inWorker.classify(features, 30)).toEqual(inline.classify(features, 30));
    }
    expect(inWorker.classify(bankFeatures(QUESTIONS[0]!), 5)[0]?.code).toBe('1.004194');
  });
});

describe('when the worker thread fails', () => {
  const phrasings = ['thuê trọ khai tạm trú ở đâu', 'đăng ký tạm trú online', 'con mới sinh làm khai sinh', 'đi khai sinh cho cháu'].map((text, i) => ({ code: i < 2 ? '1.004194' : '1.001193', features: bankFeatures(text) }));
  const question = bankFeatures('khai sinh cho con mới sinh');
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['throws (a module that does not load)', new URL('./no-such-worker.ts', import.meta.url)],
    ['stops without an answer', new URL('./load-bank.ts', import.meta.url)],
  ])('learns inline when it %s, with the same answers', async (_, worker) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const classifier = await trainBankCentroids(phrasings, { inlineBelow: 0, worker });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/worker thread failed/);
    expect(classifier.classify(question, 3)).toEqual(createBankCentroids(phrasings).classify(question, 3));
  });
});
