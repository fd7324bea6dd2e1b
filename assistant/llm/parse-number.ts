/**
 * Numbers as Vietnamese text writes them: "20.000" (dot thousands), "20,000" (comma thousands),
 * "1,5" or "1.5" (decimals), "07" (leading zero), and spelled out: "hai mươi nghìn", "mười lăm".
 */

/** Parses one digit token; null when it is not a plain number. */
export function parseDigits(token: string): number | null {
  const t = token.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^\d{1,3}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+[.,]\d{1,2}$/.test(t)) return Number(t.replace(',', '.'));
  return null;
}

const DIGIT_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
}));
const JOINERS = new Set(['linh', 'lẻ']);

/** Every word that can be part of a spelled-out number. */
export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return DIGIT_WORDS.has(w) || JOINERS.has(w) || ['mười', 'mươi', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'].includes(w);
}

/** "hai mươi nghìn" → 20000, "mười lăm" → 15, "một triệu rưỡi" is not supported (null). */
export function parseNumberWords(words: string[]): number | null {
  let total = 0;
  let group = 0;
  let last = 0;
  let seen = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    const digit = DIGIT_WORDS.get(w);
    if (digit !== undefined) {
      last = digit;
      group += last;
    } else if (w === 'mười') {
      group += 10;
      last = 0;
    } else if (w === 'mươi') {
      group += last * 9;
      last = 0;
    } else if (w === 'trăm') {
      group += last * 99;
      last = 0;
    } else if (w === 'nghìn' || w === 'ngàn') {
      total += (group || 1) * 1_000;
      group = 0;
      last = 0;
    } else if (w === 'triệu') {
      total = (total + (group || 1)) * 1_000_000;
      group = 0;
      last = 0;
    } else if (w === 'tỷ' || w === 'tỉ') {
      total = (total + (group || 1)) * 1_000_000_000;
      group = 0;
      last = 0;
    } else if (!JOINERS.has(w)) {
      return null;
    }
    seen = true;
  }
  return seen ? total + group : null;
}
