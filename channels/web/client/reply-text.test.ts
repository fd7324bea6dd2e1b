import { describe, expect, it } from 'vitest';
import { replyTextParts, unlinkedCitations } from './reply-text.ts';

const portal = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-ade0-7281-8a9a-32224333a647';
const citation = { code: '2.001194', name: 'Cấp lại thẻ căn cước', url: portal, legalBasis: [] };

describe('replyTextParts', () => {
  it('turns web addresses into links named by their site, keeping the sentence around them', () => {
    const text = `Thủ tục: Cấp lại thẻ căn cước (mã 2.001194)\n\nNguồn: Cổng Dịch vụ công quốc gia, thủ tục mã 2.001194: ${portal}.`;
    expect(replyTextParts({ text, choices: [] })).toEqual([
      { text: 'Thủ tục: Cấp lại thẻ căn cước (mã 2.001194)\n\nNguồn: Cổng Dịch vụ công quốc gia, thủ tục mã 2.001194: ' },
      { url: portal, label: 'dichvucong.gov.vn' },
      { text: '.' },
    ]);
  });

  it('leaves the numbered lines to the choice buttons only when they say the same', () => {
    const choices = [
      { n: 1, label: 'Cấp đổi thẻ căn cước', value: '2.001195' },
      { n: 2, label: 'Cấp lại thẻ căn cước', value: '2.001194' },
    ];
    const text = 'Bạn muốn hỏi thủ tục nào? Bạn chọn một số:\n1. Cấp đổi thẻ căn cước\n2. Cấp lại thẻ căn cước\n3. Một dòng không có nút';
    expect(replyTextParts({ text, choices })).toEqual([{ text: 'Bạn muốn hỏi thủ tục nào? Bạn chọn một số:\n3. Một dòng không có nút' }]);
  });
});

describe('unlinkedCitations', () => {
  it('keeps a citation link only when the text does not already carry its address', () => {
    expect(unlinkedCitations({ text: `Nguồn: ${portal}`, citations: [citation] })).toEqual([]);
    expect(unlinkedCitations({ text: 'Nguồn: Cổng Dịch vụ công quốc gia, thủ tục mã 2.001194.', citations: [citation] })).toEqual([citation]);
    expect(unlinkedCitations({ text: 'x', citations: [{ ...citation, url: null }] })).toEqual([]);
  });
});
