import { describe, expect, it } from 'vitest';
import { mapFlattenedRecord } from './map-flattened-record.ts';
import { flattenedRecord, HAVE_SHARED_DATA, MISSING_DATA_NOTE } from './shared-data.ts';

describe('mapFlattenedRecord errors', () => {
  it('reports a missing code or name, and a record that is not an object', () => {
    expect(mapFlattenedRecord({ ten_thu_tuc: 'X' })).toEqual({ ok: false, code: null, reason: 'missing procedure code (ma_thu_tuc)' });
    expect(mapFlattenedRecord({ ma_thu_tuc: '1.000001', ten_thu_tuc: ' ' })).toEqual({
      ok: false,
      code: '1.000001',
      reason: 'missing procedure name (ten_thu_tuc)',
    });
    expect(mapFlattenedRecord([1, 2])).toMatchObject({ ok: false, reason: /^not a procedure record/ });
  });

  it('reports a schema failure (a code that is not a procedure code)', () => {
    expect(mapFlattenedRecord({ ma_thu_tuc: 'ABC', ten_thu_tuc: 'Thủ tục' })).toMatchObject({ ok: false, code: 'ABC', reason: /^invalid procedure: code/ });
  });
});

describe.skipIf(!HAVE_SHARED_DATA)(`mapFlattenedRecord on real records (${HAVE_SHARED_DATA ? 'shared data' : MISSING_DATA_NOTE})`, () => {
  it('1.004222 Đăng ký thường trú: every field', () => {
    const result = mapFlattenedRecord(flattenedRecord('1.004222'), new Map([['1.004222', 9876]]));
    if (!result.ok) throw new Error(result.reason);
    const p = result.procedure;
    expect(p).toMatchObject({
      code: '1.004222',
      name: 'Đăng ký thường trú',
      levels: ['xã'],
      levelsText: 'Cấp xã',
      field: 'Đăng ký, quản lý cư trú',
      agency: 'Công an cấp Xã',
      authority: 'Công an cấp Xã',
      address: null,
      applicants: 'Người Việt Nam định cư ở nước ngoài, Công dân Việt Nam',
      decisionNumber: '1523/QĐ-BCA-C06',
      sourceUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-7704-7449-9e95-fe7ebb959aa2',
      updatedAt: null,
      popularity: 9876,
    });
    expect(p.steps).toHaveLength(5);
    expect(p.steps[3]).toBe('Bước 4: Cá nhân, tổ chức nộp lệ phí đăng ký thường trú theo quy định.');
    expect(p.results.map((r) => r.code)).toEqual(['KQ.G01.000064', 'KQ.G01.000065', 'KQ.G01.000067', 'KQ.G01.000066']);
    expect(p.resultsText).not.toContain('Từ khóa');
    expect(p.methodsText.startsWith('Trực tuyến7 Ngày làm việc10,000 Việt Nam Đồng')).toBe(true);
    expect(p.documentsText).not.toContain('Tên giấy tờMẫu đơn');
  });

  it('1.001521: steps and documents cut at a quoted "Thành phần hồ sơ" are repaired from the page text', () => {
    const record = flattenedRecord('1.001521');
    expect(record.thanh_phan_ho_so?.startsWith(');')).toBe(true);
    const result = mapFlattenedRecord(record);
    if (!result.ok) throw new Error(result.reason);
    expect(result.procedure.steps).toHaveLength(3);
    expect(result.procedure.steps[0]).toMatch(/^Bước 1\. Lập, nộp hồ sơ .*\(Thành phần hồ sơ\); nộp hồ sơ cho cơ quan BHXH/);
    expect(result.procedure.documentCases[0]?.documents).toHaveLength(8);
  });

  it('2.000815: two levels, no authority, decision number', () => {
    const result = mapFlattenedRecord(flattenedRecord('2.000815'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.procedure).toMatchObject({ levels: ['xã', 'other'], authority: null, decisionNumber: '3152/QĐ-BTP', popularity: 0 });
  });
});
