import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';

describe('intent phrases that folding makes out of other words', () => {
  it.each([
    ['sếp kêu em khai hồ sơ chứng nhận lại gạo thơm trên mạng, có phải ký số không', 'procedure'],
    ['điền hồ sơ đăng ký tạm trú online thế nào', 'procedure'],
    ['nhà máy thủy điện ngừng phát điện vì lũ, giấy phép lấy nước có được gia hạn không', 'procedure'],
    ['xin cấp lại giấy chứng nhận khi thay đổi người đại diện pháp luật có mất phí không', 'procedure'],
    ['đổi người đại diện theo pháp luật có phải đăng ký không', 'procedure'],
    ['muốn cắt gói cước internet thì gọi tổng đài hay ra cửa hàng', 'procedure'],
    ['đổi sim thì ra cửa hàng hay gọi tổng đài được không', 'procedure'],
    ['bố tôi hưởng lương hưu thì bị đi tù mấy năm, nay mãn hạn về thì lãnh lại cần giấy gì', 'procedure'],
    ['tổ hợp tác bị bên khác khiếu nại trùng tên, muốn đổi tên thì làm sao', 'procedure'],
    // The phrases themselves still say what they mean.
    ['làm giả giấy tờ thì có bị đi tù không', 'legal_advice'],
    ['tôi bị cán bộ hạch sách, muốn khiếu nại', 'complaint'],
    ['hồ sơ của tôi bị làm chậm quá', 'complaint'],
    ['cho tôi gọi tổng đài viên', 'human'],
    ['tôi muốn gặp nhân viên hay ai cũng được', 'human'],
    ['cho tôi gặp nhân viên hay tôi tới tận nơi cũng được', 'human'],
    ['khai hộ tôi tờ khai tạm trú được không', 'prefill_form'],
    ['điền hộ tôi với', 'prefill_form'],
    ['trả lời kiểu này làm tôi phát điên', 'frustration'],
    ['pháp luật có cho phép hàng xóm xây lấn sang không', 'legal_advice'],
  ])('"%s" → %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });
});
