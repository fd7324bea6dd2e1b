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

/** Diacritics removed but case and punctuation kept: the GSM-7 friendly SMS text. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
