import { describe, expect, it } from 'vitest';
import { containsFact, factScore, missingFacts } from './facts.ts';

const reply = 'Lệ phí đăng ký thường trú là 20.000 đồng. Thời hạn: 07 Ngày làm việc. Nộp Tờ khai CT01.';

describe('fact matching', () => {
  it.each(['20.000', '20,000', '20000 đồng', '20.000 đồng', '7 ngày làm việc', '7 ngay lam viec', 'CT01', 'ct01', 'tờ khai', 'To khai'])(
    'finds %s',
    (fact) => expect(containsFact(reply, fact)).toBe(true),
  );

  it('does not find an amount inside a larger one or a word inside another', () => {
    expect(containsFact('Lệ phí 120.000 đồng', '20.000')).toBe(false);
    expect(containsFact('Lệ phí 20.000 đồng', '200.000')).toBe(false);
    expect(containsFact('Nộp tờ khai CT01', 'CT0')).toBe(false);
    expect(containsFact('trong 17 ngày', '7 ngày')).toBe(false);
  });

  it('scores the share of facts found', () => {
    expect(missingFacts(reply, ['20.000', '15 ngày', 'CT01'])).toEqual(['15 ngày']);
    expect(factScore(reply, ['20.000', '15 ngày', 'CT01', 'CT02'])).toBe(0.5);
    expect(factScore(reply, [])).toBe(1);
  });
});
