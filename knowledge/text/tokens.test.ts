import { describe, expect, it } from 'vitest';
import { bigrams, foldedSyllables, syllables } from './tokens.ts';

describe('syllables', () => {
  it('splits folded text on non-alphanumerics', () => {
    expect(syllables('Cấp lại Giấy phép lái xe (thực hiện tại cấp tỉnh)')).toEqual([
      'cap', 'lai', 'giay', 'phep', 'lai', 'xe', 'thuc', 'hien', 'tai', 'cap', 'tinh',
    ]);
  });

  it('keeps procedure codes, legal numbers, amounts and dates whole', () => {
    expect(syllables('Mã 1.004222, Luật 68/2020/QH14; phí 20,000 đồng hay 100.000đ; từ 01/7/2025')).toEqual([
      'ma', '1.004222', 'luat', '68/2020/qh14', 'phi', '20,000', 'dong', 'hay', '100.000d', 'tu', '01/7/2025',
    ]);
    expect(syllables('Nghị định 57/2018/NĐ-CP')).toEqual(['nghi', 'dinh', '57/2018/nd-cp']);
  });

  it('splits joined words that carry no digit', () => {
    expect(syllables('tạm trú/thường trú, Phí-lệ phí.Hồ sơ')).toEqual([
      'tam', 'tru', 'thuong', 'tru', 'phi', 'le', 'phi', 'ho', 'so',
    ]);
  });

  it('does not glue a comma to the next word', () => {
    expect(syllables('1 bản chính,1 bản sao')).toEqual(['1', 'ban', 'chinh', '1', 'ban', 'sao']);
  });

  it('works on text that is already folded', () => {
    expect(foldedSyllables('dang ky tam tru')).toEqual(['dang', 'ky', 'tam', 'tru']);
    expect(syllables('')).toEqual([]);
  });
});

describe('bigrams', () => {
  it('joins adjacent tokens with an underscore', () => {
    expect(bigrams(['dang', 'ky', 'tam', 'tru'])).toEqual(['dang_ky', 'ky_tam', 'tam_tru']);
    expect(bigrams(['ho'])).toEqual([]);
  });
});
