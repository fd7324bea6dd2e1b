import { isEnglishOnly, isOtherScript } from './detect-language.ts';
import { SAFETY_MESSAGES } from './strings.ts';
import { stripHtml } from './strip-html.ts';

export const MAX_INPUT_CHARS = 2000;
/** Beyond this the raw input is refused before any regex runs over it. */
const MAX_RAW_CHARS = MAX_INPUT_CHARS * 10;

export type InputRejection = 'empty' | 'too_long' | 'not_vietnamese' | 'unsafe';
export type InputCheck = { ok: true; text: string } | { ok: false; reason: InputRejection; message: string };

// Control characters (keeping tab and newline), zero-width and bidi marks, byte-order marks.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const HAS_TAG = /<\/?[a-zA-Z!?]/;
const MEANINGFUL = /[\p{L}\p{N}]/u;

function reject(reason: InputRejection, message: string): InputCheck {
  return { ok: false, reason, message };
}

/**
 * Cleans one citizen message before the assistant reads it: NFC, markup and invisible characters
 * removed, whitespace tidied. SQL-looking text is ordinary text: nothing the citizen types is ever
 * executed (queries are parameterised), so "'; DROP TABLE users; --" passes through unchanged and
 * is answered like any unclear question. Never throws.
 */
export function checkInput(input: unknown): InputCheck {
  try {
    if (typeof input !== 'string') return reject('empty', SAFETY_MESSAGES.empty);
    if (input.length > MAX_RAW_CHARS) return reject('too_long', SAFETY_MESSAGES.tooLong(limitText()));
    const normalised = input.normalize('NFC').replace(INVISIBLE, '');
    const hadMarkup = HAS_TAG.test(normalised);
    const text = stripHtml(normalised)
      .replace(/[ \t\u00A0]+/g, ' ')
      .replace(/ ?\n[\s]*/g, '\n')
      .trim();
    if (text === '') return reject(hadMarkup ? 'unsafe' : 'empty', hadMarkup ? SAFETY_MESSAGES.unsafe : SAFETY_MESSAGES.empty);
    if ([...text].length > MAX_INPUT_CHARS) return reject('too_long', SAFETY_MESSAGES.tooLong(limitText()));
    if (!MEANINGFUL.test(text)) return reject('empty', SAFETY_MESSAGES.symbolsOnly);
    if (isOtherScript(text) || isEnglishOnly(text)) return reject('not_vietnamese', SAFETY_MESSAGES.notVietnamese);
    return { ok: true, text };
  } catch {
    return reject('unsafe', SAFETY_MESSAGES.unsafe);
  }
}

function limitText(): string {
  return MAX_INPUT_CHARS.toLocaleString('vi-VN');
}
