import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from './logger.ts';
import { maskPersonalData } from './redact.ts';

describe('personal data masking', () => {
  it('masks citizen ID numbers and phone numbers', () => {
    const masked = maskPersonalData('CCCD 001203004567, gọi 0912 345 678 hoặc +84912345678');
    expect(masked).not.toContain('001203004567');
    expect(masked).not.toContain('345 678');
    expect(masked).not.toContain('912345678');
    expect(masked).toContain('001******567');
  });

  it('leaves procedure codes, amounts and dates alone', () => {
    const text = 'Thủ tục 1.004222, lệ phí 20.000 đồng, hạn 01/07/2025, mẫu CT01';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('masks what reaches the log stream', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) });
    const logger = createLogger('info', sink);
    logger.info({ question: 'số CCCD của tôi là 079085001234' }, 'citizen 0987654321 asked');
    await new Promise((r) => setImmediate(r));
    const out = lines.join('');
    expect(out).not.toContain('079085001234');
    expect(out).not.toContain('0987654321');
  });
});

describe('log records', () => {
  it('masks error messages and keeps response status codes', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) });
    const logger = createLogger('info', sink);
    logger.error({ err: new Error('lookup failed for 001203004567') }, 'failed');
    await new Promise((r) => setImmediate(r));
    const record = JSON.parse(lines[0] ?? '{}');
    expect(record.err.message).toBe('lookup failed for 001******567');
  });
});
