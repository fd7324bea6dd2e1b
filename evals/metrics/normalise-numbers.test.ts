import { describe, expect, it } from 'vitest';
import { extractNumbers, foldText, normaliseForMatching, parseNumberToken } from './normalise-numbers.ts';

describe('number normalisation', () => {
  it.each(['20.000', '20,000', '20000', '20000 đồng', '20.000 đồng', '20.000đ', '20,000 Việt Nam Đồng', '20.000 VNĐ', '20 nghìn đồng', '20 ngàn'])(
    '%s reads as 20000',
    (text) => expect(normaliseForMatching(text)).toBe('20000'),
  );

  it('reads millions with any separator and with scale words', () => {
    expect(normaliseForMatching('1.000.000 đồng')).toBe('1000000');
    expect(normaliseForMatching('1,000,000')).toBe('1000000');
    expect(normaliseForMatching('1,5 triệu đồng')).toBe('1500000');
  });

  it('keeps a one- or two-digit tail as a decimal part', () => {
    expect(parseNumberToken('2,5')).toBe(2.5);
    expect(parseNumberToken('2.5')).toBe(2.5);
    expect(parseNumberToken('20.000')).toBe(20000);
  });

  it('folds case, diacritics and leading zeros in durations', () => {
    expect(normaliseForMatching('07 Ngày làm việc')).toBe('7 ngay lam viec');
    expect(foldText('  Đăng ký   THƯỜNG trú ')).toBe('dang ky thuong tru');
  });

  it('treats decomposed (NFD) Vietnamese like precomposed text', () => {
    expect(foldText('Lệ phí'.normalize('NFD'))).toBe(foldText('Lệ phí'));
  });

  it('leaves procedure codes, form codes and result codes alone', () => {
    expect(normaliseForMatching('Mã 1.004222, mẫu CT01, KQ.G01.000064')).toBe('ma 1.004222, mau ct01, kq.g01.000064');
  });

  it('extracts every amount and duration but not procedure codes', () => {
    expect(extractNumbers('Thủ tục 1.004222: lệ phí 50.000 đồng, trả kết quả trong 07 ngày làm việc.')).toEqual(['50000', '7']);
    expect(extractNumbers('Lệ phí 15.000đ/lần; hạn 15/10/2024')).toEqual(['15000', '15', '10', '2024']);
  });
});
