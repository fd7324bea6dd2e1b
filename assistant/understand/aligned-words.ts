/**
 * Splits a message into words twice, aligned one to one: as typed (for the retrieval query,
 * diacritics kept) and folded (for the rules). A word that folds to nothing is dropped from both.
 * SMS shorthand is spelled out for the rules ("bn" → "bao nhieu"); the typed word stays as it was.
 */
// A Map, not an object literal: a citizen's word such as "constructor" must not find Object.prototype.
const SHORTHAND: ReadonlyMap<string, string> = new Map(Object.entries({
  bn: 'bao nhieu',
  bnh: 'bao nhieu',
  k: 'khong',
  ko: 'khong',
  kg: 'khong',
  kh: 'khong',
  hok: 'khong',
  dk: 'dang ky',
  dki: 'dang ky',
  dky: 'dang ky',
  ki: 'ky',
  j: 'gi',
  ntn: 'nhu the nao',
  lm: 'lam',
  dc: 'duoc',
  vs: 'voi',
  r: 'roi',
  bh: 'bao gio',
  tg: 'thoi gian',
  nhug: 'nhung',
}));

function foldWord(token: string): string {
  return token
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function alignedWords(text: string): { original: string[]; words: string[] } {
  const original: string[] = [];
  const words: string[] = [];
  for (const token of text.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    const folded = foldWord(token);
    if (folded === '') continue;
    for (const word of (SHORTHAND.get(folded) ?? folded).split(' ')) {
      original.push(token);
      words.push(word);
    }
  }
  return { original, words };
}
