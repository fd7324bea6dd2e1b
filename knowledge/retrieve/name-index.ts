import { contentTokens } from '../text/index.ts';
import { nameCore, spaced } from './name-match.ts';
import { nameForMatching } from './name-words.ts';

/** Every procedure name, folded and tokenised once, with an inverted index from token to names. */
export interface NameEntry {
  code: string;
  nameFolded: string;
  /** Content tokens of the name as matched (see name-words.ts), in order (for pairs) … */
  sequence: string[];
  /** … and unique. */
  tokens: string[];
  /** Sum of the tokens' IDF: what a question would have to cover to name this procedure fully. */
  weight: number;
  /** Adjacent pairs of `sequence` ("khai_sinh"), unique. */
  pairs: ReadonlySet<string>;
  /** The name as citizens say it (nameCore), spaced for whole-word search in a question. */
  spacedCore: string;
  /**
   * The first of several services a name lists ("giải thể doanh nghiệp, giải thể trong trường hợp …"),
   * spaced, when it is a name of its own (three words or more); empty otherwise.
   */
  spacedLead: string;
}

export interface NameIndex {
  entries: NameEntry[];
  /** Token → positions in `entries`. */
  postings: ReadonlyMap<string, number[]>;
  byCode: ReadonlyMap<string, NameEntry>;
  /** BM25's inverse document frequency over names; a token in no name counts as rarest. */
  idf(token: string): number;
}

/** Everything name matching needs of one name, computed once when the index is built. */
export function nameEntry(code: string, nameFolded: string, idf?: (token: string) => number): NameEntry {
  const sequence = contentTokens(nameForMatching(nameFolded));
  const tokens = [...new Set(sequence)];
  const pairs = new Set<string>();
  for (let i = 1; i < sequence.length; i++) pairs.add(`${sequence[i - 1]}_${sequence[i]}`);
  const weight = idf ? tokens.reduce((sum, t) => sum + idf(t), 0) : 0;
  return { code, nameFolded, sequence, tokens, weight, pairs, spacedCore: spaced(nameCore(nameFolded)), spacedLead: leadService(nameFolded) };
}

function leadService(nameFolded: string): string {
  const [lead, ...rest] = nameFolded.split(/[,;]/);
  if (rest.length === 0 || lead === undefined) return '';
  const core = nameCore(lead);
  return core.split(' ').length >= 3 ? spaced(core) : '';
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
  const total = entries.length;
  const idfs = new Map<string, number>();
  for (const [token, list] of postings) idfs.set(token, Math.log(1 + (total - list.length + 0.5) / (list.length + 0.5)));
  const rarest = Math.log(1 + (total + 0.5) / 0.5);
  const idf = (token: string) => idfs.get(token) ?? rarest;
  for (const entry of entries) entry.weight = entry.tokens.reduce((sum, t) => sum + idf(t), 0);
  return { entries, postings, byCode: new Map(entries.map((e) => [e.code, e])), idf };
}

/**
 * Names worth scoring for a question: those sharing its selective words (in at most `maxShare` of
 * names; any shared word when it has none), ranked by the IDF weight they share relative to their
 * own, cut to `limit`. An inverted-index pass, so it stays fast with 100,000 names.
 */
export function nameCandidates(index: NameIndex, tokens: readonly string[], limit: number, maxShare = 0.05): NameEntry[] {
  const ceiling = Math.max(1, index.entries.length * maxShare);
  const present = [...new Set(tokens)].filter((t) => index.postings.has(t));
  const selective = present.filter((t) => (index.postings.get(t)?.length ?? 0) <= ceiling);
  const shared = new Map<number, number>();
  for (const token of selective.length ? selective : present) {
    const weight = index.idf(token);
    for (const i of index.postings.get(token) ?? []) shared.set(i, (shared.get(i) ?? 0) + weight);
  }
  return [...shared]
    .map(([i, weight]) => ({ entry: index.entries[i]!, rank: weight / Math.max(index.entries[i]!.weight, 1e-9) + weight / 100 }))
    .sort((a, b) => b.rank - a.rank)
    .slice(0, limit)
    .map((c) => c.entry);
}
