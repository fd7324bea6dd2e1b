import { describe, expect, it } from 'vitest';
import { learnCentroidModel } from './bank-centroids.ts';
import { bankFeatures } from './bank-index.ts';
import { packCentroidModel, unpackCentroidModel } from './pack-centroid-model.ts';

const phrasing = (code: string, text: string) => ({ code, features: bankFeatures(text) });

describe('a centroid model packed for a worker thread', () => {
  const model = learnCentroidModel([
    phrasing('1.004194', 'thuê trọ ở thành phố thì khai tạm trú ở đâu'),
    phrasing('1.004194', 'mún đk tạm trú online dc ko'),
    phrasing('1.001193', 'vợ mới đẻ đi khai sinh cho cháu ở đâu'),
    phrasing('1.001193', 'con mới sinh làm giấy khai sinh cần gì'),
    phrasing('1.000656', 'bố tôi mất đi báo tử ở đâu'),
  ]);

  it('unpacks into the same idf, postings and corrections, in the same order', async () => {
    const { packed } = packCentroidModel(model);
    const unpacked = await unpackCentroidModel(structuredClone(packed));
    expect(unpacked).toEqual(model);
    expect([...unpacked.postings.keys()]).toEqual([...model.postings.keys()]);
    expect([...unpacked.corrections.keys()]).toEqual([...model.corrections.keys()]);
    expect(model.corrections.size).toBeGreaterThan(0);
  });

  it('lists every typed array buffer for transfer, each once', async () => {
    const { packed, transfer } = packCentroidModel(model);
    expect(new Set(transfer).size).toBe(7);
    const moved = structuredClone(packed, { transfer });
    expect(packed.corrections.values.byteLength).toBe(0); // detached: moved, not copied
    expect(await unpackCentroidModel(moved)).toEqual(model);
  });
});
