import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../knowledge/index.ts';
import { ungroundedNumbers } from './grounding.ts';

const record = {
  code: '1.004222',
  name: 'Đăng ký thường trú',
  methodsText: 'Trực tiếp7 Ngày làm việcLệ phí : 20.000 Đồng',
  methods: [{ method: 'in_person', duration: { value: 7, unit: 'working_days', text: '7 Ngày làm việc' }, fees: [{ kind: 'lệ phí', amountVnd: 20000, text: 'Lệ phí : 20.000 Đồng' }], note: null }],
  documentCases: [{ case: null, documents: [{ name: 'Tờ khai CT01', originals: 1, copies: null, quantityText: '1 bản chính', forms: ['CT01.docx'] }] }],
} as unknown as Procedure;

describe('grounding violations', () => {
  it('accepts numbers the cited record states, in any format', () => {
    expect(ungroundedNumbers('Lệ phí 20,000 đồng, 07 ngày làm việc, 1 bản chính tờ khai CT01 (thủ tục 1.004222).', [record])).toEqual([]);
  });

  it('reports numbers no cited record contains, once each', () => {
    expect(ungroundedNumbers('Lệ phí 50.000 đồng, trong 5 ngày; lệ phí 50.000 đồng.', [record])).toEqual(['50000', '5']);
  });

  it('reports every number when nothing is cited', () => {
    expect(ungroundedNumbers('Lệ phí 20.000 đồng.', [])).toEqual(['20000']);
  });

  it('allows numbers from the question, the choices and computed dates', () => {
    expect(ungroundedNumbers('Con 3 tuổi: xem lựa chọn 2. Dự kiến trả ngày 15/10/2026.', [record], ['con toi 3 tuoi', '2', '15/10/2026'])).toEqual([]);
  });
});
