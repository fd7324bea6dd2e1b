import { describe, expect, it } from 'vitest';
import { asksToStop } from './run-task.ts';

describe('asksToStop', () => {
  it('reads short stop messages, with or without diacritics', () => {
    for (const text of ['thôi', 'Hủy', 'huy di', 'thôi không làm nữa', 'dừng lại nhé', 'thoat']) expect(asksToStop(text), text).toBe(true);
  });
  it('does not take a question or an answer that starts with a stop word for a stop', () => {
    for (const text of ['hủy lịch hẹn ngày mai của tôi', 'thôi việc thì làm thủ tục gì', '', 'không', 'dừng xe trái phép bị phạt bao nhiêu']) {
      expect(asksToStop(text), text).toBe(false);
    }
  });
});
