import { stripDiacritics } from '../understand/fold.ts';
import { shorten } from './block.ts';
import { sentence, speakable } from './speakable.ts';

/** Three GSM-7 parts (153 characters each): a longer SMS costs more than it helps. */
export const SMS_MAX_CHARS = 459;
const MAX_SPOKEN_SENTENCES = 9;

/**
 * Compact SMS: head, then pieces while they fit, then the portal link if there is room. The ASCII
 * twin (no diacritics) is what cheap GSM-7 messages carry.
 */
export function renderSms(head: string, pieces: readonly string[], url: string | null): { text: string; ascii: string } {
  let text = head;
  for (const piece of pieces) {
    const clean = piece.replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '');
    if (clean === '') continue;
    const room = SMS_MAX_CHARS - text.length - 2;
    if (room < 20) break;
    text += `${text === '' ? '' : '. '}${clean.length > room ? shorten(clean, room - 1) : clean}`;
  }
  if (url && text.length + url.length + 1 <= SMS_MAX_CHARS) text += ` ${url}`;
  return { text, ascii: toGsmAscii(text) };
}

/** No diacritics and no typographic marks outside GSM-7 (curly quotes, ellipsis, bullets, dashes). */
export function toGsmAscii(text: string): string {
  return stripDiacritics(text)
    .replace(/[“”«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/…/g, '...')
    .replace(/[–—]/g, '-')
    .replace(/•/g, '-')
    .replace(/[^\x20-\x7E\n]/g, '');
}

/** Voice: plain short sentences only, at most a handful, nothing a voice cannot read. */
export function renderSpeech(sentences: readonly string[], closing: string | null = null): string {
  const spoken = sentences
    .map((s) => speakable(s))
    .filter((s) => s !== '' && /\p{L}/u.test(s))
    .slice(0, MAX_SPOKEN_SENTENCES)
    .map(sentence);
  if (closing) spoken.push(sentence(speakable(closing)));
  return spoken.join(' ');
}
