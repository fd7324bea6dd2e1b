import { contentTokens } from '../text/index.ts';
import { nameForMatching } from './name-words.ts';

/** Every procedure name, folded and tokenised once, with an inverted index from token to names. */
export interface NameEntry {
  code: string;
  nameFolded: string;
  /** Content tokens of the name as matched (see name-words.ts), in order (for pairs) … */
  sequence: string[];
  /** … and unique. */
  tokens: string[];
}

export interface NameIndex {
  entries: NameEntry[];
  /** Token → positions in `entries`. */
  postings: ReadonlyMap<string, number[]>;
}

export function nameEntry(code: string, nameFolded: string): NameEntry {
  const sequence = contentTokens(nameForMatching(nameFolded));
  return { code, nameFolded, sequence, tokens: [...new Set(sequence)] };
}

export function buildNameIndex(rows: ReadonlyArray<{ code: string; nameFolded: string }>): NameIndex {
  const postings = new Map<string, number[]>();
  const entries = rows.map((row, index) => {
    const entry = nameEntry(row.code, row.nameFolded);
    for (const token of entry.tokens) {
      const list = postings.get(token);
      if (list) list.push(index);
      else postings.set(token, [index]);
    }
    return entry;
  });
  return { entries, postings };
}

/** Names holding this token. */
export const nameFrequency = (index: NameIndex, token: string): number => index.postings.get(token)?.length ?? 0;

/**
 * Names sharing a selective word with the question (a word in at most `maxShare` of names), or,
 * when the question has none, sharing any word. The caller scores and cuts them.
 */
export function nameCandidates(index: NameIndex, tokens: readonly string[], maxShare = 0.05): NameEntry[] {
  const limit = Math.max(1, index.entries.length * maxShare);
  const present = tokens.filter((t) => index.postings.has(t));
  const selective = present.filter((t) => nameFrequency(index, t) <= limit);
  const seen = new Set<number>();
  for (const token of selective.length ? selective : present) for (const i of index.postings.get(token) ?? []) seen.add(i);
  return [...seen].map((i) => index.entries[i]!);
}
