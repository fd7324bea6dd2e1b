import { describe, expect, it } from 'vitest';
import { renderZalo, ZALO_MAX_TEXT } from './render.ts';

describe('renderZalo', () => {
  it('numbers the choices and asks for a digit', () => {
    const [text] = renderZalo({ text: 'Bạn muốn hỏi thủ tục nào?', choices: [{ n: 1, label: 'Cấp hộ chiếu' }, { n: 2, label: 'Đổi bằng lái' }, { n: 3, label: 'Khai sinh' }] });
    expect(text).toBe('Bạn muốn hỏi thủ tục nào?\n\n1. Cấp hộ chiếu\n2. Đổi bằng lái\n3. Khai sinh\n\nBạn trả lời bằng số 1, 2 hoặc 3 nhé.');
  });

  it('does not list choices twice when the text already does', () => {
    const [text] = renderZalo({ text: 'Chọn:\n1. A\n2. B', choices: [{ n: 1, label: 'A' }, { n: 2, label: 'B' }] });
    expect(text).toBe('Chọn:\n1. A\n2. B\n\nBạn trả lời bằng số 1 hoặc 2 nhé.');
  });

  it('splits a long answer at line boundaries into parts Zalo accepts', () => {
    const line = 'Giấy tờ cần nộp: tờ khai, bản sao giấy khai sinh, ảnh chân dung. '.repeat(3).trim();
    const text = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${line}`).join('\n');
    const parts = renderZalo({ text });
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(ZALO_MAX_TEXT);
    expect(parts.join('\n')).toBe(text);
  });
});
