import { describe, expect, it } from 'vitest';
import { parseLegalBasis } from './parse-legal-basis.ts';
import { flattenedRecord, HAVE_SHARED_DATA, MISSING_DATA_NOTE } from './shared-data.ts';

const H = 'Tên văn bản pháp lýMã văn bản';

describe('parseLegalBasis', () => {
  it('separates titles from codes, including a year glued before the code and a quoted code', () => {
    expect(parseLegalBasis(`${H}Luật Khiếu nại  năm 201102/2011/QH13Nghị định 05/2012/NĐ-CP05/2012/NĐ-CPQuyết định 09/2023/QĐ-TTgSỬA ĐỔI LUẬT58/2026/NĐ-CP`)).toEqual([
      { code: '02/2011/QH13', title: 'Luật Khiếu nại năm 2011' },
      { code: '05/2012/NĐ-CP', title: 'Nghị định 05/2012/NĐ-CP' },
      { code: '09/2023/QĐ-TTg', title: 'Quyết định' },
      { code: '58/2026/NĐ-CP', title: 'SỬA ĐỔI LUẬT' },
    ]);
  });

  it('keeps text without a code as a basis with code null', () => {
    expect(parseLegalBasis(`${H}Quy chế làm việc của Chính phủ`)).toEqual([{ code: null, title: 'Quy chế làm việc của Chính phủ' }]);
  });
});

describe.skipIf(!HAVE_SHARED_DATA)(`parseLegalBasis on real records (${HAVE_SHARED_DATA ? 'shared data' : MISSING_DATA_NOTE})`, () => {
  it('1.004222: the eleven codes in order', () => {
    const basis = parseLegalBasis(flattenedRecord('1.004222').can_cu_phap_ly ?? '');
    expect(basis.map((b) => b.code)).toEqual([
      '66.7/2025/NQ-CP', '53/2025/TT-BCA', '66/2023/TT-BCA', '75/2022/TT-BTC', '68/2020/QH14', '57/2021/TT-BCA',
      '54/2025/TT-BCA', '154/2024/NĐ-CP', '55/2021/TT-BCA', '56/2021/TT-BCA', '58/2026/NĐ-CP',
    ]);
    expect(basis[4]?.title).toBe('Luật Cư trú 2020');
  });
});
