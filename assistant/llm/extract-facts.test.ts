import { describe, expect, it } from 'vitest';
import { extractFacts } from './index.ts';

const keys = (text: string): string[] => extractFacts(text).map((f) => `${f.kind}:${f.key}`);

describe('extractFacts', () => {
  it.each([
    ['20.000 đồng', 'amount:20000'],
    ['20,000đ', 'amount:20000'],
    ['20000 VND', 'amount:20000'],
    ['20 nghìn', 'amount:20000'],
    ['20k', 'amount:20000'],
    ['1,5 triệu', 'amount:1500000'],
    ['1 triệu 500 nghìn đồng', 'amount:1500000'],
    ['hai mươi nghìn đồng', 'amount:20000'],
    ['07 ngày làm việc', 'duration:7:working_days'],
    ['mười lăm ngày', 'duration:15:days'],
    ['3 tháng', 'duration:3:months'],
    ['50%', 'percent:50'],
    ['25/02/2026', 'date:25/2/2026'],
    ['ngày 1 tháng 7 năm 2024', 'date:1/7/2024'],
    ['1.004222', 'procedure_code:1.004222'],
    ['154/2024/NĐ-CP', 'legal_code:154/2024/ND-CP'],
    ['mẫu CT-01', 'form_code:CT1'],
    ['2 bản sao', 'quantity:2:bản sao'],
    ['7h30', 'time:7:30'],
  ])('%s → %s', (text, key) => {
    expect(keys(text)).toEqual([key]);
  });

  it('does not read weekday or lunar-day names as durations', () => {
    expect(keys('thứ Bảy ngày 14/2/2026 đến mùng 6 tháng Giêng')).toEqual(['date:14/2/2026', 'number:6']);
  });

  it('ignores list markers and paper sizes', () => {
    expect(keys('1. Tờ khai in trên giấy A4\n2. Ảnh')).toEqual([]);
  });
});
