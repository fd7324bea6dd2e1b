import { maskPersonalData } from '../../platform/logging/redact.ts';
import { foldedWords } from '../understand/fold.ts';

const MIN_WORDS = 3;
const SIMILAR = 0.8;

/**
 * Key of a question about a procedure: the same words about the same procedure. "Lệ phí bao
 * nhiêu?" about two different procedures are two questions, not one asked twice. Kept in the
 * conversation state, so personal data is masked first.
 */
export function questionKey(procedureCode: string | null, text: string): string | null {
  const words = foldedWords(maskPersonalData(text));
  if (words.length < MIN_WORDS) return null;
  return `${procedureCode ?? '?'}#${words.join(' ')}`;
}

/** Whether the citizen asks again what they already asked (same words, or nearly). */
export function isRepeated(key: string | null, previous: readonly string[] | undefined): boolean {
  if (!key || !previous) return false;
  const [code, text = ''] = key.split('#');
  const words = new Set(text.split(' '));
  return previous.some((old) => {
    const [oldCode, oldText = ''] = old.split('#');
    if (oldCode !== code) return false;
    const oldWords = new Set(oldText.split(' '));
    const shared = [...words].filter((w) => oldWords.has(w)).length;
    return shared / new Set([...words, ...oldWords]).size >= SIMILAR;
  });
}
