import { describe, expect, it } from 'vitest';
import { renderSms, smsSegments } from './render.ts';

const choices = [
  { n: 1, label: 'Cấp hộ chiếu' },
  { n: 2, label: 'Đổi giấy phép lái xe' },
  { n: 3, label: 'Đăng ký khai sinh' },
];

describe('renderSms', () => {
  it('drops diacritics by default and numbers the choices with "Tra loi 1, 2 hoac 3"', () => {
    const [text] = renderSms({ text: 'Bạn muốn hỏi thủ tục nào?', choices }, { unicode: false, maxParts: 3 });
    expect(text).toBe('Ban muon hoi thu tuc nao? 1. Cap ho chieu; 2. Doi giay phep lai xe; 3. Dang ky khai sinh. Tra loi 1, 2 hoac 3');
    expect(text).toMatch(/^[\x20-\x7E]+$/);
  });

  it("prefers the assistant's compact SMS text", () => {
    const [text] = renderSms({ text: 'dài', sms: { text: 'Lệ phí: 14.000 đồng', ascii: 'Le phi: 14.000 dong' } }, { unicode: false, maxParts: 3 });
    expect(text).toBe('Le phi: 14.000 dong');
    const [unicode] = renderSms({ text: 'dài', sms: { text: 'Lệ phí: 14.000 đồng', ascii: 'Le phi: 14.000 dong' } }, { unicode: true, maxParts: 3 });
    expect(unicode).toBe('Lệ phí: 14.000 đồng');
  });

  it('keeps at most 3 parts (GSM-7 153, UCS-2 67) and ends a cut answer with the link', () => {
    const long = 'Hồ sơ gồm tờ khai, bản sao giấy khai sinh và ảnh chân dung. '.repeat(30);
    const link = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001234';
    const [gsm] = renderSms({ text: long, link }, { unicode: false, maxParts: 3 });
    expect(gsm!.length).toBeLessThanOrEqual(459);
    expect(smsSegments(gsm!, false)).toBe(3);
    expect(gsm!.endsWith(`Xem day du: ${link}`)).toBe(true);
    const [ucs] = renderSms({ text: long, link }, { unicode: true, maxParts: 3 });
    expect(ucs!.length).toBeLessThanOrEqual(201);
    expect(ucs!.endsWith(`Xem đầy đủ: ${link}`)).toBe(true);
  });

  it('counts segments as carriers do', () => {
    expect(smsSegments('a'.repeat(160), false)).toBe(1);
    expect(smsSegments('a'.repeat(161), false)).toBe(2);
    expect(smsSegments('ă'.repeat(70), true)).toBe(1);
    expect(smsSegments('ă'.repeat(71), true)).toBe(2);
  });
});
