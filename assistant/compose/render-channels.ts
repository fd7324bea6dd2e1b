import { stripDiacritics } from '../understand/fold.ts';
import { shorten } from './block.ts';
import { sentence, speakable } from './speakable.ts';
import { T } from './strings.ts';

/**
 * How much each channel carries, in one place. Web chat (and Zalo, which shows the same text):
 * about one phone screen, more when the citizen asked for the full wording. SMS: three GSM-7 parts
 * (153 characters each), a longer SMS costs more than it helps. Voice: a handful of sentences.
 * Whatever a cap leaves out is offered: "xem chi tiết" in chat and voice, the portal link in SMS.
 */
export const CHANNEL_CAPS = {
  chat: { chars: 1600, detailChars: 6000 },
  sms: { chars: 459 },
  voice: { sentences: 9 },
} as const;

export const SMS_MAX_CHARS = CHANNEL_CAPS.sms.chars;

/**
 * Chat text: head and body lines while they fit, then the tail (the source line). Whole lines are
 * dropped from the end, never cut inside, so no number is changed; the citizen is told where the rest is.
 */
export function capChat(lines: readonly string[], tail: readonly string[], detail: boolean): string {
  const max = detail ? CHANNEL_CAPS.chat.detailChars : CHANNEL_CAPS.chat.chars;
  const more = detail ? T.moreAtSource : T.moreDetail;
  const kept = [...lines];
  const size = (body: readonly string[]) => [...body, ...tail].join('\n').length;
  let dropped = false;
  while (kept.length > 1 && size(kept) + more.length + 2 > max) {
    kept.pop();
    dropped = true;
  }
  if (dropped) {
    while (kept.length > 1 && (kept[kept.length - 1] ?? '').trim() === '') kept.pop();
    if (!kept.includes(more)) kept.push(more);
    kept.push('');
  }
  const last = kept.length === 1 && size(kept) > max ? [shorten(kept[0] ?? '', max - size([]) - more.length - 2), more, ''] : kept;
  return [...last, ...tail].join('\n').trim();
}

/**
 * Compact SMS: head, then pieces while they fit, then the portal link. When a piece is cut or left
 * out the link is kept (room is reserved for it): it is where the rest can be read.
 */
export function renderSms(head: string, pieces: readonly string[], url: string | null): { text: string; ascii: string } {
  const max = CHANNEL_CAPS.sms.chars;
  const reserve = url ? url.length + 1 : 0;
  let text = head;
  for (const piece of pieces) {
    const clean = piece.replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '');
    if (clean === '') continue;
    const room = max - reserve - text.length - 2;
    if (room < 20) break;
    text += `${text === '' ? '' : '. '}${clean.length > room ? shorten(clean, room - 1) : clean}`;
  }
  if (url && text.length + url.length + 1 <= max) text += ` ${url}`;
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

/**
 * Voice: plain short sentences only, at most a handful, nothing a voice cannot read. An answer
 * that was shortened, or whose sentences do not all fit, tells the caller how to hear the rest
 * (`more`: 'always', 'if-cut', or 'never' for replies that have no fuller wording).
 */
export function renderSpeech(sentences: readonly string[], closing: string | null = null, more: 'always' | 'if-cut' | 'never' = 'never'): string {
  const all = sentences.map((s) => speakable(s)).filter((s) => s !== '' && /\p{L}/u.test(s));
  const spoken = all.slice(0, CHANNEL_CAPS.voice.sentences).map(sentence);
  if (more === 'always' || (more === 'if-cut' && all.length > spoken.length)) spoken.push(T.moreDetailSpeech);
  if (closing) spoken.push(sentence(speakable(closing)));
  return spoken.join(' ');
}
