import { foldAligned, toneKey } from './normalize.ts';
import { foldedSyllables } from './tokens.ts';

/** Written with vowel or tone marks, not only with "đ". */
export const hasVowelMarks = (text: string): boolean => /[\u0300-\u036f]/u.test(text.normalize('NFD'));

/** Syllables of a text as typed (tone keys), aligned one to one with its folded syllables. */
export function typedSyllables(text: string): { folded: string; tokens: string[]; typed: string[] | null } {
  const { folded, original, accented } = foldAligned(text);
  const starts: number[] = [];
  const tokens = foldedSyllables(folded, starts);
  const typed = accented ? tokens.map((t, i) => toneKey(original.slice(starts[i], (starts[i] as number) + t.length))) : null;
  return { folded, tokens, typed };
}
