import type { PhraseHit } from './phrases.ts';

/**
 * Intent phrases that folding makes out of other words. Without diacritics "khai hộ" (declare for
 * someone) begins "khai hồ sơ" (fill in a dossier), "phát điên" (go mad) is "phát điện" (generate
 * power), and "pháp luật có…" ends "người đại diện theo pháp luật có…": each of these, read as
 * the intent, sent a question about a procedure to the form filler, the apology for frustration or
 * the lawyer. Found on the example bank's phrasings, the test's cases say which.
 */
export function misreadIntent(hit: PhraseHit, words: readonly string[], typed: readonly string[]): boolean {
  const last = hit.end - 1;
  // "khai hồ sơ", "điền hồ sơ": the phrase's "hộ" is the first syllable of "hồ sơ".
  if (words[last] === 'ho' && words[hit.end] === 'so') return true;
  // "phát điện" typed with its tone: electricity, not anger ("phat dien" unaccented stays ambiguous).
  for (let i = hit.start; i <= last; i++) if (words[i] === 'dien' && typed[i]?.normalize('NFC') === 'điện') return true;
  // "(người) đại diện (theo) pháp luật": the legal representative, not a question about the law.
  if (words[hit.start] === 'phap' && (words[hit.start - 1] === 'dien' || (words[hit.start - 1] === 'theo' && words[hit.start - 2] === 'dien'))) return true;
  return false;
}
