import { describe, expect, it } from 'vitest';
import { foldedWords } from '../understand/fold.ts';
import { mentionsForeignElement, narrowByForeignElement } from './foreign-element.ts';

const says = (text: string) => mentionsForeignElement(foldedWords(text));

describe('a foreign element in the citizen’s words', () => {
  it('is heard in how citizens say it', () => {
    for (const text of ['chồng e ng Hàn, con sinh ở bv Đà Nẵng', 'vợ tôi người trung quốc mới sinh con', 'con tôi sinh ở Nhật', 'bạn trai người nước ngoài', 'anh ấy là Việt kiều Mỹ', 'lấy chồng sang Đài Loan']) {
      expect(says(text), text).toBe(true);
    }
  });
  it('is not heard in place names and common words that fold alike', () => {
    for (const text of ['tôi ở Mỹ Đình', 'ở hẳn với con', 'nhà ở Lào Cai', 'hết hạn thẻ căn cước', 'ở Thái Bình', 'người anh trai tôi', 'qua người trung gian', 'ở ngã ba']) {
      expect(says(text), text).toBe(false);
    }
  });
  it('keeps the foreign-element variants when there are some, and the list otherwise', () => {
    const plain = { procedure: { name: 'Thủ tục đăng ký khai sinh' } };
    const foreign = { procedure: { name: 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài' } };
    expect(narrowByForeignElement(foldedWords('chồng em người Hàn'), [plain, foreign])).toEqual([foreign]);
    expect(narrowByForeignElement(foldedWords('chồng em người Hàn'), [plain])).toEqual([plain]);
    expect(narrowByForeignElement(foldedWords('làm khai sinh cho con'), [plain, foreign])).toEqual([plain, foreign]);
    const forForeigners = { procedure: { name: 'Cấp thị thực cho người nước ngoài tại Việt Nam' } };
    expect(narrowByForeignElement(foldedWords('xin visa cho chồng người Mỹ'), [forForeigners, plain])).toEqual([forForeigners]);
  });
});
