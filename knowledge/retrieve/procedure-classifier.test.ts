import { describe, expect, it } from 'vitest';
import { createBankIndex, parseBank } from '../examples/index.ts';
import { fold } from '../text/index.ts';
import { buildNameIndex } from './name-index.ts';
import { createProcedureClassifier } from './procedure-classifier.ts';

const bank = createBankIndex(
  parseBank(
    JSON.stringify({
      code: '2.000693',
      author: 't',
      questions: ['sinh em bé xong làm hồ sơ hưởng chế độ thai sản thế nào', 'nghỉ đẻ được hưởng chế độ gì, nộp giấy ở đâu'],
    }),
  ),
  { weakest: 0 },
);
const names = (rows: Array<[string, string]>) => buildNameIndex(rows.map(([code, name]) => ({ code, nameFolded: fold(name) })));

describe('classifier over the bank and every name', () => {
  it('finds a procedure the bank does not hold by its name, beside one it holds', async () => {
    const classify = createProcedureClassifier(async () => bank);
    const corpus = names([
      ['2.000693', 'Giải quyết hưởng chế độ thai sản'],
      ['1.000001', 'Giải quyết hưởng chế độ ốm đau'],
    ]);
    const classifier = (await classify(corpus))!;
    expect(classifier.classify(['giai', 'quyet', 'huong', 'che', 'do', 'om', 'dau', 'om_dau'], 2)[0]?.code).toBe('1.000001');
    expect(classifier.classify(['nghi', 'de', 'huong', 'che', 'do', 'nghi_de'], 2)[0]?.code).toBe('2.000693');
    // Built once per set of names (a refreshed copy of the same names reuses it), again when the names change.
    expect(await classify(corpus)).toBe(classifier);
    expect(await classify(names([['2.000693', 'Giải quyết hưởng chế độ thai sản'], ['1.000001', 'Giải quyết hưởng chế độ ốm đau']]))).toBe(classifier);
    const smaller = names([['2.000693', 'Giải quyết hưởng chế độ thai sản']]);
    expect(await classify(smaller)).not.toBe(classifier);
    expect((await classify(smaller))!.classify(['om', 'dau'], 2)).toEqual([]);
  });

  it('shares one build between searches that come while it learns, and starts one build for new names', async () => {
    const classify = createProcedureClassifier(async () => bank);
    const corpus = names([['2.000693', 'Giải quyết hưởng chế độ thai sản']]);
    const first = classify(corpus);
    expect(classify(corpus)).toBe(first);
    expect(classify(names([['2.000693', 'Giải quyết hưởng chế độ thai sản']]))).toBe(first);
    const other = names([['1.000001', 'Giải quyết hưởng chế độ ốm đau']]);
    expect(classify(other)).not.toBe(first);
    expect(classify(other)).toBe(classify(other));
    await Promise.all([first, classify(other)]);
  });

  it('is absent without a bank', async () => {
    expect(await createProcedureClassifier(async () => null)(names([['1.000001', 'Đăng ký tạm trú']]))).toBeNull();
  });
});
