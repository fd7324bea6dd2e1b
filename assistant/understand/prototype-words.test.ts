import { describe, expect, it } from 'vitest';
import { contentTokens, expandQuery } from '../../knowledge/index.ts';
import { extractFacts } from '../llm/extract-facts.ts';
import { isNumberWord, parseNumberWords } from '../llm/parse-number.ts';
import { alignedWords } from './aligned-words.ts';
import { caseCueHits } from './detect-case.ts';
import { pickChoice } from './pick-choice.ts';
import { understand } from './understand.ts';

/**
 * Every lexicon and dictionary keyed by a citizen's word, fed the names of Object.prototype's
 * members: a plain object lookup finds the inherited function and the turn crashed.
 */
const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];
const SENTENCES = PROTOTYPE_WORDS.flatMap((w) => [w, w.toUpperCase(), `cho hỏi ${w} là gì`, `${w} 2`, `thứ ${w}`]);
const choices = [
  { n: 1, label: 'Cấp đổi thẻ căn cước', value: '2.001195' },
  { n: 2, label: 'Cấp lại thẻ căn cước', value: '1.000757' },
];

describe('lookups keyed by a citizen word ignore Object.prototype', () => {
  it.each(SENTENCES)('%s', (text) => {
    const aligned = alignedWords(text);
    expect(aligned.words.every((w) => typeof w === 'string')).toBe(true);
    expect(aligned.words.join(' ')).not.toMatch(/function|native code/);
    const understanding = understand(text);
    expect(typeof understanding.intent).toBe('string');
    expect(caseCueHits(aligned.words)).toEqual([]);
    const pick = pickChoice(text, choices);
    expect(pick === null || choices.includes(pick)).toBe(true);
    const words = text.split(' ');
    expect(words.filter((w) => isNumberWord(w))).toEqual([]);
    expect(parseNumberWords(words)).toBeNull();
    expect(() => extractFacts(`${text} 3 ${text} 20 ${text}`)).not.toThrow();
    const expansion = expandQuery(text);
    expect(expansion.matched).toEqual([]);
    expect(contentTokens(text).every((t) => typeof t === 'string')).toBe(true);
  });
});
