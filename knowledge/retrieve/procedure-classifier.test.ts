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
  it('finds a procedure the bank does not hold by its name, beside one it holds', () => {
    const classify = createProcedureClassifier(() => bank);
    const corpus = names([
      ['2.000693', 'Giải quyết hưởng chế độ thai sản'],
      ['1.000001', 'Giải quyết hưởng chế độ ốm đau'],
    ]);
    const classifier = classify(corpus)!;
    expect(classifier.classify(['giai', 'quyet', 'huong', 'che', 'do', 'om', 'dau', 'om_dau'], 2)[0]?.code).toBe('1.000001');
    expect(classifier.classify(['nghi', 'de', 'huong', 'che', 'do', 'nghi_de'], 2)[0]?.code).toBe('2.000693');
    // Built once per set of names (a refreshed copy of the same names reuses it), again when the names change.
    expect(classify(corpus)).toBe(classifier);
    expect(classify(names([['2.000693', 'Giải quyết hưởng chế độ thai sản'], ['1.000001', 'Giải quyết hưởng chế độ ốm đau']]))).toBe(classifier);
    const smaller = names([['2.000693', 'Giải quyết hưởng chế độ thai sản']]);
    expect(classify(smaller)).not.toBe(classifier);
    expect(classify(smaller)!.classify(['om', 'dau'], 2)).toEqual([]);
  });

  it('is absent without a bank', () => {
    expect(createProcedureClassifier(() => null)(names([['1.000001', 'Đăng ký tạm trú']]))).toBeNull();
  });
});
