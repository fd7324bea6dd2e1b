import { capWords, stripFurniture } from './essential-document.ts';

/**
 * The few main steps of a procedure, as a citizen follows them: the record's steps without
 * branches ("Trường hợp …", "+ …", "(ii) …"), notes ("* Lưu ý") or fragments, each cut to its
 * first sentence. Words and numbers are the record's; a step the record numbers ("Bước 2")
 * keeps its own number, so no number is invented or changed.
 */
export interface EssentialSteps {
  steps: { label: string | null; text: string }[];
  /** Something of the record was left out or cut: the full wording is offered. */
  shortened: boolean;
}

export const MAX_STEPS = 6;
const MAX_STEP_CHARS = 120;

const OWN_LABEL = /^bước\s*(\d+)\s*[:.)-]?\s*/iu;
/** A branch or a sub-item of the previous step, not a step of its own. */
const BRANCH = /^(?:[+]|\(?[ivx]{1,4}\)|[a-zđ]\d?\)|\d+\.\d+|trường hợp\b|\(trường hợp|nếu (?:hồ sơ|thấy|không|chưa)|trừ trường hợp)/iu;
const NOTE = /^[*\s]*(lưu ý|ghi chú|chú ý)(?=[\s:.,-]|$)/iu;
/** Where the first sentence of a step ends: a full stop, a semicolon, a colon before a list, a sub-item. */
const SENTENCE_END = /\.\s|;\s|:\s*[-+(]|\s\d\.\s|\s[a-zđ]\)\s|\s-\s(?=\p{Lu})/u;

function firstSentence(text: string): string {
  const bare = text.replace(/\s*\([^()]*\)/g, '').replace(/\s+([,;.])/g, '$1');
  const end = bare.slice(10).search(SENTENCE_END);
  const sentence = (end < 0 ? bare : bare.slice(0, end + 10)).replace(/[\s,;:.\-–]+$/, '');
  if (sentence.length <= MAX_STEP_CHARS) return sentence;
  // A long sentence ends at its last clause that fits.
  const comma = sentence.lastIndexOf(', ', MAX_STEP_CHARS);
  return comma > MAX_STEP_CHARS / 2 ? `${sentence.slice(0, comma)}…` : capWords(sentence, MAX_STEP_CHARS);
}

function spread<T>(items: T[]): T[] {
  if (items.length <= MAX_STEPS) return items;
  // The first steps and the last (receiving the result) tell the way through.
  return [...items.slice(0, MAX_STEPS - 1), items[items.length - 1] as T];
}

export function essentialSteps(steps: readonly string[]): EssentialSteps {
  const kept: { label: string | null; text: string }[] = [];
  let shortened = false;
  for (const raw of steps) {
    const bare = stripFurniture(raw.replace(/^\s*[-–*•]\s*/u, ''));
    if (NOTE.test(raw.trim()) || NOTE.test(bare)) {
      shortened = true;
      break;
    }
    const own = bare.match(OWN_LABEL);
    const body = own ? bare.slice(own[0].length) : bare;
    // "nộp hồ sơ." left by a split line, a branch, or an empty bullet: not a step.
    if (body.length < 12 || (!own && (BRANCH.test(raw.trim().replace(/^[-–*•]\s*/u, '')) || !/^[\p{Lu}\d“"]/u.test(body)))) {
      shortened = true;
      continue;
    }
    const text = firstSentence(body);
    if (text !== body.replace(/\s+/g, ' ').trim().replace(/[\s,;:.]+$/, '')) shortened = true;
    kept.push({ label: own ? `Bước ${own[1]}` : null, text });
  }
  const labelled = kept.filter((s) => s.label !== null);
  // When the record numbers its steps, unnumbered lines between them are details of a step.
  const main = labelled.length > 0 ? labelled : kept;
  const chosen = spread(main);
  return { steps: chosen, shortened: shortened || chosen.length < kept.length };
}
