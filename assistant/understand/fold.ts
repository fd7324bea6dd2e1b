/**
 * Accent folding for understanding: citizens type with or without diacritics, so every rule
 * matches on folded text ("Lệ phí?" → "le phi"). Punctuation becomes a space so that phrases
 * match on word boundaries; digits are kept ("số 2", "0").
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folded words of a text. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Words with their diacritics, lower case, the tone mark moved to the end ("hoà" and "hòa" alike):
 * for official text such as procedure names, always accented, where folding would merge words
 * ("trợ cấp đối với" is not "cấp đổi").
 */
export function accentedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => w.replace(TONE_MARKS, '').normalize('NFC') + (w.match(TONE_MARKS)?.join('') ?? ''));
}

/** Diacritics removed but case and punctuation kept: the GSM-7 friendly SMS text. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
