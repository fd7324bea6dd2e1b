import { describe, expect, it } from 'vitest';
import { findRequest, splitSentences } from './find-request.ts';
import { understand } from './understand.ts';

const story =
  'Dạ cháu ơi, tôi già rồi không rành mấy chuyện giấy tờ trên mạng. Thằng cháu nội tôi năm nay đỗ đại học vô Sài Gòn học, thuê phòng trọ ở với hai đứa bạn, tiền phòng mất ba triệu một tháng. Bà chủ trọ bảo phải đi đăng ký cho nó ở đó. Vậy cháu nó cần mang những giấy tờ gì theo, có cần hợp đồng thuê phòng không cháu?';

describe('finding the request in a long message', () => {
  it('takes the asking sentence as the request and keeps the story as context', () => {
    const { request, context } = findRequest(story);
    expect(request).toBe('Vậy cháu nó cần mang những giấy tờ gì theo, có cần hợp đồng thuê phòng không cháu?');
    expect(context).toContain('thuê phòng trọ');
  });

  it('leaves a short message whole', () => {
    expect(findRequest('đăng ký tạm trú cần gì? ở đâu?')).toEqual({ request: 'đăng ký tạm trú cần gì? ở đâu?', context: '' });
  });

  it('takes the last sentence when none asks', () => {
    const text = 'Tôi ở quê ra thành phố làm công nhân đã hơn hai năm nay rồi, thuê nhà trọ gần khu công nghiệp. Chủ nhà nói phải khai báo với công an phường. Tôi muốn làm tạm trú cho đúng quy định.';
    expect(findRequest(text).request).toBe('Tôi muốn làm tạm trú cho đúng quy định.');
  });

  it('splits on sentence ends only', () => {
    expect(splitSentences('Một. Hai? Ba! 20.000 đồng')).toEqual(['Một.', 'Hai?', 'Ba!', '20.000 đồng']);
  });

  it('reads the aspect from the request, not from the story ("tiền phòng mất ba triệu" is no fee question)', () => {
    const u = understand(story);
    expect(u.aspects).toEqual(['documents']);
    expect(u.context).toContain('Sài Gòn');
    expect(u.topicText).toContain('phòng trọ');
  });
});
