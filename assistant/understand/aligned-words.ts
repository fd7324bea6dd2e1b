/**
 * Splits a message into words twice, aligned one to one: as typed (for the retrieval query,
 * diacritics kept) and folded (for the rules). A word that folds to nothing is dropped from both.
 */
export function alignedWords(text: string): { original: string[]; words: string[] } {
  const original: string[] = [];
  const words: string[] = [];
  for (const token of text.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    const folded = token
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    if (folded === '') continue;
    original.push(token);
    words.push(folded);
  }
  return { original, words };
}
