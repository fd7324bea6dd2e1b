import { describe, expect, it } from 'vitest';
import { alignedWords, expandShorthand, SHORTHAND, spellOut } from './aligned-words.ts';

describe('shorthand and teencode', () => {
  it.each([
    ['đkkh cần gì', 'đăng ký kết hôn cần gì'],
    ['dkkh o dau', 'đăng ký kết hôn o dau'],
    ['mún đk tạm trú dc ko', 'muốn đăng ký tạm trú được không'],
    ['lam the nao, ntn z', 'lam the nao, như thế nào vậy'],
    ['phí bn tiền k', 'phí bao nhiêu tiền không'],
    ['e hk bik lm j', 'em không biết làm gì'],
    ['a ơi mik hỏi vs', 'anh ơi mình hỏi với'],
    ['tks ad nhiu', 'cảm ơn admin nhiêu'],
    ['sđ mất r thì sao ak', 'sổ đỏ mất rồi thì sao ạ'],
    ['đc hay ko ns giùm', 'được hay không nói giùm'],
  ])('%s → %s', (typed, spelled) => {
    expect(expandShorthand(typed)).toBe(spelled);
  });

  it('replaces whole words only, and an accented word is not its folded twin', () => {
    expect(expandShorthand('ạ')).toBe('ạ');
    expect(expandShorthand('xóa hk thì mất mấy ngày')).toBe('xóa hộ khẩu thì mất mấy ngày');
    expect(expandShorthand('nhập hk cho con đc hk')).toBe('nhập hộ khẩu cho con được không');
    expect(expandShorthand('sổ hồng')).toBe('sổ hồng');
    expect(expandShorthand('hạng A1, 50k')).toBe('hạng A1, 50k');
    expect(expandShorthand('Kết hôn')).toBe('Kết hôn');
  });

  it('is a Map: a word such as constructor finds nothing', () => {
    expect(SHORTHAND).toBeInstanceOf(Map);
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(spellOut(word)).toBeUndefined();
    expect(expandShorthand('constructor __proto__')).toBe('constructor __proto__');
  });

  it('spells out in both the typed and the folded words, aligned', () => {
    expect(alignedWords('mún đk ko')).toEqual({ original: ['muốn', 'đăng', 'ký', 'không'], words: ['muon', 'dang', 'ky', 'khong'] });
  });

  it('never expands into another shorthand word (one pass is enough)', () => {
    for (const value of SHORTHAND.values()) expect(expandShorthand(value)).toBe(value);
  });
});
