import { describe, expect, it } from 'vitest';
import { normalize } from '../text/index.ts';
import { cleanBlock, cleanLine, nullIfEmpty } from './clean-text.ts';

describe('clean-text', () => {
  const samples = [
    'Đăng ky\u0301 thường trú', // NFD
    '  Tờ\u00a0khai\u2009CT01 \u200bmẫu\u00ad ',
    'Bản\u200e sao\uf0fc\tgiấy\r\nkhai sinh',
    '\ufeffHộ chiếu\u2028phổ thông',
  ];

  it('gives what knowledge/text normalize gives once the marks are dropped', () => {
    for (const sample of samples) expect(cleanLine(sample)).toBe(normalize(sample.replace(/[\u200e\uf0fc]/g, '')));
  });

  it('NFC-normalises decomposed Vietnamese', () => {
    expect(cleanLine('Đăng ky\u0301')).toBe('Đăng ký');
  });

  it('keeps line breaks in blocks and drops blank lines', () => {
    expect(cleanBlock('Bước 1:  a\n\n  Bước 2: b \n')).toBe('Bước 1: a\nBước 2: b');
  });

  it('treats the portal placeholder as empty', () => {
    expect(nullIfEmpty('Không có thông tin')).toBeNull();
    expect(nullIfEmpty('  ')).toBeNull();
    expect(nullIfEmpty('Công an cấp Xã')).toBe('Công an cấp Xã');
  });
});
