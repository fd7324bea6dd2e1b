import { describe, expect, it } from 'vitest';
import type { Choice } from '../reply.ts';
import { pickChoice } from './pick-choice.ts';

const choices: Choice[] = [
  { n: 1, label: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)', value: '1.001456' },
  { n: 2, label: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp trung ương)', value: '1.001471' },
  { n: 3, label: 'Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp tỉnh)', value: '1.001445' },
];

describe('pickChoice', () => {
  it.each([
    ['1', '1.001456'],
    ['2', '1.001471'],
    ['số 2', '1.001471'],
    ['so 3', '1.001445'],
    ['chọn số 1', '1.001456'],
    ['cái thứ hai', '1.001471'],
    ['cai thu hai a', '1.001471'],
    ['thứ 2', '1.001471'],
    ['hai', '1.001471'],
    ['ba', '1.001445'],
    ['số một', '1.001456'],
    ['cái đầu tiên', '1.001456'],
    ['cái cuối cùng', '1.001445'],
    ['2.', '1.001471'],
    ['trung ương', '1.001471'],
    ['trình báo mất', '1.001445'],
  ])('"%s" picks %s', (text, value) => {
    expect(pickChoice(text, choices)?.value).toBe(value);
  });

  it.each([
    ['5'],
    ['0'],
    ['thế còn làm căn cước thì sao'],
    ['lệ phí bao nhiêu'],
    ['hộ chiếu'],
    ['1 hay 2'],
    [''],
  ])('"%s" picks nothing', (text) => {
    expect(pickChoice(text, choices)).toBeNull();
  });

  it('hears the fifth choice said as a word, and not a year', () => {
    const five: Choice[] = [1, 2, 3, 4, 5].map((n) => ({ n, label: `Thủ tục ${n}`, value: `1.00000${n}` }));
    expect(pickChoice('số năm', five)?.value).toBe('1.000005');
    expect(pickChoice('cái thứ năm', five)?.value).toBe('1.000005');
    expect(pickChoice('năm ngoái tôi làm rồi', five)).toBeNull();
  });

  it('picks nothing when nothing is pending', () => {
    expect(pickChoice('1', [])).toBeNull();
  });
});
