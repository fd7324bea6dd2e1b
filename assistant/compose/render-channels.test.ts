import { describe, expect, it } from 'vitest';
import { CHANNEL_CAPS, capChat, renderSms, renderSpeech } from './render-channels.ts';
import { T } from './strings.ts';

describe('channel caps, in one place', () => {
  const lines = Array.from({ length: 80 }, (_, i) => `• Giấy tờ thứ ${i + 1}: 1 bản chính`);

  it('chat: whole lines up to the cap, the source kept, and the rest offered', () => {
    const text = capChat(lines, ['Nguồn: …'], false);
    expect(text.length).toBeLessThanOrEqual(CHANNEL_CAPS.chat.chars);
    expect(text).toContain(T.moreDetail);
    expect(text.endsWith('Nguồn: …')).toBe(true);
    for (const line of text.split('\n').filter((l) => l.startsWith('•'))) expect(lines).toContain(line);
    expect(capChat(lines, [], true).length).toBeGreaterThan(text.length);
    expect(capChat(lines.slice(0, 3), [], false)).not.toContain(T.moreDetail);
  });

  it('SMS: three GSM-7 parts, and the portal link kept when something is cut', () => {
    const url = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/abc';
    const sms = renderSms('Đăng ký tạm trú (1.004194)', [lines.join('; ')], url);
    expect(sms.text.length).toBeLessThanOrEqual(CHANNEL_CAPS.sms.chars);
    expect(sms.text.endsWith(url)).toBe(true);
  });

  it('voice: a handful of sentences, and how to hear the rest', () => {
    const speech = renderSpeech(lines, 'Bạn cần gì nữa không?', 'if-cut');
    expect(speech.split(/(?<=[.?!])\s/).length).toBe(CHANNEL_CAPS.voice.sentences + 2);
    expect(speech).toContain(T.moreDetailSpeech);
    expect(renderSpeech(['Một câu.'], null, 'if-cut')).toBe('Một câu.');
  });
});
