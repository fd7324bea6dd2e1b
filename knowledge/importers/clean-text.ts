/**
 * Text clean-up shared by the importers. The portal mixes NFC and NFD, and its pages carry
 * direction marks (U+200E) and Word "Symbol" bullets from the private-use area (U+F0xx).
 *
 * cleanLine gives the same result as knowledge/text `normalize` after dropping those marks
 * (a test holds it to that), with regular expressions because the importer cleans megabytes of
 * page text and the character loop was the slowest step of an import.
 */

const MARKS = /[\u200e\u200f\u202a-\u202e\uf000-\uf0ff]/g;
const INVISIBLE = /\u00ad|\u200c|\u200d|\u2060|\ufeff/g;
const SPACES = /[\s\u0085\u200b]+/g;

/** One-line value: NFC, marks dropped, every run of spaces (and line breaks) collapsed, trimmed. */
export function cleanLine(text: string): string {
  return collapse(text.normalize('NFC').replace(MARKS, ''));
}

function collapse(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Multi-line value: like cleanLine on each line, but line breaks survive and blank lines go. */
export function cleanBlock(text: string): string {
  return text
    .normalize('NFC')
    .replace(MARKS, '')
    .split(/\r?\n|\r/)
    .map((line) => collapse(line))
    .filter((line) => line.length > 0)
    .join('\n');
}

/** NFC and marks dropped, nothing else: for flattened cells whose exact characters matter. */
export function cleanRaw(text: string): string {
  return text.normalize('NFC').replace(MARKS, '');
}

const NO_INFO = /^(không có thông tin|không có|không)\.?$/i;

/** Null for empty text or the portal's "Không có thông tin" placeholder. */
export function nullIfEmpty(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const clean = cleanLine(text);
  return clean.length === 0 || NO_INFO.test(clean) ? null : clean;
}

/** Same as nullIfEmpty but keeps line breaks (conditions, descriptions). */
export function nullIfEmptyBlock(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const clean = cleanBlock(text);
  return clean.length === 0 || NO_INFO.test(clean) ? null : clean;
}
