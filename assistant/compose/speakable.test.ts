import { describe, expect, it } from 'vitest';
import { clarifyReply } from './compose-simple.ts';
import { speakable } from './speakable.ts';

describe('speakable', () => {
  it('drops brackets but keeps the form code and the office a name is done at', () => {
    expect(speakable('Tờ khai (mẫu CT01) (bản chính)')).toBe('Tờ khai, mẫu CT01');
    expect(speakable('Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)')).toBe('Cấp hộ chiếu phổ thông ở trong nước, thực hiện tại cấp tỉnh');
    expect(speakable('Phí 10.000 đồng/lần (xem https://dichvucong.gov.vn)')).toBe('Phí 10.000 đồng mỗi lần');
  });

  it('spoken choices of one service at two levels sound different', () => {
    const reply = clarifyReply('Bạn hỏi thủ tục nào?', 'Bạn hỏi thủ tục nào?', [
      { n: 1, label: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp trung ương)', value: '1.001471' },
      { n: 2, label: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)', value: '1.001456' },
    ], 'procedure_question', 0.9);
    expect(reply.speech).toContain('Số 1: Cấp hộ chiếu phổ thông ở trong nước, thực hiện tại cấp trung ương.');
    expect(reply.speech).toContain('Số 2: Cấp hộ chiếu phổ thông ở trong nước, thực hiện tại cấp tỉnh.');
  });
});
