import { describe, expect, it } from 'vitest';
import { sampleProcedure } from '../sample-records.fixture.ts';
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
  const named = (code: string, name: string) => ({ procedure: { ...sampleProcedure('1.001193'), code, name } });

  it('keeps the foreign-element variants when there are some, and the list otherwise', () => {
    const plain = named('1', 'Thủ tục đăng ký khai sinh');
    const foreign = named('2', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài');
    expect(narrowByForeignElement(foldedWords('chồng em người Hàn'), [plain, foreign])).toEqual([foreign]);
    expect(narrowByForeignElement(foldedWords('chồng em người Hàn'), [plain])).toEqual([plain]);
    expect(narrowByForeignElement(foldedWords('làm khai sinh cho con'), [plain, foreign])).toEqual([plain, foreign]);
    const forForeigners = named('3', 'Cấp thị thực cho người nước ngoài tại Việt Nam');
    expect(narrowByForeignElement(foldedWords('xin visa cho chồng người Mỹ'), [forForeigners, plain])).toEqual([forForeigners]);
  });

  it('keeps the question’s own subject when the foreign variants are of something it never spoke of', () => {
    const passport = named('4', 'Cấp hộ chiếu phổ thông ở trong nước');
    const marriage = named('5', 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài');
    const birth = named('6', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài');
    const words = foldedWords('con gái lấy chồng bên Úc mời sang chơi, tôi chưa đi nước ngoài bao giờ, làm giấy đó ở đâu');
    expect(narrowByForeignElement(words, [passport, marriage, birth])).toEqual([passport, marriage, birth]);
    expect(narrowByForeignElement(foldedWords('sinh con ở Nhật về nước làm khai sinh'), [passport, birth])).toEqual([birth]);
  });
});
