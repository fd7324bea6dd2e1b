import { hasAny } from './phrases.ts';

/**
 * Plain-language mode: asked for outright ("nói chậm thôi", "tôi già rồi", "chữ to"), or guessed
 * from a long, hesitant message (many "ừ", "à", "thì là", ellipses).
 */
export const ELDERLY_PHRASES = [
  'noi cham', 'cham thoi', 'cham lai', 'noi cham thoi', 'toi gia', 'gia roi', 'nguoi gia', 'nguoi cao tuoi', 'tuoi cao',
  'lon tuoi', 'cu gia', 'ong gia', 'ba gia', 'chu to', 'chu to hon', 'phong to', 'chu nho qua', 'khong nhin ro', 'mat kem',
  'mat mo', 'tai kem', 'nghe khong ro', 'khong nghe ro', 'noi de hieu', 'noi don gian', 'don gian thoi', 'toi khong ranh',
  'khong ranh', 'khong biet dung', 'khong biet chu', 'it hoc', 'noi lai', 'noi ro hon', 'giai thich lai', 'toi khong hieu',
  'khong hieu lam', 'ngoai # tuoi', 'tren # tuoi', 'huu tri', 've huu', 'nghi huu',
];

const HESITATIONS = new Set(['u', 'a', 'o', 'ah', 'uh', 'um', 'hm', 'hmm', 'the', 'thi', 'la', 'cai', 'nhi', 'ay', 'kieu']);
const LONG_MESSAGE_WORDS = 30;
const MIN_HESITATIONS = 5;

export function asksForPlainLanguage(words: readonly string[]): boolean {
  return hasAny(words, ELDERLY_PHRASES);
}

/** A long message full of hesitation words or trailing dots. */
export function soundsHesitant(original: string, words: readonly string[]): boolean {
  if (words.length < LONG_MESSAGE_WORDS) return false;
  const hesitations = words.filter((w) => HESITATIONS.has(w)).length;
  const ellipses = (original.match(/\.\.\.|…/g) ?? []).length;
  return hesitations + ellipses * 2 >= MIN_HESITATIONS && hesitations / words.length >= 0.12;
}
