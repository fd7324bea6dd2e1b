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
    expect(method?.fees).toEqual([{ kind: 'lệ phí', amountVnd: 0, text: 'Miễn phí (Lệ phí thẩm định 8.000.000/lần)' }]);
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

  it('2.002044: "1100,000 VNĐ" splits into 1 + 100,000; an ambiguous "1100 VNĐ" stays unread', () => {
    const methods = methodsOf('2.002044');
    expect(methods[2]).toMatchObject({ method: 'in_person', duration: { value: 1, text: '1' }, fees: [{ amountVnd: 100000 }] });
    expect(methods[1]).toMatchObject({ method: 'post', duration: { value: null, text: '1100' }, fees: [{ amountVnd: null }] });
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
