import type { PhraseHit } from './phrases.ts';

/**
 * Intent phrases that folding makes out of other words. Without diacritics "khai hộ" (declare for
 * someone) begins "khai hồ sơ" (fill in a dossier), "phát điên" (go mad) is "phát điện" (generate
 * power), and "pháp luật có…" ends "người đại diện theo pháp luật có…": each of these, read as
 * the intent, sent a question about a procedure to the form filler, the apology for frustration or
 * the lawyer. Found on the example bank's phrasings, the test's cases say which. A request for a
 * person that is one of two ways to reach a provider ("gọi tổng đài hay ra cửa hàng") is a question
 * about that provider, not a request for this centre's staff.
 */
export function misreadIntent(hit: PhraseHit, words: readonly string[], typed: readonly string[]): boolean {
  const last = hit.end - 1;
  // "khai hồ sơ", "điền hồ sơ": the phrase's "hộ" is the first syllable of "hồ sơ".
  if (words[last] === 'ho' && words[hit.end] === 'so') return true;
  // "phát điện" typed with its tone: electricity, not anger ("phat dien" unaccented stays ambiguous).
  for (let i = hit.start; i <= last; i++) if (words[i] === 'dien' && typed[i]?.normalize('NFC') === 'điện') return true;
  // "(người) đại diện (theo) pháp luật": the legal representative, not a question about the law.
  if (words[hit.start] === 'phap' && (words[hit.start - 1] === 'dien' || (words[hit.start - 1] === 'theo' && words[hit.start - 2] === 'dien'))) return true;
  if (hit.tag === 'human' && betweenTwoWays(hit, words)) return true;
  // "bị đi tù mấy năm, giờ ra tù xin lại trợ cấp": a time served is the story, not "will I go to prison".
  if (hit.phrase === 'bi di tu' && DURATION_UNITS.has(words[hit.end + 1] ?? '')) return true;
  // "bị bên khác khiếu nại", "bị khách phản ánh": the citizen is the one complained about.
  if (COMPLAINING.has(hit.phrase) && words.slice(Math.max(0, hit.start - 3), hit.start).includes('bi')) return true;
  return false;
}

const DURATION_UNITS = new Set(['nam', 'thang']);
/** Acts of complaining, whose passive ("bị … khiếu nại") makes the citizen their target; "bị làm chậm" is still a complaint. */
const COMPLAINING = new Set(['khieu nai', 'phan anh', 'to cao', 'kien nghi']);

const OR = new Set(['hay', 'hoac']);
/** Verbs of going somewhere in person: the other way the citizen weighs ("hay ra cửa hàng", "hay lên phường"); not "tới", which folds into "tôi". */
const GOING = new Set(['ra', 'den', 'len', 'qua', 've', 'xuong']);

function betweenTwoWays(hit: PhraseHit, words: readonly string[]): boolean {
  const goesAfter = OR.has(words[hit.end] ?? '') && words.slice(hit.end + 1, hit.end + 3).some((w) => GOING.has(w));
  const goesBefore = OR.has(words[hit.start - 1] ?? '') && words.slice(Math.max(0, hit.start - 5), hit.start - 1).some((w) => GOING.has(w));
  return goesAfter || goesBefore;
}
