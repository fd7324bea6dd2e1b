import { describe, expect, it } from 'vitest';
import { sanitiseCitizenText, sanitiseStrings } from './sanitise-text.ts';

describe('sanitiseCitizenText', () => {
  it('drops NUL and other control characters but keeps line breaks and tabs', () => {
    expect(sanitiseCitizenText('a\u0000b\u0007c\td\r\ne\u009b')).toBe('abc\td\ne');
  });

  it('replaces lone surrogates and keeps real pairs', () => {
    expect(sanitiseCitizenText('x\ud800y\udfffz')).toBe('x\ufffdy\ufffdz');
    expect(sanitiseCitizenText('😀 ok')).toBe('😀 ok');
    expect(sanitiseCitizenText('\udfff\ud800')).toBe('\ufffd\ufffd');
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    const nfd = 'Đăng ký tạm trú'.normalize('NFD');
    expect(sanitiseCitizenText(nfd)).toBe('Đăng ký tạm trú');
  });

  it('removes bidi overrides that disguise text', () => {
    expect(sanitiseCitizenText('abc\u202Edef')).toBe('abcdef');
  });

  it('cleans every string of a payload, keys included', () => {
    expect(sanitiseStrings({ a: ['x\u0000', 1, null], 'k\u0000': { b: '\ud800' } })).toEqual({ a: ['x', 1, null], k: { b: '\ufffd' } });
  });
});
