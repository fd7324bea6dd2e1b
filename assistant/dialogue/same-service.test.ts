import { describe, expect, it } from 'vitest';
import { foldedWords } from '../understand/fold.ts';
import { relatedChoices, sameService } from './same-service.ts';

const named = (name: string) => ({ procedure: { name } as never });

describe('one service or unrelated choices', () => {
  it('sees variants, kinds and levels of one service', () => {
    expect(sameService(named('Thủ tục đăng ký kết hôn'), named('Thủ tục đăng ký kết hôn có yếu tố nước ngoài'))).toBe(true);
    expect(sameService(named('Cấp đổi thẻ căn cước'), named('Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)'))).toBe(true);
    expect(sameService(named('Cấp đổi Giấy chứng nhận quyền sử dụng đất'), named('Cấp lại Giấy chứng nhận đăng ký doanh nghiệp'))).toBe(false);
  });

  it('offers choices that share the citizen’s subject, not those that share only common words', () => {
    const confirmations = [named('Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'), named('Xác nhận thông tin về cư trú')];
    expect(relatedChoices(foldedWords('cái giấy xác nhận ấy lên xã xin'), confirmations)).toBe(true);
    const unrelated = [named('Khai báo tạm vắng'), named('Thủ tục xác nhận hoàn thành nghĩa vụ nộp thuế')];
    expect(relatedChoices(foldedWords('cháu tôi hoàn thành nghĩa vụ quân sự về địa phương thì đăng ký ở đâu'), unrelated)).toBe(false);
  });
});
