import { describe, expect, it } from 'vitest';
import { createLexicon, expandQuery, getLexicon } from './lexicon.ts';
import { fold } from './normalize.ts';
import { foldedSyllables } from './tokens.ts';

const termsOf = (text: string) => expandQuery(text).matched.map((m) => m.to);

describe('expandQuery', () => {
  it('maps the colloquial names from the domain notes to official terms', () => {
    expect(termsOf('bằng lái xe')).toEqual(['giấy phép lái xe']);
    expect(termsOf('nhập hộ khẩu')).toEqual(['đăng ký thường trú']);
    expect(termsOf('KT3')).toEqual(['tạm trú']);
    expect(termsOf('CCCD')).toEqual(['thẻ căn cước']);
    expect(termsOf('căn cước công dân')).toEqual(['thẻ căn cước']);
    expect(termsOf('sổ hồng')).toEqual(['giấy chứng nhận quyền sử dụng đất']);
    expect(termsOf('làm giấy khai sinh')).toEqual(['đăng ký khai sinh']);
    expect(termsOf('giấy chứng nhận độc thân')).toEqual(['xác nhận tình trạng hôn nhân']);
    expect(termsOf('lý lịch tư pháp')).toEqual(['phiếu lý lịch tư pháp']);
    expect(termsOf('passport')).toEqual(['hộ chiếu']);
    expect(termsOf('mở quán')).toEqual(['đăng ký hộ kinh doanh']);
    expect(termsOf('kinh doanh nhỏ')).toEqual(['đăng ký hộ kinh doanh']);
  });

  it('matches unaccented SMS text and abbreviations', () => {
    expect(termsOf('lam lai can cuoc mat bao nhieu tien')).toEqual(['cấp lại thẻ căn cước', 'lệ phí']);
    expect(termsOf('dkkd')).toEqual(['đăng ký kinh doanh']);
    expect(termsOf('gplx')).toEqual(['giấy phép lái xe']);
    expect(termsOf('bhxh')).toEqual(['bảo hiểm xã hội']);
    expect(termsOf('BHYT')).toEqual(['bảo hiểm y tế']);
    expect(termsOf('ho chieu pho thong')).toEqual([]); // already official once folded
    expect(termsOf('mat viec')).toEqual(['trợ cấp thất nghiệp']);
    expect(termsOf('dang ki tam tru')).toEqual(['đăng ký']);
  });

  it('takes the longest match first', () => {
    // "lý lịch tư pháp" is not read as "lí" + "lịch" …; "làm lại cccd" beats "làm lại" + "cccd".
    expect(termsOf('lí lịch tư pháp')).toEqual(['phiếu lý lịch tư pháp']);
    expect(termsOf('làm lại cccd')).toEqual(['cấp lại thẻ căn cước']);
    expect(termsOf('làm lại giấy tờ xe')).toEqual(['cấp lại']);
    expect(termsOf('làm sổ bảo hiểm')).toEqual(['sổ bảo hiểm xã hội']);
  });

  it('matches only at syllable boundaries', () => {
    expect(termsOf('điều kiện')).toEqual([]); // "kiện" alone is not "khởi kiện"
    expect(termsOf('hkd')).toEqual(['đăng ký hộ kinh doanh']);
    expect(termsOf('hkdx')).toEqual([]);
  });

  it('matches a variant written with diacritics only as typed, when the citizen typed them', () => {
    // Folded, "phương tiện" holds "phường" and "hồ sơ bảo hiểm" holds "sổ bảo hiểm".
    expect(termsOf('cấp chứng chỉ thuyền trưởng phương tiện thủy nội địa')).not.toContain('cấp xã');
    expect(termsOf('làm hồ sơ bảo hiểm nhân thọ')).not.toContain('sổ bảo hiểm xã hội');
    expect(termsOf('chiếc đò máy nhà tôi hỏng rồi')).toContain('phương tiện thủy nội địa');
    expect(termsOf('chiếc đó của tôi')).toEqual([]);
    expect(termsOf('làm ở xưởng may')).toEqual([]);
    // Typed without diacritics, the words cannot tell: every variant matches, in a whole message or a phrase.
    expect(termsOf('chiec do may nha toi')).toContain('phương tiện thủy nội địa');
    expect(termsOf('mất sổ bhxh, chiec do may cũng hỏng')).toContain('phương tiện thủy nội địa');
    expect(termsOf('đăng ký ở phường nào')).toContain('cấp xã');
  });

  it('keeps the original words and appends each official term once', () => {
    const result = expandQuery('Sổ đỏ, sổ hồng khác gì nhau?');
    expect(result.folded).toBe('so do, so hong khac gi nhau?');
    expect(result.expanded).toBe('so do, so hong khac gi nhau? giay chung nhan quyen su dung dat');
    expect(result.matched).toEqual([
      { from: 'so do', to: 'giấy chứng nhận quyền sử dụng đất' },
      { from: 'so hong', to: 'giấy chứng nhận quyền sử dụng đất' },
    ]);
    expect(expandQuery('').expanded).toBe('');
  });

  it('adds the abbreviation official names use when the question spells the term out', () => {
    expect(expandQuery('cấp lại thẻ bảo hiểm y tế').expanded).toBe('cap lai the bao hiem y te bhyt');
    expect(expandQuery('mất thẻ bảo hiểm y tế').expanded).toBe('mat the bao hiem y te cap lai the bao hiem y te bhyt');
    expect(expandQuery('rút bảo hiểm xã hội một lần').expanded).toContain(' bhxh');
    expect(expandQuery('thẻ bhyt').expanded).toBe('the bhyt bao hiem y te'); // already written short: not twice
  });
});

describe('lexicon data', () => {
  const { entries } = getLexicon();

  it('has well over 100 reviewed entries, each with a note', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    for (const entry of entries) expect(entry.note.length, entry.to).toBeGreaterThan(5);
  });

  it('has no duplicate variant, within or across entries', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const entry of entries) {
      for (const variant of entry.from) {
        const key = foldedSyllables(fold(variant)).join(' ');
        if (seen.has(key)) duplicates.push(`"${variant}" (${seen.get(key)} / ${entry.to})`);
        seen.set(key, entry.to);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('has no variant that folds to its own official term', () => {
    const selfMaps = entries.flatMap((e) => e.from.filter((v) => fold(v) === fold(e.to)).map((v) => `${v} → ${e.to}`));
    expect(selfMaps).toEqual([]);
  });

  it('refuses a variant that maps to two terms', () => {
    expect(() =>
      createLexicon([
        { from: ['sổ đỏ'], to: 'giấy chứng nhận', note: 'a' },
        { from: ['so do'], to: 'sơ đồ', note: 'b' },
      ]),
    ).toThrow(/maps to both/);
  });
});
