import { describe, expect, it } from 'vitest';
import { asksForDetail } from './asks-for-detail.ts';

describe('asksForDetail', () => {
  it('hears the offered follow-up and its everyday variants, with or without diacritics', () => {
    for (const text of ['xem chi tiết', 'Xem chi tiết', 'xem chi tiet', 'chi tiết', 'cho tôi xem đầy đủ', 'xem đầy đủ giúp tôi', 'đọc nguyên văn đi', 'chi tiết hơn được không', 'xem chi tiết giấy tờ', 'nói rõ hơn nhé']) {
      expect(asksForDetail(text), text).toBe(true);
    }
  });

  it('leaves questions that only contain the words alone', () => {
    for (const text of ['chi tiết hồ sơ đăng ký kết hôn', 'làm hộ chiếu cần đầy đủ giấy tờ gì', 'đăng ký tạm trú', '', 'xem lệ phí', 'tôi muốn biết toàn bộ quy trình làm sổ đỏ cho nhà mới mua ở quận 7']) {
      expect(asksForDetail(text), text).toBe(false);
    }
  });
});
