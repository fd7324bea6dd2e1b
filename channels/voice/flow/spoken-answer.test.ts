import { describe, expect, it } from 'vitest';
import { addressAs, spokenAnswer, splitParts } from './spoken-answer.ts';
import { say } from './strings.ts';

describe('spoken answers', () => {
  it('drops the SMS offer, notes the fuller answer, speaks numbers and addresses the caller', () => {
    const { parts, more } = spokenAnswer('Lệ phí 70.000 đồng. Muốn nghe đầy đủ, bạn nói: xem chi tiết. Bạn có muốn tôi gửi danh sách giấy tờ đầy đủ qua tin nhắn SMS hoặc Zalo không?', 'bác');
    expect(more).toBe(true);
    expect(parts).toEqual(['Lệ phí bảy mươi nghìn đồng.']);
  });

  it('cuts an answer into parts of at most two sentences', () => {
    expect(splitParts('Một. Hai. Ba. Bốn. Năm.')).toEqual(['Một. Hai.', 'Ba. Bốn.', 'Năm.']);
    expect(splitParts(`${'a'.repeat(200)}. ${'b'.repeat(100)}.`)).toHaveLength(2);
  });

  it('says "bạn" as the configured form of address, not inside other words', () => {
    expect(addressAs('Bạn cần mang căn cước của bạn.', 'bác')).toBe('Bác cần mang căn cước của bác.');
    expect(addressAs('Bạn bè', 'bạn')).toBe('Bạn bè');
    expect(say('{who} đang ở vị trí số {position}. Xin {who} giữ máy.', 'ông bà', { position: 2 })).toBe('Ông bà đang ở vị trí số 2. Xin ông bà giữ máy.');
  });
});
