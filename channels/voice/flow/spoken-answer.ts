import { speakNumbers } from '../spoken-numbers.ts';

const OFFER_SMS = /[^.?!]*gửi danh sách giấy tờ[^.?!]*(?:SMS|Zalo|tin nhắn)[^.?!]*[?.!]/giu;
const MORE = /[^.?!]*nói:?\s*xem chi tiết[^.?!]*[.?!]?/giu;
const PART_CHARS = 240;

/**
 * The assistant's voice text as the phone line says it: numbers in words, the caller addressed
 * as configured, the SMS offer left out (key 2 does it), and cut into parts of one or two short
 * sentences so that the caller hears one thing at a time. `more`: the assistant has a fuller answer.
 */
export function spokenAnswer(speech: string, who: string): { parts: string[]; more: boolean } {
  const more = MORE.test(speech);
  MORE.lastIndex = 0;
  const text = addressAs(speakNumbers(speech.replace(OFFER_SMS, ' ').replace(MORE, ' ')), who);
  return { parts: splitParts(text), more };
}

/** "bạn" becomes the configured form of address ("bác", "ông bà", "quý vị"). */
export function addressAs(text: string, who: string): string {
  if (who === 'bạn') return text;
  const Who = who.charAt(0).toUpperCase() + who.slice(1);
  return text.replace(/(?<!\p{L})(B|b)ạn(?!\p{L})/gu, (_m, b: string) => (b === 'B' ? Who : who));
}

/** Sentences grouped two at a time, a group kept under about 240 characters. */
export function splitParts(text: string): string[] {
  const sentences = (text.replace(/\s+/g, ' ').match(/[^.?!]+[.?!]*/g) ?? []).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
  const parts: string[] = [];
  let current: string[] = [];
  for (const sentence of sentences) {
    const joined = [...current, sentence].join(' ');
    if (current.length >= 2 || (current.length > 0 && joined.length > PART_CHARS)) {
      parts.push(current.join(' '));
      current = [sentence];
    } else current.push(sentence);
  }
  if (current.length) parts.push(current.join(' '));
  return parts;
}
