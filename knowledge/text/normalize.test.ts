import { describe, expect, it } from 'vitest';
import { fold, hasDiacritics, normalize, toneKey } from './normalize.ts';

const NFC = 'Đăng ký thường trú';
const NFD = NFC.normalize('NFD');

describe('normalize', () => {
  it('turns decomposed (NFD) input into NFC', () => {
    expect(NFD).not.toBe(NFC);
    expect(normalize(NFD)).toBe(NFC);
  });

  it('collapses odd spaces and drops invisible characters', () => {
    expect(normalize('\u00a0 Cấp\u2009lại\u202fthẻ\u200d căn\u00adcước\t\n ')).toBe('Cấp lại thẻ căncước');
    expect(normalize('\ufeffHộ\u3000chiếu')).toBe('Hộ chiếu');
  });
});

describe('toneKey', () => {
  it('compares the two tone placements alike and keeps different tones apart', () => {
    expect(toneKey('hoà')).toBe(toneKey('hòa'));
    expect(toneKey('THUỶ')).toBe(toneKey('thủy'));
    expect(toneKey('đò')).not.toBe(toneKey('đó'));
    expect(toneKey('may')).toBe('may');
  });
});

describe('fold', () => {
  it('strips diacritics from NFC and NFD alike', () => {
    expect(fold(NFC)).toBe('dang ky thuong tru');
    expect(fold(NFD)).toBe('dang ky thuong tru');
  });

  it('maps đ and Đ (and the look-alike Ð) to d, and lowercases', () => {
    expect(fold('ĐỊA CHỈ đường Điện Biên')).toBe('dia chi duong dien bien');
    expect(fold('57/2018/NÐ-CP')).toBe('57/2018/nd-cp');
  });

  it('folds every Vietnamese vowel with every tone', () => {
    const vowels = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
    expect(fold(vowels)).toBe('a'.repeat(17) + 'e'.repeat(11) + 'i'.repeat(5) + 'o'.repeat(17) + 'u'.repeat(11) + 'y'.repeat(5));
    expect(fold(vowels.toUpperCase())).toBe(fold(vowels));
  });

  it('collapses whitespace, trims, and removes soft hyphens', () => {
    expect(fold('  Trực\u00a0tuyến \n\n toàn   trình ')).toBe('truc tuyen toan trinh');
    expect(fold('tr\u00aduờng hợp')).toBe('truong hop');
  });

  it('keeps digits, punctuation and non-Latin characters', () => {
    expect(fold('Mã 1.004222 – Lệ phí: 20,000 ₫')).toBe('ma 1.004222 – le phi: 20,000 ₫');
  });

  it('handles long pages without overflowing the stack', () => {
    const page = 'Giấy chứng nhận quyền sử dụng đất. '.repeat(20_000);
    expect(fold(page).length).toBe(page.trim().length);
  });
});

describe('hasDiacritics', () => {
  it('tells typed accents from plain ASCII', () => {
    expect(hasDiacritics('lam lai the can cuoc')).toBe(false);
    expect(hasDiacritics('đi')).toBe(true);
    expect(hasDiacritics(NFD)).toBe(true);
    expect(hasDiacritics('phí\u00a0')).toBe(true);
  });
});
