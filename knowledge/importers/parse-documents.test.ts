import { describe, expect, it } from 'vitest';
import { parseDocumentCases } from './parse-documents.ts';
import { flattenedRecord, HAVE_SHARED_DATA, MISSING_DATA_NOTE } from './shared-data.ts';

const H = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';

describe('parseDocumentCases on the known shapes', () => {
  it('splits names, form files and quantities; "--" is the general list', () => {
    const cases = parseDocumentCases(`--${H}Tờ khai;Mau38.docxMau40.docx1 bản chínhBản sao giấy khai sinh0 bản chính,1 bản sao`);
    expect(cases).toEqual([
      {
        case: null,
        documents: [
          { name: 'Tờ khai;', originals: 1, copies: 0, quantityText: '1 bản chính', forms: ['Mau38.docx', 'Mau40.docx'] },
          { name: 'Bản sao giấy khai sinh', originals: 0, copies: 1, quantityText: '0 bản chính,1 bản sao', forms: [] },
        ],
      },
    ]);
  });

  it('labels cases and keeps text after the last quantity as a document without quantity', () => {
    const cases = parseDocumentCases(`Trường hợp A${H}Đơn1 bản chínhTrường hợp B${H}Ảnh2 bản chínhGhi chú`);
    expect(cases.map((c) => c.case)).toEqual(['Trường hợp A', 'Trường hợp B']);
    expect(cases[1]?.documents.map((d) => [d.name, d.originals, d.quantityText])).toEqual([
      ['Ảnh', 2, '2 bản chính'],
      ['Ghi chú', null, ''],
    ]);
  });

  it('does not take a count written inside a name, and unglues a name ending in digits', () => {
    const [entry] = parseDocumentCases(`--${H}Hợp đồng (01 bản chính hoặc 01 bản sao có chứng thực)1 bản chínhĐơn theo Mẫu số 181 bản chính,1 bản sao`);
    expect(entry?.documents.map((d) => [d.name, d.originals, d.copies])).toEqual([
      ['Hợp đồng (01 bản chính hoặc 01 bản sao có chứng thực)', 1, 0],
      ['Đơn theo Mẫu số 18', 1, 1],
    ]);
  });

  it('returns no cases when the table header is absent', () => {
    expect(parseDocumentCases('--')).toEqual([]);
  });
});

describe.skipIf(!HAVE_SHARED_DATA)(`parseDocumentCases on real records (${HAVE_SHARED_DATA ? 'shared data' : MISSING_DATA_NOTE})`, () => {
  const casesOf = (code: string) => parseDocumentCases(flattenedRecord(code).thanh_phan_ho_so ?? '');

  it('1.004222: eight cases, sub-headings as "0 bản chính", the notes as the last general case', () => {
    const cases = casesOf('1.004222');
    expect(cases.map((c) => c.documents.length)).toEqual([2, 2, 1, 5, 3, 2, 2, 1]);
    expect(cases[0]?.case).toBe('Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình');
    expect(cases[7]?.case).toBeNull();
    expect(cases[3]?.documents[1]).toMatchObject({ originals: 0, copies: 0, quantityText: '0 bản chính' });
    expect(cases[6]?.documents[1]?.name).toMatch(/^Tờ khai thay đổi thông tin cư trú \(mẫu CT01 .*\(mẫu CT02 ban hành kèm theo Thông tư số 53\/2025\/TT-BCA\)\.$/);
  });

  it('1.004194: the CT01 form file is split from the name', () => {
    const cases = casesOf('1.004194');
    expect(cases[1]?.documents[0]).toEqual({
      name: 'Tờ khai thay đổi thông tin cư trú (của từng người) (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).',
      originals: 1,
      copies: 0,
      quantityText: '1 bản chính',
      forms: ['1.MuCT01banhnhkmtheoThngts53.doc'],
    });
    expect(cases[1]?.documents[1]).toMatchObject({ originals: 1, copies: 1, quantityText: '1 bản chính,1 bản sao' });
  });

  it('1.001456: a form name with spaces and diacritics', () => {
    const [entry] = casesOf('1.001456');
    expect(entry?.documents[1]?.forms).toEqual(['Mau TK01a to khai trẻ em cap HCPT ở trong nước TK01a MỚI.doc']);
    expect(entry?.documents[1]?.name).toMatch(/người đại diện hợp pháp khai và ký thay\.$/);
  });
});
