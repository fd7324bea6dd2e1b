import { describe, expect, it } from 'vitest';
import { checkInput, escapeHtml, MAX_INPUT_CHARS, SAFETY_MESSAGES, stripHtml } from './index.ts';

const okText = (input: unknown): string => {
  const r = checkInput(input);
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}`);
  return r.text;
};
const reason = (input: unknown): string | null => {
  const r = checkInput(input);
  return r.ok ? null : r.reason;
};

describe('checkInput: empty and odd values', () => {
  it.each([[''], ['   '], ['\n\t  \n'], ['\u200B\u200B'], [null], [undefined], [42], [{ text: 'x' }]])('%j → empty', (input) => {
    const r = checkInput(input);
    expect(r).toEqual({ ok: false, reason: 'empty', message: SAFETY_MESSAGES.empty });
  });

  it.each([['😀'], ['👍👍👍'], ['🙏 ❤️ !!!'], ['???'], ['...']])('%s → a polite prompt to type words', (input) => {
    expect(checkInput(input)).toEqual({ ok: false, reason: 'empty', message: SAFETY_MESSAGES.symbolsOnly });
  });
});

describe('checkInput: length', () => {
  it('accepts exactly 2,000 characters and refuses 2,001', () => {
    expect(okText('a'.repeat(MAX_INPUT_CHARS - 3) + ' đi')).toHaveLength(MAX_INPUT_CHARS);
    const r = checkInput('ă'.repeat(MAX_INPUT_CHARS + 1));
    expect(r).toMatchObject({ ok: false, reason: 'too_long' });
    if (!r.ok) expect(r.message).toContain('2.000');
  });

  it('refuses a huge payload without scanning it', () => {
    expect(reason('<b>'.repeat(100_000))).toBe('too_long');
  });
});

describe('checkInput: language', () => {
  it.each([
    ['How do I get a passport?'],
    ['What is the fee for a birth certificate'],
    ['I want to register my business'],
    ['Where can I renew my ID card?'],
    ['Please help me with my passport application'],
    ['如何办理护照'],
    ['Как получить паспорт?'],
  ])('%s → not_vietnamese, answered in Vietnamese', (input) => {
    const r = checkInput(input);
    expect(r).toEqual({ ok: false, reason: 'not_vietnamese', message: SAFETY_MESSAGES.notVietnamese });
  });

  it.each([
    ['lam lai can cuoc mat bao nhieu tien'],
    ['dang ky thuong tru can giay to gi'],
    ['the can cuoc bi mat thi lam sao'],
    ['lam passport online o dau'],
    ['cap lai CCCD het bao lau'],
    ['passport'],
    ['hello'],
    ['thank you'],
    ['ok'],
    ['Làm hộ chiếu online mất bao lâu?'],
    ['Tôi muốn renew passport thì cần gì?'],
    ['Cho tôi hỏi thủ tục đăng ký khai sinh cho con'],
  ])('%s → accepted', (input) => {
    expect(okText(input)).toBe(input);
  });
});

describe('checkInput: markup and injection', () => {
  it('drops a script with its content and never echoes it', () => {
    const r = checkInput('<script>alert(1)</script>');
    expect(r).toEqual({ ok: false, reason: 'unsafe', message: SAFETY_MESSAGES.unsafe });
  });

  it('keeps the question around markup', () => {
    expect(okText('<b>Làm căn cước</b> ở <i>đâu</i>?<script>alert("x")</script>')).toBe('Làm căn cước ở đâu ?');
    expect(okText('lệ phí hộ chiếu <img src=x onerror=alert(1)>')).toBe('lệ phí hộ chiếu');
    expect(okText('đăng ký tạm trú <a href="javascript:alert(1)">bấm</a>')).not.toMatch(/[<>]|javascript/);
  });

  it('keeps a lone "<" that is not a tag', () => {
    expect(okText('phí < 100 nghìn không?')).toBe('phí < 100 nghìn không?');
  });

  it('passes SQL-looking text through as plain text (it is never executed)', () => {
    expect(okText("'; DROP TABLE users; --")).toBe("'; DROP TABLE users; --");
    expect(okText("lệ phí' OR 1=1 --")).toBe("lệ phí' OR 1=1 --");
  });
});

describe('checkInput: normalisation', () => {
  it('normalises to NFC', () => {
    const decomposed = 'Đăng ký thường trú'.normalize('NFD');
    expect(decomposed).not.toBe('Đăng ký thường trú');
    expect(okText(decomposed)).toBe('Đăng ký thường trú');
  });

  it('removes invisible characters and tidies whitespace', () => {
    expect(okText('  làm\u200B  giấy\u0007 khai sinh \n\n\n cho con  ')).toBe('làm giấy khai sinh\ncho con');
  });
});

describe('stripHtml and escapeHtml', () => {
  it('removes tags, comments and unclosed tags', () => {
    expect(stripHtml('a<!-- x -->b<style>p{}</style>c<div').replace(/\s+/g, '')).toBe('abc');
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
