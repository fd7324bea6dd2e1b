import type { Choice } from '../reply.ts';
import { FILLER_WORDS } from './filler-words.ts';
import { foldedWords } from './fold.ts';

/**
 * Reads a pick among numbered choices, whatever the channel: a digit pressed or typed ("2",
 * "số 2", "thứ 2"), a number said ("hai", "cái thứ hai", "đầu tiên", "cuối cùng"), or words
 * that belong to only one of the labels ("cấp tỉnh").
 */
const PICK_WORDS = new Set([
  'so', 'chon', 'cai', 'thu', 'phuong', 'an', 'lua', 'y', 'muc', 'nhe', 'a', 'ah', 'la', 'di', 'em', 'toi', 'minh', 'lay',
  'dong', 'ok', 'oke', 'vang', 'da', 'theo', 'cho', 'nha', 'nhe', 'thi', 'cua', 'truong', 'hop', 'tuc', 'phim', 'bam',
]);
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({ mot: 1, nhat: 1, hai: 2, nhi: 2, ba: 3, bon: 4, tu: 4, nam: 5 }));
const MAX_PICK_WORDS = 7;

export function pickChoice(text: string, choices: readonly Choice[]): Choice | null {
  if (choices.length === 0) return null;
  const words = foldedWords(text);
  if (words.length === 0 || words.length > MAX_PICK_WORDS) return null;
  const n = pickNumber(words, choices.length);
  if (n !== null) return choices.find((c) => c.n === n) ?? null;
  return pickByLabel(words, choices);
}

function pickNumber(words: readonly string[], count: number): number | null {
  let found: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const previous = words[i - 1];
    let value: number | null = null;
    if (/^\d+$/.test(word)) value = Number(word);
    else if (word === 'dau' && (words[i + 1] === 'tien' || previous === 'cai')) value = 1;
    else if (word === 'cuoi') value = count;
    else if (NUMBER_WORDS.has(word) && (previous === 'thu' || previous === 'so' || previous === 'cai' || words.length <= 2)) {
      value = NUMBER_WORDS.get(word) ?? null;
    } else if (!PICK_WORDS.has(word) && word !== 'tien' && word !== 'cung') return null;
    if (value !== null) {
      if (found !== null && found !== value) return null;
      found = value;
    }
  }
  return found !== null && found >= 1 && found <= count ? found : null;
}

/** Words present in exactly one label decide; shared words ("cấp", "hộ chiếu") do not. */
function pickByLabel(words: readonly string[], choices: readonly Choice[]): Choice | null {
  const content = words.filter((w) => !FILLER_WORDS.has(w) && !PICK_WORDS.has(w));
  if (content.length === 0) return null;
  const labelWords = choices.map((c) => new Set(foldedWords(c.label)));
  const scores = labelWords.map((own) =>
    content.filter((w) => own.has(w) && labelWords.filter((other) => other.has(w)).length === 1).length,
  );
  const best = Math.max(...scores);
  if (best === 0 || scores.filter((s) => s === best).length > 1) return null;
  // Most of what the citizen said must point at that label, or it is a new question.
  if (best * 2 < content.length) return null;
  return choices[scores.indexOf(best)] ?? null;
}
