import { foldedWords } from './fold.ts';

/**
 * Long messages tell a story before they ask ("Dạ cháu ơi, tôi già rồi … Thằng cháu nội tôi …
 * Vậy cháu nó cần mang những giấy tờ gì?"). The request is the question sentence, or the last
 * sentence that asks for something; the narrative before it stays as context (who, where, level).
 * A short message is its own request.
 */
export interface SplitMessage {
  /** The sentences that ask, in order (the whole text when nothing stands out). */
  request: string;
  /** The other sentences, in order; empty for a short message. */
  context: string;
}

/** Messages shorter than this many words are one request. */
export const LONG_MESSAGE_WORDS = 30;

const ASKS = [
  'gi', 'the nao', 'nhu nao', 'ra sao', 'o dau', 'bao nhieu', 'bao lau', 'khi nao', 'bao gio', 'duoc khong', 'phai khong',
  'co can', 'co phai', 'can mang', 'can nhung', 'lam sao', 'nhu the nao', 'cho hoi', 'xin hoi', 'muon hoi', 'hoi',
];
const ASK_PATTERNS = ASKS.map((phrase) => ` ${phrase} `);

function asks(sentence: string): boolean {
  if (sentence.includes('?')) return true;
  const folded = ` ${foldedWords(sentence).join(' ')} `;
  return ASK_PATTERNS.some((pattern) => folded.includes(pattern));
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[?!;…\n]|\.(?!\d))\s*/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

export function findRequest(text: string): SplitMessage {
  const sentences = splitSentences(text);
  if (foldedWords(text).length < LONG_MESSAGE_WORDS || sentences.length < 2) return { request: text, context: '' };
  const asking = sentences.map((s, i) => (asks(s) ? i : -1)).filter((i) => i >= 0);
  // The last asking sentence, and the one before it when it asks too ("Tôi cần làm gì? Mang gì?").
  const chosen = new Set(asking.length ? asking.slice(-2) : [sentences.length - 1]);
  const request = sentences.filter((_, i) => chosen.has(i)).join(' ');
  const context = sentences.filter((_, i) => !chosen.has(i)).join(' ');
  return { request, context };
}
