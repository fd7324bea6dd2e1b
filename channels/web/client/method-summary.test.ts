import { describe, expect, it } from 'vitest';
import type { ReplySections } from '../../../assistant/index.ts';
import { summarizeMethods } from './method-summary.ts';

const fee = (amountVnd: number | null, text = '') => ({ kind: 'lệ phí' as const, amountVnd, text });
const days = (value: number) => ({ value, unit: 'working_days' as const, text: `${value} ngày làm việc` });

describe('summarizeMethods', () => {
  it('shows methods with the same cost and time once', () => {
    const sections: ReplySections = {
      fees: [
        { method: 'online', fees: [fee(70_000)] },
        { method: 'in_person', fees: [fee(70_000)] },
      ],
    };
    expect(summarizeMethods(sections)).toEqual([{ heading: 'Nộp trực tuyến hoặc trực tiếp', fee: 'Lệ phí 70.000 đồng', duration: null }]);
  });

  it('keeps methods apart when cost or time differ, and says when a fee is free or unstated', () => {
    const sections: ReplySections = {
      fees: [
        { method: 'online', fees: [fee(0)] },
        { method: 'in_person', fees: [fee(null, 'Theo quy định của tỉnh')] },
        { method: 'post', fees: [] },
      ],
      durations: [
        { method: 'online', duration: days(5) },
        { method: 'in_person', duration: days(7) },
      ],
    };
    expect(summarizeMethods(sections)).toEqual([
      { heading: 'Nộp trực tuyến', fee: 'Miễn phí', duration: '5 ngày làm việc' },
      { heading: 'Nộp trực tiếp', fee: 'Theo quy định của tỉnh', duration: '7 ngày làm việc' },
      { heading: 'Nộp qua bưu chính', fee: 'Miễn phí', duration: null },
    ]);
  });
});
