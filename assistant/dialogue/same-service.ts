import type { Procedure } from '../../knowledge/index.ts';
import { foldedWords } from '../understand/fold.ts';
import { VARIANT_WORDS } from './variants.ts';

/** The service itself, without who it is for or where it is done: "Cấp thẻ căn cước". */
export function coreName(name: string): string {
  return name.split(/\s*\(|\s+(?:cho|đối với|tại|thực hiện)\s+/iu)[0] ?? name;
}

/** Name words that tell services apart: neither the variant ("cấp lại") nor "thủ tục". */
function serviceWords(name: string): string[] {
  return foldedWords(coreName(name)).filter((w) => !VARIANT_WORDS.has(w) && w !== 'thu' && w !== 'tuc');
}

/**
 * Another variant or kind of the top's own service ("Thủ tục đăng ký kết hôn có yếu tố nước ngoài"
 * beside "Thủ tục đăng ký kết hôn"): most of the top's service words are in its name.
 */
export function sameService(top: { procedure: Procedure }, candidate: { procedure: Procedure }): boolean {
  const words = serviceWords(top.procedure.name);
  const name = new Set(foldedWords(candidate.procedure.name));
  return words.length > 0 && words.filter((w) => name.has(w)).length >= words.length * SAME_SERVICE_SHARE;
}
const SAME_SERVICE_SHARE = 0.6;

/** Words in many names that say nothing of the subject ("Cấp giấy chứng nhận đăng ký …"). */
const GENERIC = new Set([...VARIANT_WORDS, 'thu', 'tuc', 'dang', 'ky', 'cap', 'giay', 'chung', 'nhan', 'phep', 'ho', 'so', 'nop', 'de', 'nghi']);

/**
 * Choices worth offering show the citizen's subject was understood: they are variants, kinds or
 * levels of one service ("Cấp lại / Cấp đổi hộ chiếu"), or two of them name a word of the citizen's
 * subject ("giấy xác nhận …"). Choices that share nothing are only words in common with the question.
 */
export function relatedChoices(topicWords: readonly string[], candidates: readonly { procedure: Procedure }[]): boolean {
  const [first, ...others] = candidates;
  if (first === undefined) return false;
  if (others.some((c) => sameService(first, c) || sameService(c, first))) return true;
  const names = candidates.map((c) => new Set(foldedWords(c.procedure.name)));
  return topicWords.some((w) => !GENERIC.has(w) && names.filter((n) => n.has(w)).length >= 2);
}
