import { describe, expect, it } from 'vitest';
import { parseMethods } from './parse-methods.ts';
import { flattenedRecord, HAVE_SHARED_DATA, MISSING_DATA_NOTE } from './shared-data.ts';

const H = 'Hình thức nộpThời gianPhí, lệ phíMô tả';

describe('parseMethods on the known shapes', () => {
  it('reads method, duration, fee cell, fee description and Mô tả', () => {
    const [method] = parseMethods(`${H}Trực tuyến3 Ngày làm việc7,000 Việt Nam Đồng(thu 7.000 đồng/lần)- Nộp qua Cổng.`);
    expect(method).toEqual({
      method: 'online',
      duration: { value: 3, unit: 'working_days', text: '3 Ngày làm việc' },
      fees: [{ kind: null, amountVnd: 7000, text: '7,000 Việt Nam Đồng (thu 7.000 đồng/lần)' }],
      note: '- Nộp qua Cổng.',
    });
  });

  it('keeps a description that contradicts "Miễn phí" in the fee text, never as the amount', () => {
    const [method] = parseMethods(`${H}Trực tiếp15 NgàyMiễn phí(Lệ phí thẩm định 8.000.000/lần)`);
    expect(method?.fees).toEqual([{ kind: 'lệ phí', amountVnd: null, text: 'Miễn phí (Lệ phí thẩm định 8.000.000/lần)' }]);
    expect(method?.duration).toEqual({ value: 15, unit: 'days', text: '15 Ngày' });
  });

  it('reads hours, months, decimals and a bare number without unit', () => {
    const methods = parseMethods(`${H}Trực tuyến8 GiờMiễn phíTrực tiếp12 ThángMiễn phíDịch vụ bưu chính1.5 Ngày làm việcMiễn phíTrực tuyến1Miễn phí`);
    expect(methods.map((m) => m.duration)).toEqual([
      { value: 8, unit: 'hours', text: '8 Giờ' },
      { value: 12, unit: 'months', text: '12 Tháng' },
      { value: 1.5, unit: 'working_days', text: '1.5 Ngày làm việc' },
      { value: 1, unit: 'unspecified', text: '1' },
    ]);
  });

  it('gives no fee for "Không có thông tin" and null for USD', () => {
    const methods = parseMethods(`${H}Trực tiếpKhông có thông tinKhông có thông tinTrực tuyến5 Ngày145 USD(145 USD/thẻ.)`);
    expect(methods[0]).toMatchObject({ duration: { value: null, unit: 'unspecified', text: 'Không có thông tin' }, fees: [] });
    expect(methods[1]?.fees).toEqual([{ kind: null, amountVnd: null, text: '145 USD (145 USD/thẻ.)' }]);
  });

  it('settles a glued run or a cell typed in thousands only by the amount its description writes out', () => {
    const methods = parseMethods(
      `${H}Trực tuyến120 VNĐ(20.000 vnđ/tờ khai)Trực tiếp5 Ngày135 VNĐ(135.000 đồng/lần)Trực tiếp5 Ngày50 VNĐ(25.000 đồng/hồ sơ)Trực tiếp1100 VNĐ`,
    );
    expect(methods.map((m) => [m.duration.value, m.duration.text, m.fees[0]?.amountVnd])).toEqual([
      [1, '1', 20000],
      [5, '5 Ngày', 135000],
      [5, '5 Ngày', null],
      [null, '1100', null],
    ]);
  });

  it('reads "Không quy định phí, lệ phí" in Mô tả as no fee when the cell gives none', () => {
    const [method] = parseMethods(`${H}Trực tuyến5 Ngày làm việcKhông có thông tin- Không quy định phí, lệ phí`);
    expect(method?.fees).toEqual([{ kind: null, amountVnd: 0, text: 'Không quy định phí, lệ phí' }]);
  });

  it('does not start a row at a method name inside a description', () => {
    const methods = parseMethods(`${H}Trực tiếp5 Ngày làm việcMiễn phí- Trực tiếp: nộp tại Bộ phận Một cửa.`);
    expect(methods).toHaveLength(1);
    expect(methods[0]?.note).toBe('- Trực tiếp: nộp tại Bộ phận Một cửa.');
  });
});

describe.skipIf(!HAVE_SHARED_DATA)(`parseMethods on real records (${HAVE_SHARED_DATA ? 'shared data' : MISSING_DATA_NOTE})`, () => {
  const methodsOf = (code: string) => parseMethods(flattenedRecord(code).cach_thuc_thuc_hien ?? '');

  it('1.004222 Đăng ký thường trú: online 10,000 and in person 20,000, 7 working days', () => {
    const methods = methodsOf('1.004222');
    expect(methods.map((m) => [m.method, m.duration.value, m.duration.unit, m.fees.map((f) => f.amountVnd)])).toEqual([
      ['online', 7, 'working_days', [10000]],
      ['in_person', 7, 'working_days', [20000]],
    ]);
    expect(methods[1]?.fees[0]?.text).toMatch(/^20,000 Việt Nam Đồng \(Trường hợp công dân thuộc diện được miễn phí/);
  });

  it('1.000894: a bare "1" keeps its number with unit unspecified; Miễn phí is 0', () => {
    const methods = methodsOf('1.000894');
    expect(methods.map((m) => m.method)).toEqual(['online', 'post', 'in_person']);
    expect(methods.every((m) => m.duration.value === 1 && m.duration.unit === 'unspecified')).toBe(true);
    expect(methods.map((m) => m.fees[0]?.amountVnd)).toEqual([0, 0, 0]);
  });

  it('2.002044: "1100,000 VNĐ" splits into 1 + 100,000; "1100 VNĐ" is settled by its description', () => {
    const methods = methodsOf('2.002044');
    expect(methods[2]).toMatchObject({ method: 'in_person', duration: { value: 1, text: '1' }, fees: [{ amountVnd: 100000 }] });
    // 1 + 100 or 110 + 0; "Phí công bố …: 100.000 đồng/lần" says which (the cell was typed in thousands).
    expect(methods[1]).toMatchObject({
      method: 'post',
      duration: { value: 1, unit: 'unspecified', text: '1' },
      fees: [{ kind: 'phí', amountVnd: 100000, text: expect.stringMatching(/^100 VNĐ \(- Phí công bố nội dung đăng ký doanh nghiệp: 100\.000 đồng\/lần/) }],
    });
  });

  it('2.002032: an ambiguous "1100 VNĐ" without description stays unread', () => {
    expect(methodsOf('2.002032')[0]).toMatchObject({ duration: { value: null, text: '1100' }, fees: [{ amountVnd: null, text: '1100 VNĐ' }] });
  });

  it('1.007751: "120 VNĐ (20.000 vnđ/tờ khai)" is 1 + 20.000 đồng', () => {
    expect(methodsOf('1.007751').map((m) => [m.duration.value, m.fees[0]])).toEqual(
      Array(2).fill([1, { kind: null, amountVnd: 20000, text: '20 VNĐ (20.000 vnđ/tờ khai)' }]),
    );
  });

  it('3.000349: a cell typed in thousands counts when its description writes the amount out', () => {
    expect(methodsOf('3.000349')[0]?.fees).toEqual([{ kind: 'lệ phí', amountVnd: 135000, text: '135 VNĐ (Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.)' }]);
  });

  it('1.002010 and 1.003358: a small cell stays unread when its description says another amount or currency', () => {
    expect(methodsOf('1.002010').map((m) => m.fees[0]?.amountVnd)).toEqual([null, null, null]);
    expect(methodsOf('1.003358').map((m) => m.fees[0]?.amountVnd)).toEqual(Array(9).fill(null));
  });

  it('6.003500: "Không có thông tin" in the cell, "Không quy định thời hạn giải quyết, phí, lệ phí" in Mô tả: no fee', () => {
    expect(methodsOf('6.003500').map((m) => m.fees)).toEqual(
      Array(3).fill([{ kind: null, amountVnd: 0, text: 'Không quy định thời hạn giải quyết, phí, lệ phí' }]),
    );
  });

  it('1.008312: a free-text duration ("Không quy định") is kept as text', () => {
    expect(methodsOf('1.008312').map((m) => m.duration)).toEqual(
      Array(3).fill({ value: null, unit: 'unspecified', text: 'Không quy định' }),
    );
  });

  it('2.000815: two in-person rows, 2,000 VND and 10 USD (not VND)', () => {
    const methods = methodsOf('2.000815');
    expect(methods.map((m) => [m.method, m.fees[0]?.amountVnd, m.fees[0]?.text])).toEqual([
      ['in_person', 2000, '2,000 Việt Nam Đồng (/trang)'],
      ['in_person', null, '10 USD (/bản)'],
    ]);
    expect(methods[1]?.note).toBe('Tại cơ quan đại diện: 10 USD/bản.');
  });
});
