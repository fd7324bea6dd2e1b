import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { maskPersonalData } from './redact.ts';

/** Personal data in the many ways citizens write it, inside ordinary Vietnamese sentences. */
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const groupWith = (s: string, sizes: readonly number[], sep: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) parts.push(s.slice(at, (at += size)));
  return parts.join(sep);
};
const separator = fc.constantFrom('', ' ', '.', '-');
const citizenId = fc
  .tuple(digits(11), separator, fc.constantFrom([3, 3, 3, 3], [4, 4, 4], [12]))
  .map(([d, sep, sizes]) => ({ raw: `0${d}`, written: groupWith(`0${d}`, sizes, sep) }));
const phone = fc
  .tuple(fc.constantFrom('3', '5', '7', '8', '9'), digits(8), separator, fc.constantFrom('0', '+84', '84'))
  .map(([first, rest, sep, prefix]) => {
    const national = `${first}${rest}`;
    return { raw: national, written: `${prefix}${groupWith(national, [3, 3, 3], sep)}` };
  });
const oldId = digits(9).map((d) => ({ raw: d, written: d }));
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._]{2,10}[a-z0-9]$/), fc.constantFrom('gmail.com', 'yahoo.com.vn', 'hanoi.gov.vn'))
  .map(([local, domain]) => ({ raw: `${local}@${domain}`, written: `${local}@${domain}` }));
const passport = fc.tuple(fc.constantFrom('B', 'C', 'N', 'P'), digits(7)).map(([l, d]) => ({ raw: `${l}${d}`, written: `${l}${d}` }));
const account = fc
  .tuple(digits(12), fc.constantFrom(' ', '-', ''), fc.constantFrom([4, 4, 4], [12], [3, 3, 3, 3]))
  .map(([d, sep, sizes]) => ({ raw: `1${d}`.slice(0, 12), written: groupWith(`1${d}`.slice(0, 12), sizes, sep) }));
const personal = fc.oneof(citizenId, phone, oldId, email, passport, account);
const sentence = fc.tuple(
  fc.constantFrom('số CCCD của tôi là', 'gọi lại giúp em số', 'email', 'hộ chiếu', 'STK', 'cmnd', 'Tôi tên Lan,', ''),
  personal,
  fc.constantFrom('nhé', ', cảm ơn', '.', '', 'ạ?', '\n'),
);

function captureLogger() {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) });
  return { logger: createLogger('info', sink), lines };
}

describe('no personal data survives in a log line', () => {
  it('masks every written form, in messages, fields, nested objects and errors', async () => {
    const { logger, lines } = captureLogger();
    const planted: string[] = [];
    fc.assert(
      fc.property(sentence, ([before, data, after]) => {
        const text = `${before} ${data.written}${after}`;
        planted.push(data.raw, data.written);
        logger.info({ question: text, nested: { deeper: [text] } }, text);
        logger.error({ err: new Error(`lookup failed for ${text}`, { cause: new Error(text) }) }, 'failed');
        expect(maskPersonalData(text)).not.toContain(data.written);
      }),
      { numRuns: 400 },
    );
    await new Promise((r) => setImmediate(r));
    const out = lines.join('');
    const digitsOnly = out.replace(/[\s.-]/g, '');
    for (const value of planted) {
      expect(out).not.toContain(value);
      if (/^\d+$/.test(value)) expect(digitsOnly).not.toContain(value);
    }
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('never masks inside UUIDs', () => {
    const { logger, lines } = captureLogger();
    const ids = Array.from({ length: 2000 }, () => randomUUID());
    // All-digit last groups are the ones that used to be read as ID numbers.
    ids.push('5f0c2a1e-1234-4abc-8def-012345678901', '00000000-0000-4000-8000-000912345678');
    for (const id of ids) logger.info({ conversationId: id }, `conversation ${id}`);
    for (const [i, id] of ids.entries()) {
      const record = JSON.parse(lines[i]!) as { conversationId: string; msg: string };
      expect(record.conversationId).toBe(id);
      expect(record.msg).toBe(`conversation ${id}`);
    }
  });

  it('keeps an error class, its own fields and its cause chain', () => {
    const { logger, lines } = captureLogger();
    class DatabaseError extends Error {
      code = '22P05';
      detail = 'unsupported Unicode escape sequence';
    }
    const cause = new DatabaseError('invalid input syntax for type json');
    logger.error({ err: new Error('saving the turn failed', { cause }) }, 'request failed');
    const record = JSON.parse(lines[0]!) as { err: { type: string; message: string; cause?: unknown; stack: string } };
    expect(record.err.type).toBe('Error');
    expect(record.err.message).toContain('saving the turn failed');
    expect(JSON.stringify(record.err)).toContain('invalid input syntax for type json');
    expect(JSON.stringify(record.err)).toContain('22P05');
  });
});
