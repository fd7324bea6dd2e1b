import { describe, expect, it } from 'vitest';
import { readDate, readDateTime, readDigits, readNumber, readPhone, speakNumbers } from './spoken-numbers.ts';

describe('Vietnamese spoken numbers', () => {
  it('reads amounts and durations in words', () => {
    expect(speakNumbers('Lệ phí 70.000 đồng mỗi thẻ.')).toBe('Lệ phí bảy mươi nghìn đồng mỗi thẻ.');
    expect(speakNumbers('Thời hạn 3 ngày làm việc.')).toBe('Thời hạn ba ngày làm việc.');
    expect(speakNumbers('Phí 1.500.000 đồng')).toBe('Phí một triệu năm trăm nghìn đồng');
    expect(speakNumbers('Phí 105000 đồng')).toBe('Phí một trăm lẻ năm nghìn đồng');
    expect(speakNumbers('trong 15 ngày')).toBe('trong mười lăm ngày');
    expect(readNumber('21')).toBe('hai mươi mốt');
  });

  it('reads percentages, decimals and dates written in the text', () => {
    expect(speakNumbers('thu bằng 50% mức này')).toBe('thu bằng năm mươi phần trăm mức này');
    expect(speakNumbers('diện tích 1,5 mét')).toBe('diện tích một phẩy năm mét');
    expect(speakNumbers('Từ 01/7/2025 đến hết 31/12/2026')).toBe(
      'Từ ngày mồng một tháng Bảy năm hai nghìn không trăm hai mươi lăm đến hết ngày ba mươi mốt tháng Mười Hai năm hai nghìn không trăm hai mươi sáu',
    );
    expect(speakNumbers('trước ngày 15/3')).toBe('trước ngày mười lăm tháng Ba');
    expect(speakNumbers('hạn 15/3')).toBe('hạn ngày mười lăm tháng Ba');
  });

  it('reads codes and phone numbers digit by digit', () => {
    expect(speakNumbers('mã thủ tục 2.001194')).toBe('mã thủ tục hai chấm không không một, một chín bốn');
    expect(speakNumbers('gọi 0912 345 678')).toBe('gọi không chín một, hai ba bốn, năm sáu bảy tám');
    expect(readPhone('+84912345678')).toBe('không chín một, hai ba bốn, năm sáu bảy tám');
    expect(readDigits('1022')).toBe('một không hai hai');
    expect(speakNumbers('mã hồ sơ 000123456')).toBe('mã hồ sơ không không không, một hai ba, bốn năm sáu');
  });

  it('reads times of day', () => {
    expect(speakNumbers('mở cửa từ 7:30 đến 17:00')).toBe('mở cửa từ bảy giờ ba mươi đến mười bảy giờ');
    expect(speakNumbers('lúc 7h30')).toBe('lúc bảy giờ ba mươi');
  });

  it('says a date with its weekday, in Vietnam time', () => {
    // 2027-03-15 is a Monday; 00:30 in Hà Nội is still 14 March in UTC.
    expect(readDate(new Date('2027-03-14T17:30:00Z'))).toBe('thứ Hai, ngày mười lăm tháng Ba');
    expect(readDate(new Date('2027-03-05T03:00:00Z'), { year: true })).toBe('thứ Sáu, ngày mồng năm tháng Ba năm hai nghìn không trăm hai mươi bảy');
    expect(readDateTime(new Date('2027-03-15T00:30:00Z'))).toBe('thứ Hai, ngày mười lăm tháng Ba, lúc bảy giờ ba mươi');
    expect(readDate(new Date('2027-01-03T03:00:00Z'))).toBe('Chủ nhật, ngày mồng ba tháng Một');
  });
});
